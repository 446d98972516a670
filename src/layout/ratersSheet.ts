import { absAddress, cellAddress, columnLetter, formulaSheet } from '../core/a1';
import { WORD_WIDTHS } from '../core/wordWidths';
import {
  RATING_COLUMNS,
  SUMMARY_COLUMNS_360,
  raterKey,
  readRatings,
  type Rating,
  type SummaryLine,
} from '../core/raters';
import { labels } from '../core/labels';
import { DATE_FORMAT } from '../core/dates';
import { RATER_NAMES, RULE_NAMES as R } from '../core/names';
import type { Rules } from '../core/rules';
import { findName, type GridReader, type NamedRange } from '../core/snapshot';
import type { CellValue, Lang } from '../core/types';
import { templateFormula } from './formulas';
import type { RaterComparison } from '../core/raterCompare';
import { TALENT_WORDS } from '../core/talentText';
import { clearBelow, formulaText, sheetHeadOps, STYLE, v, type CellStyle, type PlanCell, type PlanOp } from './plan';

const HEADER_ROW = 4;
const INPUT_ROWS = 40;
/** The summary starts right of the ratings, one column apart. */
const SUMMARY_COL = RATING_COLUMNS.length + 2;
const SUMMARY_WIDTH = SUMMARY_COLUMNS_360.length;
const sc = (c: (typeof SUMMARY_COLUMNS_360)[number]) => SUMMARY_COL + SUMMARY_COLUMNS_360.indexOf(c);

/** The 360 raters sheet (360度评估): the ratings' header and yellow rows, and the summary's header. */
/** Indicator columns show every role's indicator names of both languages in full. */
const INDICATOR_WIDTH = Math.max(22, WORD_WIDTHS.indicators);

export function ratersSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const width = RATING_COLUMNS.length;
  return [
    ...sheetHeadOps(sheet, l.ratersTitle, l.ratersNote, RATER_NAMES.sheet),
    { kind: 'cells', sheet, row: HEADER_ROW, col: 1, cells: [l.ratersHeader.map(v)] },
    { kind: 'style', sheet, range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: width }, style: STYLE.header },
    { kind: 'name', name: RATER_NAMES.table, sheet, range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: width } },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW + 1, c1: 1, r2: HEADER_ROW + INPUT_ROWS, c2: width },
      style: STYLE.input,
    },
    {
      kind: 'style',
      sheet,
      range: {
        r1: HEADER_ROW + 1,
        c1: RATING_COLUMNS.indexOf('date') + 1,
        r2: HEADER_ROW + INPUT_ROWS,
        c2: RATING_COLUMNS.indexOf('date') + 1,
      },
      style: { numberFormat: DATE_FORMAT },
    },
    { kind: 'cells', sheet, row: HEADER_ROW - 1, col: SUMMARY_COL, cells: [[v(l.ratersSummarySection)]] },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW - 1, c1: SUMMARY_COL, r2: HEADER_ROW - 1, c2: SUMMARY_COL },
      style: STYLE.section,
    },
    { kind: 'cells', sheet, row: HEADER_ROW, col: SUMMARY_COL, cells: [l.ratersSummaryHeader.map(v)] },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW, c1: SUMMARY_COL, r2: HEADER_ROW, c2: SUMMARY_COL + SUMMARY_WIDTH - 1 },
      style: STYLE.computedHeader,
    },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW, c1: sc('note'), r2: HEADER_ROW, c2: sc('note') },
      style: STYLE.header,
    },
    {
      kind: 'name',
      name: RATER_NAMES.summary,
      sheet,
      range: { r1: HEADER_ROW, c1: SUMMARY_COL, r2: HEADER_ROW, c2: SUMMARY_COL + SUMMARY_WIDTH - 1 },
    },
    {
      kind: 'columnWidths',
      sheet,
      widths: [11, 12, INDICATOR_WIDTH, 20, 20, 10, 48, 11, 3, 11, 12, INDICATOR_WIDTH, 8, 10, 10, 10, 30, 76],
    },
    // Headers wrap onto two lines ("Employee ID", "Score (0-100)").
    { kind: 'rowHeight', sheet, row: HEADER_ROW, height: 30 },
    { kind: 'freeze', sheet, rows: HEADER_ROW, cols: 0 },
    // Printed landscape, one page wide (ratings and summary side by side), the header on every page.
    { kind: 'pageSetup', sheet, landscape: true, titleRows: { r1: HEADER_ROW, r2: HEADER_ROW }, printArea: null },
  ];
}

export interface RatersRead {
  sheet: string;
  firstCol: number;
  ratings: Rating[];
  summaryAt: { row: number; col: number };
  summaryLastRow: number;
  /** The panel notes the summary holds now, by employee and indicator. */
  notes: Map<string, string>;
}

