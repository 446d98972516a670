import { cellAddress } from './a1';
import { flagEmployee, sheetStats, teamDeviations, type SheetStats, type TeamDeviation } from './calibration';
import { excelTrim, isFormulaText } from './text';
import { latestEntry, type LogEntry } from './calibrationLog';
import { computedColumns } from './columns';
import { readIndicators } from './indicators';
import { structureCheck } from './structure';
import { makeCheck } from './messages';
import { EMPLOYEE_FIELDS, employeeCol, inputsStart } from './names';
import { raterEffectChecks, raterEffects, type SheetRaterEffects } from './raterEffects';
import type { Rules } from './rules';
import { duplicateIds, scoreRows, type OwnLink } from './scoring';
import { cascadeKey, type CascadePart } from './cascade';
import type { AssessmentSnapshot } from './snapshot';
import { inputLayoutOf, ownTargetOffsets, relaidSnapshot } from './relayout';
import type { InputLayout } from './inputLayout';
import {
  bySeverity,
  type CellValue,
  type Check,
  type EmployeeResult,
  type Indicator,
  type Lang,
  type Normalisation,
} from './types';
import { resultAction } from './actions';
import { levelOf, placeEmployee } from './talentGrid';

export interface SheetAssessment {
  id: string;
  sheet: string;
  /** What was scored: the sheet as read, or with its inputs laid out again (`layout.changed`). */
  snapshot: AssessmentSnapshot;
  layout: InputLayout;
  /** Own-target cells the Score links to the goal cascade (or empties, their part gone). */
  ownLinks: OwnLink[];
  indicators: Indicator[];
  /** Sheet errors first, then row problems, warnings and info. */
  checks: Check[];
  normalisations: Normalisation[];
  /** A sheet error (or a Rules error) stops scoring: nothing is written to the sheet. */
  blocked: boolean;
  employees: EmployeeResult[];
  stats: SheetStats;
  teamDeviations: TeamDeviation[];
  /** Per direct supervisor: the Calibration sheet's rater table (core/raterEffects.ts). */
  raterEffects: SheetRaterEffects;
  /** Rows whose Employee ID other rows share: row -> those rows. Not scored; their formulas compare the IDs. */
  duplicates: ReadonlyMap<number, readonly number[]>;
}

export interface SheetCounts {
  scored: number;
  incomplete: number;
  flagged: number;
  /**
   * Scored employees per grade, best grade first, as people read a distribution; `band` is the grade's
   * place (0 = lowest, for its colour), `target` the Rules' target share in percent (null: none).
   */
  byGrade: { grade: string; count: number; band: number; target: number | null }[];
}

/** How many were scored, not scored and flagged, and the grades: what every summary of a sheet says. */
export function sheetCounts(sheet: Pick<SheetAssessment, 'employees'>, rules: Pick<Rules, 'grades'>): SheetCounts {
  const scored = sheet.employees.filter((e) => e.status === 'scored');
  return {
    scored: scored.length,
    incomplete: sheet.employees.length - scored.length,
    flagged: sheet.employees.filter((e) => e.flagged).length,
    byGrade: rules.grades
      .map((g, band) => ({
        grade: g.name,
        count: scored.filter((e) => e.grade === g.name).length,
        band,
        target: typeof g.target === 'number' ? g.target : null,
      }))
      .reverse(),
  };
}

/** Adds checks to a sheet's list, keeping it in severity order (stable: earlier findings stay first). */
export function addChecks(assessment: SheetAssessment, more: readonly Check[]): void {
  if (more.length === 0) return;
  assessment.checks.push(...more);
  assessment.checks.sort(bySeverity);
}

