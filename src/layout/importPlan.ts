import { LABELS, matchKey } from '../core/labels';
import { EMPLOYEE_FIELDS, type EmployeeField } from '../core/names';
import { PRESETS } from '../core/presets';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { CellValue } from '../core/types';
import { LANGS } from '../core/types';
import type { PlanCell, PlanOp } from './plan';

export interface ImportReport {
  updated: number;
  appended: number;
  /** CSV headers that match no employee field and no indicator. */
  unmatchedColumns: string[];
  /** 1-based CSV line numbers of rows without an employee ID or name. */
  skippedLines: number[];
  /** Indicators the CSV has no column for. */
  missingIndicators: string[];
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A CSV field for an input cell: plain numbers become numbers, anything else stays text for the checks. */
function inputValue(text: string): CellValue {
  const t = text.trim();
  return PLAIN_NUMBER.test(t) ? Number(t) : t;
}

/** A preset indicator's name in both languages, so an English export fills a Chinese sheet and back. */
function indicatorAliases(name: string): string[] {
  const key = matchKey(name);
  const aliases = [name];
  for (const preset of Object.values(PRESETS))
    for (const ind of preset.indicators) if (LANGS.some((l) => matchKey(ind.name[l]) === key)) aliases.push(...LANGS.map((l) => ind.name[l]));
  return aliases;
}

/** Which employee field or indicator (by position) a CSV header names, in either language. */
function columnMap(headers: string[], indicatorNames: string[]): { targets: (number | null)[]; unmatched: string[] } {
  const fieldKeys = new Map<string, number>();
  EMPLOYEE_FIELDS.forEach((field: EmployeeField, i) => {
    for (const lang of LANGS) fieldKeys.set(matchKey(LABELS[lang][field]), i);
  });
  indicatorNames.forEach((name, i) => {
    for (const alias of indicatorAliases(name)) fieldKeys.set(matchKey(alias), EMPLOYEE_FIELDS.length + i);
  });
  const unmatched: string[] = [];
  const targets = headers.map((h) => {
    const hit = fieldKeys.get(matchKey(h));
    if (hit === undefined && h.trim()) unmatched.push(h.trim());
    return hit ?? null;
  });
  return { targets, unmatched };
}

/**
 * Fills the Scores table from CSV rows: an existing employee (by Employee ID, or by name without one) is
 * updated in the matched columns only; others are appended after the last employee. Empty CSV fields
 * leave a cell as it is. Nothing outside the Scores input columns is touched but the data log cell.
 */
export function planImport(
  snapshot: AssessmentSnapshot,
  csv: string[][],
  dataLog: { row: number; col: number; current: string; entry: string } | null,
): { ops: PlanOp[]; report: ImportReport } {
  const [headers, ...records] = csv;
  const indicatorNames = snapshot.indicatorCells.map((r) => (r[1] === null ? '' : String(r[1]).trim()));
  const { targets, unmatched } = columnMap(headers, indicatorNames);
  const width = EMPLOYEE_FIELDS.length + indicatorNames.length;
  const idIndex = EMPLOYEE_FIELDS.indexOf('employeeId');
  const nameIndex = EMPLOYEE_FIELDS.indexOf('name');
  const key = (id: CellValue, name: CellValue) => {
    const idText = id === null ? '' : String(id).trim();
    if (idText) return `id:${idText.toLowerCase()}`;
    const nameText = name === null ? '' : String(name).trim();
    return nameText ? `name:${nameText}` : null;
  };
  const existing = new Map<string, number>();
  for (const r of snapshot.rows) {
    const k = key(r.cells[idIndex], r.cells[nameIndex]);
    if (k && !existing.has(k)) existing.set(k, r.row);
  }
  let nextRow = snapshot.rows.length ? snapshot.rows[snapshot.rows.length - 1].row + 1 : snapshot.scoresHeader.r1 + 1;
  const writes = new Map<number, PlanCell[]>();
  const report: ImportReport = {
    updated: 0,
    appended: 0,
    unmatchedColumns: unmatched,
    skippedLines: [],
    missingIndicators: indicatorNames.filter((_, i) => !targets.includes(EMPLOYEE_FIELDS.length + i)),
  };
  records.forEach((record, line) => {
    const get = (field: number) => {
      const at = targets.indexOf(field);
      return at >= 0 && record[at] !== undefined ? record[at].trim() : '';
    };
    const k = key(get(idIndex) || null, get(nameIndex) || null);
    if (!k) {
      report.skippedLines.push(line + 2);
      return;
    }
    let row = existing.get(k);
    if (row === undefined) {
      row = nextRow++;
      existing.set(k, row);
      report.appended++;
    } else if (!writes.has(row)) report.updated++;
    const cells = writes.get(row) ?? new Array<PlanCell>(width).fill(null);
    targets.forEach((target, at) => {
      const text = record[at]?.trim() ?? '';
      if (target === null || text === '') return;
      // Employee fields are text (an ID such as 007 keeps its zeros); inputs may be numbers.
      cells[target] = { value: target < EMPLOYEE_FIELDS.length ? text : inputValue(text) };
    });
    writes.set(row, cells);
  });
  const ops: PlanOp[] = [...writes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => ({ kind: 'cells', sheet: snapshot.sheet, row, col: snapshot.scoresHeader.c1, cells: [cells] }));
  if (dataLog && records.length)
    ops.push({
      kind: 'cells',
      sheet: snapshot.sheet,
      row: dataLog.row,
      col: dataLog.col,
      cells: [[{ value: dataLog.current ? `${dataLog.current}; ${dataLog.entry}` : dataLog.entry }]],
    });
  return { ops, report };
}
