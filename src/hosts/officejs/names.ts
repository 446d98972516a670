import { parseSheetRange } from '../../core/a1';
import { assessmentIds, NAME_PREFIX, sheetNames } from '../../core/names';
import type { NamedRange } from '../../core/snapshot';

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

/** Assessment sheets by their Scores table's name, in id order (S1, S2, ...), each once. */
export function assessmentSheets(names: readonly NamedRange[]): string[] {
  const sheets: string[] = [];
  for (const id of assessmentIds(names.map((n) => n.name))) {
    const at = names.find((n) => n.name.toLowerCase() === sheetNames(id).scores.toLowerCase());
    if (at && !sheets.some((s) => s.toLowerCase() === at.sheet.toLowerCase())) sheets.push(at.sheet);
  }
  return sheets;
}
