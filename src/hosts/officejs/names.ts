/// <reference types="office-js" />
import { parseSheetRange } from '../../core/a1';
import { NAME_PREFIX } from '../../core/names';
import type { NamedRange } from '../../core/snapshot';

/** What the host loads of each workbook name: items/name, items/type, items/formula. */
export interface LoadedName {
  name: string;
  type: string;
  formula: unknown;
}

/** What every command loads of the workbook's names: enough for namedRanges. */
export function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load('items/name,items/type,items/formula');
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
