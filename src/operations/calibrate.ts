import { assessSheet, layoutPendingCheck } from '../core/assess';
import { readCalibrationLog } from '../core/calibrationLog';
import { describeEmployee, matchEmployees } from '../core/identity';
import { makeCheck, translateCheck } from '../core/messages';
import { readAssessmentSheets, readRules, type GridReader, type NamedRange } from '../core/snapshot';
import type { Lang } from '../core/types';
import { planCalibration, type CalibrationPlan, type CalibrationRequest } from '../layout/calibratePlan';
import { workbookCascade } from './score';

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
  const read = readRules(names, reader, messageLang ?? 'zh-CN');
  const lang = messageLang ?? read.rules.lang;
  // Own targets from the goal cascade, as Score reads them (so the sheet's layout is the one Score left).
  // Read before the Rules are judged, so that a host learns every size in its first run (reads.ts).
  const snapshots = readAssessmentSheets(names, reader);
  const { sheetCascade } = workbookCascade(names, reader, snapshots, read.rules, lang);
  if (read.checks.length) return { ops: [], errors: read.checks.map((c) => translateCheck(c, lang)) };
  const log = readCalibrationLog(names, reader);
  const assessed = snapshots
    .filter((s) => sheet === undefined || s.sheet === sheet)
    .map((snapshot) => ({
      snapshot,
      assessment: assessSheet(snapshot, read.rules, false, lang, log?.entries ?? [], [], sheetCascade(snapshot)),
    }));
  const holding =
    sheet === undefined
      ? assessed.filter((x) => matchEmployees(x.assessment.employees, request.employee).length > 0)
      : assessed;
  if (holding.length > 1) {
    const candidates = holding.flatMap(({ snapshot, assessment }) =>
      matchEmployees(assessment.employees, request.employee).map((e) =>
        describeEmployee({ ...e, sheet: snapshot.sheet, idCell: '' }, lang),
      ),
    );
    const where = holding[0].snapshot.sheet;
    return {
      ops: [],
      errors: [
        makeCheck(
          'calibrate-ambiguous',
          where,
          'A1',
          { employee: request.employee, candidates: candidates.join('; '), sheets: 'yes' },
          lang,
        ),
      ],
    };
  }
  if (holding.length !== 1) {
    const where = assessed[0]?.snapshot.sheet ?? sheet ?? '?';
    return {
      ops: [],
      errors: [makeCheck('calibrate-unknown-employee', where, 'A1', { employee: request.employee }, lang)],
    };
  }
  const [{ snapshot, assessment }] = holding;
  const pending = layoutPendingCheck(assessment, lang);
  if (pending) return { ops: [], errors: [pending] };
  return { ...planCalibration(snapshot, assessment, log, read.rules, request, lang), sheet: snapshot.sheet };
}