export function readRaters(names: readonly NamedRange[], reader: GridReader): RatersRead | null {
  const table = findName(names, RATER_NAMES.table);
  const summary = findName(names, RATER_NAMES.summary);
  if (!table || !summary) return null;
  const { r1, c1 } = table.range;
  const width = RATING_COLUMNS.length;
  const last = reader.lastRow(table.sheet, { c1, c2: c1 + width - 1 });
  const rows: { row: number; cells: CellValue[] }[] = [];
  if (last > r1)
    reader.values(table.sheet, { r1: r1 + 1, c1, r2: last, c2: c1 + width - 1 }).forEach((cells, i) => {
      if (cells.some((x) => x !== null && x !== '')) rows.push({ row: r1 + 1 + i, cells });
    });
  const s = summary.range;
  const summaryLast = Math.max(s.r1, reader.lastRow(summary.sheet, { c1: s.c1, c2: s.c1 + SUMMARY_WIDTH - 1 }));
  const notes = new Map<string, string>();
  if (summaryLast > s.r1)
    for (const line of reader.values(summary.sheet, {
      r1: s.r1 + 1,
      c1: s.c1,
      r2: summaryLast,
      c2: s.c1 + SUMMARY_WIDTH - 1,
    })) {
      const at = (c: (typeof SUMMARY_COLUMNS_360)[number]) => line[SUMMARY_COLUMNS_360.indexOf(c)];
      const note = at('note');
      if (note !== null && String(note).trim() !== '')
        notes.set(raterKey(String(at('employeeId') ?? ''), String(at('indicator') ?? '')), String(note));
    }
  return {
    sheet: table.sheet,
    firstCol: c1,
    ratings: readRatings(rows),
    summaryAt: { row: s.r1, col: s.c1 },
    summaryLastRow: summaryLast,
    notes,
  };
}

/**
 * The summary written again: per employee and indicator the count and average of the ratings (live:
 * COUNT / AVERAGE of the ratings' own cells), the panel's score linked live from the Scores table, the
 * gap, the panel note as it was, and the check. Cached results are the engine's (core/raters.ts).
 */
export function ratersSummaryOps(
  read: RatersRead,
  lines: readonly SummaryLine[],
  rules: Rules,
  comparisons: readonly RaterComparison[] = [],
): PlanOp[] {
  const { sheet, summaryAt } = read;
  const l = labels(rules.lang);
  const ops: PlanOp[] = clearBelow(sheet, summaryAt, read.summaryLastRow, SUMMARY_WIDTH);
  const scoreCol = read.firstCol + RATING_COLUMNS.indexOf('score');
  const rows: PlanCell[][] = lines.map((line, k) => {
    const row = summaryAt.row + 1 + k;
    const at = (c: (typeof SUMMARY_COLUMNS_360)[number]) => cellAddress(row, sc(c));
    const refs = line.rows.length ? line.rows.map((r) => cellAddress(r, scoreCol)).join(',') : '""';
    const panel = `${formulaSheet(line.panelSheet)}!${absAddress(line.panelCell.row, line.panelCell.col)}`;
    const gap = at('gap');
    const check = `IF(AND(ISNUMBER(${gap}),ABS(${gap})>${R.raterGap},TRIM(${at('note')}&"")=""),${templateFormula(l.raterGapText, { gap: `FIXED(ROUND(ABS(${gap}),1),1,TRUE)` })},"")`;
    return [
      v(line.employeeId),
      v(line.name),
      v(line.indicator),
      { formula: `COUNT(${refs})`, result: line.count },
      { formula: `IF(${at('count')}>0,AVERAGE(${refs}),"")`, result: line.average ?? '' },
      { formula: `IF(ISNUMBER(${panel}),${panel},"")`, result: line.panel ?? '' },
      {
        formula: `IF(AND(ISNUMBER(${at('average')}),ISNUMBER(${at('panel')})),${at('panel')}-${at('average')},"")`,
        result: line.gap ?? '',
      },
      v(line.note || null),
      { formula: check, result: line.check },
    ];
  });
  if (rows.length) {
    ops.push({ kind: 'cells', sheet, row: summaryAt.row + 1, col: summaryAt.col, cells: rows });
    const r1 = summaryAt.row + 1;
    const r2 = summaryAt.row + rows.length;
    ops.push({
      kind: 'style',
      sheet,
      range: { r1, c1: summaryAt.col, r2, c2: summaryAt.col + SUMMARY_WIDTH - 1 },
      style: STYLE.computed,
    });
    ops.push({
      kind: 'style',
      sheet,
      range: { r1, c1: sc('average'), r2, c2: sc('gap') },
      style: { numberFormat: '0.0' },
    });
    ops.push({ kind: 'style', sheet, range: { r1, c1: sc('note'), r2, c2: sc('note') }, style: STYLE.input });
    // A gap over the Rules' limit without a note is highlighted as a flagged row is (it needs a look),
    // live: writing the note clears it. Its check's words stay in the last column.
    ops.push({
      kind: 'highlight',
      sheet,
      range: { r1, c1: summaryAt.col, r2, c2: summaryAt.col + SUMMARY_WIDTH - 1 },
      formula: `$${columnLetter(sc('check'))}${r1}<>""`,
      fill: STYLE.flagged.fill,
    });
  }
  if (comparisons.length)
    ops.push(...comparisonOps(read, lines, comparisons, rules, summaryAt.row + 1 + rows.length + 1));
  return ops;
}

