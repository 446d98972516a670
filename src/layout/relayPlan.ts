import { absAddress, cellAddress } from '../core/a1';
import type { SheetAssessment } from '../core/assess';
import { computedColumns, computedWidth } from '../core/columns';
import { inputName } from '../core/inputLayout';
import { EMPLOYEE_FIELDS, indicatorCol, sheetNames, inputsStart } from '../core/names';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { CellValue } from '../core/types';
import { STYLE, type PlanCell, type PlanOp } from './plan';
import { isGroupWord } from './assessmentSheet';

/** The last column of a Scores table: its inputs and the computed block for n indicators. */
export function tableEnd(snapshot: AssessmentSnapshot, indicators: number): number {
  return snapshot.scoresHeader.c2 + computedWidth(indicators);
}

/** The conditional format of the flagged rows, as written for a table whose computed block starts at `computedCol`. */
export function flaggedRule(firstRow: number, computedCol: number, indicators: number): string {
  const flag = computedColumns(computedCol, indicators).flag;
  return `${absAddress(firstRow, flag).replace(/\$(\d+)$/, '$1')}<>""`;
}

/** A formula stays a formula; a text typed with a leading "=" (its value is the same text) stays text. */
const asCell = (formula: CellValue, value: CellValue): PlanCell =>
  typeof formula === 'string' && formula.startsWith('=') && formula.length > 1 && formula !== value
    ? { formula: formula.slice(1), result: value }
    : { value };

/**
 * The writes that lay a sheet's inputs out again (core/inputLayout.ts): new Key cells, every input cell
 * of every employee row in its new column (formulas as formulas, with their text as it is, as cutting
 * and pasting keeps it), the input headers with their stored names, the Scores name over the new
 * header, and what the old, wider table leaves behind cleared. The scoring plan then writes the
 * computed block at its new place. `original` is the sheet as read; `assessment.snapshot` as it will be.
 */
export function relayOps(original: AssessmentSnapshot, assessment: SheetAssessment, lastRow: number): PlanOp[] {
  const { layout, snapshot } = assessment;
  const sheet = original.sheet;
  const ops: PlanOp[] = [];
  const keyCol = indicatorCol(original.indicatorRange.c1, 'key');
  assessment.indicators.forEach((ind, i) => {
    if (layout.keyWritten[i])
      ops.push(
        { kind: 'cells', sheet, row: ind.row, col: keyCol, cells: [[{ value: layout.keys[i] }]] },
        { kind: 'style', sheet, range: { r1: ind.row, c1: keyCol, r2: ind.row, c2: keyCol }, style: STYLE.bookkeeping },
      );
  });
  if (!layout.changed) return ops;
  const header = original.scoresHeader;
  const first = inputsStart(header);
  if (layout.moves && original.rows.length) {
    const formulas = original.inputFormulas();
    let start = 0;
    while (start < original.rows.length) {
      let end = start;
      while (end + 1 < original.rows.length && original.rows[end + 1].row === original.rows[end].row + 1) end++;
      const cells: PlanCell[][] = [];
      for (let k = start; k <= end; k++) {
        const values = original.rows[k].cells.slice(EMPLOYEE_FIELDS.length);
        cells.push(
          layout.inputs.map((p) =>
            p.from === null ? { value: null } : asCell(formulas[k][p.from] ?? null, values[p.from] ?? null),
          ),
        );
      }
      ops.push({ kind: 'cells', sheet, row: original.rows[start].row, col: first, cells });
      start = end + 1;
    }
  }
  // Cells that held computed results (percentages, scores) hold inputs now: their number format goes too.
  if (layout.moves && lastRow > header.r1)
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: header.r1 + 1, c1: first, r2: lastRow, c2: first + layout.inputs.length - 1 },
      style: { numberFormat: 'General' },
    });
  // The old table reached further right: what it leaves there is emptied (the group row's words are
  // rewritten by the scoring plan where they are the tool's own).
  const oldEnd = tableEnd(original, original.computedFor);
  const newEnd = tableEnd(snapshot, layout.keys.length);
  if (oldEnd > newEnd)
    ops.push({
      kind: 'clear',
      sheet,
      range: { r1: header.r1, c1: newEnd + 1, r2: Math.max(lastRow, header.r1), c2: oldEnd },
    });
  // The groups' words move: the tool's own are emptied here and written again over their new columns.
  if (header.r1 > 1)
    original.groupRow.forEach((word, j) => {
      if (isGroupWord(word))
        ops.push({ kind: 'cells', sheet, row: header.r1 - 1, col: first + j, cells: [[{ value: null }]] });
    });
  ops.push({
    kind: 'cells',
    sheet,
    row: header.r1,
    col: first,
    cells: [layout.inputs.map((p) => ({ value: p.header }))],
  });
  layout.inputs.forEach((p, at) => {
    const kept = p.indicator < 0;
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: header.r1, c1: first + at, r2: header.r1, c2: first + at },
      style: kept ? { ...STYLE.kept, bold: true, wrap: true } : STYLE.header,
    });
  });
  const scores = sheetNames(original.id).scores;
  for (const name of [...original.inputNames, scores]) ops.push({ kind: 'unname', name });
  ops.push({ kind: 'name', name: scores, sheet, range: snapshot.scoresHeader });
  layout.inputs.forEach((p, at) =>
    ops.push({
      kind: 'name',
      name: inputName(original.id, p.tag),
      sheet,
      range: { r1: header.r1, c1: first + at, r2: header.r1, c2: first + at },
    }),
  );
  return ops;
}

/** The first cell holding anything where the re-laid table reaches beyond the old one; null when free. */
export function occupiedBeyond(
  original: AssessmentSnapshot,
  assessment: SheetAssessment,
  lastRow: number,
  values: (range: { r1: number; c1: number; r2: number; c2: number }) => CellValue[][],
): { cell: string; value: string } | null {
  const oldEnd = tableEnd(original, original.computedFor);
  const newEnd = tableEnd(assessment.snapshot, assessment.layout.keys.length);
  if (!assessment.layout.changed || newEnd <= oldEnd) return null;
  const r1 = Math.max(1, original.scoresHeader.r1 - 1);
  const grid = values({ r1, c1: oldEnd + 1, r2: Math.max(lastRow, original.scoresHeader.r1), c2: newEnd });
  for (let i = 0; i < grid.length; i++)
    for (let j = 0; j < grid[i].length; j++) {
      const x = grid[i][j];
      if (x !== null && x !== '') return { cell: cellAddress(r1 + i, oldEnd + 1 + j), value: String(x) };
    }
  return null;
}
