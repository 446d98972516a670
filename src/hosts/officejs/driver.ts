/// <reference types="office-js" />
import type { GridReader } from '../../core/snapshot';
import type { Lang, RangeRef } from '../../core/types';
import type { PlanOp } from '../../layout/plan';
import { sheetsOf, uniqueSheets, type Operation, type Planned, type WorkbookView } from '../../operations/operation';
import { appendRow, queueAppendCheck, type AppendedRow } from './append';
import { officeDisplayLanguage, requireMinimumApi, type Features } from './features';
import { filterAgain, showAllRows, type FilteredSheet } from './filters';
import { loadNames, namedRanges } from './names';
import { queueProtection } from './protection';
import { EngineReads, loadForEngine, queueEngineSizes } from './reads';
import { excelRun } from './run';
import { queueSheetStates, type StateReads } from './sheetState';
import { applyPlan } from './writes';

/**
 * The add-in's one driver: every user command (src/operations) runs through here, so what Excel needs is
 * done once, for all of them. In a constant number of syncs whatever the number of employees:
 *  1. the tool's names, every sheet's name and the active sheet;
 *  2. the sizes the engine needs, the protection of every sheet the command may write (a protected one
 *     stops it before anything is written), each sheet's AutoFilter and conditional formats, the
 *     calculation mode;
 *  3. the engine's reads, in rounds (reads.ts), with the tool's rule formulas in the first;
 *  4. the writes (more than one sync only for megabytes of cell data), a log row appended read back;
 *  5. only when a filter hid rows or Excel calculates manually: the user's filter applied again (on the
 *     new values) and the workbook calculated.
 * Rows a filter hides are shown while the command reads and writes (what Office.js does over hidden rows
 * is unspecified), and the user's filter comes back whatever fails.
 */

export interface DriverOptions {
  /** false: plan and report only (the import preview): nothing is written, protection not asked. */
  write?: boolean;
  messageLang?: Lang;
  /** Called after each phase: (done, 4). */
  onProgress?: (done: number, total: number) => void;
}

export interface Driven<Outcome> {
  outcome: Outcome;
  /** The plan, when the command got as far (undefined: it stopped on the names alone). */
  planned?: Planned<Outcome>;
  /** Where the appended log row went, and what it holds as Excel read it back. */
  appended?: AppendedRow;
}

/** More load rounds than this means the engine keeps asking for new ranges: a bug, not a workbook. */
const MAX_ROUNDS = 4;
export const PHASES = 4;

/** Where the plan puts each sheet's AutoFilter (the table may have grown): the filter comes back there. */
function filterMoves(planned: Planned<unknown> | undefined) {
  return (sheet: string): RangeRef | undefined => {
    const op = planned?.ops.find(
      (o): o is Extract<PlanOp, { kind: 'autoFilter' }> =>
        o.kind === 'autoFilter' && o.sheet.toLowerCase() === sheet.toLowerCase(),
    );
    return op?.range;
  };
}

