/// <reference types="office-js" />
import type { GridReader } from '../../core/snapshot';
import type { Check, Lang } from '../../core/types';
import { planWorkbookScoring, type ScoringOptions, type WorkbookScoring } from '../../layout/scoreWorkbook';
import { requireMinimumApi } from './features';
import { assessmentSheets, namedRanges, namesForSheet } from './names';
import { lastRowOfUsed, LoadedReader, plannedReads, queueReads, queueSizes, queueTypedOver } from './reads';
import { queueSheetStates } from './sheetState';
import { applyPlan } from './writes';

export interface SheetSummary {
  sheet: string;
  blocked: boolean;
  scored: number;
  incomplete: number;
  flagged: number;
  byGrade: { grade: string; count: number }[];
}

export interface ScoreOutcome {
  sheets: SheetSummary[];
  /** Rules checks, every sheet's checks and the restored computed cells, in the message language. */
  checks: Check[];
  notAssessmentSheet?: { active: string; assessmentSheets: string[] };
}

export type Progress = (done: number, total: number) => void;

const STEPS = 4;

function summary(scoring: WorkbookScoring): SheetSummary[] {
  // Highest band first, as people read a distribution.
  const bands = [...scoring.rules.grades].reverse();
  return scoring.sheets.map((s) => {
    const scored = s.employees.filter((e) => e.status === 'scored');
    return {
      sheet: s.sheet,
      blocked: s.blocked,
      scored: scored.length,
      incomplete: s.employees.length - scored.length,
      flagged: s.employees.filter((e) => e.flagged).length,
      byGrade: bands.map((g) => ({ grade: g.name, count: scored.filter((e) => e.grade === g.name).length })),
    };
  });
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [x.toLowerCase(), x])).values()];

/**
 * Score sheet / Score all, in a constant number of syncs whatever the number of employees:
 *  1. the tool's names, the active sheet and its used range;
 *  2. the used range of the other sheets the engine reads (all assessment sheets for Score all, the
 *     calibration log's sheet), and each sheet's conditional formats and AutoFilter range;
 *  3. every range the engine reads (plannedReads), and the formulas of existing custom formats;
 *  4. only when the computed block holds values (typed over a formula, or the panel's calibrated
 *     grades): those values;
 *  5. the plan: normalised inputs, formulas, formats, the status line (more than one sync only for a
 *     plan with megabytes of cell data, see writes.ts).
 * So 4 syncs, or 5, whatever the number of employees. A sheet with errors gets its status line and nothing
 * else (the engine plans nothing more for it).
 */
export async function scoreSheets(onlyActive: boolean, messageLang?: Lang, onProgress?: Progress): Promise<ScoreOutcome> {
  const features = requireMinimumApi(messageLang);
  return Excel.run(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    const active = onlyActive ? context.workbook.worksheets.getActiveWorksheet().load('name') : null;
    const activeUsed = active?.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    await context.sync();
    onProgress?.(1, STEPS);

    const allNames = namedRanges(items.items);
    const lastRows = new Map<string, number>();
    let names = allNames;
    let options: ScoringOptions = { messageLang, now: new Date() };
    if (active && activeUsed) {
      const sheets = assessmentSheets(allNames);
      const current = sheets.find((s) => s.toLowerCase() === active.name.toLowerCase());
      if (!current) return { sheets: [], checks: [], notAssessmentSheet: { active: active.name, assessmentSheets: sheets } };
      names = namesForSheet(allNames, current);
      options = { ...options, onlySheet: current };
      lastRows.set(current.toLowerCase(), lastRowOfUsed(activeUsed));
    }
    const engine = (reader: GridReader) => planWorkbookScoring(names, reader, options);

    const sizes = plannedReads(lastRows, engine).unknownSizes;
    const sized = queueSizes(context, sizes, lastRows);
    const states = queueSheetStates(context, unique(names.map((n) => n.sheet)), features);
    await context.sync();
    sized();
    const planned = plannedReads(lastRows, engine);
    if (planned.unknownSizes.length) throw new Error(`the engine asked for the size of ${planned.unknownSizes.join(', ')} only after reading it`);
    onProgress?.(2, STEPS);

    const reader = new LoadedReader(lastRows);
    const loaded = queueReads(context, planned.requests, features, reader);
    states.queueRules();
    await context.sync();
    const typedOver = loaded();
    if (typedOver.length) {
      const filled = queueTypedOver(context, typedOver);
      await context.sync();
      filled();
    }
    onProgress?.(3, STEPS);

    const scoring = engine(reader);
    await applyPlan(context, scoring.ops, features, { states: states.finish() });
    onProgress?.(4, STEPS);
    return {
      sheets: summary(scoring),
      checks: [...scoring.rulesChecks, ...scoring.sheets.flatMap((s) => [...s.checks, ...s.restored])],
    };
  });
}
