/// <reference types="office-js" />
import { excelRun } from './run';
import { localDate } from '../../core/dates';
import type { GridReader } from '../../core/snapshot';
import type { Check, Lang } from '../../core/types';
import { planWorkbookDrafts, type PlanOutcome } from '../../operations/plans';
import { REGISTER_NAME, REGISTER_RULES_AT } from '../../layout/registerSheet';
import { officeDisplayLanguage, requireMinimumApi } from './features';
import { namedRanges } from './names';
import { queueProtection } from './protection';
import { EngineReads, loadForEngine, queueEngineSizes } from './reads';
import { applyPlan } from './writes';
import { queueSheetStates } from './sheetState';

export interface DraftOutcome {
  drafted: { employee: string; sheet: string }[];
  existing: { employee: string; sheet: string }[];
  errors: Check[];
  warnings: Check[];
}

/** The engine asks for the tables, the plans' stored cells and the register's size: a few rounds. */
const MAX_ROUNDS = 4;

/**
 * Drafts improvement plans in the open workbook with the command line's engine (layout/feedbackWorkbook.ts):
 * for one employee, or for everyone whose result action is a 30-day plan or a talk. A plan drafted
 * before is left as it is; the register is written only with a new plan, and refused (nothing written)
 * when its sheet is protected. Syncs: the names and sheet names; the sizes; the engine's reads (a round
 * or two); the writes.
 */
export async function draftPlans(
  request: { employee?: string; sheet?: string },
  messageLang?: Lang,
): Promise<DraftOutcome> {
  const lang = messageLang ?? officeDisplayLanguage();
  const features = requireMinimumApi(lang);
  return excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const names = namedRanges(items.items);
    const sheetNames = worksheets.items.map((w) => w.name);
    const today = localDate();
    let outcome: PlanOutcome | undefined;
    const evaluate = (reader: GridReader) =>
      (outcome = planWorkbookDrafts(names, reader, sheetNames, { ...request, date: today, today }, lang));
    const reads = new EngineReads();
    const sized = queueEngineSizes(context, reads, evaluate);
    const register = names.find((n) => n.name.toLowerCase() === REGISTER_NAME.toLowerCase());
    const refuseProtected = queueProtection(context, register ? [register.sheet] : [], lang);
    // The register's highlight rules, so that writing it again replaces them instead of adding two more.
    const states = register
      ? queueSheetStates(
          context,
          [register.sheet],
          features,
          new Map([[register.sheet.toLowerCase(), REGISTER_RULES_AT]]),
        )
      : null;
    await context.sync();
    refuseProtected();
    sized();
    let rulesQueued = false;
    const queueRules = () => {
      states?.queueRules();
      rulesQueued = true;
    };
    await loadForEngine(context, reads, features, evaluate, MAX_ROUNDS, (round) => round === 1 && queueRules());
    const { ops, drafted, existing, errors, warnings } = outcome!;
    if (errors.length || !drafted.length) return { drafted, existing, errors, warnings };
    if (states && !rulesQueued) {
      // The engine needed no further read: the rules get a request of their own, before the writes.
      queueRules();
      await context.sync();
    }
    await applyPlan(context, ops, features, states ? { states: states.finish() } : undefined);
    return { drafted, existing, errors, warnings };
  });
}
