import { parseSheetRange } from '../../core/a1';
import { computedColumns } from '../../core/columns';
import { assessmentIds, EMPLOYEE_FIELDS, NAME_PREFIX, sheetNames } from '../../core/names';
import { findName, tableColumns, type NamedRange } from '../../core/snapshot';
import type { RangeRef } from '../../core/types';

/** What the host loads of each workbook name: items/name, items/type, items/formula. */
export interface LoadedName {
  name: string;
  type: string;
  formula: unknown;
}

/** The tool's own names (PR_*) that refer to one plain range, as the core reads them. */
export function namedRanges(items: readonly LoadedName[]): NamedRange[] {
  const out: NamedRange[] = [];
  for (const item of items) {
    if (!item.name.startsWith(NAME_PREFIX) || item.type !== 'Range' || typeof item.formula !== 'string') continue;
    // "=Sheet1!$A$1:$B$2". A deleted sheet leaves "=#REF!$A$1": not a sheet called #REF, no range at all.
    if (/^=?#REF!/i.test(item.formula)) continue;
    const parsed = parseSheetRange(item.formula.replace(/^=/, ''));
    if (parsed) out.push({ name: item.name, ...parsed });
  }
  return out;
}

/** A Scores table as the names give it: its header row, its own columns, its computed columns. */
export interface ScoresTable {
  sheet: string;
  header: RangeRef;
  columns: { c1: number; c2: number };
  cols: ReturnType<typeof computedColumns>;
}

/** Every assessment sheet's Scores table, in id order. */
export function scoresTables(names: readonly NamedRange[]): ScoresTable[] {
  return assessmentIds(names.map((n) => n.name)).flatMap((id) => {
    const at = findName(names, sheetNames(id).scores);
    if (!at) return [];
    const header = { ...at.range, r2: at.range.r1 };
    const inputs = header.c2 - header.c1 + 1 - EMPLOYEE_FIELDS.length;
    return [
      { sheet: at.sheet, header, columns: tableColumns(header, inputs), cols: computedColumns(header.c2 + 1, inputs) },
    ];
  });
}

/** Assessment sheets by their Scores table's name, in id order (S1, S2, ...), each once. */
export function assessmentSheets(names: readonly NamedRange[]): string[] {
  const sheets: string[] = [];
  for (const id of assessmentIds(names.map((n) => n.name))) {
    const at = names.find((n) => n.name.toLowerCase() === sheetNames(id).scores.toLowerCase());
    if (at && !sheets.some((s) => s.toLowerCase() === at.sheet.toLowerCase())) sheets.push(at.sheet);
  }
  return sheets;
}
