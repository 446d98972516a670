import { excelRound } from './excelMath';
import type { Rules } from './rules';
import type { EmployeeResult } from './types';

/**
 * What the Calibration sheet's formulas show, computed by the engine: the cached results a Score run
 * writes with them (as it does on the assessment sheets), so a file read without recalculating (the
 * command line's report, a previewer) shows the same numbers. Each mirrors its formula in
 * layout/calibrationSheet.ts.
 */

export interface DistributionFigures {
  graded: number;
  /** Best grade first: count and share ('' when nobody is graded). */
  grades: { count: number; share: number | '' }[];
}

/** COUNTIFS of the final grades per grade, their sum and the shares (the charts draw them). */
export function distribution(employees: readonly EmployeeResult[], rules: Pick<Rules, 'grades'>): DistributionFigures {
  const best = [...rules.grades].reverse();
  const counts = best.map((g) => employees.filter((e) => e.finalGrade === g.name).length);
  const graded = counts.reduce((a, b) => a + b, 0);
  const grades = counts.map((count) => ({ count, share: graded > 0 ? count / graded : ('' as const) }));
  return { graded, grades };
}

/** The target distribution of one grade: the Rules' target, how many have it, how many it allows, over or under. */
export function targetFigures(employees: readonly EmployeeResult[], grade: { name: string; target?: number | null }) {
  const count = employees.filter((e) => e.finalGrade === grade.name).length;
  const graded = employees.filter((e) => (e.finalGrade ?? '') !== '').length;
  const target = typeof grade.target === 'number' ? grade.target : null;
  const allowed = target === null ? null : Math.floor(excelRound((target / 100) * graded, 10));
  return { target: target ?? '', count, allowed: allowed ?? '', over: allowed === null ? '' : count - allowed };
}
