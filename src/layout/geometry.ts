import { EMPLOYEE_FIELDS } from '../core/names';

/** Where things sit on a freshly inserted assessment sheet with n indicators (1-based rows and columns). */
export function assessmentGeometry(n: number) {
  return {
    titleRow: 1,
    infoRow: 2,
    statusRow: 3,
    dataLogRow: 4,
    indicatorsSectionRow: 5,
    indicatorsHeaderRow: 6,
    firstIndicatorRow: 7,
    totalRow: 7 + n,
    scoresSectionRow: 9 + n,
    scoresHeaderRow: 10 + n,
    firstDataRow: 11 + n,
    firstInputCol: EMPLOYEE_FIELDS.length + 1,
  };
}

/** Columns of the computed block of a Scores table, counted from its first computed column. */
export function computedColumns(firstComputedCol: number, n: number) {
  return {
    achievement: (i: number) => firstComputedCol + i,
    score: (i: number) => firstComputedCol + n + i,
    weighted: firstComputedCol + 2 * n,
    grade: firstComputedCol + 2 * n + 1,
    status: firstComputedCol + 2 * n + 2,
    last: firstComputedCol + 2 * n + 2,
  };
}
