import { cellAddress } from '../core/a1';
import type { SheetAssessment } from '../core/assess';
import { excelTrim } from '../core/text';
import { computedColumns } from '../core/columns';
import { oneEmployee } from '../core/identity';
import { makeCheck, type CheckCode, type CheckParams } from '../core/messages';
import type { NoParams } from '../core/checkCodes';
import { DATE_FORMAT, dateSerial } from '../core/dates';
import { LOG_COLUMNS, type readCalibrationLog } from '../core/calibrationLog';
import type { Rules } from '../core/rules';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { Check, EmployeeResult, Lang } from '../core/types';
import type { PlanOp } from './plan';

export interface CalibrationRequest {
  /** Employee ID, or the name where there is no ID. */
  employee: string;
  grade: string;
  reason: string;
  decidedBy: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface CalibrationPlan {
  ops: PlanOp[];
  errors: Check[];
  employee?: EmployeeResult;
  /** The employee is calibrated to this grade already, with its reason logged: nothing is written. */
  unchanged?: boolean;
}

/**
 * Records a calibrated grade: the panel's grade into the Calibrated grade cell and one new row at the end
 * of the calibration log. Nothing else is written: no input, no computed score, no earlier log row.
 * Everything is validated first; with any error the plan is empty.
 */
export function planCalibration(
  snapshot: AssessmentSnapshot,
  assessment: SheetAssessment,
  log: NonNullable<ReturnType<typeof readCalibrationLog>> | null,
  rules: Rules,
  request: CalibrationRequest,
  lang: Lang,
): CalibrationPlan {
  const errors: Check[] = [];
  const at = <C extends CheckCode>(
    cell: string,
    code: C,
    ...params: CheckParams[C] extends NoParams ? [] : [CheckParams[C]]
  ) => errors.push(makeCheck(code, snapshot.sheet, cell, (params[0] ?? {}) as CheckParams[C], lang));
  const meant = oneEmployee(assessment.employees, request.employee, snapshot.sheet, lang);
  const employee = 'employee' in meant ? meant.employee : undefined;
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, assessment.indicators.length);
  const cell = employee
    ? cellAddress(employee.row, cols.calibrated)
    : cellAddress(snapshot.scoresHeader.r1, cols.calibrated);
  const grade = excelTrim(request.grade);
  const gradeNames = rules.grades.map((g) => g.name);
  if (assessment.blocked) return { ops: [], errors: assessment.checks.filter((c) => c.severity === 'error') };
  if (!log) at(cell, 'calibrate-no-log');
  if ('refuse' in meant) errors.push(meant.refuse(cell));
  else if (employee && employee.status !== 'scored')
    at(cell, 'calibrate-not-scored', { employee: employee.name || employee.employeeId });
  if (!gradeNames.includes(grade)) at(cell, 'calibrate-bad-grade', { value: grade, grades: gradeNames.join(', ') });
  if (!request.reason.trim()) at(cell, 'calibrate-no-reason');
  if (!request.decidedBy.trim()) at(cell, 'calibrate-no-decider');
  if (errors.length || !employee || !log) return { ops: [], errors };
  // Already calibrated to this grade, with its reason in the log: nothing to record again.
  const logged = log.entries.some(
    (e) =>
      e.sheet === snapshot.sheet &&
      (employee.employeeId ? e.employeeId === employee.employeeId : e.employee === employee.name) &&
      e.calibratedGrade === grade,
  );
  if (employee.calibratedGrade === grade && logged) return { ops: [], errors, employee, unchanged: true };
  const entry = [
    employee.name,
    employee.employeeId,
    snapshot.sheet,
    employee.weighted,
    employee.grade,
    grade,
    request.reason.trim(),
    request.decidedBy.trim(),
    // A date, not text: it sorts and filters as one.
    dateSerial(request.date),
  ];
  const dateCol = log.col + LOG_COLUMNS.indexOf('date');
  return {
    errors,
    employee,
    ops: [
      { kind: 'cells', sheet: snapshot.sheet, row: employee.row, col: cols.calibrated, cells: [[{ value: grade }]] },
      { kind: 'cells', sheet: log.sheet, row: log.nextRow, col: log.col, cells: [entry.map((value) => ({ value }))] },
      {
        kind: 'style',
        sheet: log.sheet,
        range: { r1: log.nextRow, c1: dateCol, r2: log.nextRow, c2: dateCol },
        style: { numberFormat: DATE_FORMAT },
      },
    ],
  };
}
