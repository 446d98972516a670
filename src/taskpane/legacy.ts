/// <reference types="office-js" />
import type { Lang } from '../core/types';
import { UI } from './i18n';
import { needsLegacyPage } from './webview';

/**
 * The task pane's page in Internet Explorer 11 and EdgeHTML 18 (Excel 2016 and 2019 run add-ins in
 * them: webview.ts). The pane (React 19, Fluent UI v9) cannot run there, so this script, built as ES5
 * and loaded before the pane's bundle (which Internet Explorer cannot even parse, and which does not
 * start in EdgeHTML), says what works without it and what the pane needs, in Office's display
 * language. Elsewhere it does nothing.
 */
export { needsLegacyPage };

export function legacyPage(lang: Lang): { title: string; lines: string[] } {
  const t = UI[lang];
  return { title: t.legacyTitle, lines: t.legacyLines };
}

function render(lang: Lang): void {
  const root = document.getElementById('root');
  if (!root) return;
  const page = legacyPage(lang);
  const main = document.createElement('main');
  main.setAttribute('style', 'font-family: "Segoe UI", "Microsoft YaHei", sans-serif; padding: 12px; line-height: 1.5');
  const heading = document.createElement('h1');
  heading.setAttribute('style', 'font-size: 16px');
  heading.appendChild(document.createTextNode(page.title));
  main.appendChild(heading);
  for (const line of page.lines) {
    const p = document.createElement('p');
    p.appendChild(document.createTextNode(line));
    main.appendChild(p);
  }
  root.appendChild(main);
}

function language(): Lang {
  let code = '';
  try {
    code = Office.context.displayLanguage || '';
  } catch {
    code = '';
  }
  if (!code) code = navigator.language || (navigator as { userLanguage?: string }).userLanguage || '';
  return /^zh/i.test(code) ? 'zh-CN' : 'en-US';
}

if (typeof navigator !== 'undefined' && needsLegacyPage(navigator.userAgent)) {
  const start = () => {
    if (typeof Office !== 'undefined') Office.onReady(() => render(language()));
    else render(language());
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
