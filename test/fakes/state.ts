import { areaAddress, parseArea, parseSheetArea, type Area } from './a1';
import { FakeOfficeError } from './node';

/**
 * The fake workbook's state: what Excel would hold. The API proxies (api.ts) change it only at sync;
 * tests read it directly, and seed it directly (seeding is not an API call and is not counted).
 */

export type FakeValue = string | number | boolean;

export interface FakeBorder {
  style?: string;
  color?: string;
  weight?: string;
}

export interface FakeFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  borders?: Record<string, FakeBorder>;
}

export interface FakeCell {
  /** '' when empty; formula cells are not evaluated, so their value stays '' (unless a test sets it). */
  value: FakeValue;
  /** With its leading "=", or null. */
  formula: string | null;
  numberFormat: string;
  format: FakeFormat;
}

/** A cell as seeded or as expected: a value, or a formula (with or without "="). */
export type FakeInput = FakeValue | null | { formula: string };

/** One column's AutoFilter criteria: the fake models values filters only. */
export interface FakeFilterCriteria {
  /** Zero-based column of the AutoFilter range. */
  column: number;
  filterOn: 'Values';
  values: string[];
}

/** A conditional format: the fake models custom (formula) rules with a fill. */
export interface FakeConditionalFormat {
  id: string;
  type: string;
  area: Area;
  formula: string | null;
  fill: string | null;
  /** The font of the rule's format: colour, bold, italic, as set. */
  font?: { color?: string; bold?: boolean; italic?: boolean };
}

/** A chart series as the host sets it: what it reads (sheet-qualified addresses) and how it looks. */
export interface FakeSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  chartType: string | null;
  look: Record<string, unknown>;
}

/** A chart on a sheet: its type, name, title, the cells it floats over and its series. */
export interface FakeChart {
  type: string;
  name: string;
  title: string;
  legend: string | null;
  position: { from: string; to: string } | null;
  series: FakeSeries[];
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations: { address: string; rule: unknown }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** The AutoFilter's range (header row and the rows below), or null. */
  autoFilter: Area | null = null;
  /** The AutoFilter's criteria, at most one per column; empty when it filters nothing. */
  readonly filterCriteria: FakeFilterCriteria[] = [];
  /**
   * Rows the AutoFilter hides, as Excel decides them when a filter is applied (not when cells change
   * later: Excel re-filters only on apply or reapply).
   */
  readonly filterHiddenRows = new Set<number>();
  /** Frozen panes: rows and columns kept in view (0 each when none). */
  frozen = { rows: 0, cols: 0 };
  /** What pageLayout was given (ExcelApi 1.9): orientation, zoom, print title rows and area. */
  readonly pageLayout: {
    orientation?: string;
    zoom?: unknown;
    titleRows?: string;
    titleColumns?: string;
    printOrder?: string;
    printArea?: string;
    paperSize?: string;
  } = {};
  /** Rows that start a new page (manual page breaks, Worksheet.horizontalPageBreaks). */
  readonly rowBreaks: number[] = [];
  /** The sheet's charts (Worksheet.charts), in the order they were added. */
  readonly charts: FakeChart[] = [];
  /** Grouped columns (Range.group, ExcelApi 1.10) and whether their detail is hidden. */
  readonly columnGroups = new Map<number, { collapsed: boolean }>();
  /** Protected (Review > Protect Sheet): every cell write fails, as Excel's does. */
  protected = false;
  constructor(public name: string) {}

  private static key(row: number, col: number): number {
    return row * 20000 + col;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    if (this.protected)
      throw new FakeOfficeError(
        'AccessDenied',
        `The cell or chart you're trying to change is on a protected sheet (${this.name}).`,
      );
    const key = FakeSheet.key(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '', formula: null, numberFormat: 'General', format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Every stored cell with its row and column, in no particular order. */
  *entries(): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [key, cell] of this.cells) yield { row: Math.floor(key / 20000), col: key % 20000, cell };
  }

