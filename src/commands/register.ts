/// <reference types="office-js" />
import type { Lang } from '../core/types';
import { officeDisplayLanguage, officeErrorText } from '../hosts/officejs';
import { tell } from './notice';

/**
 * A ribbon function command: runs `act` in Office's display language; a failure goes on the status line
 * (a function command has no UI of its own); event.completed() is always called, or Office would show
 * the button as busy. Registered with Office.actions, and by name on the global object for Office builds
 * from before Office.actions (Excel 2019 volume licence).
 */
export function functionCommand(
  name: string,
  act: (lang: Lang) => Promise<void>,
  failed: (lang: Lang, message: string) => string,
): (event: Office.AddinCommands.Event) => Promise<void> {
  const command = async (event: Office.AddinCommands.Event): Promise<void> => {
    const lang = officeDisplayLanguage();
    try {
      await act(lang);
    } catch (error) {
      // Excel's own errors say what to do, in the user's language (hosts/officejs/errors.ts).
      const message = officeErrorText(error, lang) ?? (error instanceof Error ? error.message : String(error));
      // Where the user looks: the status line; a dialog when there is none to write (no assessment
      // sheet, or its sheet is protected).
      await tell(failed(lang, message), lang);
    } finally {
      event.completed();
    }
  };
  if (typeof Office !== 'undefined') Office.onReady(() => Office.actions.associate(name, command));
  (globalThis as Record<string, unknown>)[name] = command;
  return command;
}
