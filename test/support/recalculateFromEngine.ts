/**
 * A test utility, called explicitly, never part of the fake: the fake Excel (test/fakes) fakes Excel's
 * API, not its calculation engine, so the formulas a host writes read back as ''. Excel recalculates
 * after every write; a test that needs what the sheet then shows (the flagged rows, an employee's score
 * and grade, a values filter on the Flag column) calls this after the writes.
 *
 * It runs the engine (planWorkbookScoring) on the fake workbook as it stands and gives every formula cell
 * of the engine's fill-down columns (the Scores tables' computed columns) the engine's result for it,
 * leaving the formula in place. Those are the cells whose formulas the fidelity suite proves equal to
 * the engine, by LibreOffice's own evaluation (test/fidelity/libreoffice.test.ts). Other formula cells
 * (the Calibration summary, status texts) stay ''. A cell whose formula is not the one the engine plans
 * for it is an error, not a guess: the result would not be that formula's.
 *
 * No Node imports: it bundles into the end-to-end page (test/e2e/pageFake.ts).
 */
import { parseRange, rangeAddress } from '../../src/core/a1';
import type { GridReader, NamedRange } from '../../src/core/snapshot';
import type { CellValue } from '../../src/core/types';
import { planWorkbookScoring } from '../../src/operations/score';
import { compileShift } from '../fakes/a1';
import type { FakeExcel } from '../fakes/fakeExcel';

/** Returns the number of formula cells given a result. */
export function recalculateFromEngine(fake: Pick<FakeExcel, 'workbook'>): number {
  const book = fake.workbook;
  const names: NamedRange[] = book.definedNames().flatMap((n) => {
    const range = parseRange(n.address);
    return range ? [{ name: n.name, sheet: n.sheet, range }] : [];
  });
  const cell = (v: unknown): CellValue => (v === '' || v === undefined ? null : (v as CellValue));
  const reader: GridReader = {
    values: (sheet, r) => book.values(sheet, rangeAddress(r)).map((line) => line.map(cell)),
    formulas: (sheet, r) => book.formulas(sheet, rangeAddress(r)).map((line) => line.map(cell)),
    lastRow: (sheet) => book.mustSheet(sheet).usedArea()?.r2 ?? 0,
  };
  let filled = 0;
  for (const op of planWorkbookScoring(names, reader).ops) {
    if (op.kind !== 'fill' || op.formula === null) continue;
    const sheet = book.mustSheet(op.sheet);
    const shift = compileShift(`=${op.formula}`);
    op.results.forEach((result, i) => {
      const row = op.range.r1 + i;
      const c = sheet.get(row, op.range.c1);
      if (!c?.formula) return;
      const planned = shift(i, 0);
      if (c.formula !== planned)
        throw new Error(
          `recalculateFromEngine: ${op.sheet}!${rangeAddress({ r1: row, c1: op.range.c1, r2: row, c2: op.range.c1 })} holds ${c.formula}, the engine's formula there is ${planned}`,
        );
      c.value = result === null ? '' : result;
      filled++;
    });
  }
  return filled;
}
