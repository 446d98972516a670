import { FakeOfficeError } from './node';
import type { FakeCell } from './state';

/**
 * How Excel stores what Range.values / Range.formulas receive: like text typed into the cell. That is
 * the behaviour the host must defend against: "=...", "+...", "-..." and "@..." become formulas (the
 * Office.js reference says so for values), numbers written as text become numbers, and only a leading
 * apostrophe keeps the rest as text. null in the array leaves the cell alone; '' clears it.
 * Dates and locale-specific numbers are not modelled.
 */
export function enterInput(cell: FakeCell, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new FakeOfficeError('InvalidArgument', `${where}: ${input} is not a cell value.`);
    setValue(cell, input);
  } else if (typeof input === 'boolean') setValue(cell, input);
  else if (typeof input !== 'string')
    throw new FakeOfficeError('InvalidArgument', `${where}: ${typeof input} is not a cell value.`);
  else if (input === '') setValue(cell, '');
  else if (input.startsWith("'")) setValue(cell, input.slice(1));
  else if (input.length > 1 && input.startsWith('=')) setFormula(cell, input, where);
  else if (input.length > 1 && /^[+\-@]/.test(input)) {
    const n = asNumber(input);
    if (n !== null) setValue(cell, n);
    else setFormula(cell, `=${input}`, where);
  } else {
    const n = asNumber(input);
    if (n !== null) setValue(cell, n);
    else if (/^(true|false)$/i.test(input.trim())) setValue(cell, input.trim().toLowerCase() === 'true');
    else setValue(cell, input);
  }
}

function setValue(cell: FakeCell, value: FakeCell['value']): void {
  cell.value = value;
  cell.formula = null;
}

function setFormula(cell: FakeCell, formula: string, where: string): void {
  checkFormula(formula, where);
  cell.formula = formula;
  cell.value = '';
}

function asNumber(text: string): number | null {
  const t = text.trim();
  const percent = t.endsWith('%');
  const body = (percent ? t.slice(0, -1) : t).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body) && !/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(body))
    return null;
  const n = Number(body.replace(/,/g, ''));
  return percent ? n / 100 : n;
}

/**
 * Excel refuses a formula with unbalanced parentheses or an open string, and one past its limits
 * ("Excel specifications and limits"): 8,192 characters, 255 per text literal, 64 nested levels.
 */
export function checkFormula(formula: string, where: string): void {
  let depth = 0;
  let deepest = 0;
  let literal = 0;
  let longestLiteral = 0;
  let quote: string | null = null;
  for (let i = 1; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote && formula[i + 1] === quote) {
        i++;
        literal++;
      } else if (ch === quote) {
        if (quote === '"') longestLiteral = Math.max(longestLiteral, literal);
        quote = null;
      } else literal++;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      literal = 0;
    } else if (ch === '(') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' && --depth < 0) break;
  }
  const fail = (why: string) => {
    throw new FakeOfficeError('InvalidArgument', `${where}: ${why}: ${formula.slice(0, 80)}`);
  };
  if (quote || depth !== 0) fail("there's a problem with this formula");
  if (formula.length > 8192) fail(`the formula is ${formula.length} characters, over 8,192`);
  if (longestLiteral > 255) fail(`a text value in the formula is ${longestLiteral} characters, over 255`);
  if (deepest > 64) fail(`the formula nests ${deepest} levels, over 64`);
}
