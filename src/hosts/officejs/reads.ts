/// <reference types="office-js" />
import { columnLetter, parseRange, parseSheetRange, rangeAddress } from '../../core/a1';
import type { GridReader } from '../../core/snapshot';
import type { CellValue, RangeRef } from '../../core/types';
import type { Features } from './features';
import { packByBytes } from './pack';

/**
 * Reading for the engine in few batches. The engine reads through a GridReader synchronously; Office.js
 * reads asynchronously. So the host runs the engine on what it has loaded so far: every range it asks
 * for that is not loaded (and every sheet size not known) is noted and answered with empty cells. The
 * host then loads all of those in one sync and runs the engine again, until a run asks for nothing new.
 * The first run, on nothing, learns every range the engine reads from the names and sheet sizes alone;
 * the second, on the data, normally completes. A read that depends on the data costs one more sync,
 * never one per read.
 */

export interface ReadRequest {
  /** formulaTexts: formulas with their text, always (input cells about to move, core/inputLayout.ts). */
  kind: 'values' | 'formulas' | 'formulaTexts';
  sheet: string;
  range: RangeRef;
}

const blank = (r: RangeRef): CellValue[][] =>
  Array.from({ length: r.r2 - r.r1 + 1 }, () => new Array<CellValue>(r.c2 - r.c1 + 1).fill(null));

interface Block {
  kind: ReadRequest['kind'];
  sheet: string;
  range: RangeRef;
  grid: CellValue[][];
}

/** A sheet's last row, in some of its columns (a table's) or in all. */
export interface SizeRequest {
  sheet: string;
  columns?: { c1: number; c2: number };
}

const sizeKey = (r: SizeRequest) => `${r.sheet.toLowerCase()}|${r.columns ? `${r.columns.c1}:${r.columns.c2}` : '*'}`;

export class EngineReads implements GridReader {
  private readonly blocks: Block[] = [];
  private readonly lastRows = new Map<string, number>();
  private misses = new Map<string, ReadRequest>();
  private unknown = new Map<string, SizeRequest>();

  /** Starts a run of the engine: forgets the previous run's misses. */
  begin(): this {
    this.misses = new Map();
    this.unknown = new Map();
    return this;
  }

  /** Ranges the last run asked for and did not get. */
  get missing(): ReadRequest[] {
    return [...this.misses.values()];
  }

  /** Sizes the last run asked for and did not get. */
  get unknownSizes(): SizeRequest[] {
    return [...this.unknown.values()];
  }

  get complete(): boolean {
    return this.misses.size === 0 && this.unknown.size === 0;
  }

  setLastRow(size: SizeRequest, row: number): void {
    this.lastRows.set(sizeKey(size), row);
  }

  add(block: Block): void {
    this.blocks.push(block);
  }

  values(sheet: string, range: RangeRef): CellValue[][] {
    return this.slice('values', sheet, range);
  }

  formulas(sheet: string, range: RangeRef): CellValue[][] {
    return this.slice('formulas', sheet, range);
  }

  formulaTexts(sheet: string, range: RangeRef): CellValue[][] {
    return this.slice('formulaTexts', sheet, range);
  }

  lastRow(sheet: string, columns?: { c1: number; c2: number }): number {
    const size = { sheet, columns };
    const n = this.lastRows.get(sizeKey(size));
    if (n === undefined) this.unknown.set(sizeKey(size), size);
    return n ?? 0;
  }

  /** The range from the blocks loaded: one that covers it, or row slices of a big read that together do. */
  private slice(kind: Block['kind'], sheet: string, r: RangeRef): CellValue[][] {
    const over = this.blocks.filter(
      (x) =>
        x.kind === kind &&
        x.sheet.toLowerCase() === sheet.toLowerCase() &&
        x.range.c1 <= r.c1 &&
        x.range.c2 >= r.c2 &&
        x.range.r1 <= r.r2 &&
        x.range.r2 >= r.r1,
    );
    const out: CellValue[][] = [];
    for (let row = r.r1; row <= r.r2; ) {
      const b = over.find((x) => x.range.r1 <= row && x.range.r2 >= row);
      if (!b) {
        this.misses.set(`${kind}|${sheet.toLowerCase()}|${rangeAddress(r)}`, { kind, sheet, range: r });
        return blank(r);
      }
      const end = Math.min(b.range.r2, r.r2);
      for (let k = row; k <= end; k++) out.push(b.grid[k - b.range.r1].slice(r.c1 - b.range.c1, r.c2 - b.range.c1 + 1));
      row = end + 1;
    }
    return out;
  }
}

/** Responses have Excel on the web's 5 MB limit too; reads are packed under this estimate. */
export const RESPONSE_BUDGET = 3.5 * 1024 * 1024;
/** Estimated response bytes per cell of values: measured about 6 for numbers and short names; text runs longer. */
const BYTES_PER_CELL = 12;
/** Input cells are mostly numbers; the few formulas HR types in them are short. */
const FORMULA_TEXT_BYTES = 40;

