import { absAddress, cellAddress, columnLetter, formulaSheet } from '../core/a1';
import { WORD_WIDTHS } from '../core/wordWidths';
import {
  CASCADE_COLUMNS,
  CASCADE_COMPUTED,
  cascadeCol,
  cascadeCheckText,
  partCells,
  partsSumFits,
  rowRanges,
  type CascadePart,
  type CascadeResult,
  type CascadeSnapshot,
} from '../core/cascade';
import { labels } from '../core/labels';
import { DATE_FORMAT } from '../core/dates';
import { CASCADE_NAMES, RULE_NAMES as R } from '../core/names';
import type { Rules } from '../core/rules';
import { findName, type GridReader, type NamedRange } from '../core/snapshot';
import type { Lang } from '../core/types';
import { dataNumberFormula, templateFormula } from './formulas';
import { targetFormat } from './assessmentSheet';
import { formulaText, sheetHeadOps, STYLE, v, type PlanCell, type PlanOp } from './plan';

const HEADER_ROW = 4;
const WIDTH = CASCADE_COLUMNS.length + CASCADE_COMPUTED.length;
/** Rows laid out yellow for HR below the header of a new sheet. */
const INPUT_ROWS = 30;

/** The Goal cascade sheet (目标分解): title, note, the table's header and yellow input rows. */
/** The Direction column shows the direction words of both languages in full ("Higher is better"). */
const DIRECTION_WIDTH = Math.max(12, WORD_WIDTHS.directions);

export function cascadeSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const inputs = CASCADE_COLUMNS.length;
  return [
    ...sheetHeadOps(sheet, l.cascadeTitle, l.cascadeNote, CASCADE_NAMES.sheet),
    { kind: 'cells', sheet, row: HEADER_ROW, col: 1, cells: [l.cascadeHeader.map(v)] },
    { kind: 'style', sheet, range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: inputs }, style: STYLE.header },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW, c1: inputs + 1, r2: HEADER_ROW, c2: WIDTH },
      style: STYLE.computedHeader,
    },
    { kind: 'name', name: CASCADE_NAMES.table, sheet, range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: WIDTH } },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW + 1, c1: 1, r2: HEADER_ROW + INPUT_ROWS, c2: inputs },
      style: STYLE.input,
    },
    {
      kind: 'style',
      sheet,
      range: {
        r1: HEADER_ROW + 1,
        c1: cascadeCol(1, 'target'),
        r2: HEADER_ROW + INPUT_ROWS,
        c2: cascadeCol(1, 'target'),
      },
      style: { numberFormat: '#,##0.###' },
    },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW + 1, c1: cascadeCol(1, 'due'), r2: HEADER_ROW + INPUT_ROWS, c2: cascadeCol(1, 'due') },
      style: { numberFormat: DATE_FORMAT },
    },
    { kind: 'columnWidths', sheet, widths: [10, 9, 9, 24, 10, 14, 8, DIRECTION_WIDTH, 20, 11, 12, 24, 38, 14, 40] },
    // Headers wrap onto two lines ("Employee ID", "Score (0-100)").
    { kind: 'rowHeight', sheet, row: HEADER_ROW, height: 30 },
    { kind: 'freeze', sheet, rows: HEADER_ROW, cols: 2 },
    {
      kind: 'pageSetup',
      sheet,
      landscape: true,
      titleRows: { r1: HEADER_ROW, r2: HEADER_ROW },
      printArea: null,
    },
  ];
}

/** The cascade's rows as they are, through its table's name; null when the workbook has no cascade. */
export function readCascade(names: readonly NamedRange[], reader: GridReader): CascadeSnapshot | null {
  const table = findName(names, CASCADE_NAMES.table);
  if (!table) return null;
  const { r1: headerRow, c1: firstCol } = table.range;
  const columns = { c1: firstCol, c2: firstCol + CASCADE_COLUMNS.length - 1 };
  const last = reader.lastRow(table.sheet, columns);
  const rows: CascadeSnapshot['rows'] = [];
  if (last > headerRow)
    reader.values(table.sheet, { r1: headerRow + 1, c1: columns.c1, r2: last, c2: columns.c2 }).forEach((cells, i) => {
      if (cells.some((x) => x !== null && x !== '')) rows.push({ row: headerRow + 1 + i, cells });
    });
  return { sheet: table.sheet, headerRow, firstCol, rows };
}

