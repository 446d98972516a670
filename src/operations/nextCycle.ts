import { layoutPendingCheck, type SheetAssessment } from '../core/assess';
import { fill, labels, LABELS } from '../core/labels';
import { EMPLOYEE_FIELDS, RULE_NAMES, indicatorCol, sheetNames } from '../core/names';
import { computedColumns } from '../core/columns';
import { TALENT_WORDS } from '../core/talentText';
import { talentGridSheetOps } from '../layout/talentGridSheet';
import { DATE_FORMAT } from '../core/dates';
import type { PresetIndicator, RolePreset } from '../core/presets';
import { findName, type GridReader, type NamedRange } from '../core/snapshot';
import { LANGS, type CellValue, type Check, type Indicator, type Lang } from '../core/types';
import { assessmentSheetOps } from '../layout/assessmentSheet';
import { calibrationSheetOps } from '../layout/calibrationSheet';
import { cascadeSheetOps } from '../layout/cascadeSheet';
import { ratersSheetOps } from '../layout/ratersSheet';
import { cycleLogSheetOps } from '../layout/cycleLogSheet';
import type { BaselineRow } from '../core/cycleLog';
import { existingPlans } from './plans';
import { assessmentGeometry } from '../layout/geometry';
import { STYLE, v, type PlanOp } from '../layout/plan';
import { planSheetOps } from '../layout/planSheet';
import { rulesSheetOps } from '../layout/rulesSheet';
import type { Operation } from './operation';
import { cycleOf, planWorkbookScoring } from './score';

/** The next cycle's workbook, planned from this cycle's (core/inputLayout and the scoring read it). */
export interface NextCyclePlan {
  /** Writes that build the new workbook from nothing; empty when `errors`. */
  ops: PlanOp[];
  errors: Check[];
  /** Per assessment sheet: how many employees were carried and how many had a final grade. */
  sheets: { sheet: string; employees: number; graded: number }[];
  /** Improvement measures still open, carried to the new workbook's list. */
  openMeasures: number;
  /** Rules cells the new workbook could not take over as they were (a different size), for HR to copy. */
  rulesNotCopied: string[];
}

const text = (x: CellValue | undefined) => (x === null || x === undefined ? '' : String(x).trim());
const both = (s: string) => ({ 'zh-CN': s, 'en-US': s });

/** The indicators as HR left them, as a preset the template builds a sheet from (names in the workbook's words). */
function presetOf(title: string, indicators: readonly Indicator[]): Omit<RolePreset, 'id'> {
  return {
    title: both(title),
    indicators: indicators.map(
      (i): PresetIndicator => ({
        dimension: i.dimension,
        name: both(i.name),
        weight: i.weight,
        target: i.target,
        direction: i.direction,
        unit: both(i.unit),
        source: both(i.source),
      }),
    ),
  };
}

/**
 * The next cycle (guide: after each cycle, start again from what was learnt): a new workbook with this
 * cycle's Rules values, every assessment sheet with the same indicators, weights and targets, the same
 * employees with empty inputs and Previous grade = this cycle's final grade (so "Needs improvement
 * twice" is seen across files), an empty Calibration sheet and log, the blank plan sheet, and a list
 * of the improvement measures still open. This cycle's plans and calibration log stay in its own file.
 * Refused, with the messages, when a sheet has errors or is not scored in its current layout.
 */
