import { EMPLOYEE_FIELDS } from '../core/names';
import { computedWidth, readAssessmentSheets, readRules, type GridReader, type NamedRange } from '../core/snapshot';
import { resultAction, type ActionCode } from '../core/actions';
import type { Rules } from '../core/rules';
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
  previousGrade: string;
  /** The Result action cell, as it shows. */
  actionText: string;
  /** Its code (core/actions.ts) from the final and previous grades as the cells show them; null: none. */
  action: ActionCode | null;
  /** The talent grid's cells: the Potential typed, the performance level and the box. */
  potential: string;
  performanceLevel: string;
  box: string;
}

const text = (v: CellValue) => (v === null ? '' : String(v).trim());

/** One employee's results from its row's cells: the employee fields, and the computed block from its start. */
export function resultOfRow(
  sheet: string,
  row: number,
  employee: readonly CellValue[],
  computed: readonly CellValue[],
  indicatorCount: number,
  /** The Rules, for the action's code; without them the code is null. */
  rules?: Pick<Rules, 'grades' | 'talkAction'>,
): ResultRow {
  const cols = computedColumns(0, indicatorCount);
  const weighted = computed[cols.weighted];
  const [name, employeeId, team, supervisor, previousGrade] = employee.slice(0, EMPLOYEE_FIELDS.length).map(text);
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
    previousGrade,
    actionText: text(computed[cols.action]),
    action: rules ? (resultAction(text(computed[cols.final]), previousGrade, rules)?.code ?? null) : null,
    potential: text(computed[cols.potential]),
    performanceLevel: text(computed[cols.performance]),
    box: text(computed[cols.box]),
  };
}

/** The results as they stand in the cells (last calculated by Excel or LibreOffice): nothing is recomputed. */
export function readResults(names: readonly NamedRange[], reader: GridReader): ResultRow[] {
  const out: ResultRow[] = [];
  const { rules } = readRules(names, reader, 'zh-CN');
  for (const snapshot of readAssessmentSheets(names, reader)) {
    // The computed block follows the actual inputs (not the own-target or kept columns after them).
    const n = snapshot.computedFor;
    const first = snapshot.scoresHeader.c2 + 1;
    if (!snapshot.rows.length) continue;
    // One read of the block from the first employee's row to the last, not one per row.
    const top = snapshot.rows[0].row;
    const block = reader.values(snapshot.sheet, {
      r1: top,
      c1: first,
      r2: snapshot.rows[snapshot.rows.length - 1].row,
      c2: first + computedWidth(n) - 1,
    });
    for (const { row, cells } of snapshot.rows)
      out.push(resultOfRow(snapshot.sheet, row, cells, block[row - top], n, rules));
  }
  return out;
}
