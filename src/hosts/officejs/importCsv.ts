/// <reference types="office-js" />
import { excelRun } from './run';
import { localDate } from '../../core/dates';
import type { CsvTable } from '../../core/csv';
import { readAssessmentSheets, type AssessmentSnapshot, type GridReader } from '../../core/snapshot';
import type { Lang } from '../../core/types';
import { planWorkbookImport, type ImportReport } from '../../layout/importPlan';
import type { PlanOp } from '../../layout/plan';
import { officeDisplayLanguage, requireMinimumApi } from './features';
import { queueProtection } from './protection';
import { assessmentSheets } from '../../core/scoresTables';
import { namedRanges } from './names';
import { EngineReads, loadForEngine, queueEngineSizes } from './reads';
import { applyPlan } from './writes';

export type ImportOutcome =
  | { sheet: string; report: ImportReport; written: boolean }
  | { notAssessmentSheet: { active: string; assessmentSheets: string[] } };

/** The engine asks for the Scores table, the data line and the Rules sheet's import aliases: one round. */
const MAX_ROUNDS = 3;

/**
 * A CSV export into the active assessment sheet's Scores table, with the command line's engine
 * (layout/importPlan.ts): `write` false plans and reports only (the pane's preview of the mapping),
 * true plans again on what the sheet holds now and writes it in one go. Syncs: names and the active
 * sheet; sizes; the engine's reads (one round); the writes. Nothing is written when the plan refuses
 * (no key column, no row) or changes nothing.
 */
export async function importCsv(
  rows: CsvTable,
  source: string,
  write: boolean,
  messageLang?: Lang,
): Promise<ImportOutcome> {
  const features = requireMinimumApi(messageLang);
  return excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    const names = namedRanges(items.items);
    const sheet = assessmentSheets(names).find((s) => s.toLowerCase() === active.name.toLowerCase());
    if (!sheet) return { notAssessmentSheet: { active: active.name, assessmentSheets: assessmentSheets(names) } };

    const reads = new EngineReads();
    let plan!: { ops: PlanOp[]; report: ImportReport };
    let snapshot: AssessmentSnapshot | undefined;
    const evaluate = (reader: GridReader) => {
      snapshot = readAssessmentSheets(names, reader).find((s) => s.sheet === sheet);
      if (!snapshot) throw new Error(`no Scores table on ${sheet}`);
      plan = planWorkbookImport(names, reader, snapshot, rows, source, localDate());
    };
    const sized = queueEngineSizes(context, reads, evaluate);
    const refuseProtected = write ? queueProtection(context, [sheet], messageLang ?? officeDisplayLanguage()) : null;
    await context.sync();
    refuseProtected?.();
    sized();
    await loadForEngine(context, reads, features, evaluate, MAX_ROUNDS);
    const written = write && plan.ops.length > 0;
    if (written) await applyPlan(context, plan.ops, features);
    return { sheet, report: plan.report, written };
  });
}
