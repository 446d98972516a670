/// <reference types="office-js" />

/**
 * notice.html, the dialog of showNotice: shows the text it was given and closes on OK (messageParent).
 * Built as ES5 with the function file, for Internet Explorer 11.
 */
function param(name: string): string {
  const m = new RegExp(`[?&]${name}=([^&]*)`).exec(location.search);
  try {
    return m ? decodeURIComponent(m[1].replace(/\+/g, ' ')) : '';
  } catch {
    return '';
  }
}

function render(): void {
  const message = document.getElementById('message');
  const ok = document.getElementById('ok');
  if (message) message.appendChild(document.createTextNode(param('text')));
  if (ok) {
    ok.textContent = param('ok') || 'OK';
    ok.onclick = () => Office.context.ui.messageParent('ok');
    ok.focus();
  }
}

if (typeof Office !== 'undefined') Office.onReady(render);
else render();