/** Flags, calibrated and final grades, and the checks of calibrated grades typed without a logged reason. */
function calibrate(
  snapshot: AssessmentSnapshot,
  indicators: Indicator[],
  employees: EmployeeResult[],
  rules: Rules,
  log: readonly LogEntry[],
  lang: Lang,
) {
  const stats = sheetStats(employees, rules);
  const checks: Check[] = [];
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, indicators.length);
  const calibratedAt = cols.calibrated - (snapshot.scoresHeader.c2 + 1);
  const potentialAt = cols.potential - (snapshot.scoresHeader.c2 + 1);
  const gradeNames = rules.grades.map((g) => g.name);
  employees.forEach((e, i) => {
    const flag = flagEmployee(e, indicators, stats, rules, rules.lang);
    e.flagged = flag.flagged;
    e.flagReason = flag.reason;
    const raw = snapshot.computed[i]?.[calibratedAt] ?? null;
    const calibrated = raw === null ? '' : excelTrim(String(raw));
    e.calibratedGrade = calibrated;
    if (calibrated) e.finalGrade = calibrated;
    const action = resultAction(e.finalGrade, e.previousGrade, rules);
    e.action = action?.code ?? null;
    e.actionText = action?.text ?? '';
    const typed = snapshot.computed[i]?.[potentialAt] ?? null;
    const potential = isFormulaText(typed) ? null : typed;
    placeEmployee(e, potential, rules);
    if (e.potential !== '' && levelOf(e.potential) === 0)
      checks.push(
        makeCheck(
          'potential-invalid',
          snapshot.sheet,
          cellAddress(e.row, cols.potential),
          { employee: e.name || e.employeeId || `#${e.row}`, value: e.potential },
          lang,
        ),
      );
    if (!calibrated) return;
    const cell = cellAddress(e.row, cols.calibrated);
    const who = e.name || e.employeeId || `#${e.row}`;
    if (!gradeNames.includes(calibrated))
      checks.push(
        makeCheck(
          'calibrated-invalid',
          snapshot.sheet,
          cell,
          { employee: who, value: calibrated, grades: gradeNames.join(', ') },
          lang,
        ),
      );
    const entry = latestEntry(log, snapshot.sheet, e.employeeId, e.name);
    if (!entry || entry.calibratedGrade !== calibrated || !entry.reason)
      checks.push(makeCheck('calibrated-no-reason', snapshot.sheet, cell, { employee: who, value: calibrated }, lang));
  });
  const raters = raterEffects(employees, rules);
  checks.push(...raterEffectChecks(snapshot.sheet, raters, employeeCol(snapshot.scoresHeader.c1, 'supervisor'), lang));
  return { stats, checks, teamDeviations: teamDeviations(employees, stats, rules), raters };
}

export function assessSheet(
  original: AssessmentSnapshot,
  rules: Rules,
  rulesBlocked: boolean,
  messageLang: Lang,
  log: readonly LogEntry[] = [],
  /** Sheet errors found outside the engine (the layout's formula limits): they block the sheet too. */
  sheetErrors: readonly Check[] = [],
  /** The goal cascade's individual targets for this sheet's employees, when the workbook has a cascade. */
  cascade?: SheetCascade,
): SheetAssessment {
  let snapshot = original;
  const { sheet, indicatorRange } = snapshot;
  const read = readIndicators(
    sheet,
    indicatorRange.r1,
    indicatorRange.c1,
    snapshot.indicatorCells,
    snapshot.totalCell,
    rules,
    messageLang,
  );
  // A column inserted into or deleted from the tool's tables: nothing read by position can be trusted.
  const checks = snapshot.structure ? [structureCheck(sheet, snapshot.structure, messageLang)] : [...read.checks];
  checks.push(...sheetErrors);
  if (cascade) markCascadeIndicators(snapshot, read.indicators, cascade);
  const layout = inputLayoutOf(snapshot, read.indicators, rules.lang);
  if (layout.changed) snapshot = relaidSnapshot(snapshot, layout);
  const blocked = rulesBlocked || checks.some((c) => c.severity === 'error');
  let employees: EmployeeResult[] = [];
  let ownLinks: OwnLink[] = [];
  let normalisations = read.normalisations;
  let stats: SheetStats = { scored: 0, median: null, q1: null, q3: null, lower: null, upper: null };
  let deviations: TeamDeviation[] = [];
  let raters: SheetRaterEffects = raterEffects([], rules);
  const duplicates = duplicateIds(snapshot.rows, EMPLOYEE_FIELDS.indexOf('employeeId'));
  if (!blocked) {
    const scored = scoreRows(snapshot.rows, {
      sheet,
      indicators: read.indicators,
      rules,
      inputCol: inputsStart(snapshot.scoresHeader),
      employeeFieldCount: EMPLOYEE_FIELDS.length,
      ownAt: ownTargetOffsets(layout, read.indicators.length),
      cascadeOwn: cascade ? cascadeOwnOf(original, snapshot, layout, read.indicators, cascade) : undefined,
      weightsOk: true,
      duplicates,
      messageLang,
    });
    employees = scored.employees;
    ownLinks = scored.ownLinks;
    checks.push(...scored.checks);
    const calibration = calibrate(snapshot, read.indicators, employees, rules, log, messageLang);
    checks.push(...calibration.checks);
    stats = calibration.stats;
    deviations = calibration.teamDeviations;
    raters = calibration.raters;
    normalisations = [...normalisations, ...scored.normalisations];
  }
  checks.sort(bySeverity);
  if (!blocked)
    for (const n of normalisations)
      checks.push(
        makeCheck(
          'normalised',
          n.sheet,
          n.cell,
          { before: n.before, after: n.after === null ? '' : n.after },
          messageLang,
        ),
      );
  return {
    id: snapshot.id,
    sheet,
    snapshot,
    layout,
    ownLinks,
    indicators: read.indicators,
    checks,
    normalisations: blocked ? [] : normalisations,
    blocked,
    employees,
    stats,
    teamDeviations: deviations,
    raterEffects: raters,
    duplicates,
  };
}

