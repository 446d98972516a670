import { assessSheet, type SheetAssessment } from '../core/assess';
import { translateCheck } from '../core/messages';
import type { Rules } from '../core/rules';
import { readAssessmentSheets, readRules, type GridReader, type NamedRange } from '../core/snapshot';
import type { Check, Lang } from '../core/types';
import type { PlanOp } from './plan';
import { planScoring } from './scoringPlan';

export interface WorkbookScoring {
  rules: Rules;
  rulesChecks: Check[];
  sheets: (SheetAssessment & { restored: Check[] })[];
  /** Writes for every sheet that is not blocked. */
  ops: PlanOp[];
  /** A Rules error or a sheet error anywhere. */
  hasErrors: boolean;
}

/**
 * The engine and the layout on a whole workbook: reads the Rules and the chosen assessment sheets
 * (all when `onlySheet` is not given), checks and scores them, and plans the writes.
 */
export function planWorkbookScoring(names: readonly NamedRange[], reader: GridReader, messageLang?: Lang, onlySheet?: string): WorkbookScoring {
  const read = readRules(names, reader, messageLang ?? 'zh-CN');
  const rules = read.rules;
  const lang = messageLang ?? rules.lang;
  const rulesChecks = read.checks.map((c) => translateCheck(c, lang));
  const snapshots = readAssessmentSheets(names, reader).filter((s) => onlySheet === undefined || s.sheet === onlySheet);
  const ops: PlanOp[] = [];
  const sheets = snapshots.map((snapshot) => {
    const assessment = assessSheet(snapshot, rules, rulesChecks.length > 0, lang);
    const plan = planScoring(snapshot, assessment, rules.lang, lang, reader.lastRow(snapshot.sheet));
    ops.push(...plan.ops);
    return { ...assessment, restored: plan.restored };
  });
  return { rules, rulesChecks, sheets, ops, hasErrors: rulesChecks.length > 0 || sheets.some((s) => s.blocked) };
}
