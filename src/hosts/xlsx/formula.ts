import { columnLetter, columnNumber } from '../../core/a1';

/** In the file format, functions newer than Excel 2007 carry the _xlfn. prefix (Excel and LibreOffice need it). */
export function fileFormula(formula: string): string {
  // No lookbehind (ES2018): the browser build (the next cycle's workbook) runs in Excel 2019's webview.
  return formula.replace(/(^|[^\w.])(QUARTILE\.INC|PERCENTILE\.INC|AGGREGATE)\(/g, '$1_xlfn.$2(');
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
    // The character before a reference is matched (no lookbehind: ES2018) and written back as it was.
    /"(?:[^"]|"")*"|'(?:[^']|'')*'|(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
    (whole, before, colAbs, letters, rowAbs, digits) => {
      if (letters === undefined) return whole;
      const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
      const row = rowAbs ? Number(digits) : Number(digits) + rows;
      if (col < 1 || row < 1) return `${before}#REF!`;
      return `${before}${colAbs}${columnLetter(col)}${rowAbs}${row}`;
    },
  );
}