/** The error of a command that writes by column position while the sheet's inputs are about to move. */
export function layoutPendingCheck(assessment: SheetAssessment, lang: Lang): Check | null {
  if (!assessment.layout.moves) return null;
  const h = assessment.snapshot.scoresHeader;
  return makeCheck('layout-pending', assessment.sheet, cellAddress(h.r1, inputsStart(h)), {}, lang);
}

/** What a sheet takes from the goal cascade: individual parts by cascadeKey, and how a link to a part reads. */
export interface SheetCascade {
  targets: ReadonlyMap<string, CascadePart>;
  /** The formula (without "=") that links a cell to the part's target. */
  link: (part: CascadePart) => string;
  /** A formula text ("=...") is such a link, the tool's own. */
  isLink: (formula: string) => boolean;
}

/** An indicator with individual parts for this sheet's employees gets own targets, whatever its flag says. */
function markCascadeIndicators(snapshot: AssessmentSnapshot, indicators: Indicator[], cascade: SheetCascade): void {
  if (cascade.targets.size === 0) return;
  const ids = snapshot.rows.map((r) => String(r.cells[EMPLOYEE_FIELDS.indexOf('employeeId')] ?? ''));
  for (const ind of indicators)
    if (
      ind.dimension === 'quantitative' &&
      !ind.ownTargets &&
      ids.some((id) => cascade.targets.has(cascadeKey(id, ind.name)))
    )
      ind.ownTargets = true;
}

/**
 * How an own-target cell is read with a cascade: empty, or the tool's link, it shows its part's target
 * (a link to an empty cell shows 0, as in Excel); a link whose part is gone is emptied (the sheet's
 * target then); a typed value or another formula is the user's and stays.
 */
function cascadeOwnOf(
  original: AssessmentSnapshot,
  snapshot: AssessmentSnapshot,
  layout: InputLayout,
  indicators: readonly Indicator[],
  cascade: SheetCascade,
) {
  const fields = EMPLOYEE_FIELDS.length;
  const ownAt = ownTargetOffsets(layout, indicators.length);
  let formulas: CellValue[][] | null = null;
  return (rowIndex: number, i: number, cell: CellValue): { value: CellValue; link: string | null } | null => {
    const from = layout.inputs[ownAt[i] - fields]?.from ?? null;
    formulas ??= original.inputFormulas();
    const f = from === null ? null : (formulas[rowIndex]?.[from] ?? null);
    const isFormula = typeof f === 'string' && f.startsWith('=') && f !== cell;
    const ours = isFormula && cascade.isLink(f as string);
    const empty = !isFormula && (cell === null || cell === '');
    const id = String(snapshot.rows[rowIndex].cells[EMPLOYEE_FIELDS.indexOf('employeeId')] ?? '');
    const part = cascade.targets.get(cascadeKey(id, indicators[i].name));
    if (part && (empty || ours))
      return { value: part.target ?? (part.targetText === '' ? 0 : part.targetText), link: cascade.link(part) };
    if (!part && ours) return { value: null, link: null };
    return null;
  };
}
