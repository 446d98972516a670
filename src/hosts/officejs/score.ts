/// <reference types="office-js" />
import { excelRun } from './run';
import { sheetCounts, type SheetCounts } from '../../core/assess';
import { CALIBRATION_NAMES, CASCADE_NAMES, EMPLOYEE_FIELDS, RATER_NAMES } from '../../core/names';
import { layoutChangeLines } from '../../core/layoutText';
import type { Check, Lang } from '../../core/types';
import { planWorkbookScoring, type ScoringOptions, type WorkbookScoring } from '../../operations/score';
import { officeDisplayLanguage, requireMinimumApi } from './features';
import { queueProtection } from './protection';
import { assessmentSheets, scoresTables } from '../../core/scoresTables';
import { namedRanges } from './names';
import { filterAgain, showAllRows } from './filters';
import { EngineReads, loadForEngine, queueEngineSizes } from './reads';
import { findName, type GridReader } from '../../core/snapshot';
import { queueSheetStates } from './sheetState';
import { applyPlan } from './writes';

export type SheetSummary = SheetCounts & { sheet: string; blocked: boolean };

export interface ScoreOutcome {
  sheets: SheetSummary[];
  /** Rules checks, every sheet's checks and the restored computed cells, in the message language. */
  checks: Check[];
  notAssessmentSheet?: { active: string; assessmentSheets: string[] };
  /**
   * Sheets whose indicators changed, so their inputs are to be laid out again: nothing was written to
   * them; the lines say what would change (core/layoutText.ts). Score with 'apply' to do it.
   */
  layoutChanges: { sheet: string; lines: string[] }[];
}

export type Progress = (done: number, total: number) => void;

const STEPS = 4;

function summary(scoring: WorkbookScoring): SheetSummary[] {
  // A sheet whose new layout awaits review was not scored: it is reported in layoutChanges instead.
  return scoring.sheets
    .filter((s) => !s.layoutPending)
    .map((s) => ({ sheet: s.sheet, blocked: s.blocked, ...sheetCounts(s, scoring.rules) }));
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [x.toLowerCase(), x])).values()];

/** More load rounds than this means the engine keeps asking for new ranges: a bug, not a workbook. */
const MAX_ROUNDS = 4;

/**
 * Score sheet / Score all, in a constant number of syncs whatever the number of employees:
 *  1. the tool's names, the active sheet;
 *  2. the size (used range) of every sheet the names refer to, and each one's conditional formats and
 *     AutoFilter range;
 *  3. every range the engine reads (EngineReads: learnt by running it on nothing), and the formulas of
 *     existing custom formats (more than one sync only when the inputs of all assessment sheets
 *     together approach Excel on the web's 5 MB response limit, several 10,000-row sheets);
 *  4. only when the computed block holds values (typed over a formula, or the panel's calibrated
 *     grades): those values;
 *  5. the plan: normalised inputs, formulas, formats, the status line (more than one sync only for a
 *     plan with megabytes of cell data, see writes.ts).
 *  6. only when an AutoFilter hides rows on a sheet read (the panel's "flagged rows only", or the
 *     user's own filter): its criteria, cleared with step 3's first request so that nothing is read or
 *     filled over hidden rows (unspecified in Office.js), applied again once Excel has calculated.
 * So 4 syncs, or 5 (one more with a filter, or in manual calculation). The engine assesses every
 * assessment sheet even for Score sheet (the Calibration sheet covers them all), so all of them are
 * read; only the active one (and the Calibration sheet) is written. Protection of what is written is
 * loaded in step 2: a protected sheet stops Score before anything is written. A sheet with errors
 * gets its status line and nothing else (the engine plans nothing more for it).
 */
