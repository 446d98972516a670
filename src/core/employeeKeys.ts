import { foldWidth } from './text';

/**
 * What an Employee ID or a name is as people mean it (exports add widths, invisible characters, spaces),
 * and which lines under a table are totals rather than employees. A leaf: the snapshot reads rows with it.
 */

/** Characters people never mean in an ID but exports leave in: zero-width and no-break spaces, BOMs. */
const INVISIBLE = /[\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

/**
 * An Employee ID as people mean it when matching a CSV line to a row: compatibility forms folded
 * ("Ｅ06" is "E06"), invisible characters removed, trimmed, in any case.
 */
export function idMatchKey(v: unknown): string {
  const text = v === null || v === undefined ? '' : String(v);
  return foldWidth(text).replace(INVISIBLE, '').trim().toLowerCase();
}

/** The same ID without leading zeros in its number ("007" -> "7", "E007" -> "e7"): a second, looser match. */
export function idLooseKey(v: unknown): string {
  return idMatchKey(v).replace(/^([a-z]*)0+(?=\d)/, '$1');
}

/** Words of a total, subtotal or average line under a table, in either language: not an employee. */
const SUMMARY_LABEL =
  /^(合计|小计|总计|共计|总和|汇总|平均|均值|总数|全员|sum|total|totals|subtotal|subtotals|grandtotal|average|avg|mean|overall)(分|值|数|行|score|scores|row|line)?[:：]?$/;

/** A name compared as people mean it: width folded, spacing collapsed, in any case ("Ce  Wu" is "ce wu"). */
export function looseName(v: unknown): string {
  return idMatchKey(v).replace(/\s+/g, ' ');
}

/** A line that totals or averages others: its name is such a label and it has no ID, or its ID is and it has no name. */
export function isSummaryLine(id: unknown, name: unknown): boolean {
  return (!idMatchKey(id) && isSummaryLabel(name)) || (!idMatchKey(name) && isSummaryLabel(id));
}

/** A name cell that labels a summary line ("合计", "Total:", "平均"), compared without spaces or case. */
export function isSummaryLabel(v: unknown): boolean {
  const text = idMatchKey(v).replace(/\s+/g, '');
  return text !== '' && SUMMARY_LABEL.test(text);
}
