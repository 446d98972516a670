import { labels } from '../core/labels';
import { PLAN_NAME } from '../core/names';
import type { Lang } from '../core/types';
import { STYLE, v, type CellStyle, type PlanOp } from './plan';

export const MEASURE_ROWS = 10;

/** The blank Improvement plan sheet (改进计划): the guide's Table 2. */
export function planSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const ops: PlanOp[] = [{ kind: 'addSheet', sheet }];
  const text = (row: number, col: number, values: string[]) =>
    ops.push({ kind: 'cells', sheet, row, col, cells: [values.map(v)] });
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
    ops.push({ kind: 'style', sheet, range: { r1, c1, r2, c2 }, style: s });
  const section = (row: number, title: string) => {
    text(row, 1, [title]);
    style(row, 1, row, 1, STYLE.section);
  };
  const numbered = (top: number, count: number) => {
    ops.push({
      kind: 'cells',
      sheet,
      row: top,
      col: 1,
      cells: Array.from({ length: count }, (_, i) => [v(`${i + 1}.`)]),
    });
    style(top, 2, top + count - 1, 7, STYLE.input);
  };

  text(1, 1, [l.planTitle]);
  style(1, 1, 1, 1, STYLE.title);
  ops.push({ kind: 'name', name: PLAN_NAME, sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 } });
  section(3, l.planBasics);
  text(4, 1, [l.planEmployee, '', l.planSupervisor, '', l.planDate]);
  for (const col of [2, 4, 6]) style(4, col, 4, col, STYLE.input);
  section(6, l.planHighlights);
  numbered(7, 3);
  section(11, l.planToImprove);
  numbered(12, 3);
  section(16, l.planMeasures);
  text(17, 1, [l.planItem, l.planMeasure, l.planOwner, l.planSupport, l.planDeadline, l.planStatus, l.planProgress]);
  style(17, 1, 17, 7, STYLE.header);
  style(18, 1, 18 + MEASURE_ROWS - 1, 7, STYLE.input);
  style(18, 5, 18 + MEASURE_ROWS - 1, 5, { ...STYLE.input, numberFormat: 'yyyy-mm-dd' });
  section(29, l.planTimeline);
  [l.planCycle, l.planOwners, l.planMilestones].forEach((label, i) => {
    text(30 + i, 1, [label]);
    style(30 + i, 2, 30 + i, 7, STYLE.input);
  });
  ops.push({ kind: 'columnWidths', sheet, widths: [22, 30, 20, 26, 26, 12, 30] });
  // Table 2 on one landscape page, as a manager prints it for the one-on-one.
  ops.push({
    kind: 'pageSetup',
    sheet,
    landscape: true,
    onePage: true,
    titleRows: null,
    printArea: { r1: 1, c1: 1, r2: 32, c2: 7 },
  });
  return ops;
}
