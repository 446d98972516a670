/// <reference types="office-js" />
import { excelRun } from './run';
import type { Check, Lang } from '../../core/types';
import { planNextCycle, type NextCyclePlan } from '../../operations/nextCycle';
import { applyPlan as applyToPackage } from '../xlsx/applyPlan';
import { blankPackage } from '../xlsx/blank';
import { apiSupported, requireMinimumApi } from './features';
import { namedRanges } from './names';
import { EngineReads, loadForEngine, queueEngineSizes } from './reads';

export interface NextCycleOutcome {
  errors: Check[];
  sheets: NextCyclePlan['sheets'];
  openMeasures: number;
  /** This Excel cannot open a new workbook from an add-in (ExcelApi 1.8): nothing was done. */
  unsupported?: boolean;
}

/** More load rounds than this means the engine keeps asking for new ranges: a bug, not a workbook. */
const MAX_ROUNDS = 4;

/** Bytes as base64, in slices (a workbook of many employees is megabytes; one spread would overflow). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
  return btoa(binary);
}

/**
 * The next cycle from the pane (layout/nextCycle.ts, as `perf-review next-cycle`): reads this workbook
 * in a constant number of syncs, builds the new workbook in memory (the package host, fflate in the
 * browser) and opens it with Excel.createWorkbook. This workbook is only read.
 */
export async function startNextCycle(cycle: string, messageLang?: Lang, from?: string): Promise<NextCycleOutcome> {
  const features = requireMinimumApi(messageLang);
  if (!apiSupported('1.8')) return { errors: [], sheets: [], openMeasures: 0, unsupported: true };
  const plan = await excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    await context.sync();
    const names = namedRanges(items.items);
    const reads = new EngineReads();
    const evaluate = (reader: Parameters<typeof planNextCycle>[1]) =>
      void planNextCycle(names, reader, { cycle, messageLang, from });
    const sized = queueEngineSizes(context, reads, evaluate);
    await context.sync();
    sized();
    await loadForEngine(context, reads, features, evaluate, MAX_ROUNDS);
    return planNextCycle(names, reads.begin(), { cycle, messageLang, from });
  });
  if (plan.errors.length) return { errors: plan.errors, sheets: [], openMeasures: 0 };
  const pkg = blankPackage();
  applyToPackage(pkg, plan.ops);
  await Excel.createWorkbook(base64(pkg.toBytes()));
  return { errors: [], sheets: plan.sheets, openMeasures: plan.openMeasures };
}
