import { absAddress, cellAddress, columnLetter } from '../core/a1';
import { computedColumns } from '../core/columns';
import { quoteSheet } from '../core/messages';
import { RULE_NAMES as R, TALENT_GRID_NAME, employeeCol } from '../core/names';
import type { Paper, Rules } from '../core/rules';
import { appendName, BOX_COUNT, BOX_NAMES_CAP, listedName, MORE, talentGrid } from '../core/talentGrid';
import { TALENT_WORDS } from '../core/talentText';
import { LANGS, type CellValue, type EmployeeResult, type Lang } from '../core/types';
import { widthFor } from '../core/text';
import { WORD_WIDTHS } from '../core/wordWidths';
import type { CalibrationInput } from './calibrationSheet';
import { STYLE, f, formulaText, sheetHeadOps, v, type CellStyle, type PlanOp } from './plan';

/**
 * The Talent grid sheet (人才九宫格): performance (from the final grade) across, potential up, nine boxes
 * each with its name, count, share, the names of its people and the Rules' suggested development. Every
 * figure is a live formula over a helper block right of the grid (one row per Scores row, relative
 * references), so a calibrated grade or a potential typed later moves the person at once; the nine
 * counts and name lists are each one pass over the employees: linear, whatever the number of teams.
 */
const GRID_TOP = 4;
/** Rows of one box: name, count, share, names, suggested development. */
const BOX_ROWS = 5;
const FIRST_BOX_COL = 2;
const GRID_BOTTOM = GRID_TOP + 3 * BOX_ROWS;
/** The counts apart (in the grid, no potential yet, not scored) start here. */
const PLACED_ROW = GRID_BOTTOM + 4;
const HELPER_COL = 7;
/** Sheet, row, name, performance, box, then one running list of names per box. */
const HELPER_WIDTH = 5 + BOX_COUNT;
/** Everything Score rewrites on the sheet (below its title and note). */
export const GRID_COLUMNS = { c1: 1, c2: HELPER_COL + HELPER_WIDTH - 1 };

/** Column A holds the potential levels and the counts' labels ("Scored, no potential yet"). */
const LABEL_WIDTH = widthFor(
  LANGS.flatMap((lang) => {
    const t = TALENT_WORDS.of(lang);
    return [t.placed, t.noPotential, t.notScored, t.potentialAxis, ...t.levels];
  }),
  12,
);

/** The sheet as inserted with the templates: title, note and its anchor; Score fills the grid. */
export function talentGridSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const t = TALENT_WORDS.of(lang);
  return [
    ...sheetHeadOps(sheet, t.gridTitle, t.gridNote, TALENT_GRID_NAME),
    {
      kind: 'columnWidths',
      sheet,
      widths: [
        ...[LABEL_WIDTH, 30, 30, 30, 3, 3],
        ...[18, 6, 14, Math.max(10, WORD_WIDTHS.levels), WORD_WIDTHS.boxes, ...new Array(BOX_COUNT).fill(24)],
      ],
    },
    // The running lists are the formulas' workings: grouped and collapsed, one click away for an audit.
    { kind: 'groupColumns', sheet, c1: HELPER_COL + 5, c2: HELPER_COL + HELPER_WIDTH - 1 },
    gridPageSetup(sheet, 'A4'),
  ];
}

/** The grid prints on one landscape page; the helper block right of it does not print. */
function gridPageSetup(sheet: string, paper: Paper): PlanOp {
  return {
    kind: 'pageSetup',
    sheet,
    landscape: true,
    onePage: true,
    paper,
    titleRows: null,
    printArea: { r1: 1, c1: 1, r2: PLACED_ROW + 2, c2: FIRST_BOX_COL + 2 },
  };
}

