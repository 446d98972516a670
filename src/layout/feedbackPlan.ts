import { absAddress, formulaSheet } from '../core/a1';
import { computedColumns } from '../core/columns';
import { dateSerial, DATE_FORMAT } from '../core/dates';
import { feedbackLines, lineTemplate, type FeedbackLine } from '../core/feedback';
import { fill, labels } from '../core/labels';
import { EMPLOYEE_FIELDS, INDICATOR_COLUMNS, inputsStart } from '../core/names';
import type { Rules } from '../core/rules';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { InputLayout } from '../core/inputLayout';
import { ownTargetOffsets } from '../core/relayout';
import type { CellValue, EmployeeResult, Indicator, Lang, RangeRef } from '../core/types';
import { dataNumberFormula, templateFormula } from './formulas';
import { f, formulaText, STYLE, v, type CellStyle, type PlanCell, type PlanOp } from './plan';

/** The defined names of plan k: its sheet's anchor and the cells that say whose plan it is. */
export const planNames = (k: number) => ({
  anchor: `PR_P${k}_Plan`,
  /** The employee's ID as drafted (a value): how a plan is found again, never by its title. */
  employee: `PR_P${k}_Employee`,
  /** The assessment sheet's id (S1...) the plan's data comes from (a value). */
  source: `PR_P${k}_Source`,
  /** The improvement measures' rows (for the Plans register). */
  measures: `PR_P${k}_Measures`,
});

export interface PlanDraft {
  k: number;
  sheet: string;
  snapshot: AssessmentSnapshot;
  employee: EmployeeResult;
  indicators: readonly Indicator[];
  /** Where the sheet's inputs are (which indicators have an own-target column). */
  layout: InputLayout;
  rules: Rules;
  lang: Lang;
  /** The conversation date, yyyy-mm-dd. */
  date: string;
  cycle: string;
  /** The Role cell of the assessment sheet (the cycle is two columns right of it), when it has one. */
  roleCell: { row: number; col: number } | null;
}

/** A measure row: item, measure, owner, support, deadline, status, progress note, its date. */
export const MEASURE_COLUMNS = 8;
/** Where a plan keeps what the register reads: name B4, conversation date B5, action F5, team F6. */
export const PLAN_CELLS = {
  name: 'B4',
  /** The live Employee ID of the row the plan was drafted from, and the ID (or name) stored at drafting. */
  liveId: 'D4',
  stored: 'H4',
  date: 'B5',
  action: 'F5',
  team: 'F6',
} as const;
/** Spare measure rows below the drafted ones, for what the conversation adds. */
const SPARE_MEASURES = 2;
/** A cell of another sheet, absolute, as the plan's live links reference it. */
const cellRef = (sheet: string, row: number, col: number) => `${formulaSheet(sheet)}!${absAddress(row, col)}`;
/** A 30-day plan's deadline (guide step 5). */
const PLAN_DAYS = 30;

/** Live text of a data line: the same template the engine fills, its parts the employee's cells. */
function lineFormula(d: PlanDraft, line: FeedbackLine): string {
  const { snapshot, employee } = d;
  const ind = d.indicators[line.indicator];
  const at = (row: number, col: number) => cellRef(snapshot.sheet, row, col);
  const indicatorCell = (column: (typeof INDICATOR_COLUMNS)[number]) =>
    at(ind.row, snapshot.indicatorRange.c1 + INDICATOR_COLUMNS.indexOf(column));
  const n = d.indicators.length;
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, n);
  const inputCol = inputsStart(snapshot.scoresHeader) + line.indicator;
  // TEXT as core/feedback.ts dataNumber: whole numbers with separators, others with up to 3 decimals.
  const number = dataNumberFormula;
  return templateFormula(lineTemplate(ind, d.lang), {
    name: indicatorCell('name'),
    actual: number(at(employee.row, inputCol)),
    target: targetText(d, line.indicator, indicatorCell('target'), number),
    pct: `TEXT(${at(employee.row, cols.achievement(line.indicator))},"0%")`,
    score: number(at(employee.row, cols.score(line.indicator))),
    source: indicatorCell('source'),
  });
}

/** The target of a line: the employee's own target cell where the sheet has one, marked, else the sheet's. */
function targetText(d: PlanDraft, indicator: number, sheetTarget: string, number: (x: string) => string): string {
  const { snapshot, employee } = d;
  const at = ownTargetOffsets(d.layout, d.indicators.length)[indicator];
  if (at < 0) return number(sheetTarget);
  const own = cellRef(snapshot.sheet, employee.row, snapshot.scoresHeader.c1 + at);
  const mark = formulaText(labels(d.lang).ownTargetMark);
  return `IF(${own}="",${number(sheetTarget)},${number(own)}&${mark})`;
}

