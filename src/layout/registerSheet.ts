import { absAddress, cellAddress, columnLetter, formulaSheet } from '../core/a1';
import { RULE_NAMES as R } from '../core/names';
import type { Rules } from '../core/rules';
import { DATE_FORMAT } from '../core/dates';
import { labels } from '../core/labels';
import { overdue, stale, STALE_DAYS, type MeasureRow } from '../core/tracking';
import type { CellValue, Lang } from '../core/types';
import { MEASURE_COLUMNS, PLAN_CELLS, type RegisterPlan } from './feedbackPlan';
import { READABLE_PRINT_SCALE, f, formulaText, STYLE, v, type PlanCell, type PlanOp } from './plan';

/** The register's anchor (its A1): how the tool finds it again. */
export const REGISTER_NAME = 'PR_Register';

export type { RegisterPlan };

const HEADER_ROW = 3;
/** Employee ... Stale, then the plan's Result action (on its first row only, for the summary). */
const WIDTH = 13;
/** A range the register's highlight rules always apply to (its first row): where a host lists them. */
export const REGISTER_RULES_AT = { r1: HEADER_ROW + 1, c1: 1, r2: HEADER_ROW + 1, c2: WIDTH } as const;
/** The HRBP's monthly summary by team, right of the register. */
const SUMMARY_COL = 15;
const text = (x: CellValue) => (x === null ? '' : String(x));

/** Whether the plan's live links still read the employee it was drafted for (as the register's formula tells). */
export function samePerson(plan: Pick<RegisterPlan, 'liveId' | 'name' | 'stored'>): boolean {
  const live = plan.liveId.trim();
  return live === plan.stored || (live === '' && plan.name.trim() === plan.stored);
}

/**
 * The Plans register (改进计划跟踪): every measure row of every plan, linked live, with Overdue and Stale
 * computed by formula (TODAY(), so they move with the calendar) and highlighted, for the department
 * head's weekly review. Written whole each time a plan is added; `previousLastRow` is cleared first.
 */
