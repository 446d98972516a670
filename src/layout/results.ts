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

/** The results as they stand in the cells (last calculated by Excel or LibreOffice): nothing is recomputed. */
export function readResults(names: readonly NamedRange[], reader: GridReader): ResultRow[] {
  const out: ResultRow[] = [];
  for (const snapshot of readAssessmentSheets(names, reader)) {
    const n = inputCount(snapshot);
    const first = snapshot.scoresHeader.c2 + 1;
    const cols = computedColumns(first, n);
    for (const { row, cells } of snapshot.rows) {
      const [computed] = reader.values(snapshot.sheet, { r1: row, c1: first, r2: row, c2: first + computedWidth(n) - 1 });
      const at = (col: number) => computed[col - first];
      const weighted = at(cols.weighted);
      const [name, employeeId, team, supervisor] = cells.slice(0, EMPLOYEE_FIELDS.length).map(text);
      out.push({
        sheet: snapshot.sheet,
        row,
        name,
        employeeId,
        team,
        supervisor,
        weighted: typeof weighted === 'number' ? weighted : null,
        grade: text(at(cols.grade)),
        status: text(at(cols.status)),
        flag: text(at(cols.flag)),
        flagReason: text(at(cols.flagReason)),
        calibratedGrade: text(at(cols.calibrated)),
        finalGrade: text(at(cols.final)),
      });
    }
  }
  return out;
}
