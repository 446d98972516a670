/// <reference types="office-js" />
import { toggleFlaggedOnly } from '../hosts/officejs';
import { tell } from './notice';
import { RIBBON_TEXT } from './text';
import { functionCommand } from './register';

/**
 * The ribbon's Flagged rows button: on an assessment sheet, filters the Scores table to its flagged rows,
 * or, when the sheet's AutoFilter already filters, shows all rows again. The rows appearing or
 * disappearing are the outcome; anything else goes on the sheet's status line, where Score sheet
 * reports too (a function command has no UI of its own):
 *  - no flagged row: nothing is hidden, and the status line says so;
 *  - not an assessment sheet: nothing is written to it; the first assessment sheet's status line says so;
 *  - Excel without the AutoFilter API, or any failure: the message goes on the status line.
 * event.completed() is always called, or Office would show the button as busy.
 */
export const toggleFlagged = functionCommand(
  'toggleFlagged',
  async (lang) => {
    const t = RIBBON_TEXT.of(lang);
    const outcome = await toggleFlaggedOnly(lang);
    if ('notAssessmentSheet' in outcome) {
      const { active, assessmentSheets } = outcome.notAssessmentSheet;
      await tell(
        assessmentSheets.length
          ? t.notAssessment(t.flaggedButton, active, assessmentSheets)
          : t.noAssessmentSheet(t.flaggedButton),
        lang,
      );
    } else if (outcome.flagged === 0) {
      await tell(t.noneFlagged(outcome.sheet), lang);
    }
  },
  (lang, message) => RIBBON_TEXT.of(lang).failed(RIBBON_TEXT.of(lang).flaggedButton, message),
);
