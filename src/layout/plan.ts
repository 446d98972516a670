import type { CellValue, RangeRef } from '../core/types';
import type { Paper } from '../core/rules';
import { FORMULA_LIMITS } from '../core/formulaLimits';

/**
 * A plan of writes, host-neutral. Hosts (the workbook package of the command line, Office.js) apply it in
 * bulk. Formulas carry no leading "=" and use English function names with comma separators; `result` is
 * the engine's value for hosts that store a cached result (the package: hosts/xlsx).
 */
/** Paper sizes the tool prints on, with their codes in the file format (ECMA-376 ST_PaperSize) and in Office.js. */
export const PAPERS = {
  A4: { ooxml: 9, officeJs: 'A4' },
  Letter: { ooxml: 1, officeJs: 'Letter' },
} as const satisfies Record<Paper, { ooxml: number; officeJs: string }>;
export type { Paper };
export const PAPER_DEFAULT: Paper = 'A4';

/** The print scale (percent) at which the workbook's 11 pt text prints at 8.25 pt: the least people read. */
export const READABLE_PRINT_SCALE = 75;

/** The tool's charts are named with this prefix: a Score finds its own again and leaves HR's alone. */
export const CHART_PREFIX = 'PR_Chart_';

/** A native chart reading live cells of its own sheet, so it follows every edit. */
export interface ChartSpec {
  /** CHART_PREFIX and what it shows: the same chart is written again under the same name. */
  name: string;
  title: string;
  /** Columns side by side per category (a line of markers for `marker` series), or bars stacked per category. */
  type: 'columns' | 'stackedBars';
  /** The category labels: one column of cells. */
  categories: RangeRef;
  /** `pointColours`: a colour per category (the grades' own colours on a grade distribution). */
  series: { name: string; values: RangeRef; colour: string; marker?: boolean; pointColours?: string[] }[];
  /** The cells it floats over: top-left to bottom-right. */
  at: RangeRef;
}

export type PlanCell = { value: CellValue } | { formula: string; result: CellValue } | null;

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  numberFormat?: string;
  wrap?: boolean;
  border?: boolean;
  /**
   * Centred across the styled cells of its row (Excel's "Center Across Selection"): a group's heading
   * over its columns, without merging them.
   */
  acrossGroup?: boolean;
}

export type PlanOp =
  | { kind: 'addSheet'; sheet: string }
  | { kind: 'cells'; sheet: string; row: number; col: number; cells: PlanCell[][] }
  /**
   * One column filled down with the formula of its first row (relative references follow each row, as
   * Excel's fill-down does); `formula` null clears the column. `results` are the engine's values per row.
   */
  | { kind: 'fill'; sheet: string; range: RangeRef; formula: string | null; results: CellValue[] }
  | { kind: 'style'; sheet: string; range: RangeRef; style: CellStyle }
  | { kind: 'name'; name: string; sheet: string; range: RangeRef }
  | { kind: 'columnWidths'; sheet: string; widths: number[] }
  /** A drop-down: `source` a name or range whose cells are the choices, or `items`, the choices themselves. */
  | { kind: 'listValidation'; sheet: string; range: RangeRef; source: string; items?: never }
  | { kind: 'listValidation'; sheet: string; range: RangeRef; items: readonly string[]; source?: never }
  /**
   * Cells of `range` get `fill` (or a font colour, bold or italic) where `formula` (written for its
   * top-left cell, relative) is true; replaces an earlier identical rule.
   */
  | {
      kind: 'highlight';
      sheet: string;
      range: RangeRef;
      formula: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
      italic?: boolean;
      /** Formulas of earlier rules this one takes the place of (the flag column moved). */
      replaces?: string[];
    }
  /** Deletes one of the tool's defined names (before it is defined again elsewhere). */
  | { kind: 'unname'; name: string }
  /** Filter buttons on a header row and the rows below it. */
  | { kind: 'autoFilter'; sheet: string; range: RangeRef }
  /** Empties the cells (contents only, formats stay). */
  | { kind: 'clear'; sheet: string; range: RangeRef }
  /** Rows 1..rows and columns 1..cols stay in view while the sheet scrolls (0: none). */
  | { kind: 'freeze'; sheet: string; rows: number; cols: number }
  /**
   * How the sheet prints: landscape or portrait, one page wide (as many pages down as it takes), the
   * rows `titleRows` repeated on every page, only `printArea` (null: what the sheet holds).
   */
  | {
      kind: 'pageSetup';
      sheet: string;
      landscape: boolean;
      /** One page tall as well as wide (a short sheet such as the Rules). */
      onePage?: boolean;
      titleRows: { r1: number; r2: number } | null;
      printArea: RangeRef | null;
      /** The paper; PAPER_DEFAULT (A4, what Chinese offices print on) when not given. */
      paper?: Paper;
      /** Columns repeated at the left of every page across (who the row is about). */
      titleColumns?: { c1: number; c2: number };
      /**
       * Printed at this scale (percent), as many pages across as it takes, instead of one page wide: a
       * wide table fitted to one page prints at 3-4 pt. READABLE_PRINT_SCALE keeps text at 8 pt or more.
       */
      scale?: number;
      /**
       * Rows that start a new page (the Calibration sheet's chart bands: a chart is never cut in two). Only
       * on the tool's own sheets, which it lays out whole: their manual page breaks are the tool's.
       */
      rowBreaks?: number[];
    }
  /**
   * Columns c1..c2 grouped (outline level 1) and collapsed: on screen one click shows them, on paper
   * they are left out (the per-indicator detail of an assessment sheet).
   */
  | { kind: 'groupColumns'; sheet: string; c1: number; c2: number }
  /**
   * The tool's charts on a sheet, all of them: each is written (or written again, by its name) and any
   * other chart of the tool's on the sheet (CHART_PREFIX) is removed; charts of HR's own stay.
   */
  | { kind: 'charts'; sheet: string; charts: ChartSpec[] }
  /** A row's height in points (a header whose words wrap onto several lines). */
  | { kind: 'rowHeight'; sheet: string; row: number; height: number };

