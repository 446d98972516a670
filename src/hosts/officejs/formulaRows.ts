/**
 * A fill-down formula for another row: relative row numbers move by `rows`, as Excel's fill-down does.
 * Only the fallback without Range.copyFrom (ExcelApi < 1.9) needs it. "$" rows stay; text in "..."
 * and quoted sheet names stay; names such as PR_CurveX or functions such as LOG10( are not references.
 */
// Anchored and matched on a short slice rather than sticky (/y): Internet Explorer 11 runs this code
// in Excel 2019 volume-licensed and parses no ES2015 regex flags. A reference is at most 12 characters.
const REF = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)/;
const REF_WINDOW = 32;

export function formulaForRow(formula: string, rows: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = REF.exec(formula.slice(i, i + REF_WINDOW));
    if (m && !/[A-Za-z0-9_.$]/.test(formula[i - 1] ?? '') && !/[A-Za-z0-9_(!]/.test(formula[i + m[0].length] ?? '')) {
      out += m[1] + m[2] + (m[2] ? m[3] : String(Number(m[3]) + rows));
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
