import type { GridReader } from '../../core/snapshot';
import type { CellValue, RangeRef } from '../../core/types';
import type { XlsxPackage } from './package';

function grid(r: RangeRef, read: (row: number, col: number) => CellValue): CellValue[][] {
  const out: CellValue[][] = new Array(r.r2 - r.r1 + 1);
  for (let row = r.r1; row <= r.r2; row++) {
    const line: CellValue[] = new Array(r.c2 - r.c1 + 1);
    for (let col = r.c1; col <= r.c2; col++) line[col - r.c1] = read(row, col);
    out[row - r.r1] = line;
  }
  return out;
}

/** What the core reads of a package: cached results for formula cells, as Excel or LibreOffice last computed them. */
export function packageReader(pkg: XlsxPackage): GridReader {
  return {
    values: (name, r) => {
      const sheet = pkg.sheet(name);
      return grid(r, (row, col) => sheet.value(row, col));
    },
    formulas: (name, r) => {
      const sheet = pkg.sheet(name);
      return grid(r, (row, col) => sheet.formula(row, col));
    },
    lastRow: (name, columns) => pkg.sheet(name).lastRow(columns),
  };
}
