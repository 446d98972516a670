import type { Labels } from './labels';
import type { CellValue, EmployeeResult } from './types';
import { WORD_WIDTHS } from './wordWidths';

/** Wide enough for every grade word of both languages ("Needs improvement", "待改进"). */
const GRADE_WIDTH = Math.max(14, WORD_WIDTHS.grades);

/**
 * The computed block of a Scores table, declared once: every column's place, header, look and what the
 * engine writes as its cached result. The layout (headers, styles, widths), the formulas (one builder per
 * key in layout/formulas.ts, checked by the type), the readers (results, report, the pane) and the tests
 * all derive from this list. Adding a computed column is one entry here, its formula and its engine value.
 */
export interface ComputedColumn {
  key: string;
  /** One column per indicator (in the Indicators table's order) instead of one column. */
  perIndicator: boolean;
  /**
   * Its header: a workbook word; for per-indicator columns the word of the group (in the row above the
   * header, over the group's columns) and each column's header is the indicator's name.
   */
  label: keyof Labels;
  /** Who fills it: the tool's formula, or the calibration panel (an input among the computed cells). */
  filledBy: 'formula' | 'panel';
  /** The look of its cells (layout/plan.ts STYLE), with a number format and bold where it matters. */
  style: 'computed' | 'input';
  numberFormat?: string;
  bold?: boolean;
  /** Column width in characters. */
  width: number;
  /** Sentences (a status, a reason, an action): wrapped onto more lines rather than cut or spilling. */
  wrap?: boolean;
  /** The engine's value for the cell (the cached result the file carries); null for the panel's column. */
  result: ((e: EmployeeResult, indicator: number, flaggedWord: string) => CellValue) | null;
  /**
   * Added after the first workbooks were made: on a sheet from before, this column was right of the
   * table, where HR may have put their own. Score claims it only while it is empty (core/structure.ts).
   */
  added?: true;
}

const number = (x: number) => (Number.isNaN(x) ? '' : x);

export const COMPUTED_COLUMNS = [
  {
    key: 'achievement',
    perIndicator: true,
    label: 'achievementGroup',
    filledBy: 'formula',
    style: 'computed',
    numberFormat: '0.0%',
    width: 12,
    result: (e, i) => number(e.achievements[i]),
  },
  {
    key: 'score',
    perIndicator: true,
    label: 'scoreGroup',
    filledBy: 'formula',
    style: 'computed',
    // One decimal, as the weighted score and the grade bands read (85.0, not 85.00).
    numberFormat: '0.0',
    width: 12,
    result: (e, i) => number(e.scores[i]),
  },
  {
    key: 'weighted',
    perIndicator: false,
    label: 'weightedScore',
    filledBy: 'formula',
    style: 'computed',
    numberFormat: '0.0',
    bold: true,
    width: 10,
    result: (e) => e.weighted ?? '',
  },
  {
    key: 'grade',
    perIndicator: false,
    label: 'grade',
    filledBy: 'formula',
    style: 'computed',
    width: GRADE_WIDTH,
    result: (e) => e.grade ?? '',
  },
  {
    key: 'status',
    perIndicator: false,
    label: 'status',
    filledBy: 'formula',
    style: 'computed',
    width: 36,
    wrap: true,
    result: (e) => e.statusText,
  },
  {
    key: 'flag',
    perIndicator: false,
    label: 'flag',
    filledBy: 'formula',
    style: 'computed',
    width: 10,
    result: (e, _, flagged) => (e.flagged ? flagged : ''),
  },
  {
    key: 'flagReason',
    perIndicator: false,
    label: 'flagReason',
    filledBy: 'formula',
    style: 'computed',
    width: 36,
    wrap: true,
    result: (e) => e.flagReason,
  },
  {
    key: 'calibrated',
    perIndicator: false,
    label: 'calibratedGrade',
    filledBy: 'panel',
    style: 'input',
    width: 14,
    result: null,
  },
  {
    key: 'final',
    perIndicator: false,
    label: 'finalGrade',
    filledBy: 'formula',
    style: 'computed',
    bold: true,
    width: GRADE_WIDTH,
    result: (e) => e.finalGrade ?? '',
  },
  {
    key: 'action',
    perIndicator: false,
    label: 'resultAction',
    filledBy: 'formula',
    style: 'computed',
    width: 30,
    wrap: true,
    result: (e) => e.actionText,
  },
  // Added with the talent grid and the rater effects: after every column older workbooks have, so a
  // Scores table made before keeps its columns where they were and grows by these.
  {
    key: 'quantScore',
    perIndicator: false,
    added: true,
    label: 'quantScore',
    filledBy: 'formula',
    style: 'computed',
    numberFormat: '0.0',
    width: 11,
    result: (e) => e.quantScore ?? '',
  },
  {
    key: 'qualScore',
    perIndicator: false,
    added: true,
    label: 'qualScore',
    filledBy: 'formula',
    style: 'computed',
    numberFormat: '0.0',
    width: 11,
    result: (e) => e.qualScore ?? '',
  },
  {
    key: 'potential',
    perIndicator: false,
    added: true,
    label: 'potential',
    filledBy: 'panel',
    style: 'input',
    width: Math.max(9, WORD_WIDTHS.levels),
    result: null,
  },
  {
    key: 'performance',
    perIndicator: false,
    added: true,
    label: 'performanceLevel',
    filledBy: 'formula',
    style: 'computed',
    width: Math.max(11, WORD_WIDTHS.levels),
    result: (e) => e.performanceLevel,
  },
  {
    key: 'box',
    perIndicator: false,
    added: true,
    label: 'talentBox',
    filledBy: 'formula',
    style: 'computed',
    width: Math.max(12, WORD_WIDTHS.boxes),
    result: (e) => e.box,
  },
  {
    // The last cycle's Potential, carried by next-cycle for the panel to see (never copied into this one's).
    key: 'previousPotential',
    perIndicator: false,
    added: true,
    label: 'previousPotential',
    filledBy: 'panel',
    style: 'input',
    width: Math.max(10, WORD_WIDTHS.levels),
    result: null,
  },
] as const satisfies readonly ComputedColumn[];

