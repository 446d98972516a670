/// <reference types="office-js" />
import type { Lang } from '../core/types';
import { toggleFlaggedOnly } from '../hosts/officejs';
import { NO_ASSESSMENT_SHEET, tell } from './notice';
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
const TEXT: Record<
  Lang,
  {
    button: string;
    none: (sheet: string) => string;
    notAssessment: (active: string, sheets: string[]) => string;
    failed: (message: string) => string;
  }
> = {
  'en-US': {
    button: 'Flagged rows',
    none: (sheet) => `Flagged rows: no employee on "${sheet}" is flagged, so no row is hidden.`,
    notAssessment: (active, sheets) =>
      `Flagged rows was clicked on "${active}", which is not an assessment sheet. Assessment sheets: ${sheets.join(', ')}. Open one and click Flagged rows again.`,
    failed: (message) => `Flagged rows failed: ${message}`,
  },
  'zh-CN': {
    button: '标记行',
    none: (sheet) => `标记行："${sheet}"中没有被标记的员工，未隐藏任何行。`,
    notAssessment: (active, sheets) =>
      `在"${active}"上点击了"标记行"，但它不是考核表。考核表：${sheets.join('、')}。请打开其中一张后再点击"标记行"。`,
    failed: (message) => `标记行失败：${message}`,
  },
};

export const toggleFlagged = functionCommand(
  'toggleFlagged',
  async (lang) => {
    const outcome = await toggleFlaggedOnly(lang);
    if ('notAssessmentSheet' in outcome) {
      const { active, assessmentSheets } = outcome.notAssessmentSheet;
      await tell(
        assessmentSheets.length
          ? TEXT[lang].notAssessment(active, assessmentSheets)
          : NO_ASSESSMENT_SHEET.of(lang)(TEXT[lang].button),
        lang,
      );
    } else if (outcome.flagged === 0) {
      await tell(TEXT[lang].none(outcome.sheet), lang);
    }
  },
  (lang, message) => TEXT[lang].failed(message),
);
