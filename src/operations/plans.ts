import { describeEmployee, matchEmployees } from '../core/identity';
import { planTextChecks } from '../core/planText';
import { labels } from '../core/labels';
import { makeCheck } from '../core/messages';
import { idKey } from '../core/scoring';
import { layoutPendingCheck } from '../core/assess';
import { findName, type GridReader, type NamedRange } from '../core/snapshot';
import { sheetNames } from '../core/names';
import type { CellValue, Check, Lang } from '../core/types';
import { PLAN_CELLS, planSheetDraftOps, planNames } from '../layout/feedbackPlan';
import { REGISTER_NAME, REGISTER_RULES_AT, registerOps, type RegisterPlan } from '../layout/registerSheet';
import { dateSerial, localDate } from '../core/dates';
import { parseRange } from '../core/a1';
import type { PlanOp } from '../layout/plan';
import type { Operation } from './operation';
import { planWorkbookScoring, type WorkbookScoring } from './score';
import { freeSheetName } from './template';

export interface PlanRequest {
  /** One employee (Employee ID, else name); without it, everyone whose action is a 30-day plan or a talk. */
  employee?: string;
  /** Only this assessment sheet. */
  sheet?: string;
  /** The conversation date, yyyy-mm-dd. */
  date: string;
  /** Today, yyyy-mm-dd: the register's cached Overdue and Stale (its formulas use TODAY()). */
  today: string;
}