/** Consecutive reads grouped into batches whose estimated responses stay under `budget`. */
export function packReads(
  requests: readonly ReadRequest[],
  features: Features,
  budget: number = RESPONSE_BUDGET,
): ReadRequest[][] {
  const estimate = (r: ReadRequest) => {
    const cells = (r.range.r2 - r.range.r1 + 1) * (r.range.c2 - r.range.c1 + 1);
    // With special cells a formulas read answers a few addresses; without, the formulas themselves.
    if (r.kind === 'formulaTexts') return cells * FORMULA_TEXT_BYTES + 100;
    return r.kind === 'formulas' ? (features.specialCells ? 1000 : cells * 400) : cells * BYTES_PER_CELL + 100;
  };
  // A read whose response alone would pass the budget is cut into row slices (EngineReads joins them).
  const sliced = requests.flatMap((r) => {
    const rows = r.range.r2 - r.range.r1 + 1;
    // Formulas are found by special cells (a few addresses), or read on Excel 2019 desktop, which has no
    // response limit.
    if (r.kind === 'formulas') return [r];
    const perCell = r.kind === 'formulaTexts' ? FORMULA_TEXT_BYTES : BYTES_PER_CELL;
    const step = Math.max(1, Math.floor((budget - 100) / ((r.range.c2 - r.range.c1 + 1) * perCell)));
    if (rows <= step) return [r];
    const out: ReadRequest[] = [];
    for (let r1 = r.range.r1; r1 <= r.range.r2; r1 += step)
      out.push({ ...r, range: { ...r.range, r1, r2: Math.min(r.range.r2, r1 + step - 1) } });
    return out;
  });
  const packs = packByBytes(sliced, estimate, budget);
  // Callers sync once per pack: no request still means one (empty) pack.
  return packs.length ? packs : [[]];
}

/**
 * Queues the used-range loads of sheets (whole, or some columns of one); the
 * returned function, after the sync, records their last rows. A table's size is the used range of its
 * own columns, so one value typed far below beside it does not make the reads millions of cells.
 */
export function queueSizes(
  context: Excel.RequestContext,
  sizes: readonly SizeRequest[],
  reads: EngineReads,
): () => void {
  const used = sizes.map((size) => {
    const ws = context.workbook.worksheets.getItem(size.sheet);
    const area = size.columns
      ? ws.getRange(`${columnLetter(size.columns.c1)}:${columnLetter(size.columns.c2)}`).getUsedRangeOrNullObject(true)
      : ws.getUsedRangeOrNullObject(true);
    return { size, range: area.load('rowIndex,rowCount') };
  });
  return () => used.forEach(({ size, range }) => reads.setLastRow(size, lastRowOfUsed(range)));
}

/**
 * Runs the engine on nothing to learn which sizes it needs (a table's columns come from the tool's
 * names alone) and queues their loads, so the first round of reads already knows how far tables go.
 */
export function queueEngineSizes(
  context: Excel.RequestContext,
  reads: EngineReads,
  evaluate: (reader: GridReader) => void,
): () => void {
  evaluate(reads.begin());
  return queueSizes(context, reads.unknownSizes, reads);
}

/** A used range (values only) to the last row holding anything; 0 for an empty sheet. */
export function lastRowOfUsed(used: Excel.Range): number {
  return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
}

/** Office answers '' for an empty cell; the engine's empty is null. */
export function coreGrid(values: unknown[][]): CellValue[][] {
  return values.map((line) => line.map((v) => (v === '' || v === undefined ? null : (v as CellValue))));
}

/** "Sheet1!A1:B4, Sheet1!D1:D4" (a RangeAreas address) to its rectangles. */
export function parseAreas(address: string): RangeRef[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const r = p.includes('!') ? parseSheetRange(p)?.range : parseRange(p);
      if (!r) throw new Error(`unexpected range address from Excel: ${p}`);
      return r;
    });
}

/**
 * Areas of special cells from their address; null when the address names fewer areas than Excel counts
 * (an address cut short), so that the caller reads the cells instead. None for a null object.
 */
function areasOf(special: Excel.RangeAreas): RangeRef[] | null {
  if (special.isNullObject) return [];
  const areas = parseAreas(special.address);
  return areas.length === special.areaCount ? areas : null;
}

/** Constant cells found inside a computed block: their values are loaded in a second read. */
export interface TypedOver {
  sheet: string;
  area: RangeRef;
  /** 'formulas': the whole block, when the special cells' address could not be trusted. */
  kind: 'values' | 'formulas';
  /** Puts the loaded values where the engine will read them. */
  fill: (values: CellValue[][]) => void;
}