export function planNextCycle(
  names: readonly NamedRange[],
  reader: GridReader,
  request: { cycle: string; messageLang?: Lang; /** The old file's name, for the Cycle log. */ from?: string },
): NextCyclePlan {
  const scoring = planWorkbookScoring(names, reader, { messageLang: request.messageLang });
  const lang = scoring.rules.lang;
  const messageLang = request.messageLang ?? lang;
  const l = labels(lang);
  const errors: Check[] = scoring.rulesChecks.filter((c) => c.severity === 'error');
  for (const s of scoring.sheets) {
    if (s.blocked) errors.push(...s.checks.filter((c) => c.severity === 'error'));
    const pending = s.blocked ? null : layoutPendingCheck(s, messageLang);
    if (pending) errors.push(pending);
  }
  // Everything is read even when there are errors: a host learns all it reads in its first runs (reads.ts).

  const ops: PlanOp[] = [];
  const rulesSheet = l.rulesSheet;
  const rulesOps = rulesSheetOps(rulesSheet, lang);
  ops.push(...rulesOps);
  const rulesNotCopied = copyRules(names, reader, rulesOps, ops);

  const sheets: NextCyclePlan['sheets'] = [];
  scoring.sheets.forEach((s, k) => {
    const id = `S${k + 1}`;
    const roleName = findName(names, sheetNames(s.id).role);
    const title = roleName ? text(reader.values(roleName.sheet, roleName.range)[0]?.[0]) || s.sheet : s.sheet;
    const g = assessmentGeometry(s.indicators.length);
    ops.push(
      ...assessmentSheetOps({ id, sheet: s.sheet, preset: presetOf(title, s.indicators), lang, cycle: request.cycle }),
    );
    // HR's "own targets" choice stays; the targets themselves are the new cycle's to set.
    s.indicators.forEach((ind, i) => {
      if (ind.ownTargets)
        ops.push({
          kind: 'cells',
          sheet: s.sheet,
          row: g.firstIndicatorRow + i,
          col: indicatorCol(1, 'ownTargets'),
          cells: [[v(l.ownTargetsYes)]],
        });
    });
    const rows = s.employees.map((e) => [e.name, e.employeeId, e.team, e.supervisor, e.finalGrade ?? ''].map(v));
    if (rows.length) ops.push({ kind: 'cells', sheet: s.sheet, row: g.firstDataRow, col: 1, cells: rows });
    ops.push(...previousPotentialOps(s, g.firstDataRow));
    sheets.push({
      sheet: s.sheet,
      employees: rows.length,
      graded: s.employees.filter((e) => e.finalGrade !== null).length,
    });
  });
  ops.push(...cascadeSheetOps(l.cascadeSheet, lang));
  ops.push(...ratersSheetOps(l.ratersSheet, lang));
  const direction = (ind: Indicator) =>
    ind.dimension === 'qualitative' ? l.panel : ind.direction === 'lower' ? l.lower : l.higher;
  const baseline: BaselineRow[] = scoring.sheets.flatMap((s, k) =>
    s.indicators.map((ind, i) => ({
      sheetId: `S${k + 1}`,
      sheet: s.sheet,
      // The new sheet's keys: its template numbers the indicators K1, K2... in order.
      key: `K${i + 1}`,
      indicator: ind.name,
      weight: ind.weight,
      target: ind.target,
      direction: direction(ind),
    })),
  );
  const previous = scoring.sheets.map((s) => cycleOf(names, reader, s.id)).find((c) => c !== '') ?? '';
  ops.push(
    ...cycleLogSheetOps(l.cycleLogSheet, lang, { previous, file: request.from ?? '', cycle: request.cycle }, baseline),
  );
  ops.push(...calibrationSheetOps(l.calibrationSheet, lang));
  ops.push(...talentGridSheetOps(TALENT_WORDS.of(lang).gridSheet, lang));
  ops.push(...planSheetOps(l.planSheet, lang));
  const openMeasures = openMeasureOps(names, reader, lang, ops);
  if (errors.length) return { ops: [], errors, sheets: [], openMeasures: 0, rulesNotCopied: [] };
  return { ops, errors: [], sheets, openMeasures, rulesNotCopied };
}

/**
 * The values HR set on this cycle's Rules sheet written over the new one's defaults, name by name,
 * where the range has the same size (formulas are the new sheet's own). The names that could not be
 * copied so are returned.
 */
function copyRules(names: readonly NamedRange[], reader: GridReader, rulesOps: readonly PlanOp[], ops: PlanOp[]) {
  const skipped: string[] = [];
  for (const op of rulesOps) {
    if (op.kind !== 'name' || op.name === RULE_NAMES.lang) continue;
    const old = findName(names, op.name);
    if (!old) continue;
    const size = (r: { r1: number; c1: number; r2: number; c2: number }) => `${r.r2 - r.r1}x${r.c2 - r.c1}`;
    if (size(old.range) !== size(op.range)) {
      skipped.push(op.name);
      continue;
    }
    const values = reader.values(old.sheet, old.range);
    const formulas = reader.formulas(old.sheet, old.range);
    const isFormula = formulas.some((row) => row.some((x) => typeof x === 'string' && x.startsWith('=')));
    if (isFormula) continue;
    ops.push({
      kind: 'cells',
      sheet: op.sheet,
      row: op.range.r1,
      col: op.range.c1,
      cells: values.map((r) => r.map(v)),
    });
  }
  return skipped;
}