  /** Bounding area of cells holding a value or formula (formatting ignored), as getUsedRange(true). */
  usedArea(within?: Area): Area | null {
    let area: Area | null = null;
    for (const { row, col, cell } of this.entries()) {
      if (cell.formula === null && cell.value === '') continue;
      if (within && (row < within.r1 || row > within.r2 || col < within.c1 || col > within.c2)) continue;
      area = area
        ? {
            r1: Math.min(area.r1, row),
            c1: Math.min(area.c1, col),
            r2: Math.max(area.r2, row),
            c2: Math.max(area.c2, col),
          }
        : { r1: row, c1: col, r2: row, c2: col };
    }
    return area;
  }
}

export interface FakeName {
  name: string;
  sheet: FakeSheet;
  area: Area;
}

export interface FakeInitial {
  sheets?: { name: string; cells?: Record<string, FakeInput> }[];
  /** Workbook-scoped names, e.g. { name: 'PR_Lang', ref: "'Rules'!$B$3" }. */
  names?: { name: string; ref: string }[];
  active?: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** File > Options > Formulas > Workbook Calculation (Application.calculationMode, ExcelApi 1.8). */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  /** Each Application.calculate(type) the host asked for, in order. */
  readonly calculations: string[] = [];
  /**
   * The user is typing in a cell: a batch fails (InvalidOperationInCellEditMode) unless its run asked
   * for delayForCellEdit, which waits until the edit ends (endCellEdit).
   */
  cellEditMode = false;
  /** Tests: the user starts typing in a cell just as this sync (1-based, of the session's stats) is sent. */
  cellEditAtSync: number | null = null;
  /** Tests: a co-author's write that lands just before this sync (1-based) is processed. */
  coauthorWrites: { atSync: number; sheet: string; topLeft: string; grid: FakeInput[][] }[] = [];
  /**
   * Tests: this sync (1-based) fails with Excel's error code and nothing of its request is applied, as a
   * request Excel refuses; `hang` instead never answers (Excel stopping a function command at its
   * 5-minute limit: no code of the add-in runs after).
   */
  failAtSync: { atSync: number; code: string; hang?: boolean } | null = null;
  private editEnded: (() => void)[] = [];

  beginCellEdit(): void {
    this.cellEditMode = true;
  }

  endCellEdit(): void {
    this.cellEditMode = false;
    for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Resolves when the user leaves cell edit mode (at once when not in it). */
  cellEditEnded(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.editEnded.push(resolve)) : Promise.resolve();
  }

