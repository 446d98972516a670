import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { XlsxPackage } from '../../src/hosts/xlsx/workbook';
import { recalculate } from './libreoffice';
import { cellResult } from './workbooks';

export const empty = (v: unknown) => (v === null || v === '' ? null : v);

/** The workbook as the tool wrote it (its cached results) and as LibreOffice recalculates it. */
export async function cachedAndComputed(workbook: XlsxPackage, dir: string, name: string) {
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, workbook.toBytes());
  const [out] = recalculate([file]);
  const cached = new ExcelJS.Workbook();
  await cached.xlsx.readFile(file);
  const computed = new ExcelJS.Workbook();
  await computed.xlsx.readFile(out);
  return { cached, computed };
}

/** Every formula cell of a sheet's first rows x cols: the cached result is what LibreOffice computes. Returns how many. */
export function expectCachedAsComputed(
  before: ExcelJS.Worksheet,
  after: ExcelJS.Worksheet,
  rows: number,
  cols: number,
): number {
  let compared = 0;
  for (let r = 1; r <= rows; r++)
    for (let col = 1; col <= cols; col++) {
      if (!before.getRow(r).getCell(col).formula) continue;
      const want = empty(cellResult(after, r, col));
      const got = empty(cellResult(before, r, col));
      const where = [before.name, r, col];
      if (typeof want === 'number') expect([...where, got]).toEqual([...where, expect.closeTo(want, 9)]);
      else expect([...where, got]).toEqual([...where, want]);
      compared++;
    }
  return compared;
}