/** This cycle's Potential as the next one's Previous potential (the panel judges potential afresh). */
function previousPotentialOps(s: SheetAssessment, firstDataRow: number): PlanOp[] {
  if (!s.employees.some((e) => e.potential !== '')) return [];
  const n = s.indicators.length;
  return [
    {
      kind: 'cells',
      sheet: s.sheet,
      row: firstDataRow,
      col: computedColumns(EMPLOYEE_FIELDS.length + n + 1, n).previousPotential,
      cells: s.employees.map((e) => [v(e.potential || null)]),
    },
  ];
}

/** Every measure of this cycle's plans not marked done, as a list on a sheet of the new workbook. */
function openMeasureOps(names: readonly NamedRange[], reader: GridReader, lang: Lang, ops: PlanOp[]): number {
  const l = labels(lang);
  const done = new Set(LANGS.map((x) => LABELS[x].measureDone.toLowerCase()));
  const rows: CellValue[][] = [];
  for (const plan of existingPlans(names, reader)) {
    const idName = names.find((n) => n.sheet === plan.sheet && /^PR_P\d+_Employee$/i.test(n.name));
    const id = idName ? text(reader.values(idName.sheet, idName.range)[0]?.[0]) : '';
    for (const [item, measure, owner, support, deadline, status, note] of plan.rows) {
      if (text(measure) === '' || done.has(text(status).toLowerCase())) continue;
      rows.push([
        plan.name,
        id,
        plan.sheet,
        text(item),
        text(measure),
        text(owner),
        text(support),
        deadline ?? null,
        text(status),
        text(note),
      ]);
    }
  }
  const sheet = l.openMeasuresSheet;
  ops.push({ kind: 'addSheet', sheet });
  ops.push({
    kind: 'cells',
    sheet,
    row: 1,
    col: 1,
    cells: [[v(l.openMeasuresTitle)], [v(fill(l.openMeasuresNote, { count: rows.length }))]],
  });
  ops.push({ kind: 'style', sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 }, style: STYLE.title });
  ops.push({ kind: 'style', sheet, range: { r1: 2, c1: 1, r2: 2, c2: 1 }, style: STYLE.note });
  ops.push({ kind: 'cells', sheet, row: 4, col: 1, cells: [l.openMeasuresHeader.map(v)] });
  ops.push({
    kind: 'style',
    sheet,
    range: { r1: 4, c1: 1, r2: 4, c2: l.openMeasuresHeader.length },
    style: STYLE.header,
  });
  if (rows.length) {
    ops.push({ kind: 'cells', sheet, row: 5, col: 1, cells: rows.map((r) => r.map(v)) });
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: 5, c1: 8, r2: 4 + rows.length, c2: 8 },
      style: { numberFormat: DATE_FORMAT },
    });
  }
  ops.push({ kind: 'columnWidths', sheet, widths: [14, 12, 24, 22, 36, 12, 18, 12, 10, 30] });
  return rows.length;
}

export interface NextCycleRequest {
  cycle: string;
  /** The old file's name, for the Cycle log. */
  from?: string;
}

export type NextCycleResult = Omit<NextCyclePlan, 'ops'>;

/** The next cycle's workbook, built from nothing; this workbook is only read. */
export const nextCycleOperation: Operation<NextCycleRequest, NextCycleResult> = {
  target: 'new-workbook',
  reach: (view) => ({ names: view.names, writes: [], rulesAt: new Map() }),
  plan(view, reader, request) {
    const { ops, ...outcome } = planNextCycle(view.names, reader, { ...request, messageLang: view.messageLang });
    return { ops, outcome, hasErrors: outcome.errors.length > 0 };
  },
};
