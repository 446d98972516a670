import type { PlanCell } from '../../layout/plan';

/**
 * Office.js stores what Range.values / Range.formulas receive as if it were typed into the cell. Its
 * reference says a string starting with "=", "+" or "-" becomes a formula; "@" is the implicit-
 * intersection operator, so "@x" becomes one too; "5,000", "50%", "TRUE", "#N/A" or "2026-01" become a
 * number, boolean, error or date. Excel's own way to keep typed text as text is a leading apostrophe
 * (the quote prefix): the cell's value is the text without it, and nothing else about the cell changes.
 * Number format "@" would keep the text too, but it stays on the cell: a number typed there later would
 * be stored as text, which the scoring would then reject. So every string Excel could read as anything
 * but that text gets the apostrophe: one starting with = + - @ ' #, any string with a digit in it,
 * TRUE and FALSE. Plain words are sent as they are.
 */
const READ_AS_SOMETHING_ELSE = /^[=+\-@'#]|\d|^\s*(true|false)\s*$/i;

export function textInput(text: string): string {
  return text !== '' && READ_AS_SOMETHING_ELSE.test(text) ? `'${text}` : text;
}

/**
 * A plan cell as a Range.formulas entry: null leaves the cell alone (Office ignores null inside a 2-D
 * array), '' clears it, formulas get their "=".
 */
export function cellInput(cell: PlanCell): string | number | boolean | null {
  if (cell === null) return null;
  if ('formula' in cell) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return textInput(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return v;
}
