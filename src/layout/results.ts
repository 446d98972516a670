import { EMPLOYEE_FIELDS } from '../core/names';
import { computedWidth, inputCount, readAssessmentSheets, type GridReader, type NamedRange } from '../core/snapshot';
import type { CellValue } from '../core/types';
import { computedColumns } from './geometry';

export interface ResultRow {
  sheet: string;
  row: number;
  name: string;
  employeeId: string;
  team: string;
  supervisor: string;
  weighted: number | null;
  grade: string;
  status: string;
  flag: string;
  flagReason: string;
  calibratedGrade: string;
  finalGrade: string;
}

const text = (v: CellValue) => (v === null ? '' : String(v).trim());

/** One employee's results from its row's cells: the employee fields, and the computed block from its start. */
export function resultOfRow(
  sheet: string,
  row: number,
  employee: readonly CellValue[],
  computed: readonly CellValue[],
  indicatorCount: number,
): ResultRow {
  const cols = computedColumns(0, indicatorCount);
  const weighted = computed[cols.weighted];
  const [name, employeeId, team, supervisor] = employee.slice(0, EMPLOYEE_FIELDS.length).map(text);
  return {
    sheet,
    row,
    name,
    employeeId,
    team,
    supervisor,
    weighted: typeof weighted === 'number' ? weighted : null,
    grade: text(computed[cols.grade]),
    status: text(computed[cols.status]),
    flag: text(computed[cols.flag]),
    flagReason: text(computed[cols.flagReason]),
    calibratedGrade: text(computed[cols.calibrated]),
    finalGrade: text(computed[cols.final]),
  };
}

/** The results as they stand in the cells (last calculated by Excel or LibreOffice): nothing is recomputed. */
export function readResults(names: readonly NamedRange[], reader: GridReader): ResultRow[] {
  const out: ResultRow[] = [];
  for (const snapshot of readAssessmentSheets(names, reader)) {
    const n = inputCount(snapshot);
    const first = snapshot.scoresHeader.c2 + 1;
    for (const { row, cells } of snapshot.rows) {
      const [computed] = reader.values(snapshot.sheet, {
        r1: row,
        c1: first,
        r2: row,
        c2: first + computedWidth(n) - 1,
      });
      out.push(resultOfRow(snapshot.sheet, row, cells, computed, n));
    }
  }
  return out;
}
