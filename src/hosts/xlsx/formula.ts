import { columnLetter, columnNumber } from '../../core/a1';

/** In the file format, functions newer than Excel 2007 carry the _xlfn. prefix (Excel and LibreOffice need it). */
export function fileFormula(formula: string): string {
  return formula.replace(/(?<![\w.])(QUARTILE\.INC|PERCENTILE\.INC|AGGREGATE)\(/g, '_xlfn.$1(');
}

/** How the engine and Office.js write formulas: without the file format's prefixes. */
export function plainFormula(formula: string): string {
  return formula.replace(/_xlfn\.|_xlws\./g, '');
}

/**
 * A shared formula as it reads in a cell `rows` down and `cols` right of its master: relative references
 * move, absolute ones ($A$1) stay; text in quotes and quoted sheet names are left alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(
    /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
    (whole, colAbs, letters, rowAbs, digits) => {
      if (letters === undefined) return whole;
      const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
      const row = rowAbs ? Number(digits) : Number(digits) + rows;
      if (col < 1 || row < 1) return '#REF!';
      return `${colAbs}${columnLetter(col)}${rowAbs}${row}`;
    },
  );
}
