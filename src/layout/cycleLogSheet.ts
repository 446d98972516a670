import { BASELINE_COLUMNS, readBaseline, type BaselineRow, type CycleChange } from '../core/cycleLog';
import { fill, labels } from '../core/labels';
import { CYCLE_NAMES } from '../core/names';
import { findName, type GridReader, type NamedRange } from '../core/snapshot';
import type { Lang } from '../core/types';
import { clearBelow, sheetHeadOps, STYLE, v, type PlanOp } from './plan';

const SECTION_ROW = 4;
const HEADER_ROW = 5;
/** The changes table starts right of the baseline, one column apart. */
const CHANGES_COL = BASELINE_COLUMNS.length + 2;
const CHANGES_WIDTH = 5;

/** The Cycle log sheet next-cycle writes: the previous cycle's indicators (the baseline) and room for the changes. */
export function cycleLogSheetOps(
  sheet: string,
  lang: Lang,
  about: { previous: string; file: string; cycle: string },
  baseline: readonly BaselineRow[],
): PlanOp[] {
  const l = labels(lang);
  const width = BASELINE_COLUMNS.length;
  const ops: PlanOp[] = [
    ...sheetHeadOps(sheet, l.cycleLogTitle, fill(l.cycleLogNote, about), CYCLE_NAMES.sheet),
    { kind: 'cells', sheet, row: SECTION_ROW, col: 1, cells: [[v(l.baselineSection)], l.baselineHeader.map(v)] },
    {
      kind: 'cells',
      sheet,
      row: SECTION_ROW,
      col: CHANGES_COL,
      cells: [[v(l.changesSection)], l.changesHeader.map(v)],
    },
    { kind: 'style', sheet, range: { r1: SECTION_ROW, c1: 1, r2: SECTION_ROW, c2: 1 }, style: STYLE.section },
    {
      kind: 'style',
      sheet,
      range: { r1: SECTION_ROW, c1: CHANGES_COL, r2: SECTION_ROW, c2: CHANGES_COL },
      style: STYLE.section,
    },
    { kind: 'style', sheet, range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: width }, style: STYLE.header },
    {
      kind: 'style',
      sheet,
      range: { r1: HEADER_ROW, c1: CHANGES_COL, r2: HEADER_ROW, c2: CHANGES_COL + CHANGES_WIDTH - 1 },
      style: STYLE.computedHeader,
    },
    { kind: 'name', name: CYCLE_NAMES.baseline, sheet, range: { r1: HEADER_ROW, c1: 1, r2: HEADER_ROW, c2: width } },
    {
      kind: 'name',
      name: CYCLE_NAMES.changes,
      sheet,
      range: { r1: HEADER_ROW, c1: CHANGES_COL, r2: HEADER_ROW, c2: CHANGES_COL + CHANGES_WIDTH - 1 },
    },
    { kind: 'columnWidths', sheet, widths: [9, 18, 6, 28, 10, 12, 16, 3, 18, 28, 12, 16, 16] },
  ];
  if (baseline.length)
    ops.push({
      kind: 'cells',
      sheet,
      row: HEADER_ROW + 1,
      col: 1,
      cells: baseline.map((b) => BASELINE_COLUMNS.map((c) => v(b[c]))),
    });
  return ops;
}

export interface CycleLogRead {
  sheet: string;
  baseline: BaselineRow[];
  changesAt: { row: number; col: number };
  /** The last row the changes table holds now (its header when empty). */
  changesLastRow: number;
}

export function readCycleLog(names: readonly NamedRange[], reader: GridReader): CycleLogRead | null {
  const base = findName(names, CYCLE_NAMES.baseline);
  const changes = findName(names, CYCLE_NAMES.changes);
  if (!base || !changes) return null;
  const width = BASELINE_COLUMNS.length;
  const last = reader.lastRow(base.sheet, { c1: base.range.c1, c2: base.range.c1 + width - 1 });
  const cells =
    last > base.range.r1
      ? reader.values(base.sheet, { r1: base.range.r1 + 1, c1: base.range.c1, r2: last, c2: base.range.c1 + width - 1 })
      : [];
  const changesCols = { c1: changes.range.c1, c2: changes.range.c1 + CHANGES_WIDTH - 1 };
  return {
    sheet: base.sheet,
    baseline: readBaseline(cells),
    changesAt: { row: changes.range.r1, col: changes.range.c1 },
    changesLastRow: Math.max(changes.range.r1, reader.lastRow(changes.sheet, changesCols)),
  };
}

/** The changes since the previous cycle, written again below the changes header (values: a record). */
export function cycleChangeOps(log: CycleLogRead, changes: readonly CycleChange[], lang: Lang): PlanOp[] {
  const { sheet, changesAt } = log;
  const ops: PlanOp[] = clearBelow(sheet, changesAt, log.changesLastRow, CHANGES_WIDTH);
  const rows = changes.length
    ? changes.map((c) => [c.sheet, c.indicator, c.change, c.before, c.now].map(v))
    : [[v(labels(lang).cycleNoChange)]];
  ops.push({ kind: 'cells', sheet, row: changesAt.row + 1, col: changesAt.col, cells: rows });
  return ops;
}
