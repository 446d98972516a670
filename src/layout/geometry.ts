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
    /** The statistics block (labels over formulas) sits right of the title and position lines. */
    stats: { row: 1, col: 9 },
  };
}

export { computedColumns } from '../core/columns';
