/// <reference types="office-js" />
import type { CsvTable } from '../../core/csv';
import type { Lang } from '../../core/types';
import { calibrateOperation, type CalibrateRequest } from '../../operations/calibrate';
import { potentialOperation, type PotentialRequest, type PotentialResult } from '../../operations/potential';
import { importOperation } from '../../operations/import';
import { nextCycleOperation, type NextCycleResult } from '../../operations/nextCycle';
import { draftOperation, type DraftRequest, type DraftResult } from '../../operations/plans';
import { scoreOperation, scoreSummary, type ScoreSummary } from '../../operations/score';
import { templateOperation, type TemplatePlan, type TemplateRequest } from '../../operations/template';
import type { ImportReport } from '../../layout/importPlan';
import { applyPlan as applyToPackage } from '../xlsx/applyPlan';
import { blankPackage } from '../xlsx/blank';
import { runOperation, type DriverOptions } from './driver';
import { apiSupported, requireMinimumApi } from './features';
import type { CellValue, Check } from '../../core/types';

/**
 * The add-in's command table: each user command is its operation (src/operations) run by the one driver
 * (driver.ts), and what the pane shows of its outcome.
 */

export type ScoreOutcome = ScoreSummary;
export type { SheetSummary } from '../../operations/score';
export type Progress = NonNullable<DriverOptions['onProgress']>;

/** Score sheet (`activeOnly`) / Score all. `relayout` 'apply' lays out sheets whose indicators changed. */
export async function scoreSheets(
  activeOnly: boolean,
  messageLang?: Lang,
  onProgress?: Progress,
  relayout: 'ask' | 'apply' = 'ask',
): Promise<ScoreOutcome> {
  const request = { activeOnly, relayout, statusLine: true };
  const { outcome } = await runOperation(scoreOperation, request, { messageLang, onProgress });
  return scoreSummary(outcome, messageLang);
}

export type ImportOutcome =
  | { sheet: string; report: ImportReport; written: boolean }
  | { notAssessmentSheet: { active: string; assessmentSheets: string[] } };

/** A CSV into the active sheet's Scores table: `write` false previews the mapping, true writes it. */
export async function importCsv(rows: CsvTable, source: string, write: boolean, messageLang?: Lang) {
  const driven = await runOperation(importOperation, { csv: rows, source }, { write, messageLang });
  const { outcome } = driven;
  if ('notAssessmentSheet' in outcome) return outcome;
  if ('noSuchSheet' in outcome) throw new Error('the add-in imports into the active sheet');
  return { ...outcome, written: write && (driven.planned?.ops.length ?? 0) > 0 } as ImportOutcome;
}

export type DraftOutcome = DraftResult;

/** Improvement plans for one employee, or everyone whose action is a 30-day plan or a talk. */
export async function draftPlans(request: DraftRequest, messageLang?: Lang): Promise<DraftOutcome> {
  return (await runOperation(draftOperation, request, { messageLang })).outcome;
}

/** Inserts the template sheets next to the user's own; the user lands on the first new assessment sheet. */
export async function insertTemplates(request: TemplateRequest): Promise<TemplatePlan> {
  const { outcome, planned } = await runOperation(templateOperation, request, { messageLang: request.lang });
  return { ...outcome, ops: planned?.ops ?? [] };
}

export interface CalibrationOutcome {
  errors: Check[];
  /** The appended calibration log row, read back after writing (LOG_COLUMNS order). */
  logRow?: CellValue[];
  /** Where it went: the log's sheet and row, and the employee's sheet. */
  logSheet?: string;
  logRowNumber?: number;
  sheet?: string;
  /** Calibrated to this grade already, its reason logged: nothing was written. */
  unchanged?: boolean;
}

/** What the pane asks to record; the host dates it. */
export type CalibrationRequestInput = Omit<CalibrateRequest, 'sheet'>;

/**
 * Records a calibrated grade. No Score run follows, unlike the command line (which must refresh its
 * cached results): in Excel the Final grade, the grade distribution and the target over/under are live
 * formulas; what only Score writes (flags, team deviation, the status line) depends on the weighted
 * scores, which a calibration never changes.
 */
export async function calibrateEmployee(
  request: CalibrationRequestInput,
  sheet?: string,
  messageLang?: Lang,
): Promise<CalibrationOutcome> {
  const { outcome, appended } = await runOperation(calibrateOperation, { ...request, sheet }, { messageLang });
  if (outcome.errors.length) return { errors: outcome.errors };
  if (outcome.unchanged) return { errors: [], unchanged: true, sheet: outcome.sheet };
  return {
    errors: [],
    logRow: appended?.values,
    logSheet: appended?.sheet,
    logRowNumber: appended?.row,
    sheet: outcome.sheet,
  };
}

export type PotentialOutcome = Pick<PotentialResult, 'errors' | 'potential' | 'unchanged' | 'sheet'>;

/** The calibration panel's Potential for the employee: one cell; the talent grid's formulas follow. */
export async function setPotential(
  request: Omit<PotentialRequest, 'sheet'>,
  sheet?: string,
  messageLang?: Lang,
): Promise<PotentialOutcome> {
  const { outcome } = await runOperation(potentialOperation, { ...request, sheet }, { messageLang });
  return { errors: outcome.errors, potential: outcome.potential, unchanged: outcome.unchanged, sheet: outcome.sheet };
}

export type NextCycleOutcome = Pick<NextCycleResult, 'errors' | 'sheets' | 'openMeasures'> & {
  /** This Excel cannot open a new workbook from an add-in (ExcelApi 1.8): nothing was done. */
  unsupported?: boolean;
};

/** Bytes as base64, in slices (a workbook of many employees is megabytes; one spread would overflow). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
  return btoa(binary);
}

/**
 * The next cycle: this workbook is only read; the new one is built in memory (the package host, fflate
 * in the browser) and opened with Excel.createWorkbook.
 */
export async function startNextCycle(cycle: string, messageLang?: Lang, from?: string): Promise<NextCycleOutcome> {
  requireMinimumApi(messageLang);
  if (!apiSupported('1.8')) return { errors: [], sheets: [], openMeasures: 0, unsupported: true };
  const { outcome, planned } = await runOperation(nextCycleOperation, { cycle, from }, { messageLang });
  if (outcome.errors.length || !planned) return { errors: outcome.errors, sheets: [], openMeasures: 0 };
  const pkg = blankPackage();
  applyToPackage(pkg, planned.ops);
  await Excel.createWorkbook(base64(pkg.toBytes()));
  return { errors: [], sheets: outcome.sheets, openMeasures: outcome.openMeasures };
}