  constructor(initial: FakeInitial = {}) {
    for (const s of initial.sheets ?? []) {
      this.addSheet(s.name);
      for (const [address, input] of Object.entries(s.cells ?? {})) this.setCells(s.name, address, [[input]]);
    }
    for (const n of initial.names ?? []) {
      const parsed = parseSheetArea(n.ref);
      if (!parsed) throw new Error(`fake Excel: bad name reference ${n.ref}`);
      this.addName(n.name, parsed.sheet, areaAddress(parsed.area));
    }
    if (initial.active) this.activate(initial.active);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`fake Excel: no sheet ${name}`);
    return s;
  }

  name(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  // ---- seeding (direct state changes, not API calls) ----

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`fake Excel: sheet ${name} exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = s;
    return s;
  }

  activate(name: string): void {
    this.activeSheet = this.mustSheet(name);
  }

  /** Review > Protect Sheet, as a user does it. */
  protect(name: string): void {
    this.mustSheet(name).protected = true;
  }

  addName(name: string, sheet: string, address: string): void {
    const area = parseArea(address);
    if (!area) throw new Error(`fake Excel: bad address ${address}`);
    this.names.push({ name, sheet: this.mustSheet(sheet), area });
  }

  /** Writes values (strings stay text, whatever they start with) or formulas from a top-left cell. */
  setCells(sheet: string, topLeft: string, grid: FakeInput[][]): void {
    const s = this.mustSheet(sheet);
    const at = parseArea(topLeft);
    if (!at) throw new Error(`fake Excel: bad address ${topLeft}`);
    grid.forEach((line, i) =>
      line.forEach((input, j) => {
        const cell = s.ensure(at.r1 + i, at.c1 + j);
        if (input !== null && typeof input === 'object') {
          cell.formula = input.formula.startsWith('=') ? input.formula : `=${input.formula}`;
          cell.value = '';
        } else {
          cell.formula = null;
          cell.value = input ?? '';
        }
      }),
    );
  }

  // ---- inspection ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  cell(sheet: string, address: string): FakeCell {
    const a = parseArea(address);
    if (!a) throw new Error(`fake Excel: bad address ${address}`);
    const c = this.mustSheet(sheet).get(a.r1, a.c1);
    return c ? { ...c, format: { ...c.format } } : { value: '', formula: null, numberFormat: 'General', format: {} };
  }

  /** Values as Range.values returns them ('' for empty and for unevaluated formula cells). */
  values(sheet: string, address: string): FakeValue[][] {
    return this.grid(sheet, address, (c) => c?.value ?? '');
  }

  /** As Range.formulas: the formula for formula cells, the value otherwise. */
  formulas(sheet: string, address: string): FakeValue[][] {
    return this.grid(sheet, address, (c) => c?.formula ?? c?.value ?? '');
  }

  private grid<T>(sheet: string, address: string, read: (c: FakeCell | undefined) => T): T[][] {
    const s = this.mustSheet(sheet);
    const a = parseArea(address);
    if (!a) throw new Error(`fake Excel: bad address ${address}`);
    const out: T[][] = [];
    for (let r = a.r1; r <= a.r2; r++) {
      const line: T[] = [];
      for (let c = a.c1; c <= a.c2; c++) line.push(read(s.get(r, c)));
      out.push(line);
    }
    return out;
  }

  /** A sheet's AutoFilter as a user sees it: its range, its criteria per column, the rows it hides. */
  autoFilter(sheet: string): { range: string | null; criteria: FakeFilterCriteria[]; hiddenRows: number[] } {
    const s = this.mustSheet(sheet);
    return {
      range: s.autoFilter ? areaAddress(s.autoFilter) : null,
      criteria: s.filterCriteria.map((c) => ({ ...c, values: [...c.values] })),
      hiddenRows: [...s.filterHiddenRows].sort((a, b) => a - b),
    };
  }

  definedNames(): { name: string; sheet: string; address: string }[] {
    return this.names.map((n) => ({ name: n.name, sheet: n.sheet.name, address: areaAddress(n.area) }));
  }

  /**
   * Every non-blank cell (content or format) as "Sheet!A1" -> a stable JSON text, plus names, widths,
   * validations, conditional formats and AutoFilters (range, criteria, hidden rows): compare two of these
   * with diffSnapshots to see exactly what a run changed.
   */
  snapshot(): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of this.sheets) {
      for (const { row, col, cell } of s.entries()) {
        const blank =
          cell.value === '' &&
          cell.formula === null &&
          cell.numberFormat === 'General' &&
          Object.keys(cell.format).length === 0;
        if (!blank) out.set(`${s.name}!${areaAddress({ r1: row, c1: col, r2: row, c2: col })}`, stableJson(cell));
      }
      for (const [col, width] of s.columnWidths) out.set(`${s.name}!width:${col}`, String(width));
      s.validations.forEach((v, i) => out.set(`${s.name}!validation:${i}`, stableJson(v)));
      s.conditionalFormats.forEach((cf, i) =>
        out.set(`${s.name}!conditionalFormat:${i}`, stableJson({ ...cf, id: undefined, area: areaAddress(cf.area) })),
      );
      if (s.autoFilter) out.set(`${s.name}!autoFilter`, areaAddress(s.autoFilter));
      if (s.filterCriteria.length)
        out.set(`${s.name}!autoFilter:criteria`, stableJson([...s.filterCriteria].sort((a, b) => a.column - b.column)));
      if (s.filterHiddenRows.size)
        out.set(`${s.name}!autoFilter:hiddenRows`, [...s.filterHiddenRows].sort((a, b) => a - b).join(','));
    }
    for (const n of this.names) out.set(`name:${n.name}`, `${n.sheet.name}!${areaAddress(n.area)}`);
    return out;
  }
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Keys whose content differs between two snapshots (added, removed or changed). */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}