export async function scoreSheets(
  onlyActive: boolean,
  messageLang?: Lang,
  onProgress?: Progress,
  relayout: 'ask' | 'apply' = 'ask',
): Promise<ScoreOutcome> {
  const features = requireMinimumApi(messageLang);
  return excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    const active = onlyActive ? context.workbook.worksheets.getActiveWorksheet().load('name') : null;
    await context.sync();
    onProgress?.(1, STEPS);

    const names = namedRanges(items.items);
    let options: ScoringOptions = { messageLang, now: new Date(), relayout };
    if (active) {
      const sheets = assessmentSheets(names);
      const current = sheets.find((s) => s.toLowerCase() === active.name.toLowerCase());
      if (!current)
        return {
          sheets: [],
          checks: [],
          layoutChanges: [],
          notAssessmentSheet: { active: active.name, assessmentSheets: sheets },
        };
      options = { ...options, onlySheet: current };
    }
    const reads = new EngineReads();
    const sheets = unique(names.map((n) => n.sheet));
    let scoring: WorkbookScoring | undefined;
    const evaluate = (reader: GridReader) => (scoring = planWorkbookScoring(names, reader, options));
    const sized = queueEngineSizes(context, reads, evaluate);
    // The highlight rule is listed through the Scores table's first row, a range it applies to.
    const formatRanges = new Map(
      scoresTables(names).map((t) => [
        t.sheet.toLowerCase(),
        { ...t.columns, r1: t.header.r1 + 1, r2: t.header.r1 + 1 },
      ]),
    );
    const states = queueSheetStates(context, sheets, features, formatRanges);
    // What Score writes: the sheets scored and the Calibration sheet (its summary).
    const calibration = findName(names, CALIBRATION_NAMES.sheet);
    const cascade = findName(names, CASCADE_NAMES.sheet);
    const raters = findName(names, RATER_NAMES.sheet);
    const written = unique([
      ...(raters ? [raters.sheet] : []),
      ...(options.onlySheet ? [options.onlySheet] : assessmentSheets(names)),
      ...(calibration ? [calibration.sheet] : []),
      ...(cascade ? [cascade.sheet] : []),
    ]);
    const refuseProtected = queueProtection(context, written, messageLang ?? officeDisplayLanguage());
    const application = features.calculationMode ? context.workbook.application.load('calculationMode') : null;
    await context.sync();
    refuseProtected();
    sized();
    onProgress?.(2, STEPS);

    // Rows hidden by a filter are shown while Score reads and writes (filters.ts), queued into the next sync.
    const filtered = states.filtered();
    showAllRows(context, filtered);
    // Where Score put the sheet's AutoFilter (the table may have grown).
    const refilter = () =>
      filterAgain(context, filtered, (sheet) => {
        const op = scoring?.ops.find((o) => o.kind === 'autoFilter' && o.sheet.toLowerCase() === sheet.toLowerCase());
        return op?.kind === 'autoFilter' ? op.range : undefined;
      });
    try {
      await loadForEngine(
        context,
        reads,
        features,
        evaluate,
        MAX_ROUNDS,
        (round) => round === 1 && states.queueRules(),
      );
      onProgress?.(3, STEPS);
      await applyPlan(context, scoring!.ops, features, { states: states.finish() });
      // A request of its own: calculation is suspended during the writes' requests, and the filter must
      // see the new flags. A workbook that calculates manually would show the new formulas uncalculated
      // (and filter on nothing): Score recalculates it, as F9 would.
      const manual = application?.calculationMode === 'Manual';
      if (manual) context.workbook.application.calculate('Recalculate');
      if (filtered.length) refilter();
      if (manual || filtered.length) await context.sync();
    } catch (error) {
      // The user's filter comes back even when Score fails; the failure is what is reported.
      if (filtered.length) {
        scoring = undefined;
        refilter();
        await context.sync().catch(() => undefined);
      }
      throw error;
    }
    onProgress?.(4, STEPS);
    return {
      sheets: summary(scoring!),
      checks: [
        ...scoring!.rulesChecks,
        ...(scoring!.cascade?.checks ?? []),
        ...scoring!.raterChecks,
        ...scoring!.sheets.flatMap((s) => [...s.checks, ...s.restored]),
      ],
      layoutChanges: scoring!.sheets
        .filter((s) => s.layoutPending)
        .map((s) => ({
          sheet: s.sheet,
          lines: layoutChangeLines(
            s.layout,
            s.snapshot.scoresHeader.c1 + EMPLOYEE_FIELDS.length,
            messageLang ?? scoring!.rules.lang,
          ),
        })),
    };
  });
}
