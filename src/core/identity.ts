import { cellAddress } from './a1';
export { idLooseKey, idMatchKey, isSummaryLabel, isSummaryLine, looseName } from './employeeKeys';
import { excelTrim } from './text';
import { EMPLOYEE_FIELDS } from './names';
import { makeCheck, quoteSheet } from './messages';
import { idKey } from './scoring';
import type { AssessmentSnapshot } from './snapshot';
import type { Check, Lang } from './types';

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

/**
 * The one employee of a sheet a panel command names (Employee ID, or name): theirs, or the refusal a
 * caller makes at its cell: nobody of that name or ID, or two rows it could mean (each named). Never a guess.
 */
export function oneEmployee<T extends { employeeId: string; name: string; row: number }>(
  employees: readonly T[],
  who: string,
  sheet: string,
  lang: Lang,
): { employee: T } | { refuse: (cell: string) => Check } {
  const matches = matchEmployees(employees, who);
  if (matches.length === 1) return { employee: matches[0] };
  if (matches.length === 0)
    return { refuse: (cell) => makeCheck('calibrate-unknown-employee', sheet, cell, { employee: who }, lang) };
  const candidates = matches.map((e) => describeEmployee({ ...e, sheet, idCell: '' }, lang)).join('; ');
  return {
    refuse: (cell) => makeCheck('calibrate-ambiguous', sheet, cell, { employee: who, candidates, sheets: '' }, lang),
  };
}