/**
 * Under the summary: each rater against the other raters of the same people (core/raterCompare.ts),
 * live from the summary's count and average and the ratings' own scores.
 */
function comparisonOps(
  read: RatersRead,
  lines: readonly SummaryLine[],
  comparisons: readonly RaterComparison[],
  rules: Rules,
  top: number,
): PlanOp[] {
  const { sheet, summaryAt } = read;
  const t = TALENT_WORDS.of(rules.lang);
  const scoreCol = read.firstCol + RATING_COLUMNS.indexOf('score');
  // Under the summary's own columns of the same kind: the rater under Indicator (wide), the figures under
  // Count and Average, the note under Check (the summary's notes column is read back as the panel's).
  const at = { rater: sc('indicator'), compared: sc('count'), difference: sc('average'), note: sc('check') };
  const lineRow = (k: number) => summaryAt.row + 1 + k;
  const ops: PlanOp[] = [
    { kind: 'cells', sheet, row: top, col: summaryAt.col, cells: [[v(t.compareSection)]] },
    { kind: 'style', sheet, range: { r1: top, c1: summaryAt.col, r2: top, c2: summaryAt.col }, style: STYLE.section },
  ];
  // One write and one format per column, whatever the number of raters.
  const column = (col: number, header: string, cells: PlanCell[], style: CellStyle) => {
    ops.push({ kind: 'cells', sheet, row: top + 1, col, cells: [[v(header)], ...cells.map((c) => [c])] });
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: top + 1, c1: col, r2: top + 1, c2: col },
      style: STYLE.computedHeader,
    });
    if (cells.length)
      ops.push({ kind: 'style', sheet, range: { r1: top + 2, c1: col, r2: top + 1 + cells.length, c2: col }, style });
  };
  const count = (k: number) => cellAddress(lineRow(k), sc('count'));
  const average = (k: number) => cellAddress(lineRow(k), sc('average'));
  const own = (r: number) => cellAddress(r, scoreCol);
  const comparedCell = (i: number) => cellAddress(top + 2 + i, at.compared);
  const differenceCell = (i: number) => cellAddress(top + 2 + i, at.difference);
  const [rater, compared, difference, note] = t.compareHeader;
  column(
    at.rater,
    rater,
    comparisons.map((c) => v(c.rater)),
    STYLE.computed,
  );
  // "0+": a single comparison alone would be TRUE, not 1.
  column(
    at.compared,
    compared,
    comparisons.map((c) => ({
      formula: `0+${c.terms.map((x) => `(${count(x.line)}>1)`).join('+')}`,
      result: c.compared,
    })),
    STYLE.computed,
  );
  column(
    at.difference,
    difference,
    comparisons.map((c, i) => {
      const terms = c.terms
        .map(
          (x) =>
            `IF(${count(x.line)}>1,${own(x.row)}-(${count(x.line)}*${average(x.line)}-${own(x.row)})/(${count(x.line)}-1),0)`,
        )
        .join('+');
      return { formula: `IF(${comparedCell(i)}>0,(${terms})/${comparedCell(i)},"")`, result: c.difference ?? '' };
    }),
    { ...STYLE.computed, numberFormat: '0.0' },
  );
  const words = { higher: t.compareHigher, lower: t.compareLower, tooFew: t.compareTooFew, '': '' };
  column(
    at.note,
    note,
    comparisons.map((c, i) => ({
      formula:
        `IF(${comparedCell(i)}<${R.raterMinRatings},${formulaText(t.compareTooFew)},` +
        `IF(ABS(${differenceCell(i)})>=${R.raterEffectGap},IF(${differenceCell(i)}>0,${formulaText(t.compareHigher)},${formulaText(t.compareLower)}),""))`,
      result: words[c.note],
    })),
    STYLE.computed,
  );
  return ops;
}