export type ComputedKey = (typeof COMPUTED_COLUMNS)[number]['key'];
export type FormulaKey = Extract<(typeof COMPUTED_COLUMNS)[number], { filledBy: 'formula' }>['key'];

/** One column of a sheet's computed block: its definition, and which indicator for per-indicator ones. */
export interface PlacedColumn {
  col: number;
  def: (typeof COMPUTED_COLUMNS)[number];
  indicator: number;
}

/** The computed block of a sheet with n indicators starting at `firstComputedCol`, column by column. */
export function placedColumns(firstComputedCol: number, n: number): PlacedColumn[] {
  const out: PlacedColumn[] = [];
  for (const def of COMPUTED_COLUMNS) {
    const count = def.perIndicator ? n : 1;
    for (let i = 0; i < count; i++)
      out.push({ col: firstComputedCol + out.length, def, indicator: def.perIndicator ? i : -1 });
  }
  return out;
}

type Column = (typeof COMPUTED_COLUMNS)[number];
type SingleKey = Extract<Column, { perIndicator: false }>['key'];
type PerIndicatorKey = Extract<Column, { perIndicator: true }>['key'];
export type ComputedColumns = { [K in SingleKey]: number } & {
  [K in PerIndicatorKey]: (indicator: number) => number;
} & { last: number };

/** Where each computed column sits: `cols.weighted`, `cols.score(i)` for the i-th indicator, `cols.last`. */
export function computedColumns(firstComputedCol: number, n: number): ComputedColumns {
  const out: Record<string, number | ((i: number) => number)> = {};
  let col = firstComputedCol;
  for (const def of COMPUTED_COLUMNS) {
    const start = col;
    out[def.key] = def.perIndicator ? (i: number) => start + i : start;
    col += def.perIndicator ? n : 1;
  }
  out.last = col - 1;
  return out as ComputedColumns;
}

export function computedWidth(n: number): number {
  return COMPUTED_COLUMNS.reduce((w, def) => w + (def.perIndicator ? n : 1), 0);
}