/** A plan as the Plans register lists it (layout/registerSheet.ts). */
export interface RegisterPlan {
  sheet: string;
  measures: RangeRef;
  name: string;
  team: string;
  /** The Employee ID the row shows now, and the ID (or name) the plan stored when it was drafted. */
  liveId: string;
  stored: string;
  conversation: CellValue;
  /** The plan's Result action as it shows (its F5). */
  action: string;
  /** The measure rows' cells (item, measure, owner, support, deadline, status, note, note date). */
  rows: CellValue[][];
}

/**
 * One employee's feedback and improvement plan on a sheet of its own (the guide's Table 2 with the
 * one-on-one brief): basic information and every data line linked live to the employee's cells, with
 * the text as at the conversation date beside them and a notice when they differ; the brief's four
 * steps; one measure row per area to improve, the manager's cells empty (yellow), the deadline the
 * conversation date + 30 days for a 30-day plan or a performance talk. Nothing ranks the employee
 * against anyone.
 */
export function planSheetDraftOps(d: PlanDraft): { ops: PlanOp[]; register: RegisterPlan } {
  const { sheet, snapshot, employee, lang } = d;
  const l = labels(lang);
  const names = planNames(d.k);
  const ops: PlanOp[] = [{ kind: 'addSheet', sheet }];
  const put = (row: number, col: number, cells: PlanCell[]) =>
    ops.push({ kind: 'cells', sheet, row, col, cells: [cells] });
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
    ops.push({ kind: 'style', sheet, range: { r1, c1, r2, c2 }, style: s });
  const name = (n: string, row: number, col: number) =>
    ops.push({ kind: 'name', name: n, sheet, range: { r1: row, c1: col, r2: row, c2: col } });
  const at = (row: number, col: number) => cellRef(snapshot.sheet, row, col);
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, d.indicators.length);
  const field = (key: (typeof EMPLOYEE_FIELDS)[number]) =>
    at(employee.row, snapshot.scoresHeader.c1 + EMPLOYEE_FIELDS.indexOf(key));
  const link = (ref: string, result: CellValue) => f(`IF(${ref}="","",${ref})`, result ?? '');

  const who = employee.name || employee.employeeId;
  put(1, 1, [v(fill(l.draftedTitle, { employee: who }))]);
  style(1, 1, 1, 1, STYLE.title);
  name(names.anchor, 1, 1);

  put(3, 1, [v(l.planBasics)]);
  style(3, 1, 3, 1, STYLE.section);
  put(4, 1, [
    v(l.planEmployee),
    link(field('name'), employee.name),
    v(l.employeeId),
    link(field('employeeId'), employee.employeeId),
    v(l.planSupervisor),
    link(field('supervisor'), employee.supervisor),
    null,
    v(employee.employeeId || employee.name),
  ]);
  name(names.employee, 4, 8);
  const cycle = d.roleCell ? link(at(d.roleCell.row, d.roleCell.col + 2), d.cycle) : v(d.cycle);
  put(5, 1, [
    v(l.planDate),
    v(dateSerial(d.date)),
    v(l.draftedCycle),
    cycle,
    v(l.draftedAction),
    link(at(employee.row, cols.action), employee.actionText),
    null,
    v(snapshot.id),
  ]);
  name(names.source, 5, 8);
  style(5, 2, 5, 2, { ...STYLE.input, numberFormat: DATE_FORMAT });
  put(6, 1, [
    v(l.draftedScore),
    link(at(employee.row, cols.weighted), employee.weighted),
    link(at(employee.row, cols.final), employee.finalGrade),
    null,
    v(l.team),
    link(field('team'), employee.team),
  ]);
  style(6, 2, 6, 2, { numberFormat: '0.0' });
  style(4, 2, 6, 6, { border: true });
  // The stored ID and the sheet's id are the tool's bookkeeping: kept in the cells, shown to nobody.
  style(4, 8, 5, 8, STYLE.bookkeeping);

  const lines = feedbackLines(employee, d.indicators, rowInputs(d), d.rules, lang);
  let row = 8;
  const lineRows: number[] = [];
  const section = (title: string, kind: FeedbackLine['kind'], none: string) => {
    put(row, 1, [v(title), null, null, null, null, null, null, v(l.draftedAsOf)]);
    style(row, 1, row, 1, STYLE.section);
    style(row, 8, row, 8, STYLE.note);
    row++;
    const mine = lines.filter((x) => x.kind === kind);
    if (!mine.length) put(row++, 2, [v(none)]);
    mine.forEach((line, i) => {
      put(row, 1, [v(`${i + 1}.`), f(lineFormula(d, line), line.text), null, null, null, null, null, v(line.text)]);
      lineRows.push(row++);
    });
    row++;
  };
  section(l.planHighlights, 'highlight', l.draftedNoHighlight);
  section(l.planToImprove, 'improve', l.draftedNoArea);

  // The live lines against their text as at the conversation date, and the row still this employee's.
  const differs = lineRows.map((r) => `B${r}<>H${r}`);
  const moved = `TRIM(${field(employee.employeeId ? 'employeeId' : 'name')}&"")<>H4`;
  put(7, 1, [
    f(
      `IF(${moved},${templateFormula(l.draftedMoved, { row: String(employee.row), sheet: formulaText(snapshot.sheet) })},IF(OR(${differs.length ? differs.join(',') : 'FALSE'}),${formulaText(l.draftedChanged)},""))`,
      '',
    ),
  ]);
  style(7, 1, 7, 1, { bold: true, fontColor: 'C00000' });

  put(row, 1, [v(l.briefSection)]);
  style(row, 1, row, 1, STYLE.section);
  row++;
  for (const prompt of l.briefPrompts) {
    put(row, 1, [v(prompt)]);
    style(row, 1, row, 1, STYLE.note);
    row++;
  }
  row++;

  put(row, 1, [v(l.planMeasures)]);
  style(row, 1, row, 1, STYLE.section);
  row++;
  put(
    row,
    1,
    [
      l.planItem,
      l.planMeasure,
      l.planOwner,
      l.planSupport,
      l.planDeadline,
      l.planStatus,
      l.planProgress,
      l.noteDate,
    ].map(v),
  );
  style(row, 1, row, 8, STYLE.header);
  row++;
  const areas = lines.filter((x) => x.kind === 'improve');
  const needsPlan = employee.action === 'plan30' || employee.action === 'talk';
  const deadline = needsPlan ? dateSerial(d.date) + PLAN_DAYS : null;
  const first = row;
  const measureRows: CellValue[][] = [];
  for (const line of areas) {
    const ind = d.indicators[line.indicator];
    const nameCell = at(ind.row, snapshot.indicatorRange.c1 + INDICATOR_COLUMNS.indexOf('name'));
    put(row++, 1, [link(nameCell, ind.name), null, null, null, deadline === null ? null : v(deadline)]);
    measureRows.push([ind.name, null, null, null, deadline, null, null, null]);
  }
  for (let i = 0; i < SPARE_MEASURES; i++) measureRows.push(new Array<CellValue>(MEASURE_COLUMNS).fill(null));
  row += SPARE_MEASURES;
  const last = row - 1;
  style(first, 2, last, 8, STYLE.input);
  style(first, 1, last, 1, STYLE.computed);
  for (const col of [5, 8]) style(first, col, last, col, { ...STYLE.input, numberFormat: DATE_FORMAT });
  ops.push({ kind: 'name', name: names.measures, sheet, range: { r1: first, c1: 1, r2: last, c2: MEASURE_COLUMNS } });

  ops.push({ kind: 'columnWidths', sheet, widths: [22, 30, 16, 26, 14, 12, 30, 40] });
  ops.push({
    kind: 'pageSetup',
    sheet,
    landscape: true,
    onePage: true,
    paper: d.rules.paper,
    titleRows: null,
    // Printed for the employee: columns A to G. Column H (the text as at the conversation date, the
    // bookkeeping cells, the progress note's date) is HR's, on screen only.
    printArea: { r1: 1, c1: 1, r2: last, c2: MEASURE_COLUMNS - 1 },
  });
  const register: RegisterPlan = {
    sheet,
    measures: { r1: first, c1: 1, r2: last, c2: MEASURE_COLUMNS },
    name: employee.name,
    team: employee.team,
    liveId: employee.employeeId,
    stored: employee.employeeId || employee.name,
    conversation: dateSerial(d.date),
    action: employee.actionText,
    rows: measureRows,
  };
  return { ops, register };
}

/** The employee's inputs as typed, in the Indicators' order. */
function rowInputs(d: PlanDraft): CellValue[] {
  const at = d.snapshot.rows.find((r) => r.row === d.employee.row);
  return at ? at.cells.slice(EMPLOYEE_FIELDS.length) : [];
}
