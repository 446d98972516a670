import { catalogue } from '../core/catalogue';

/** The ribbon commands' words, like every other text (core/catalogue.ts): a missing translation does not compile. */
export const RIBBON_TEXT = catalogue(
  {
    ok: 'OK',
    scoreButton: 'Score sheet',
    flaggedButton: 'Flagged rows',
    noAssessmentSheet: (button: string) =>
      `This workbook has no assessment sheet yet. Open the Performance Review task pane, insert the templates, then click ${button} on an assessment sheet.`,
    notAssessment: (button: string, active: string, sheets: string[]) =>
      `${button} was clicked on "${active}", which is not an assessment sheet. Assessment sheets: ${sheets.join(', ')}. Open one and click ${button} again.`,
    failed: (button: string, message: string) => `${button} failed: ${message}`,
    scoring: (time: string, employees: number) =>
      `Scoring ${employees} employees (started ${time})... If this line stays, Excel stopped the button: click Score sheet in the task pane (Performance review).`,
    tooLarge: (employees: number, limit: number) =>
      `This sheet has ${employees} employees: scoring more than ${limit} from the ribbon could run past Excel's 5-minute limit for buttons and stop half-way. Nothing was scored: open the task pane (Performance review) and click Score sheet there.`,
    layoutChanged: (sheet: string, lines: string[]) =>
      `The indicators or own targets of "${sheet}" changed, so its input columns are to be laid out again: ${lines.join(' ')} Nothing was written. Open the task pane (Performance review), review the changes and click "Lay out and score".`,
    noneFlagged: (sheet: string) => `Flagged rows: no employee on "${sheet}" is flagged, so no row is hidden.`,
  },
  {
    ok: '确定',
    scoreButton: '评分',
    flaggedButton: '标记行',
    noAssessmentSheet: (button) =>
      `此工作簿还没有考核表。请打开业绩考核任务窗格插入模板，然后在考核表上点击"${button}"。`,
    notAssessment: (button, active, sheets) =>
      `在"${active}"上点击了"${button}"，但它不是考核表。考核表：${sheets.join('、')}。请打开其中一张后再点击"${button}"。`,
    failed: (button, message) => `${button}失败：${message}`,
    scoring: (time, employees) =>
      `正在为 ${employees} 名员工评分（${time} 开始）……如果此行一直不变，说明 Excel 中止了按钮：请在任务窗格（业绩考核）中点击"评分"。`,
    tooLarge: (employees, limit) =>
      `此表有 ${employees} 名员工：从功能区为超过 ${limit} 名员工评分可能超过 Excel 按钮的 5 分钟限制而中途停止。未评分：请打开任务窗格（业绩考核），在其中点击"评分"。`,
    layoutChanged: (sheet, lines) =>
      `"${sheet}"的指标或个人目标有变更，录入列需要重新排列：${lines.join('')}未写入任何内容。请打开任务窗格（业绩考核），查看变更后点击"重新排列并评分"。`,
    noneFlagged: (sheet) => `标记行："${sheet}"中没有被标记的员工，未隐藏任何行。`,
  },
);
