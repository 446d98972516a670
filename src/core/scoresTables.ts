import { computedColumns } from './columns';
import { assessmentIds, EMPLOYEE_FIELDS, sheetNames } from './names';
import { findName, tableColumns, type NamedRange } from './snapshot';
import type { RangeRef } from './types';

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