/**
 * Queues the loads of the planned reads (no sync). The returned function, called after the sync, puts
 * the loaded blocks into the reader and returns the typed-over cells still to read.
 *
 * Values are loaded as they are. The formulas of a computed block serve one purpose: finding computed
 * cells someone typed a value over. Downloading them is out of the question at scale (10,000 rows of a
 * Status formula are tens of megabytes, over Excel on the web's 5 MB response limit), so with ExcelApi
 * 1.9 the host asks Excel where the formula cells and the constant cells are (getSpecialCells, a few
 * addresses) and serves "=" for a formula cell (its text not fetched), the value for a constant, null
 * for a blank. Below 1.9 (Excel 2019 desktop, which has no such limit) the formulas are read.
 */
export function queueReads(
  context: Excel.RequestContext,
  requests: readonly ReadRequest[],
  features: Features,
  reader: EngineReads,
): () => TypedOver[] {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    const key = name.toLowerCase();
    if (!sheets.has(key)) sheets.set(key, context.workbook.worksheets.getItem(name));
    return sheets.get(key)!;
  };
  const finish: (() => TypedOver[])[] = [];
  for (const req of requests) {
    const range = sheet(req.sheet).getRange(rangeAddress(req.range));
    if (req.kind !== 'formulas' || !features.specialCells) {
      if (req.kind === 'values') range.load('values');
      else range.load('formulas');
      finish.push(() => {
        // Called by loadForEngine after its sync: the rule cannot see across the closure.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
        reader.add({ ...req, grid: coreGrid(req.kind === 'values' ? range.values : range.formulas) });
        return [];
      });
      continue;
    }
    const formulas = range.getSpecialCellsOrNullObject('Formulas').load('address,areaCount');
    const constants = range.getSpecialCellsOrNullObject('Constants').load('address,areaCount');
    finish.push(() => {
      const grid = blank(req.range);
      const put = (area: RangeRef, value: (i: number, j: number) => CellValue) => {
        for (let r = area.r1; r <= area.r2; r++)
          for (let c = area.c1; c <= area.c2; c++)
            grid[r - req.range.r1][c - req.range.c1] = value(r - area.r1, c - area.c1);
      };
      const formulaAreas = areasOf(formulas);
      const constantAreas = areasOf(constants);
      reader.add({ ...req, grid });
      // An address cut short (its length limit is not documented): the block's formulas are read instead.
      if (!formulaAreas || !constantAreas)
        return [
          {
            sheet: req.sheet,
            area: req.range,
            kind: 'formulas',
            fill: (formulas) => put(req.range, (i, j) => formulas[i][j]),
          },
        ];
      for (const area of formulaAreas) put(area, () => '=');
      return constantAreas.map((area) => ({
        sheet: req.sheet,
        area,
        kind: 'values',
        fill: (values: CellValue[][]) => put(area, (i, j) => values[i][j]),
      }));
    });
  }
  return () => finish.flatMap((f) => f());
}

/** Queues the value loads of typed-over cells; the returned function, after the sync, fills them in. */
export function queueTypedOver(context: Excel.RequestContext, cells: readonly TypedOver[]): () => void {
  const loads = cells.map((t) => ({
    t,
    range: context.workbook.worksheets.getItem(t.sheet).getRange(rangeAddress(t.area)).load(t.kind),
  }));
  return () => loads.forEach(({ t, range }) => t.fill(coreGrid(t.kind === 'values' ? range.values : range.formulas)));
}

/**
 * Runs `evaluate` (the engine) on what is loaded, loads what it asked for, and again, until a run asks
 * for nothing new. A round: the sizes of sheets first met and the ranges (one sync unless megabytes, see
 * packReads), then the values of typed-over computed cells when there are any. `onRound` queues extra
 * reads into a round's first request.
 */
export async function loadForEngine(
  context: Excel.RequestContext,
  reads: EngineReads,
  features: Features,
  evaluate: (reader: GridReader) => void,
  maxRounds: number,
  onRound?: (round: number) => void,
): Promise<void> {
  evaluate(reads.begin());
  for (let round = 1; !reads.complete; round++) {
    if (round > maxRounds)
      throw new Error(`the engine still asks for ${reads.missing.length} ranges after ${maxRounds} reads`);
    const sizedMore = queueSizes(context, reads.unknownSizes, reads);
    onRound?.(round);
    const typedOver: TypedOver[] = [];
    for (const pack of packReads(reads.missing, features)) {
      const loaded = queueReads(context, pack, features, reads);
      // A sync per pack of 3.5 MB of responses (one pack unless sheets hold megabytes), never per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      typedOver.push(...loaded());
    }
    sizedMore();
    if (typedOver.length) {
      const filled = queueTypedOver(context, typedOver);
      // A round of the engine's reads (at most maxRounds, a constant), not a loop over the data.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      filled();
    }
    evaluate(reads.begin());
  }
}
