import { addTo } from '../core/collections';
import { absAddress, cellAddress } from '../core/a1';
import { labels } from '../core/labels';
import { RULE_NAMES as R } from '../core/names';
import type { SheetAssessment } from '../core/assess';
import { makeCheck } from '../core/messages';
import { indicatorCol, inputsStart } from '../core/names';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { CellValue, Check, EmployeeResult, Lang, Normalisation } from '../core/types';
import type { Rules } from '../core/rules';
import { overLimit } from '../core/formulaLimits';
import { columnStyle, computedHeaderOps, statsLabelOps, targetFormat } from './assessmentSheet';
import { placedColumns, type PlacedColumn } from '../core/columns';
import { assessmentGeometry, computedColumns } from './geometry';
import { rowFormulas, type FormulaContext } from './formulas';
import { STYLE, type PlanCell, type PlanOp } from './plan';
import { flaggedRule, relayOps } from './relayPlan';
import { resultLookOps } from './resultLook';
import { ownTargetOffsets } from '../core/relayout';
import type { InputGroups } from './assessmentSheet';

export interface ScoringPlan {
  ops: PlanOp[];
  /** Computed cells someone had typed over, whose formulas the plan restores. */
  restored: Check[];
}

/** The cached results of one row's computed cells, in the column table's order (null: the panel's cell). */
function rowResults(placed: readonly PlacedColumn[], e: EmployeeResult | undefined, flaggedWord: string): CellValue[] {
  return placed.map(({ def, indicator }) =>
    def.result === null ? null : e ? def.result(e, indicator, flaggedWord) : '',
  );
}

/** The statistics cells: scored count, median, quartiles and Tukey fences of the sheet's weighted scores. */
function statsOps(
  snapshot: AssessmentSnapshot,
  assessment: SheetAssessment,
  weighted: string,
  workbookLang: Lang,
): { ops: PlanOp[]; fences: FormulaContext['fences'] } {
  const at = snapshot.statsCell ?? assessmentGeometry(assessment.indicators.length).stats;
  const ops: PlanOp[] = snapshot.statsCell ? [] : statsLabelOps(snapshot.sheet, snapshot.id, at, workbookLang);
  const row = at.row + 1;
  const cell = (k: number) => absAddress(row, at.col + k);
  const s = assessment.stats;
  ops.push({
    kind: 'cells',
    sheet: snapshot.sheet,
    row,
    col: at.col,
    cells: [
      [
        { formula: `COUNT(${weighted})`, result: s.scored },
        { formula: `IF(${cell(0)}>0,QUARTILE.INC(${weighted},2),"")`, result: s.median ?? '' },
        { formula: `IF(${cell(0)}>=${R.outlierMinScored},QUARTILE.INC(${weighted},1),"")`, result: s.q1 ?? '' },
        { formula: `IF(${cell(0)}>=${R.outlierMinScored},QUARTILE.INC(${weighted},3),"")`, result: s.q3 ?? '' },
        {
          formula: `IF(ISNUMBER(${cell(2)}),${cell(2)}-${R.outlierK}*(${cell(3)}-${cell(2)}),"")`,
          result: s.lower ?? '',
        },
        {
          formula: `IF(ISNUMBER(${cell(3)}),${cell(3)}+${R.outlierK}*(${cell(3)}-${cell(2)}),"")`,
          result: s.upper ?? '',
        },
      ],
    ],
  });
  return { ops, fences: { lower: cell(4), upper: cell(5) } };
}