export function registerOps(
  sheet: string,
  isNew: boolean,
  previousLastRow: number,
  plans: readonly RegisterPlan[],
  lang: Lang,
  today: number,
  rules: Pick<Rules, 'grades' | 'talkAction' | 'paper'>,
): PlanOp[] {
  const l = labels(lang);
  const ops: PlanOp[] = [];
  if (isNew) {
    ops.push({ kind: 'addSheet', sheet });
    ops.push({ kind: 'cells', sheet, row: 1, col: 1, cells: [[v(l.registerTitle)], [v(l.registerNote)]] });
    ops.push({ kind: 'style', sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 }, style: STYLE.title });
    ops.push({ kind: 'style', sheet, range: { r1: 2, c1: 1, r2: 2, c2: 1 }, style: STYLE.note });
    ops.push({ kind: 'cells', sheet, row: HEADER_ROW, col: 1, cells: [[...l.registerHeader, l.resultAction].map(v)] });
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: WIDTH },
      style: STYLE.header,
    });
    ops.push({ kind: 'name', name: REGISTER_NAME, sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 } });
    ops.push({
      kind: 'columnWidths',
      sheet,
      widths: [14, 12, 24, 22, 36, 12, 12, 10, 30, 12, 10, 18, 24, 3, 14, 12, 12, 12, 10, 10],
    });
    ops.push({ kind: 'freeze', sheet, rows: HEADER_ROW, cols: 1 });
    // Printed for the weekly review: landscape at a readable scale (one page wide printed at 4 pt), the
    // header and the employee on every page.
    ops.push({
      kind: 'pageSetup',
      sheet,
      landscape: true,
      scale: READABLE_PRINT_SCALE,
      paper: rules.paper,
      titleRows: { r1: HEADER_ROW, r2: HEADER_ROW },
      titleColumns: { c1: 1, c2: 1 },
      printArea: null,
    });
  } else if (previousLastRow > HEADER_ROW)
    ops.push({
      kind: 'clear',
      sheet,
      range: { r1: HEADER_ROW, c1: SUMMARY_COL, r2: previousLastRow, c2: SUMMARY_COL + SUMMARY_WIDTH - 1 },
    });
  if (!isNew && previousLastRow > HEADER_ROW)
    ops.push({ kind: 'clear', sheet, range: { r1: HEADER_ROW + 1, c1: 1, r2: previousLastRow, c2: WIDTH } });

  const cells: PlanCell[][] = [];
  const done = formulaText(l.measureDone);
  for (const plan of plans) {
    const p = formulaSheet(plan.sheet);
    const fixed = (address: string) => `${p}!${address.replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`;
    plan.rows.forEach((values, i) => {
      const row = HEADER_ROW + 1 + cells.length;
      const m = plan.measures.r1 + i;
      const at = (j: number) => `${p}!${absAddress(m, plan.measures.c1 + j)}`;
      const link = (ref: string, result: CellValue) => f(`IF(${ref}="","",${ref})`, result ?? '');
      const measure: MeasureRow = {
        measure: text(values[1]),
        deadline: values[4],
        status: text(values[5]),
        noteDate: values[7],
      };
      const g = cellAddress(row, 7);
      const h = cellAddress(row, 8);
      const e = cellAddress(row, 5);
      const j = cellAddress(row, 10);
      // The plan follows its employee by the stored ID: once the Scores rows are sorted, the live links
      // read another person, and the register says so instead of listing the plan under them.
      const live = `TRIM(${fixed(PLAN_CELLS.liveId)}&"")`;
      const stored = fixed(PLAN_CELLS.stored);
      const same = `OR(${live}=${stored},AND(${live}="",TRIM(${fixed(PLAN_CELLS.name)}&"")=${stored}))`;
      const isSame = samePerson(plan);
      cells.push([
        f(
          `IF(${same},IF(${fixed(PLAN_CELLS.name)}="","",${fixed(PLAN_CELLS.name)}),${stored}&${formulaText(l.registerMoved)})`,
          isSame ? plan.name : `${plan.stored}${l.registerMoved}`,
        ),
        f(`IF(${same},IF(${fixed(PLAN_CELLS.team)}="","",${fixed(PLAN_CELLS.team)}),"")`, isSame ? plan.team : ''),
        f(`HYPERLINK("#"&${formulaText(`${p}!A1`)},${formulaText(plan.sheet)})`, plan.sheet),
        // Item, measure, owner; deadline, status, progress note, its date (support is the plan's own).
        ...Array.from({ length: MEASURE_COLUMNS }, (_, k) => link(at(k), values[k] ?? null)).filter((_, k) => k !== 3),
        f(
          `IF(AND(ISNUMBER(${g}),${g}<TODAY(),LOWER(TRIM(${h}))<>LOWER(${done})),${formulaText(l.overdue)},"")`,
          overdue(measure, today, l.measureDone) ? l.overdue : '',
        ),
        f(
          `IF(OR(${e}="",LOWER(TRIM(${h}))=LOWER(${done})),"",IF(TODAY()-IF(ISNUMBER(${j}),${j},${fixed(PLAN_CELLS.date)})>${STALE_DAYS},${formulaText(l.stale)},""))`,
          stale(measure, today, plan.conversation, l.measureDone) ? l.stale : '',
        ),
        i === 0 ? link(fixed(PLAN_CELLS.action), plan.action) : null,
      ]);
    });
  }
  if (cells.length) {
    const first = HEADER_ROW + 1;
    const last = first + cells.length - 1;
    ops.push({ kind: 'cells', sheet, row: first, col: 1, cells });
    ops.push({ kind: 'style', sheet, range: { r1: first, c1: 1, r2: last, c2: WIDTH }, style: STYLE.computed });
    for (const col of [7, 10])
      ops.push({
        kind: 'style',
        sheet,
        range: { r1: first, c1: col, r2: last, c2: col },
        style: { numberFormat: DATE_FORMAT },
      });
    const range = { r1: first, c1: 1, r2: last, c2: WIDTH };
    ops.push({ kind: 'highlight', sheet, range, formula: `$K${first}<>""`, fill: 'F8CBAD' });
    ops.push({ kind: 'highlight', sheet, range, formula: `$L${first}<>""`, fill: 'FFE699' });
    ops.push(...summaryOps(sheet, first, last, plans, lang, today, rules));
  }
  return ops;
}