/** Box k's place: its column (performance low to high, left to right) and first row (potential high on top). */
function boxAt(k: number): { row: number; col: number } {
  const performance = 3 - Math.floor(k / 3);
  const potential = 3 - (k % 3);
  return { row: GRID_TOP + 1 + (3 - potential) * BOX_ROWS, col: FIRST_BOX_COL + performance - 1 };
}

/** Light fills from the bottom-left box (low, low) to the top-right (high, high). */
const BOX_FILLS = ['F8CBAD', 'FCE4D6', 'FFF2CC', 'E2F0D9', 'C6EFCE'];

/** One row of an assessment sheet's Scores table as the helper block follows it (its employee, if any). */
interface Member {
  sheet: string;
  row: number;
  employee: EmployeeResult | null;
  cols: { name: number; id: number; performance: number; box: number };
}

/** What each Score run writes on the Talent grid sheet: the grid, the counts apart, the helper block. */
export function talentGridOps(
  sheet: string,
  previousLastRow: number,
  inputs: readonly CalibrationInput[],
  rules: Rules,
  lang: Lang,
): PlanOp[] {
  const t = TALENT_WORDS.of(lang);
  const ops: PlanOp[] = [];
  if (previousLastRow >= GRID_TOP)
    ops.push({
      kind: 'clear',
      sheet,
      range: { r1: GRID_TOP, c1: GRID_COLUMNS.c1, r2: previousLastRow, c2: GRID_COLUMNS.c2 },
    });
  // Every row of every Scores table, employee or not: the helper's rows follow them one to one.
  const members: Member[] = inputs.flatMap((x) => {
    const { scoresHeader } = x.snapshot;
    const cols = computedColumns(scoresHeader.c2 + 1, x.assessment.indicators.length);
    const at = new Map(x.assessment.employees.map((e) => [e.row, e]));
    const first = scoresHeader.r1 + 1;
    return Array.from({ length: Math.max(0, x.lastRow - first + 1) }, (_, i) => ({
      sheet: x.snapshot.sheet,
      row: first + i,
      employee: at.get(first + i) ?? null,
      cols: {
        name: employeeCol(scoresHeader.c1, 'name'),
        id: employeeCol(scoresHeader.c1, 'employeeId'),
        performance: cols.performance,
        box: cols.box,
      },
    }));
  });
  const grid = talentGrid(
    members.flatMap((m) => m.employee ?? []),
    rules,
    lang,
  );
  const helper = helperOps(sheet, members, rules, lang);
  ops.push(...helper.ops);
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
    ops.push({ kind: 'style', sheet, range: { r1, c1, r2, c2 }, style: s });
  const cells = (row: number, col: number, rows: (ReturnType<typeof v> | null)[][]) =>
    ops.push({ kind: 'cells', sheet, row, col, cells: rows });

  const gridBottom = GRID_BOTTOM;
  const placedRow = PLACED_ROW;
  const placed = absAddress(placedRow, FIRST_BOX_COL);
  cells(GRID_TOP, 1, [[v(t.potentialAxis)]]);
  style(GRID_TOP, 1, GRID_TOP, 1, STYLE.header);
  for (let k = 0; k < BOX_COUNT; k++) {
    const { row, col } = boxAt(k);
    const box = grid.boxes[k];
    const name = absAddress(row, col);
    const count = cellAddress(row + 1, col);
    cells(row, col, [
      [f(`INDEX(${R.boxName},${k + 1})&""`, box.name)],
      [f(`IF(${name}="",0,SUMPRODUCT(--(${helper.box}=${name})))`, box.count)],
      [f(`IF(${placed}>0,${count}/${placed},"")`, box.share ?? '')],
      [f(helper.names[k], box.names)],
      [f(`INDEX(${R.boxAction},${k + 1})&""`, box.action)],
    ]);
    // Performance and potential levels add up to 2 (low, low) .. 6 (high, high).
    const fill = BOX_FILLS[6 - Math.floor(k / 3) - (k % 3) - 2];
    style(row, col, row + BOX_ROWS - 1, col, { fill, wrap: true });
    style(row, col, row, col, { bold: true });
    style(row + 1, col, row + 1, col, { numberFormat: t.countFormat });
    style(row + 2, col, row + 2, col, { numberFormat: '0.0%' });
    style(row + BOX_ROWS - 1, col, row + BOX_ROWS - 1, col, { italic: true });
    ops.push({ kind: 'rowHeight', sheet, row: row + 3, height: 48 });
    ops.push({ kind: 'rowHeight', sheet, row: row + 4, height: 30 });
  }
  // The potential levels left of their rows, the performance levels under their columns.
  for (let level = 3; level >= 1; level--) {
    cells(GRID_TOP + 1 + (3 - level) * BOX_ROWS, 1, [[v(t.levels[level - 1])]]);
    cells(gridBottom + 1, FIRST_BOX_COL + level - 1, [[v(t.levels[level - 1])]]);
  }
  style(GRID_TOP + 1, 1, gridBottom, 1, { bold: true });
  style(gridBottom + 1, FIRST_BOX_COL, gridBottom + 1, FIRST_BOX_COL + 2, STYLE.header);
  cells(gridBottom + 2, FIRST_BOX_COL, [[v(t.performanceAxis)]]);
  style(gridBottom + 2, FIRST_BOX_COL, gridBottom + 2, FIRST_BOX_COL + 2, { bold: true, acrossGroup: true });

  // The employees the grid does not hold, counted apart.
  cells(placedRow, 1, [
    [v(t.placed), f(`SUMPRODUCT(--(${helper.box}<>""))`, grid.placed)],
    [v(t.noPotential), f(`SUMPRODUCT((${helper.performance}<>"")*(${helper.box}=""))`, grid.noPotential)],
    [v(t.notScored), f(`SUMPRODUCT((${helper.name}<>"")*(${helper.performance}=""))`, grid.notScored)],
  ]);
  style(placedRow, 1, placedRow + 2, 1, { bold: true });
  style(placedRow, 2, placedRow + 2, 2, STYLE.computed);
  ops.push(gridPageSetup(sheet, rules.paper));
  return ops;
}

