/**
 * The computed block to the right of a Scores table's inputs, counted from its first column. Calibrated
 * grade sits inside it but is the panel's input: scoring never writes it.
 */
export function computedColumns(firstComputedCol: number, n: number) {
  const after = firstComputedCol + 2 * n;
  return {
    achievement: (i: number) => firstComputedCol + i,
    score: (i: number) => firstComputedCol + n + i,
    weighted: after,
    grade: after + 1,
    status: after + 2,
    flag: after + 3,
    flagReason: after + 4,
    calibrated: after + 5,
    final: after + 6,
    last: after + 6,
  };
}

export function computedWidth(n: number): number {
  return 2 * n + 7;
}
