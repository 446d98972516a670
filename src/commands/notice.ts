/// <reference types="office-js" />
import { RIBBON_TEXT } from './text';
import type { Lang } from '../core/types';
import { showOnStatusLine } from '../hosts/officejs';

/** A command's message where the user looks: the status line, else (none to write) a dialog. */
export async function tell(text: string, lang: Lang): Promise<void> {
  if (!(await showOnStatusLine(() => text).catch(() => false))) await showNotice(text, lang);
}

/**
 * A message from a ribbon command when the workbook has nowhere to show it (no assessment sheet, so no
 * status line; or the status line's sheet is protected): a small Office dialog (Dialog API 1.1, in
 * every Excel the add-in supports) with the text and an OK button (notice.html). Resolves when the
 * user closes it, or at once when Office cannot open a dialog: the command waits for it before calling
 * event.completed(), as Office asks of function commands that open a dialog.
 */
export function showNotice(text: string, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    try {
      // The function file's folder: notice.html is built next to commands.html. (No URL(): IE 11.)
      const folder = typeof location === 'undefined' ? '' : location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
      const url = `${folder}notice.html?text=${encodeURIComponent(text)}&ok=${encodeURIComponent(RIBBON_TEXT.of(lang).ok)}`;
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        const done = () => {
          try {
            dialog.close();
          } catch {
            // Closed by the user already.
          }
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      });
    } catch {
      resolve();
    }
  });
}
