/**
 * A1 addresses and reference shifting for the fake Excel. Self-contained on purpose: the fake must not
 * share code with the host it checks, and must bundle into a browser page (no Node imports).
 */

export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function areaAddress(a: Area): string {
  const one = (r: number, c: number) => `${colLetters(c)}${r}`;
  return a.r1 === a.r2 && a.c1 === a.c2 ? one(a.r1, a.c1) : `${one(a.r1, a.c1)}:${one(a.r2, a.c2)}`;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * "B3", "$A$7:$G$10" or a whole-column "C:E" (what Worksheet.getRange accepts in this fake); null when
 * it is none of those.
 */
export function parseArea(text: string): Area | null {
  const t = text.trim();
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(t);
  if (cols) {
    const [c1, c2] = [colNumber(cols[1]), colNumber(cols[2])].sort((a, b) => a - b);
    return c2 <= MAX_COL ? { r1: 1, c1, r2: MAX_ROW, c2 } : null;
  }
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(t);
  if (!m) return null;
  const a = { c: colNumber(m[1]), r: Number(m[2]) };
  const b = m[3] ? { c: colNumber(m[3]), r: Number(m[4]) } : a;
  const area = { r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) };
  return area.r1 >= 1 && area.r2 <= MAX_ROW && area.c1 >= 1 && area.c2 <= MAX_COL ? area : null;
}

/** "'My sheet'!$A$1:$B$2" to sheet and area. */
export function parseSheetArea(text: string): { sheet: string; area: Area } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!'=]+))!(.+)$/.exec(text.trim());
  if (!m) return null;
  const area = parseArea(m[3]);
  return area ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area } : null;
}

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/y;

type Piece = string | { colAbs: boolean; col: number; rowAbs: boolean; row: number };

/** Splits a formula into text and cell references once, for shifting it to many cells. */
function pieces(formula: string): Piece[] {
  const out: Piece[] = [];
  let text = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    REF.lastIndex = i;
    const m = REF.exec(formula);
    const before = i > 0 ? formula[i - 1] : '';
    const after = m ? (formula[i + m[0].length] ?? '') : '';
    if (m && !/[A-Za-z0-9_.]/.test(before) && !/[A-Za-z0-9_(!]/.test(after)) {
      out.push(text);
      text = '';
      out.push({ colAbs: m[1] === '$', col: colNumber(m[2]), rowAbs: m[3] === '$', row: Number(m[4]) });
      i += m[0].length;
      continue;
    }
    text += ch;
    i++;
  }
  out.push(text);
  return out;
}

/**
 * Moves the relative references of an A1 formula by (dr, dc), the way Excel adjusts a copied formula:
 * "$" parts stay, text inside "..." and quoted sheet names stay, names such as PR_CurveX or LOG10( are
 * not references. compileShift splits the formula once; the result shifts it cheaply for every cell.
 */
export function compileShift(formula: string): (dr: number, dc: number) => string {
  const parts = pieces(formula);
  // Joined, not grown with +=: a grown string is a rope of every piece, and a sheet of long formulas
  // (the talent grid's running lists) would hold a rope per cell, several times the text's size.
  return (dr, dc) =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        const col = p.colAbs ? p.col : p.col + dc;
        const row = p.rowAbs ? p.row : p.row + dr;
        return col < 1 || row < 1 ? '#REF!' : `${p.colAbs ? '$' : ''}${colLetters(col)}${p.rowAbs ? '$' : ''}${row}`;
      })
      .join('');
}

export function shiftFormula(formula: string, dr: number, dc: number): string {
  return compileShift(formula)(dr, dc);
}

const encoder = new TextEncoder();

export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}