export function runOperation<Request, Outcome>(
  operation: Operation<Request, Outcome>,
  request: Request,
  options: DriverOptions = {},
): Promise<Driven<Outcome>> {
  const features = requireMinimumApi(options.messageLang);
  return excelRun(async (context) => {
    const view = await readView(context, options.messageLang);
    options.onProgress?.(1, PHASES);
    const reach = operation.reach(view, request);
    if ('early' in reach) return { outcome: reach.early };
    const scoped: WorkbookView = { ...view, names: reach.names };
    const write = options.write !== false && operation.target === 'this-workbook';
    let planned: Planned<Outcome> | undefined;
    const evaluate = (reader: GridReader) => void (planned = operation.plan(scoped, reader, request));
    const reads = new EngineReads();
    const sized = queueEngineSizes(context, reads, evaluate);
    const writes = write ? reach.writes : [];
    // ES5 methods on the sheet list: in Internet Explorer 11 an array from Office is not iterable (core-js).
    const exists = (sheet: string) => view.sheetNames.some((s) => s.toLowerCase() === sheet.toLowerCase());
    const touched = uniqueSheets(sheetsOf(reach.names).concat(writes)).filter(exists);
    const refuseProtected = queueProtection(context, writes, options.messageLang ?? officeDisplayLanguage());
    const states = queueSheetStates(context, touched, features, reach.rulesAt);
    // Only a command that reads the tool's sheets has formulas that depend on what it writes.
    const application =
      write && touched.length && features.calculationMode ? context.workbook.application.load('calculationMode') : null;
    if (reads.unknownSizes.length || touched.length || application) await context.sync();
    refuseProtected();
    sized();
    options.onProgress?.(2, PHASES);

    const filtered = states.filtered();
    showAllRows(context, filtered);
    let filtersBack = filtered.length === 0;
    try {
      let rulesQueued = false;
      await loadForEngine(context, reads, features, evaluate, MAX_ROUNDS, (round) => {
        if (round !== 1) return;
        states.queueRules();
        rulesQueued = true;
      });
      options.onProgress?.(3, PHASES);
      const done = planned!;
      const appended = write ? await applyPlanned(context, done, features, states, rulesQueued) : undefined;
      // applyPlanned says false when there was nothing to write: nothing to calculate then either.
      const wrote = appended !== undefined && appended !== false;
      const manual = wrote && application?.calculationMode === 'Manual';
      // A workbook that calculates manually would show the new formulas uncalculated (and filter on
      // nothing): it is calculated, as F9 would. The filter must see the new values: its own request.
      if (manual) context.workbook.application.calculate('Recalculate');
      if (!filtersBack) filterAgain(context, filtered, filterMoves(done));
      if (manual || !filtersBack) await context.sync();
      filtersBack = true;
      options.onProgress?.(4, PHASES);
      return { outcome: done.outcome, planned: done, appended: appended || undefined };
    } finally {
      if (!filtersBack) await restoreFilters(context, filtered);
    }
  });
}

/** Sync 1: the names, the sheets, the active sheet. */
async function readView(context: Excel.RequestContext, messageLang: Lang | undefined): Promise<WorkbookView> {
  const items = loadNames(context);
  const worksheets = context.workbook.worksheets.load('items/name');
  const active = context.workbook.worksheets.getActiveWorksheet().load('name');
  await context.sync();
  return {
    names: namedRanges(items.items),
    allNames: items.items.map((n) => n.name),
    sheetNames: worksheets.items.map((w) => w.name),
    activeSheet: active.name,
    messageLang,
    now: new Date(),
  };
}

/**
 * The writes, with the tool's rules replaced rather than stacked, the sheet to show activated and a log
 * row appended where nobody else wrote. Returns the appended row (null: none), or false when nothing was
 * written.
 */
async function applyPlanned(
  context: Excel.RequestContext,
  planned: Planned<unknown>,
  features: Features,
  states: StateReads,
  rulesQueued: boolean,
): Promise<AppendedRow | null | false> {
  if (!planned.ops.length) return false;
  if (!rulesQueued && planned.ops.some((o) => o.kind === 'highlight')) {
    // The engine needed no further read: the rules get a request of their own, before the writes.
    states.queueRules();
    await context.sync();
  }
  const append = planned.append ? queueAppendCheck(context, planned.append) : null;
  await applyPlan(context, planned.ops, features, {
    states: states.finish(),
    last:
      append || planned.activate
        ? (s) => {
            append?.readBack();
            if (planned.activate) s.sheet(planned.activate).activate();
          }
        : undefined,
  });
  return append ? appendRow(context, append) : null;
}

/** After a failure: the user's filter comes back; a filter that cannot come back is not the error to report. */
async function restoreFilters(context: Excel.RequestContext, filtered: readonly FilteredSheet[]): Promise<void> {
  filterAgain(context, filtered);
  await context.sync().catch(() => undefined);
}