export interface PlanOutcome {
  ops: PlanOp[];
  drafted: { employee: string; sheet: string }[];
  /** Plans drafted before: left as they are (drafting again never overwrites what the manager wrote). */
  existing: { employee: string; sheet: string }[];
  errors: Check[];
  /** The guide's wording rules on what managers wrote in the plans already there (core/planText.ts). */
  warnings: Check[];
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Drafts improvement plans (layout/feedbackPlan.ts): for one employee, or for every employee whose
 * result action is a 30-day plan or a performance talk. An employee who already has a plan (found by the
 * Employee ID and sheet stored in it, never by its title) keeps it untouched, so drafting twice writes
 * nothing the second time. `sheets` are the workbook's sheet names, for a free name per plan.
 */
export function planWorkbookDrafts(
  names: readonly NamedRange[],
  reader: GridReader,
  sheets: readonly string[],
  request: PlanRequest,
  messageLang?: Lang,
): PlanOutcome {
  const scoring = planWorkbookScoring(names, reader, { messageLang });
  const lang = messageLang ?? scoring.rules.lang;
  const workbookLang = scoring.rules.lang;
  const errors: Check[] = scoring.rulesChecks.filter((c) => c.severity === 'error');
  const chosen = scoring.sheets.filter(
    (s) => request.sheet === undefined || s.sheet.toLowerCase() === request.sheet.toLowerCase(),
  );
  for (const s of chosen) if (s.blocked) errors.push(...s.checks.filter((c) => c.severity === 'error'));
  for (const s of chosen) {
    const pending = s.blocked ? null : layoutPendingCheck(s, lang);
    if (pending) errors.push(pending);
  }
  const out: PlanOutcome = {
    ops: [],
    drafted: [],
    existing: [],
    errors,
    warnings: planTextChecks(names, reader, scoring.rules, lang),
  };
  if (errors.length) return out;

  const { existing, last } = draftedBefore(names, reader);
  let k = last;

  const targets = draftTargets(chosen, request.employee, lang, errors);
  if (errors.length) return out;

  const taken = new Set(sheets.map((s) => s.toLowerCase()));
  const registered = existingPlans(names, reader);
  const l = labels(workbookLang);
  for (const { assessment, employee } of targets) {
    const who = employee.name || employee.employeeId;
    const key = `${assessment.id.toUpperCase()}|${idKey(employee.employeeId || employee.name)}`;
    const already = existing.get(key);
    if (already) {
      out.existing.push({ employee: who, sheet: already });
      continue;
    }
    const snapshot = assessment.snapshot;
    const sheet = freeSheetName(`${l.planSheet} ${who}`, taken);
    taken.add(sheet.toLowerCase());
    existing.set(key, sheet);
    const role = findName(names, sheetNames(assessment.id).role);
    const cycle = role
      ? text(reader.values(role.sheet, { ...role.range, c1: role.range.c1 + 2, c2: role.range.c1 + 2 })[0]?.[0])
      : '';
    const draft = planSheetDraftOps({
      k: ++k,
      sheet,
      snapshot,
      employee,
      indicators: assessment.indicators,
      layout: assessment.layout,
      rules: scoring.rules,
      lang: workbookLang,
      date: request.date,
      cycle,
      roleCell: role ? { row: role.range.r1, col: role.range.c1 } : null,
    });
    out.ops.push(...draft.ops);
    registered.push(draft.register);
    out.drafted.push({ employee: who, sheet });
  }
  if (out.drafted.length) {
    const at = findName(names, REGISTER_NAME);
    const sheet = at ? at.sheet : freeSheetName(l.registerSheet, taken);
    const previous = at ? reader.lastRow(sheet, { c1: 1, c2: 20 }) : 0;
    out.ops.push(
      ...registerOps(sheet, !at, previous, registered, workbookLang, dateSerial(request.today), scoring.rules),
    );
  }
  return out;
}

/** Plans drafted before, by sheet id and Employee ID (the cells stored in each plan), and the last plan number. */
function draftedBefore(names: readonly NamedRange[], reader: GridReader) {
  const existing = new Map<string, string>();
  let last = 0;
  for (const n of names) {
    const m = /^PR_P(\d+)_Employee$/i.exec(n.name);
    if (!m) continue;
    last = Math.max(last, Number(m[1]));
    const source = findName(names, planNames(Number(m[1])).source);
    const id = text(reader.values(n.sheet, n.range)[0]?.[0]);
    const sheetId = source ? text(reader.values(source.sheet, source.range)[0]?.[0]) : '';
    existing.set(`${sheetId.toUpperCase()}|${idKey(id)}`, n.sheet);
  }
  return { existing, last };
}

type Assessed = WorkbookScoring['sheets'][number];
type Target = { assessment: Assessed; employee: Assessed['employees'][number] };

/**
 * Whom to draft for: the one employee asked for (an error when they could be two, are unknown or not
 * scored), or everyone whose result action is a 30-day plan or a talk.
 */
function draftTargets(
  chosen: readonly Assessed[],
  employee: string | undefined,
  lang: Lang,
  errors: Check[],
): Target[] {
  if (employee === undefined)
    return chosen.flatMap((assessment) =>
      assessment.employees
        .filter((e) => e.action === 'plan30' || e.action === 'talk')
        .map((e) => ({ assessment, employee: e })),
    );
  const candidates = chosen.flatMap((assessment) =>
    matchEmployees(assessment.employees, employee).map((e) => ({ assessment, employee: e })),
  );
  const where = chosen[0]?.sheet ?? '?';
  if (candidates.length > 1)
    errors.push(
      makeCheck(
        'calibrate-ambiguous',
        where,
        'A1',
        {
          employee,
          candidates: candidates
            .map((c) => describeEmployee({ ...c.employee, sheet: c.assessment.sheet, idCell: '' }, lang))
            .join('; '),
          sheets: chosen.length > 1 ? 'yes' : '',
        },
        lang,
      ),
    );
  else if (!candidates.length) errors.push(makeCheck('calibrate-unknown-employee', where, 'A1', { employee }, lang));
  else if (candidates[0].employee.status !== 'scored')
    errors.push(
      makeCheck(
        'plan-not-scored',
        candidates[0].assessment.sheet,
        `A${candidates[0].employee.row}`,
        { employee: candidates[0].employee.name || candidates[0].employee.employeeId },
        lang,
      ),
    );
  return candidates;
}

/** The plans already in the workbook, as the register reads them (their measure rows by name). */
export function existingPlans(names: readonly NamedRange[], reader: GridReader): RegisterPlan[] {
  const out: RegisterPlan[] = [];
  for (const n of names) {
    if (!/^PR_P\d+_Measures$/i.test(n.name)) continue;
    const cell = (address: string) => reader.values(n.sheet, parseRange(address)!)[0]?.[0] ?? null;
    out.push({
      sheet: n.sheet,
      measures: n.range,
      name: text(cell(PLAN_CELLS.name)),
      team: text(cell(PLAN_CELLS.team)),
      liveId: text(cell(PLAN_CELLS.liveId)),
      stored: text(cell(PLAN_CELLS.stored)),
      conversation: cell(PLAN_CELLS.date),
      action: text(cell(PLAN_CELLS.action)),
      rows: reader.values(n.sheet, n.range),
    });
  }
  return out;
}

export interface DraftRequest {
  /** One employee (Employee ID, else name); without it, everyone whose action is a 30-day plan or a talk. */
  employee?: string;
  /** Only this assessment sheet. */
  sheet?: string;
  /** The conversation date, yyyy-mm-dd; today by the host's clock when not given. */
  date?: string;
}

export type DraftResult = Omit<PlanOutcome, 'ops'>;

/**
 * Drafts improvement plans, each on a new sheet, and lists them in the register. A plan drafted before is
 * left as it is; the register is the only existing sheet written (its highlight rules replaced).
 */
export const draftOperation: Operation<DraftRequest, DraftResult> = {
  target: 'this-workbook',
  reach(view) {
    const register = findName(view.names, REGISTER_NAME);
    return {
      names: view.names,
      writes: register ? [register.sheet] : [],
      rulesAt: new Map(register ? [[register.sheet.toLowerCase(), REGISTER_RULES_AT]] : []),
    };
  },
  plan(view, reader, request) {
    const today = localDate(view.now);
    const { ops, ...outcome } = planWorkbookDrafts(
      view.names,
      reader,
      view.sheetNames,
      { employee: request.employee, sheet: request.sheet, date: request.date ?? today, today },
      view.messageLang,
    );
    return { ops: outcome.drafted.length ? ops : [], outcome, hasErrors: outcome.errors.length > 0 };
  },
};