/**
 * The helper block: one row per row of every Scores table (sheet, row, then its name, performance level
 * and box by relative references, so one filled formula per sheet and nothing per employee in the
 * write), and per box a running list of the names in it, each cell the one above plus this row's name
 * when this row is in the box, stopped with "…" past BOX_NAMES_CAP characters (core/talentGrid.ts
 * appendName): the box's list is its column's last cell.
 */
function helperOps(sheet: string, members: readonly Member[], rules: Rules, lang: Lang) {
  const t = TALENT_WORDS.of(lang);
  const ops: PlanOp[] = [];
  const header = GRID_TOP + 1;
  const first = header + 1;
  const last = first + Math.max(members.length, 1) - 1;
  const boxNames = Array.from({ length: BOX_COUNT }, (_, k) => {
    const at = boxAt(k);
    return absAddress(at.row, at.col);
  });
  ops.push({
    kind: 'style',
    sheet,
    range: { r1: GRID_TOP, c1: HELPER_COL, r2: GRID_TOP, c2: HELPER_COL },
    style: STYLE.section,
  });
  ops.push({
    kind: 'cells',
    sheet,
    row: GRID_TOP,
    col: HELPER_COL,
    cells: [
      [v(t.helperSection)],
      [...t.helperHeader.map(v), ...rules.talent.boxes.map((b, k) => f(`${boxNames[k]}&""`, b.name))],
    ],
  });
  const column = (k: number) => `${absAddress(first, HELPER_COL + k)}:${absAddress(last, HELPER_COL + k)}`;
  const ranges = { name: column(2), performance: column(3), box: column(4) };
  const names = boxNames.map((_, k) => (members.length ? `${absAddress(last, HELPER_COL + 5 + k)}&""` : '""'));
  if (members.length === 0) return { ops, ...ranges, names };
  // Per sheet: its name on its first row, then relative references to its rows, filled down.
  let from = 0;
  while (from < members.length) {
    let to = from;
    while (to + 1 < members.length && members[to + 1].sheet === members[from].sheet) to++;
    const m = members[from];
    const q = quoteSheet(m.sheet);
    const ref = (col: number) => `${q}!${cellAddress(m.row, col)}`;
    const part = members.slice(from, to + 1);
    const fillColumn = (k: number, formula: string, results: CellValue[]) =>
      ops.push({
        kind: 'fill',
        sheet,
        range: { r1: first + from, c1: HELPER_COL + k, r2: first + to, c2: HELPER_COL + k },
        formula,
        results,
      });
    ops.push({ kind: 'cells', sheet, row: first + from, col: HELPER_COL, cells: [[v(m.sheet)]] });
    fillColumn(
      1,
      `ROW(${ref(m.cols.name)})`,
      part.map((p) => p.row),
    );
    const trimmed = (col: number) => `TRIM(${ref(col)}&"")`;
    fillColumn(
      2,
      `IF(${trimmed(m.cols.name)}="",${trimmed(m.cols.id)},${trimmed(m.cols.name)})`,
      part.map((p) => (p.employee ? listedName(p.employee) : '')),
    );
    fillColumn(
      3,
      `${ref(m.cols.performance)}&""`,
      part.map((p) => p.employee?.performanceLevel ?? ''),
    );
    fillColumn(
      4,
      `${ref(m.cols.box)}&""`,
      part.map((p) => p.employee?.box ?? ''),
    );
    from = to + 1;
  }
  // The running lists: the first row starts from nothing, the others from the cell above.
  const separator = t.nameSeparator;
  const keys = rules.talent.boxes.map((b) => b.name.toLowerCase());
  for (let k = 0; k < BOX_COUNT; k++) {
    const col = HELPER_COL + 5 + k;
    // The box's name from the helper's header row (a mixed reference: the same formula in all nine).
    const boxName = `${columnLetter(col)}$${header}`;
    const formulaAt = (row: number) => {
      const prev = row === first ? '""' : cellAddress(row - 1, col);
      const name = `$${cellAddress(row, HELPER_COL + 2)}`;
      const box = `$${cellAddress(row, HELPER_COL + 4)}`;
      const joined = `IF(${prev}="",${name},${prev}&${formulaText(separator)}&${name})`;
      const inBox = `AND(${box}=${boxName},${boxName}<>"",${name}<>"")`;
      return `IF(${inBox},IF(RIGHT(${prev},1)=${formulaText(MORE)},${prev},IF(LEN(${joined})>${BOX_NAMES_CAP},${prev}&${formulaText(MORE)},${joined})),${prev})`;
    };
    let list = '';
    const results = members.map((m) => {
      const e = m.employee;
      if (e && keys[k] !== '' && e.box.toLowerCase() === keys[k]) list = appendName(list, listedName(e), separator);
      return list;
    });
    ops.push({ kind: 'cells', sheet, row: first, col, cells: [[f(formulaAt(first), results[0])]] });
    if (members.length > 1)
      ops.push({
        kind: 'fill',
        sheet,
        range: { r1: first + 1, c1: col, r2: last, c2: col },
        formula: formulaAt(first + 1),
        results: results.slice(1),
      });
  }
  ops.push({
    kind: 'style',
    sheet,
    range: { r1: header, c1: HELPER_COL, r2: header, c2: HELPER_COL + HELPER_WIDTH - 1 },
    style: STYLE.computedHeader,
  });
  ops.push({
    kind: 'style',
    sheet,
    range: { r1: first, c1: HELPER_COL, r2: last, c2: HELPER_COL + HELPER_WIDTH - 1 },
    style: STYLE.computed,
  });
  return { ops, ...ranges, names };
}