/** The link an own-target cell holds to a part's target: 'Goal cascade'!$F$12. */
export function cascadeLink(sheet: string, firstCol: number, part: CascadePart): string {
  return `${formulaSheet(sheet)}!${absAddress(part.row, cascadeCol(firstCol, 'target'))}`;
}

/** Does a formula text ("=...") link to a target cell of this cascade, as cascadeLink writes it? */
export function isCascadeLink(sheet: string, firstCol: number, formula: string): boolean {
  const prefix = `=${formulaSheet(sheet)}!$${columnLetter(cascadeCol(firstCol, 'target'))}$`;
  return formula.startsWith(prefix) && /^\d+$/.test(formula.slice(prefix.length));
}

/**
 * What Score writes on the cascade: written numbers read, and per row its Parts total (the SUM of its
 * parts' targets, for a parent) and Check (whether they add up, live, with the parts' cells named); the
 * cached results are the engine's (core/cascade.ts). A row that is no parent (now) gets both emptied.
 */
export function cascadeScoreOps(result: CascadeResult, snapshot: CascadeSnapshot, rules: Rules): PlanOp[] {
  const { sheet, firstCol } = snapshot;
  const l = labels(rules.lang);
  const ops: PlanOp[] = [];
  for (const n of result.normalisations)
    ops.push({ kind: 'cells', sheet, row: n.row, col: n.col, cells: [[{ value: n.after }]] });
  const targetCol = cascadeCol(firstCol, 'target');
  const totalCol = cascadeCol(firstCol, 'partsTotal');
  const partAt = new Map(result.parts.map((p) => [p.row, p]));
  for (const { row } of snapshot.rows) {
    const kids = result.children.get(row);
    let cells: PlanCell[];
    // No parts, or parts over too many scattered rows for one formula (the checks say so): both empty.
    if (!kids || !partsSumFits(kids, targetCol)) cells = [{ value: null }, { value: null }];
    else {
      const f = cellAddress(row, targetCol);
      const n = cellAddress(row, totalCol);
      const parts = partCells(kids, targetCol, rules.lang);
      const off = templateFormula(l.cascadeOff, {
        parts: formulaText(parts),
        total: dataNumberFormula(n),
        target: dataNumberFormula(f),
      });
      const total = result.totals.get(row) ?? 0;
      const target = partAt.get(row)!.target;
      cells = [
        { formula: `SUM(${rowRanges(kids, targetCol).join(',')})`, result: total },
        {
          formula: `IF(AND(ISNUMBER(${f}),ISNUMBER(${n})),IF(ABS(${n}-${f})<=ABS(${f})*${R.cascadeTolerance}/100,${formulaText(l.cascadeOk)},${off}),"")`,
          result: target === null ? '' : cascadeCheckText(total, target, parts, rules),
        },
      ];
    }
    ops.push({ kind: 'cells', sheet, row, col: totalCol, cells: [cells] });
    // Targets and totals show as they are: thousands separators for whole numbers (targetFormat).
    const part = partAt.get(row);
    const format = { numberFormat: targetFormat(part?.target ?? null) };
    ops.push({ kind: 'style', sheet, range: { r1: row, c1: targetCol, r2: row, c2: targetCol }, style: format });
    ops.push({ kind: 'style', sheet, range: { r1: row, c1: totalCol, r2: row, c2: totalCol }, style: format });
  }
  if (snapshot.rows.length) {
    const r1 = snapshot.rows[0].row;
    const r2 = snapshot.rows[snapshot.rows.length - 1].row;
    ops.push({ kind: 'style', sheet, range: { r1, c1: totalCol, r2, c2: totalCol + 1 }, style: STYLE.computed });
    ops.push({
      kind: 'style',
      sheet,
      range: { r1, c1: totalCol, r2, c2: totalCol },
      style: { numberFormat: '#,##0.###' },
    });
  }
  return ops;
}