export const STYLE = {
  title: { bold: true, fontSize: 14 },
  section: { bold: true, fontColor: '1F4E79', fontSize: 12 },
  header: { bold: true, fill: 'D9E1F2', border: true, wrap: true },
  computedHeader: { bold: true, fill: 'D9D9D9', border: true, wrap: true },
  input: { fill: 'FFF2CC', border: true },
  computed: { fill: 'EDEDED', fontColor: '404040', border: true },
  note: { italic: true, fontColor: '595959' },
  flagged: { fill: 'FCE4D6' },
  /** The tool's own bookkeeping (an indicator's stored key): kept in the cell, shown to nobody (";;;"). */
  bookkeeping: { numberFormat: ';;;', fontColor: '7F7F7F' },
  /** Values kept from an indicator no longer in the Indicators table: not scored, plainly set apart. */
  kept: { fill: 'F2F2F2', fontColor: '7F7F7F', italic: true, border: true },
} satisfies Record<string, CellStyle>;

export const v = (value: CellValue): PlanCell => ({ value });
export const f = (formula: string, result: CellValue = null): PlanCell => ({ formula, result });

/**
 * A string literal inside a formula. Text longer than Excel's 255 characters per literal (a long
 * indicator name in a Status message) is joined from pieces: "...255..."&"...".
 */
export function formulaText(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || pieces.length === 0; i += FORMULA_LIMITS.literal)
    pieces.push(`"${text.slice(i, i + FORMULA_LIMITS.literal).replace(/"/g, '""')}"`);
  return pieces.length === 1 ? pieces[0] : `(${pieces.join('&')})`;
}

/** A sheet of the tool's own: added, its title (A1) and note (A2), and the name it is found by on A1. */
export function sheetHeadOps(sheet: string, title: string, note: string, anchor: string): PlanOp[] {
  return [
    { kind: 'addSheet', sheet },
    { kind: 'cells', sheet, row: 1, col: 1, cells: [[v(title)], [v(note)]] },
    { kind: 'style', sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 }, style: STYLE.title },
    { kind: 'style', sheet, range: { r1: 2, c1: 1, r2: 2, c2: 1 }, style: STYLE.note },
    { kind: 'name', name: anchor, sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 } },
  ];
}

/** Empties the rows a table written again held below its header (header row `at.row`), up to `lastRow`. */
export function clearBelow(sheet: string, at: { row: number; col: number }, lastRow: number, width: number): PlanOp[] {
  return lastRow > at.row
    ? [{ kind: 'clear', sheet, range: { r1: at.row + 1, c1: at.col, r2: lastRow, c2: at.col + width - 1 } }]
    : [];
}
