import { findName, type GridReader, type NamedRange } from './snapshot';
import type { CellValue } from './types';
import { CALIBRATION_NAMES } from './names';
import { dateText } from './dates';

export const LOG_COLUMNS = [
  'employee',
  'employeeId',
  'sheet',
  'originalScore',
  'originalGrade',
  'calibratedGrade',
  'reason',
  'decidedBy',
  'date',
] as const;

export interface LogEntry {
  row: number;
  employee: string;
  employeeId: string;
  sheet: string;
  originalScore: CellValue;
  originalGrade: string;
  calibratedGrade: string;
  reason: string;
  decidedBy: string;
  date: string;
}

const text = (v: CellValue) => (v === null ? '' : String(v).trim());

export function readCalibrationLog(
  names: readonly NamedRange[],
  reader: GridReader,
): { entries: LogEntry[]; nextRow: number; sheet: string; col: number } | null {
  const at = findName(names, CALIBRATION_NAMES.log);
  if (!at) return null;
  const first = at.range.r1 + 1;
  const last = reader.lastRow(at.sheet, { c1: at.range.c1, c2: at.range.c1 + LOG_COLUMNS.length - 1 });
  const entries: LogEntry[] = [];
  let nextRow = first;
  if (last >= first) {
    const rows = reader.values(at.sheet, {
      r1: first,
      c1: at.range.c1,
      r2: last,
      c2: at.range.c1 + LOG_COLUMNS.length - 1,
    });
    rows.forEach((r, i) => {
      if (!r.some((v) => text(v) !== '')) return;
      nextRow = first + i + 1;
      entries.push({
        row: first + i,
        employee: text(r[0]),
        employeeId: text(r[1]),
        sheet: text(r[2]),
        originalScore: r[3],
        originalGrade: text(r[4]),
        calibratedGrade: text(r[5]),
        reason: text(r[6]),
        decidedBy: text(r[7]),
        // Written as a date (a serial number); an older log holds it as text.
        date: dateText(r[8]),
      });
    });
  }
  return { entries, nextRow, sheet: at.sheet, col: at.range.c1 };
}

/** The latest log entry for an employee of a sheet (by Employee ID, else by name). */
export function latestEntry(
  entries: readonly LogEntry[],
  sheet: string,
  employeeId: string,
  name: string,
): LogEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.sheet !== sheet) continue;
    if (employeeId ? e.employeeId === employeeId : e.employee === name) return e;
  }
  return undefined;
}
