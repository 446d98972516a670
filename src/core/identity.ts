import { cellAddress } from './a1';
import { excelTrim } from './calibration';
import { EMPLOYEE_FIELDS } from './names';
import { makeCheck, quoteSheet } from './messages';
import { idKey } from './scoring';
import type { AssessmentSnapshot } from './snapshot';
import type { Check, Lang } from './types';
import { foldWidth } from './text';

/**
 * Who an employee is: the Employee ID (compared as the formulas compare it), or the name where the row
 * has no ID. Everything that picks one employee (import, calibrate) refuses when two rows could be meant.
 */
export interface EmployeeRef {
  sheet: string;
  row: number;
  name: string;
  employeeId: string;
  /** The Employee ID cell, e.g. "B15". */
  idCell: string;
}

const ID = EMPLOYEE_FIELDS.indexOf('employeeId');
const NAME = EMPLOYEE_FIELDS.indexOf('name');

export function nameKey(v: unknown): string {
  return excelTrim(v === null || v === undefined ? '' : String(v));
}

/** The rows a key (an Employee ID, else a name) can mean: by ID when any ID matches, else by name. */
export function matchEmployees<T extends { employeeId: string; name: string }>(
  candidates: readonly T[],
  key: string,
): T[] {
  const id = idKey(key);
  if (id === '') return [];
  const byId = candidates.filter((e) => idKey(e.employeeId) === id);
  return byId.length ? byId : candidates.filter((e) => nameKey(e.name) === nameKey(key));
}

/** "'Sheet' row 7 (Name, E001)" for messages that list the candidates. */
export function describeEmployee(e: EmployeeRef, lang: Lang): string {
  const who = [e.name, e.employeeId].filter(Boolean).join(', ');
  return lang === 'zh-CN'
    ? `${quoteSheet(e.sheet)} 第${e.row}行（${who}）`
    : `${quoteSheet(e.sheet)} row ${e.row} (${who})`;
}

export function employeeRefs(snapshot: AssessmentSnapshot): EmployeeRef[] {
  const col = snapshot.scoresHeader.c1 + ID;
  return snapshot.rows.map(({ row, cells }) => ({
    sheet: snapshot.sheet,
    row,
    name: nameKey(cells[NAME]),
    employeeId: nameKey(cells[ID]),
    idCell: cellAddress(row, col),
  }));
}

/** Warnings for Employee IDs that stand on more than one assessment sheet, on the sheets asked for. */
export function idsOnOtherSheets(
  snapshots: readonly AssessmentSnapshot[],
  onSheets: readonly string[],
  lang: Lang,
): Map<string, Check[]> {
  const byId = new Map<string, EmployeeRef[]>();
  for (const snapshot of snapshots)
    for (const ref of employeeRefs(snapshot)) {
      const key = idKey(ref.employeeId);
      if (key === '') continue;
      const list = byId.get(key);
      if (list) list.push(ref);
      else byId.set(key, [ref]);
    }
  const out = new Map<string, Check[]>(onSheets.map((s) => [s, []]));
  for (const refs of byId.values()) {
    if (new Set(refs.map((r) => r.sheet)).size < 2) continue;
    for (const ref of refs) {
      const checks = out.get(ref.sheet);
      if (!checks) continue;
      const other = refs
        .filter((r) => r.sheet !== ref.sheet)
        .map((r) => describeEmployee(r, lang))
        .join('; ');
      checks.push(
        makeCheck(
          'id-other-sheet',
          ref.sheet,
          ref.idCell,
          { employee: ref.name || ref.employeeId, id: ref.employeeId, other },
          lang,
        ),
      );
    }
  }
  return out;
}

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
