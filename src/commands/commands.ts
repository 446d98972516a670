/// <reference types="office-js" />
import { localDateTime } from '../core/dates';
import type { Check } from '../core/types';
import { announceOnStatusLine, scoreActiveSheet, selectCell } from '../hosts/officejs';
import { tell } from './notice';
import { RIBBON_TEXT } from './text';
import { functionCommand } from './register';

/**
 * The ribbon's Score sheet button. A function command has no UI, and opening a dialog or the task pane
 * would break "runs without opening anything else", so the outcome goes where the user already looks,
 * in the workbook:
 *  - scored: the sheet's status line says when, how many scored, incomplete, flagged and the errors;
 *    the selection moves to the first error or row problem (a Rules error moves to the Rules sheet), so
 *    the cell to fix is in front of the user. With nothing to fix the selection stays where it was.
 *  - not an assessment sheet: nothing is written to it; the first assessment sheet's status line says
 *    so, naming the assessment sheets, and is selected.
 *  - an exception: its message goes on the status line of the active (else the first) assessment sheet.
 * First of all the status line says "Scoring..." (if Excel stops the button at its 5-minute limit, the
 * line says what to do), and a sheet too large for a button is left to the task pane.
 * event.completed() is always called, or Office would show the button as busy.
 */
/**
 * Excel stops a function command after 5 minutes, which could fall between Score clearing and restoring a
 * filter. Above this many employees on the sheet the ribbon does not start: the task pane has no such
 * limit. (A judgement, not a measurement in real Excel: the fake scores 10,000 in the same few requests.)
 */
export const RIBBON_MAX_EMPLOYEES = 5000;

function firstToFix(checks: readonly Check[]): Check | undefined {
  return checks.find((c) => c.severity === 'error') ?? checks.find((c) => c.severity === 'problem');
}

export const scoreSheet = functionCommand(
  'scoreSheet',
  async (lang) => {
    const t = RIBBON_TEXT.of(lang);
    // First what is happening, where the user looks (Score rewrites the line when done), and the size.
    const started = await announceOnStatusLine((rows) =>
      rows > RIBBON_MAX_EMPLOYEES ? t.tooLarge(rows, RIBBON_MAX_EMPLOYEES) : t.scoring(localDateTime(), rows),
    ).catch(() => null);
    if (started && started.rows > RIBBON_MAX_EMPLOYEES) return;
    const outcome = await scoreActiveSheet(lang);
    if (outcome.notAssessmentSheet) {
      const { active, assessmentSheets } = outcome.notAssessmentSheet;
      await tell(
        assessmentSheets.length
          ? t.notAssessment(t.scoreButton, active, assessmentSheets)
          : t.noAssessmentSheet(t.scoreButton),
        lang,
      );
    } else if (outcome.layoutChanges.length) {
      const [{ sheet, lines }] = outcome.layoutChanges;
      await tell(t.layoutChanged(sheet, lines), lang);
    } else {
      const fix = firstToFix(outcome.checks);
      if (fix) await selectCell(fix.sheet, fix.cell);
    }
  },
  (lang, message) => RIBBON_TEXT.of(lang).failed(RIBBON_TEXT.of(lang).scoreButton, message),
);
