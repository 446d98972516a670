import { excelRound } from './excelMath';
import type { Rules } from './rules';
import type { EmployeeResult } from './types';

/**
 * What the Calibration sheet's formulas show, computed by the engine: the cached results a Score run
 * writes with them (as it does on the assessment sheets), so a file read without recalculating (the
 * command line's report, a previewer) shows the same numbers. Each mirrors its formula in
 * layout/calibrationSheet.ts.
 */

/** The bar characters, best grade first; a grade's share of 100% is 20 of them. */
export const BARS = ['█', '▓', '▒', '░'];

export interface DistributionFigures {
  graded: number;
  /** Best grade first: count and share ('' when nobody is graded). */
  grades: { count: number; share: number | '' }[];
  picture: string;
}

/** COUNTIFS of the final grades per grade, their sum, the shares and the bar picture. */
export function distribution(employees: readonly EmployeeResult[], rules: Pick<Rules, 'grades'>): DistributionFigures {
  const best = [...rules.grades].reverse();
  const counts = best.map((g) => employees.filter((e) => e.finalGrade === g.name).length);
  const graded = counts.reduce((a, b) => a + b, 0);
  const grades = counts.map((count) => ({ count, share: graded > 0 ? count / graded : ('' as const) }));
  const picture = grades
    .map((g, i) => (BARS[i] ?? '░').repeat(excelRound(g.share === '' ? 0 : g.share * 20, 0)))
    .join('');
  return { graded, grades, picture };
}

/** The target distribution of one grade: the Rules' target, how many have it, how many it allows, over or under. */
export function targetFigures(employees: readonly EmployeeResult[], grade: { name: string; target?: number | null }) {
  const count = employees.filter((e) => e.finalGrade === grade.name).length;
  const graded = employees.filter((e) => (e.finalGrade ?? '') !== '').length;
  const target = typeof grade.target === 'number' ? grade.target : null;
  const allowed = target === null ? null : Math.floor(excelRound((target / 100) * graded, 10));
  return { target: target ?? '', count, allowed: allowed ?? '', over: allowed === null ? '' : count - allowed };
}