/** Normalised inputs as sparse row blocks (null leaves a cell alone), one op per run of touched rows. */
function normalisationOps(sheet: string, firstCol: number, width: number, normalisations: Normalisation[]): PlanOp[] {
  const byRow = new Map<number, Normalisation[]>();
  for (const n of normalisations) addTo(byRow, n.row, n);
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

/** What the formulas of a sheet's computed cells are built from. */
function formulaContext(
  snapshot: AssessmentSnapshot,
  assessment: SheetAssessment,
  rules: Pick<Rules, 'lang' | 'curve' | 'talent'>,
  fences: FormulaContext['fences'],
): FormulaContext {
  const { scoresHeader: header, indicatorRange } = snapshot;
  return {
    indicators: assessment.indicators,
    weightCol: indicatorCol(indicatorRange.c1, 'weight'),
    targetCol: indicatorCol(indicatorRange.c1, 'target'),
    totalCell: snapshot.totalCell ?? { row: indicatorRange.r2 + 1, col: indicatorCol(indicatorRange.c1, 'weight') },
    inputCol: inputsStart(header),
    ownCol: ownTargetOffsets(assessment.layout, assessment.indicators.length).map((at) =>
      at < 0 ? null : header.c1 + at,
    ),
    computedCol: header.c2 + 1,
    lang: rules.lang,
    curvePoints: rules.curve.x.length,
    fences,
    talentGrid: rules.talent.present,
  };
}

/**
 * A sheet error when a computed formula of this sheet would pass one of Excel's formula limits (many
 * indicators with long names, a curve of many points, an Employee ID shared by very many rows): the
 * formulas of the first row and of every row with a shared ID are measured before anything is written.
 * The error names the column's header cell.
 */
export function formulaLimitCheck(
  assessment: SheetAssessment,
  rules: Pick<Rules, 'lang' | 'curve' | 'talent'>,
  messageLang: Lang,
): Check | null {
  const snapshot = assessment.snapshot;
  const { sheet, scoresHeader: header } = snapshot;
  const n = assessment.indicators.length;
  const first = header.r1 + 1;
  const weighted = computedColumns(header.c2 + 1, n).weighted;
  const { fences } = statsOps(
    snapshot,
    assessment,
    `${absAddress(first, weighted)}:${absAddress(first, weighted)}`,
    rules.lang,
  );
  const ctx = formulaContext(snapshot, assessment, rules, fences);
  const placed = placedColumns(ctx.computedCol, n);
  const rows: [number, readonly number[]][] = [[first, []], ...assessment.duplicates];
  for (const [row, others] of rows) {
    const formulas = rowFormulas(ctx, row, others);
    for (let j = 0; j < formulas.length; j++) {
      const formula = formulas[j];
      const over = formula === null ? null : overLimit(`=${formula}`);
      if (!over) continue;
      const { def, indicator } = placed[j];
      const word = labels(messageLang)[def.label] as string;
      const column = def.perIndicator ? `${word}: ${assessment.indicators[indicator].name}` : word;
      return makeCheck(
        'formula-limit',
        sheet,
        cellAddress(header.r1, placed[j].col),
        { column, limit: over.limit, value: over.value, indicators: n },
        messageLang,
      );
    }
  }
  return null;
}

/**
 * The writes of one Score sheet run: normalised inputs, then every computed formula with its cached
 * result, covering the Scores table from its header to the sheet's last row. Nothing when blocked.
 */
export function planScoring(
  original: AssessmentSnapshot,
  assessment: SheetAssessment,
  rules: Pick<Rules, 'lang' | 'curve' | 'grades' | 'talent'>,
  messageLang: Lang,
  lastRow: number,
): ScoringPlan {
  const workbookLang = rules.lang;
  if (assessment.blocked) return { ops: [], restored: [] };
  // The inputs laid out again first (when the indicators changed), then everything at its new place.
  const ops: PlanOp[] = relayOps(original, assessment, lastRow);
  // Names deleted in Name Manager and found again by the sheet's headers are written back.
  for (const n of original.recreate) ops.push({ kind: 'name', name: n.name, sheet: n.sheet, range: n.range });
  const snapshot = assessment.snapshot;
  const { sheet, scoresHeader: header } = snapshot;
  const n = assessment.indicators.length;
  const computedCol = header.c2 + 1;
  const cols = computedColumns(computedCol, n);
  const indicatorRange = snapshot.indicatorRange;
  const indicatorsFromWorkbook = assessment.indicators;

  // Indicators' own cells first (weights and targets written as text), then the employees' inputs.
  const indicatorNorms = assessment.normalisations.filter(
    (x) => x.row <= indicatorRange.r2 && x.row >= indicatorRange.r1 && x.col <= indicatorRange.c2,
  );
  const inputNorms = assessment.normalisations.filter((x) => !indicatorNorms.includes(x));
  ops.push(...normalisationOps(sheet, indicatorRange.c1, indicatorRange.c2 - indicatorRange.c1 + 1, indicatorNorms));
  ops.push(...normalisationOps(sheet, header.c1, header.c2 - header.c1 + 1, inputNorms));
  // Own targets from the goal cascade: live links to the parts' targets.
  for (const link of assessment.ownLinks)
    ops.push({
      kind: 'cells',
      sheet,
      row: link.row,
      col: link.col,
      cells: [[link.link === null ? { value: null } : { formula: link.link, result: link.value }]],
    });
  ops.push(
    ...computedHeaderOps(
      sheet,
      header.r1,
      computedCol,
      indicatorsFromWorkbook.map((i) => i.name),
      workbookLang,
      snapshot.groupRow,
      inputGroups(assessment),
    ),
  );
  // Targets show as they are: thousands separators for whole numbers (core: targetFormat).
  for (const ind of indicatorsFromWorkbook)
    if (ind.dimension === 'quantitative')
      ops.push({
        kind: 'style',
        sheet,
        range: {
          r1: ind.row,
          c1: indicatorCol(indicatorRange.c1, 'target'),
          r2: ind.row,
          c2: indicatorCol(indicatorRange.c1, 'target'),
        },
        style: { numberFormat: targetFormat(ind.target) },
      });

  const first = header.r1 + 1;
  const last = Math.max(lastRow, first);
  const stats = statsOps(
    snapshot,
    assessment,
    `${absAddress(first, cols.weighted)}:${absAddress(last, cols.weighted)}`,
    workbookLang,
  );
  ops.push(...stats.ops);
  const ctx = formulaContext(snapshot, assessment, rules, stats.fences);
  const restored: Check[] = [];
  // The panel's columns (calibrated grade, potential) hold what people typed: never written over.
  const panelAt = new Set(
    placedColumns(computedCol, n)
      .filter((p) => p.def.filledBy === 'panel')
      .map((p) => p.col - computedCol),
  );
  if (lastRow >= first) {
    const employeeAt = new Map<number, number>();
    snapshot.rows.forEach((r, i) => employeeAt.set(r.row, i));
    const formulas = rowFormulas(ctx, first);
    const placed = placedColumns(computedCol, n);
    const flagged = labels(workbookLang).flagged;
    const results: CellValue[][] = [];
    for (let row = first; row <= lastRow; row++) {
      const index = employeeAt.get(row);
      results.push(rowResults(placed, index === undefined ? undefined : assessment.employees[index], flagged));
    }
    snapshot.rows.forEach(({ row }, index) => {
      (snapshot.computed[index] ?? []).forEach((now, j) => {
        if (panelAt.has(j)) return;
        const typedOver = now !== null && now !== '' && !(typeof now === 'string' && now.startsWith('='));
        if (typedOver)
          restored.push(
            makeCheck('restored', sheet, cellAddress(row, computedCol + j), { before: String(now) }, messageLang),
          );
      });
    });
    formulas.forEach(
      (formula, j) =>
        !panelAt.has(j) &&
        ops.push({
          kind: 'fill',
          sheet,
          range: { r1: first, c1: computedCol + j, r2: lastRow, c2: computedCol + j },
          formula,
          results: formula === null ? [] : results.map((r) => r[j]),
        }),
    );
    // The panel's calibrated grades and potentials move with the computed block (the old column may
    // hold a formula now).
    if (assessment.layout.moves)
      for (const at of panelAt) {
        const col = computedCol + at;
        ops.push({ kind: 'clear', sheet, range: { r1: first, c1: col, r2: lastRow, c2: col } });
        snapshot.rows.forEach(({ row }, index) => {
          const typed = snapshot.computed[index]?.[at] ?? null;
          if (typed !== null && typed !== '') ops.push({ kind: 'cells', sheet, row, col, cells: [[{ value: typed }]] });
        });
      }
    // Rows sharing an Employee ID keep the column's formulas but compare their IDs first.
    for (const [row, others] of assessment.duplicates) {
      const own = rowFormulas(ctx, row, others);
      const result = rowResults(placed, assessment.employees[employeeAt.get(row)!], flagged);
      for (const col of [cols.weighted, cols.status])
        ops.push({
          kind: 'cells',
          sheet,
          row,
          col,
          cells: [[{ formula: own[col - computedCol]!, result: result[col - computedCol] }]],
        });
    }
    const body = (c1: number, c2: number) => ({ r1: first, c1, r2: lastRow, c2 });
    ops.push({ kind: 'style', sheet, range: body(header.c1, header.c2), style: STYLE.input });
    const keptFrom = assessment.layout.inputs.findIndex((p) => p.indicator < 0);
    if (keptFrom >= 0)
      ops.push({
        kind: 'style',
        sheet,
        range: body(inputsStart(header) + keptFrom, header.c2),
        style: STYLE.kept,
      });
    // Amounts as their targets read (880,000 beside a target of 800,000): whole-number targets give the
    // actuals and own targets thousands separators; a rate's target (0.05) leaves its column as typed.
    assessment.layout.inputs.forEach((p, k) => {
      const ind = assessment.indicators[p.indicator];
      const format = ind?.dimension === 'quantitative' ? targetFormat(ind.target) : 'General';
      const col = inputsStart(header) + k;
      if (format !== 'General')
        ops.push({ kind: 'style', sheet, range: body(col, col), style: { numberFormat: format } });
    });
    // One style op per run of columns that look alike (a sheet's achievements, its scores...).
    for (let k = 0; k < placed.length; ) {
      const style = columnStyle(placed[k].def);
      let end = k;
      while (end + 1 < placed.length && JSON.stringify(columnStyle(placed[end + 1].def)) === JSON.stringify(style))
        end++;
      ops.push({ kind: 'style', sheet, range: body(placed[k].col, placed[end].col), style });
      k = end + 1;
    }
    ops.push({
      kind: 'highlight',
      sheet,
      range: body(header.c1, cols.last),
      formula: flaggedRule(first, computedCol, n),
      fill: STYLE.flagged.fill,
      replaces: [flaggedRule(first, original.scoresHeader.c2 + 1, original.computedFor)],
    });
    ops.push(
      ...resultLookOps(
        sheet,
        { first, last: lastRow },
        { c1: header.c1, cols, was: computedColumns(original.scoresHeader.c2 + 1, original.computedFor) },
        rules,
      ),
    );
    ops.push({ kind: 'autoFilter', sheet, range: { r1: header.r1, c1: header.c1, r2: lastRow, c2: cols.last } });
  }
  return { ops, restored };
}

/** How many input columns are actuals, own targets and kept values (the row above shows a word over each). */
function inputGroups(assessment: SheetAssessment): InputGroups {
  const count = (test: (indicator: number, kind: string) => boolean) =>
    assessment.layout.inputs.filter((p) => test(p.indicator, p.tag.kind)).length;
  return {
    actual: count((_, k) => k === 'actual'),
    own: count((_, k) => k === 'own'),
    kept: count((i) => i < 0),
  };
}