const SUMMARY_WIDTH = 6;

/**
 * The HRBP's monthly summary by team (guide step 5): people on 30-day plans, talks due, and measures
 * open, done and overdue, counted live from the register's rows (SUMPRODUCT and COUNTIFS over the
 * register, which has a few rows per plan, not per employee).
 */
function summaryOps(
  sheet: string,
  first: number,
  last: number,
  plans: readonly RegisterPlan[],
  lang: Lang,
  today: number,
  rules: Pick<Rules, 'grades' | 'talkAction'>,
): PlanOp[] {
  const l = labels(lang);
  const teams = [...new Set(plans.filter(samePerson).map((p) => p.team))].sort();
  const col = (c: number) => `$${columnLetter(c)}$${first}:$${columnLetter(c)}$${last}`;
  const [team, measure, status, late, action] = [2, 5, 8, 11, 13].map(col);
  const done = `LOWER(${formulaText(l.measureDone)})`;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const rows: PlanCell[][] = [l.summaryHeader.map(v)];
  teams.forEach((t, i) => {
    const row = HEADER_ROW + 1 + i;
    const key = `$${columnLetter(SUMMARY_COL)}${row}`;
    const mine = plans.filter((p) => samePerson(p) && p.team === t);
    const measures = mine.flatMap((p) => p.rows.filter((r) => text(r[1]).trim() !== ''));
    const isDone = (r: CellValue[]) => same(text(r[5]), l.measureDone);
    const count = {
      plan30: mine.filter((p) => same(p.action, rules.grades[0].action)).length,
      talk: mine.filter((p) => same(p.action, rules.talkAction)).length,
      open: measures.filter((r) => !isDone(r)).length,
      done: measures.filter(isDone).length,
      overdue: mine
        .flatMap((p) => p.rows)
        .filter((r) =>
          overdue({ measure: text(r[1]), deadline: r[4], status: text(r[5]), noteDate: r[7] }, today, l.measureDone),
        ).length,
    };
    rows.push([
      v(t),
      f(`COUNTIFS(${team},${key},${action},INDEX(${R.gradeAction},1)&"")`, count.plan30),
      f(`COUNTIFS(${team},${key},${action},${R.talkAction}&"")`, count.talk),
      f(`SUMPRODUCT((${team}=${key})*(${measure}<>"")*(LOWER(TRIM(${status}))<>${done}))`, count.open),
      f(`SUMPRODUCT((${team}=${key})*(${measure}<>"")*(LOWER(TRIM(${status}))=${done}))`, count.done),
      f(`COUNTIFS(${team},${key},${late},${formulaText(l.overdue)})`, count.overdue),
    ]);
  });
  const r1 = HEADER_ROW;
  const r2 = HEADER_ROW + teams.length;
  return [
    { kind: 'cells', sheet, row: r1, col: SUMMARY_COL, cells: rows },
    {
      kind: 'style',
      sheet,
      range: { r1, c1: SUMMARY_COL, r2: r1, c2: SUMMARY_COL + SUMMARY_WIDTH - 1 },
      style: STYLE.header,
    },
    ...(r2 > r1
      ? [
          {
            kind: 'style' as const,
            sheet,
            range: { r1: r1 + 1, c1: SUMMARY_COL, r2, c2: SUMMARY_COL + SUMMARY_WIDTH - 1 },
            style: STYLE.computed,
          },
        ]
      : []),
  ];
}
