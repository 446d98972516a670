/// <reference types="office-js" />
import type { Check, Lang } from '../core/types';
import { scoreActiveSheet, selectCell } from '../hosts/officejs';
import { NO_ASSESSMENT_SHEET, tell } from './notice';
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
 * event.completed() is always called, or Office would show the button as busy.
 */
const TEXT: Record<
  Lang,
  {
    button: string;
    notAssessment: (active: string, sheets: string[]) => string;
    failed: (message: string) => string;
    layoutChanged: (sheet: string, lines: string[]) => string;
  }
> = {
  'en-US': {
    notAssessment: (active, sheets) =>
      `Score sheet was clicked on "${active}", which is not an assessment sheet. Assessment sheets: ${sheets.join(', ')}. Open one and click Score sheet again.`,
    button: 'Score sheet',
    failed: (message) => `Score sheet failed: ${message}`,
    layoutChanged: (sheet, lines) =>
      `The indicators or own targets of "${sheet}" changed, so its input columns are to be laid out again: ${lines.join(' ')} Nothing was written. Open the task pane (Performance review), review the changes and click "Lay out and score".`,
  },
  'zh-CN': {
    notAssessment: (active, sheets) =>
      `在"${active}"上点击了"评分"，但它不是考核表。考核表：${sheets.join('、')}。请打开其中一张后再点击"评分"。`,
    button: '评分',
    failed: (message) => `评分失败：${message}`,
    layoutChanged: (sheet, lines) =>
      `"${sheet}"的指标或个人目标有变更，录入列需要重新排列：${lines.join('')}未写入任何内容。请打开任务窗格（业绩考核），查看变更后点击"重新排列并评分"。`,
  },
};

function firstToFix(checks: readonly Check[]): Check | undefined {
  return checks.find((c) => c.severity === 'error') ?? checks.find((c) => c.severity === 'problem');
}

export const scoreSheet = functionCommand(
  'scoreSheet',
  async (lang) => {
    const outcome = await scoreActiveSheet(lang);
    if (outcome.notAssessmentSheet) {
      const { active, assessmentSheets } = outcome.notAssessmentSheet;
      await tell(
        assessmentSheets.length
          ? TEXT[lang].notAssessment(active, assessmentSheets)
          : NO_ASSESSMENT_SHEET.of(lang)(TEXT[lang].button),
        lang,
      );
    } else if (outcome.layoutChanges.length) {
      const [{ sheet, lines }] = outcome.layoutChanges;
      await tell(TEXT[lang].layoutChanged(sheet, lines), lang);
    } else {
      const fix = firstToFix(outcome.checks);
      if (fix) await selectCell(fix.sheet, fix.cell);
    }
  },
  (lang, message) => TEXT[lang].failed(message),
);
