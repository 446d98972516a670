import { CALIBRATION_NAMES, CASCADE_NAMES, RATER_NAMES, TALENT_GRID_NAME } from '../core/names';
import { ratersSheetOps } from '../layout/ratersSheet';
import { cascadeSheetOps } from '../layout/cascadeSheet';
import { labels } from '../core/labels';
import { calibrationSheetOps } from '../layout/calibrationSheet';
import { talentGridSheetOps } from '../layout/talentGridSheet';
import { TALENT_WORDS } from '../core/talentText';
import { PLAN_NAME, RULE_NAMES, nextAssessmentId, sheetNames } from '../core/names';
import { PRESETS, type RoleId } from '../core/presets';
import type { Lang } from '../core/types';
import { assessmentSheetOps } from '../layout/assessmentSheet';
import type { PlanOp } from '../layout/plan';
import { planSheetOps } from '../layout/planSheet';
import { rulesSheetOps } from '../layout/rulesSheet';
import type { Operation } from './operation';

export interface TemplateRequest {
  lang: Lang;
  roles: RoleId[];
  cycle: string;
}

export interface WorkbookShape {
  sheetNames: string[];
  definedNames: string[];
}

export interface TemplatePlan {
  ops: PlanOp[];
  /** Sheets the plan adds, in order, with the role of each assessment sheet. */
  sheets: {
    sheet: string;
    kind: 'rules' | 'assessment' | 'calibration' | 'talentGrid' | 'plan' | 'cascade' | 'raters';
    role?: RoleId;
    id?: string;
  }[];
}

/** A sheet name not yet taken (Excel compares names case-insensitively, max 31 characters). */
export function freeSheetName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/**
 * Inserting templates never touches an existing sheet: a taken name gets a free one instead, and a
 * workbook that already has the Rules or Improvement plan sheet keeps its own.
 */
export function planTemplates(shape: WorkbookShape, request: TemplateRequest): TemplatePlan {
  const l = labels(request.lang);
  const taken = new Set(shape.sheetNames.map((s) => s.toLowerCase()));
  const names = [...shape.definedNames];
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  const ops: PlanOp[] = [];
  const sheets: TemplatePlan['sheets'] = [];
  if (!has(RULE_NAMES.lang)) {
    const sheet = freeSheetName(l.rulesSheet, taken);
    ops.push(...rulesSheetOps(sheet, request.lang));
    sheets.push({ sheet, kind: 'rules' });
  }
  for (const role of request.roles) {
    const id = nextAssessmentId(names);
    names.push(sheetNames(id).scores);
    const sheet = freeSheetName(PRESETS[role].title[request.lang], taken);
    ops.push(...assessmentSheetOps({ id, sheet, preset: PRESETS[role], lang: request.lang, cycle: request.cycle }));
    sheets.push({ sheet, kind: 'assessment', role, id });
  }
  if (!has(CASCADE_NAMES.sheet)) {
    const sheet = freeSheetName(l.cascadeSheet, taken);
    ops.push(...cascadeSheetOps(sheet, request.lang));
    sheets.push({ sheet, kind: 'cascade' });
  }
  if (!has(RATER_NAMES.sheet)) {
    const sheet = freeSheetName(l.ratersSheet, taken);
    ops.push(...ratersSheetOps(sheet, request.lang));
    sheets.push({ sheet, kind: 'raters' });
  }
  if (!has(CALIBRATION_NAMES.sheet)) {
    const sheet = freeSheetName(l.calibrationSheet, taken);
    ops.push(...calibrationSheetOps(sheet, request.lang));
    sheets.push({ sheet, kind: 'calibration' });
  }
  if (!has(TALENT_GRID_NAME)) {
    const sheet = freeSheetName(TALENT_WORDS.of(request.lang).gridSheet, taken);
    ops.push(...talentGridSheetOps(sheet, request.lang));
    sheets.push({ sheet, kind: 'talentGrid' });
  }
  if (!has(PLAN_NAME)) {
    const sheet = freeSheetName(l.planSheet, taken);
    ops.push(...planSheetOps(sheet, request.lang));
    sheets.push({ sheet, kind: 'plan' });
  }
  return { ops, sheets };
}

/** Inserts the template sheets (a new workbook's, or next to the user's own sheets, never over them). */
export const templateOperation: Operation<TemplateRequest, Omit<TemplatePlan, 'ops'>> = {
  target: 'this-workbook',
  reach: () => ({ names: [], writes: [], rulesAt: new Map() }),
  plan(view, _reader, request) {
    const { ops, ...outcome } = planTemplates(
      { sheetNames: view.sheetNames.slice(), definedNames: (view.allNames ?? view.names.map((n) => n.name)).slice() },
      request,
    );
    // The user lands on the first new assessment sheet.
    const first = outcome.sheets.find((s) => s.kind === 'assessment') ?? outcome.sheets[0];
    return { ops, outcome, hasErrors: false, activate: first?.sheet };
  },
};
