import { assessSheet, layoutPendingCheck, type SheetAssessment } from '../core/assess';
import type { Rules } from '../core/rules';
import { LOG_COLUMNS, readCalibrationLog } from '../core/calibrationLog';
import { localDate } from '../core/dates';
import { assessmentIds, RULE_NAMES, sheetNames } from '../core/names';
import { describeEmployee, matchEmployees } from '../core/identity';
import { makeCheck, translateCheck } from '../core/messages';
import {
  findName,
  readAssessmentSheets,
  readRules,
  type AssessmentSnapshot,
  type GridReader,
  type NamedRange,
} from '../core/snapshot';
import type { Check, EmployeeResult, Lang } from '../core/types';
import { planCalibration, type CalibrationPlan, type CalibrationRequest } from '../layout/calibratePlan';
import { sheetsOf, type Operation, type Reach, type WorkbookView } from './operation';
import { workbookCascade } from './score';

/**
 * The employee a panel command names (Employee ID, or name), on `sheet` or on the one assessment sheet
 * that has them, assessed as Score would; or the errors: the Rules', an unknown or ambiguous employee,
 * a sheet whose inputs are about to move.
 */
export function employeeSheet(
  names: readonly NamedRange[],
  reader: GridReader,
  employee: string,
  sheet?: string,
  messageLang?: Lang,
):
  | { errors: Check[] }
  | {
      errors: [];
      snapshot: AssessmentSnapshot;
      assessment: SheetAssessment;
      rules: Rules;
      lang: Lang;
      log: ReturnType<typeof readCalibrationLog>;
    } {
  const read = readRules(names, reader, messageLang ?? 'zh-CN');
  const lang = messageLang ?? read.rules.lang;
  // Own targets from the goal cascade, as Score reads them (so the sheet's layout is the one Score left).
  // Read before the Rules are judged, so that a host learns every size in its first run (reads.ts).
  const snapshots = readAssessmentSheets(names, reader);
  const { sheetCascade } = workbookCascade(names, reader, snapshots, read.rules, lang);
  const broken = read.checks.filter((c) => c.severity === 'error');
  if (broken.length) return { errors: broken.map((c) => translateCheck(c, lang)) };
  const log = readCalibrationLog(names, reader);
  const assessed = snapshots
    .filter((s) => sheet === undefined || s.sheet === sheet)
    .map((snapshot) => ({
      snapshot,
      assessment: assessSheet(snapshot, read.rules, false, lang, log?.entries ?? [], [], sheetCascade(snapshot)),
    }));
  const holding =
    sheet === undefined
      ? assessed.filter((x) => matchEmployees(x.assessment.employees, employee).length > 0)
      : assessed;
  if (holding.length > 1) {
    const candidates = holding.flatMap(({ snapshot, assessment }) =>
      matchEmployees(assessment.employees, employee).map((e) =>
        describeEmployee({ ...e, sheet: snapshot.sheet, idCell: '' }, lang),
      ),
    );
    const where = holding[0].snapshot.sheet;
    return {
      errors: [
        makeCheck(
          'calibrate-ambiguous',
          where,
          'A1',
          { employee, candidates: candidates.join('; '), sheets: 'yes' },
          lang,
        ),
      ],
    };
  }
  if (holding.length !== 1) {
    const where = assessed[0]?.snapshot.sheet ?? sheet ?? '?';
    return { errors: [makeCheck('calibrate-unknown-employee', where, 'A1', { employee }, lang)] };
  }
  const [{ snapshot, assessment }] = holding;
  const pending = layoutPendingCheck(assessment, lang);
  if (pending) return { errors: [pending] };
  return { errors: [], snapshot, assessment, rules: read.rules, lang, log };
}

/**
 * Calibrating on a whole workbook: the employee's sheet is `sheet`, or the one assessment sheet that has
 * that employee. Returns the plan (empty with errors when anything is wrong).
 */
export function planWorkbookCalibration(
  names: readonly NamedRange[],
  reader: GridReader,
  request: CalibrationRequest,
  sheet?: string,
  messageLang?: Lang,
): CalibrationPlan & { sheet?: string } {
  const found = employeeSheet(names, reader, request.employee, sheet, messageLang);
  if (!('snapshot' in found)) return { ops: [], errors: found.errors };
  const { snapshot, assessment, rules, lang, log } = found;
  return { ...planCalibration(snapshot, assessment, log, rules, request, lang), sheet: snapshot.sheet };
}

export interface CalibrateRequest {
  /** Employee ID, or the name where there is no ID. */
  employee: string;
  grade: string;
  reason: string;
  decidedBy: string;
  /** The employee's assessment sheet; without it, the one sheet that has the employee. */
  sheet?: string;
}

export interface CalibrateResult {
  errors: Check[];
  /** The employee as assessed before the calibration (their grade then). */
  employee?: EmployeeResult;
  /** The employee's sheet. */
  sheet?: string;
  /** Calibrated to this grade already (its reason logged): nothing was written. */
  unchanged?: boolean;
}

/**
 * The names the engine needs for one sheet: the Rules', the log's and that sheet's own (all of them
 * without a sheet). Without the other assessment sheets' names the engine does not read their tables.
 */
function namesOfSheet(names: readonly NamedRange[], sheet: string | undefined): NamedRange[] {
  if (sheet === undefined) return [...names];
  const own = new Set(
    assessmentIds(names.map((n) => n.name)).filter(
      (id) => findName(names, sheetNames(id).scores)?.sheet.toLowerCase() === sheet.toLowerCase(),
    ),
  );
  return names.filter((n) => {
    const id = /^PR_(S\d+)_/i.exec(n.name)?.[1];
    return id === undefined || own.has(id.toUpperCase());
  });
}

/**
 * What a panel command on one employee reaches: the names of their sheet (all without one); every sheet
 * read but the Rules (whose names say which it is) may be written: the employee's and the log's.
 */
export function panelReach(view: WorkbookView, sheet: string | undefined): Reach {
  const names = namesOfSheet(view.names, sheet);
  const rulesSheet = findName(names, RULE_NAMES.lang)?.sheet;
  return { names, writes: sheetsOf(names).filter((s) => s !== rulesSheet), rulesAt: new Map() };
}

/**
 * Records a calibrated grade: validated (reason and decider given, a grade of the Rules, a scored
 * employee of the sheet), then the Calibrated grade cell and one row appended to the calibration log,
 * dated by the host's clock. With any error nothing is written.
 */
export const calibrateOperation: Operation<CalibrateRequest, CalibrateResult> = {
  target: 'this-workbook',
  reach: (view, request) => panelReach(view, request.sheet),
  plan(view, reader, request) {
    // The log first, whatever the cells hold: planWorkbookCalibration reads the Rules and the sheets before
    // it can stop at a Rules problem, but the log only after, so a host that learns its reads on cells not
    // loaded yet (reads.ts) would otherwise miss it.
    const log = readCalibrationLog(view.names, reader);
    const full = { ...request, date: localDate(view.now) };
    const plan = planWorkbookCalibration(view.names, reader, full, request.sheet, view.messageLang);
    const outcome = { errors: plan.errors, employee: plan.employee, sheet: plan.sheet, unchanged: plan.unchanged };
    if (plan.errors.length || !log || plan.unchanged) return { ops: [], outcome, hasErrors: plan.errors.length > 0 };
    const range = { r1: log.nextRow, c1: log.col, r2: log.nextRow, c2: log.col + LOG_COLUMNS.length - 1 };
    return { ops: plan.ops, outcome, hasErrors: false, append: { sheet: log.sheet, range } };
  },
};
