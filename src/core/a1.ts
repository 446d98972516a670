import type { RangeRef } from './types';

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function absAddress(row: number, col: number): string {
  return `$${columnLetter(col)}$${row}`;
}

export function rangeAddress(r: RangeRef, absolute = false): string {
  const a = absolute ? absAddress : cellAddress;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a(r.r1, r.c1) : `${a(r.r1, r.c1)}:${a(r.r2, r.c2)}`;
}

/** "$A$7:$G$10" or "B3" to a RangeRef; null when it is not a plain A1 range. */
export function parseRange(text: string): RangeRef | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(text.trim());
  if (!m) return null;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** "'评分规则'!$A$7:$A$11" to its sheet and range. */
export function parseSheetRange(text: string): { sheet: string; range: RangeRef } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(text.trim());
  if (!m) return null;
  const range = parseRange(m[3]);
  if (!range) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range };
}

/** A sheet name as a formula references it: always quoted, an apostrophe doubled ('Q3 (final)'!A1). */
export function formulaSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
