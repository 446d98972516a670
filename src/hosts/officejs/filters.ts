/// <reference types="office-js" />
import { parseSheetRange, rangeAddress } from '../../core/a1';
import type { RangeRef } from '../../core/types';

/**
 * A sheet's AutoFilter criteria, kept across writes. What Office.js does over rows a filter hides is not
 * specified for Range.copyFrom (how Score fills a formula column) and getSpecialCells (how it finds
 * typed-over computed cells), and the calibration panel's normal state is "flagged rows only". So Score
 * clears the criteria of the sheets it reads, and applies the same criteria again after its writes: the
 * user's filter comes back, evaluated on the new values (which is also what reapply() would do).
 */
export interface ColumnCriteria {
  /** Zero-based column of the AutoFilter's range. */
  column: number;
  criteria: Excel.FilterCriteria;
}

/**
 * The columns that filter, from AutoFilter.criteria (one entry per column). Null members are dropped:
 * Excel answers them but refuses them when they are passed back to apply (office-js#1226).
 */
export function activeCriteria(raw: readonly Excel.FilterCriteria[] | null | undefined): ColumnCriteria[] {
  const out: ColumnCriteria[] = [];
  (raw ?? []).forEach((entry, column) => {
    const clean: Record<string, unknown> = {};
    for (const key of Object.keys(entry ?? {})) {
      const value = (entry as unknown as Record<string, unknown>)[key];
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) clean[key] = value;
    }
    // A filter names what it filters on and at least one thing to filter by.
    if (clean.filterOn !== undefined && Object.keys(clean).length > 1)
      out.push({ column, criteria: clean as unknown as Excel.FilterCriteria });
  });
  return out;
}

/** Queues applying each column's criteria to the AutoFilter over `range` (the filter's range, moved or not). */
export function applyCriteria(ws: Excel.Worksheet, range: RangeRef, criteria: readonly ColumnCriteria[]): void {
  if (!criteria.length) return;
  const target = ws.getRange(rangeAddress(range));
  for (const c of criteria) ws.autoFilter.apply(target, c.column, c.criteria);
}

/** A sheet whose AutoFilter hides rows: its range and the columns' criteria. */
export interface FilteredSheet {
  sheet: string;
  range: RangeRef;
  criteria: ColumnCriteria[];
}

export interface FilterLoad {
  sheet: string;
  range: Excel.Range;
  filter: Excel.AutoFilter;
}

/** Queues the loads of a sheet's AutoFilter range and criteria (ExcelApi 1.9). */
export function queueFilterLoad(context: Excel.RequestContext, sheet: string): FilterLoad {
  const ws = context.workbook.worksheets.getItem(sheet);
  return { sheet, range: ws.autoFilter.getRangeOrNullObject().load('address'), filter: ws.autoFilter.load('criteria') };
}

/** After the sync: the AutoFilter's range (null: none), and the sheet when its filter hides rows. */
export function filterRange(load: FilterLoad): RangeRef | null {
  return load.range.isNullObject ? null : (parseSheetRange(load.range.address)?.range ?? null);
}

export function filteredSheet(load: FilterLoad): FilteredSheet | null {
  const range = filterRange(load);
  const criteria = range ? activeCriteria(load.filter.criteria) : [];
  return range && criteria.length ? { sheet: load.sheet, range, criteria } : null;
}

/** Queues clearing the criteria of filtered sheets: every row shown for what follows. */
export function showAllRows(context: Excel.RequestContext, filtered: readonly FilteredSheet[]): void {
  for (const f of filtered) context.workbook.worksheets.getItem(f.sheet).autoFilter.clearCriteria();
}

/** Queues the criteria again, on the filter's range or where `moved` says it is now. */
export function filterAgain(
  context: Excel.RequestContext,
  filtered: readonly FilteredSheet[],
  moved: (sheet: string) => RangeRef | undefined = () => undefined,
): void {
  for (const f of filtered)
    applyCriteria(context.workbook.worksheets.getItem(f.sheet), moved(f.sheet) ?? f.range, f.criteria);
}
