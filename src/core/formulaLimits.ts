/**
 * Excel's limits on one formula (Microsoft's "Excel specifications and limits"): 8,192 characters,
 * 255 characters per text literal, 64 levels of nested functions. A workbook written past them does
 * not open cleanly in Excel, and Office.js refuses the write, so the layout measures its formulas
 * before anything is written.
 */
export const FORMULA_LIMITS = { length: 8192, literal: 255, nesting: 64 } as const;

export type FormulaLimit = keyof typeof FORMULA_LIMITS;

export interface FormulaMeasure {
  length: number;
  longestLiteral: number;
  /** Deepest parenthesis level outside text: each function call is one (grouping brackets count too). */
  nesting: number;
}

export function measureFormula(formula: string): FormulaMeasure {
  let depth = 0;
  let nesting = 0;
  let longestLiteral = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      let length = 0;
      for (i++; i < formula.length; i++) {
        if (formula[i] === '"' && formula[i + 1] === '"') i++;
        else if (formula[i] === '"') break;
        length++;
      }
      longestLiteral = Math.max(longestLiteral, length);
    } else if (ch === "'") {
      // A quoted sheet name: its brackets are no nesting.
      for (i++; i < formula.length && !(formula[i] === "'" && formula[i + 1] !== "'"); i++) if (formula[i] === "'") i++;
    } else if (ch === '(') nesting = Math.max(nesting, ++depth);
    else if (ch === ')') depth--;
  }
  return { length: formula.length, longestLiteral, nesting };
}

/** The first limit the formula is past, with its measure; null when it is inside all three. */
export function overLimit(formula: string): { limit: FormulaLimit; value: number } | null {
  const m = measureFormula(formula);
  if (m.length > FORMULA_LIMITS.length) return { limit: 'length', value: m.length };
  if (m.longestLiteral > FORMULA_LIMITS.literal) return { limit: 'literal', value: m.longestLiteral };
  if (m.nesting > FORMULA_LIMITS.nesting) return { limit: 'nesting', value: m.nesting };
  return null;
}
