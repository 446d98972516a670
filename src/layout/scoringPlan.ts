import { cellAddress } from '../core/a1';
import type { SheetAssessment } from '../core/assess';
import { makeCheck } from '../core/messages';
import { EMPLOYEE_FIELDS } from '../core/names';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { CellValue, Check, EmployeeResult, Lang, Normalisation } from '../core/types';
import { computedHeaderOps } from './assessmentSheet';
import { computedColumns } from './geometry';
import { rowFormulas, type FormulaContext } from './formulas';
import { STYLE, type PlanCell, type PlanOp } from './plan';

export interface ScoringPlan {
  ops: PlanOp[];
  /** Computed cells someone had typed over, whose formulas the plan restores. */
  restored: Check[];
}

/** The cached results of one row's computed cells, in the order of rowFormulas. */
function rowResults(e: EmployeeResult | undefined, n: number): CellValue[] {
  const out: CellValue[] = [];
  for (let i = 0; i < n; i++) out.push(e?.indicators[i].achievement ?? '');
  for (let i = 0; i < n; i++) out.push(e?.indicators[i].score ?? '');
  out.push(e?.weighted ?? '', e?.grade ?? '', e?.statusText ?? '');
  return out;
}

/** Normalised inputs as sparse row blocks (null leaves a cell alone), one op per run of touched rows. */
function normalisationOps(sheet: string, firstCol: number, width: number, normalisations: Normalisation[]): PlanOp[] {
  const byRow = new Map<number, Normalisation[]>();
  for (const n of normalisations) byRow.set(n.row, [...(byRow.get(n.row) ?? []), n]);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const ops: PlanOp[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
    const cells: PlanCell[][] = [];
    for (let k = start; k <= end; k++) {
      const line: PlanCell[] = new Array(width).fill(null);
      for (const n of byRow.get(rows[k])!) line[n.col - firstCol] = { value: n.after };
      cells.push(line);
    }
    ops.push({ kind: 'cells', sheet, row: rows[start], col: firstCol, cells });
    start = end + 1;
  }
  return ops;
}

/**
 * The writes of one Score sheet run: normalised inputs, then every computed formula with its cached
 * result, covering the Scores table from its header to the sheet's last row. Nothing when blocked.
 */
export function planScoring(snapshot: AssessmentSnapshot, assessment: SheetAssessment, workbookLang: Lang, messageLang: Lang, lastRow: number): ScoringPlan {
  if (assessment.blocked) return { ops: [], restored: [] };
  const { sheet, scoresHeader: header } = snapshot;
  const n = assessment.indicators.length;
  const inputCol = header.c1 + EMPLOYEE_FIELDS.length;
  const computedCol = header.c2 + 1;
  const cols = computedColumns(computedCol, n);
  const ops: PlanOp[] = [];
  const indicatorRange = snapshot.indicatorRange;
  const indicatorsFromWorkbook = assessment.indicators;

  // Indicators' own cells first (weights and targets written as text), then the employees' inputs.
  const indicatorNorms = assessment.normalisations.filter((x) => x.row <= indicatorRange.r2 && x.row >= indicatorRange.r1 && x.col <= indicatorRange.c2);
  const inputNorms = assessment.normalisations.filter((x) => !indicatorNorms.includes(x));
  ops.push(...normalisationOps(sheet, indicatorRange.c1, indicatorRange.c2 - indicatorRange.c1 + 1, indicatorNorms));
  ops.push(...normalisationOps(sheet, header.c1, header.c2 - header.c1 + 1, inputNorms));
  ops.push(...computedHeaderOps(sheet, header.r1, computedCol, indicatorsFromWorkbook.map((i) => i.name), workbookLang));

  const ctx: FormulaContext = {
    indicators: indicatorsFromWorkbook,
    weightCol: indicatorRange.c1 + 2,
    targetCol: indicatorRange.c1 + 3,
    totalCell: snapshot.totalCell ?? { row: indicatorRange.r2 + 1, col: indicatorRange.c1 + 2 },
    inputCol,
    computedCol,
    lang: workbookLang,
  };
  const restored: Check[] = [];
  const first = header.r1 + 1;
  if (lastRow >= first) {
    const employeeAt = new Map<number, number>();
    snapshot.rows.forEach((r, i) => employeeAt.set(r.row, i));
    const formulas = rowFormulas(ctx, first);
    const results: CellValue[][] = [];
    for (let row = first; row <= lastRow; row++) {
      const index = employeeAt.get(row);
      results.push(index === undefined ? new Array(formulas.length).fill('') : rowResults(assessment.employees[index], n));
    }
    snapshot.rows.forEach(({ row }, index) => {
      (snapshot.computed[index] ?? []).forEach((now, j) => {
        const typedOver = now !== null && now !== '' && !(typeof now === 'string' && now.startsWith('='));
        if (typedOver) restored.push(makeCheck('restored', sheet, cellAddress(row, computedCol + j), { before: String(now) }, messageLang));
      });
    });
    formulas.forEach((formula, j) =>
      ops.push({
        kind: 'fill',
        sheet,
        range: { r1: first, c1: computedCol + j, r2: lastRow, c2: computedCol + j },
        formula,
        results: formula === null ? [] : results.map((r) => r[j]),
      }),
    );
    const body = (c1: number, c2: number) => ({ r1: first, c1, r2: lastRow, c2 });
    ops.push({ kind: 'style', sheet, range: body(header.c1, header.c2), style: STYLE.input });
    ops.push({ kind: 'style', sheet, range: body(cols.achievement(0), cols.achievement(n - 1)), style: { ...STYLE.computed, numberFormat: '0.0%' } });
    ops.push({ kind: 'style', sheet, range: body(cols.score(0), cols.score(n - 1)), style: { ...STYLE.computed, numberFormat: '0.00' } });
    ops.push({ kind: 'style', sheet, range: body(cols.weighted, cols.weighted), style: { ...STYLE.computed, numberFormat: '0.0', bold: true } });
    ops.push({ kind: 'style', sheet, range: body(cols.grade, cols.status), style: STYLE.computed });
  }
  return { ops, restored };
}
