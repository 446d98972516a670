/** A cell's value as every host sees it: no dates, no rich text, no formula objects. */
export type CellValue = string | number | boolean | null;

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** Each language by its own name, as the Rules sheet shows it to HR (the code is for the tool). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '简体中文', 'en-US': 'English' };

/**
 * The language a Rules cell names: its name (any case and width of "English", "简体中文" or "中文") or its
 * code ("zh-CN", what workbooks made before held); undefined for anything else.
 */
export function langOfCell(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const text = foldWidth(value).trim().toLowerCase();
  if (text === '中文') return 'zh-CN';
  return LANGS.find((lang) => text === lang.toLowerCase() || text === LANG_NAMES[lang].toLowerCase());
}

/** 1-based, inclusive. */
export interface RangeRef {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export type Dimension = 'quantitative' | 'qualitative';
export type Direction = 'higher' | 'lower';

export interface Indicator {
  /** Position in the Indicators table, 0-based. */
  index: number;
  /** Sheet row of its Indicators row. */
  row: number;
  dimension: Dimension;
  name: string;
  weight: number;
  /** Quantitative only. */
  target: number | null;
  direction: Direction | null;
  unit: string;
  source: string;
  /** HR asked for a target per employee (core/inputLayout.ts): an own-target input column. */
  ownTargets: boolean;
  /** Its stored identity (K1...) once the Score has given it one; from the Key cell as read. */
  key: string | null;
}

import { SEVERITIES, type CheckCode, type Severity } from './checkCodes';
import { foldWidth } from './text';

export { SEVERITIES, type Severity };

/** Orders checks most serious first (stable: findings of one severity keep their order). */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
}

/** One finding of the checks; `text` is rendered in the workbook's (or the user's) language. */
export interface Check {
  code: CheckCode;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet, e.g. "C11". */
  cell: string;
  params: Record<string, string | number>;
  text: string;
}

/** A written value the checks understood and rewrote in place (before, after). */
export interface Normalisation {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  before: string;
  after: number | string | null;
}

export type EmployeeStatus = 'scored' | 'incomplete' | 'blocked';

export interface EmployeeResult {
  row: number;
  name: string;
  employeeId: string;
  team: string;
  supervisor: string;
  previousGrade: string;
  /**
   * Per indicator, in the Indicators table's order; NaN where there is none (qualitative achievement,
   * invalid input). NaN rather than null keeps the arrays unboxed doubles: 10,000 rows score twice as fast.
   */
  achievements: number[];
  scores: number[];
  /**
   * The target each achievement was measured against: the employee's own where given, else the
   * sheet's; NaN for qualitative indicators. `ownTarget[i]` says which.
   */
  targets: readonly number[];
  ownTarget: readonly boolean[];
  weighted: number | null;
  /** Grade label as the Rules sheet names it, null when not scored. */
  grade: string | null;
  /** 0 = lowest band on the Rules sheet. */
  gradeBand: number | null;
  status: EmployeeStatus;
  /** Exactly what the Status formula shows. */
  statusText: string;
  flagged: boolean;
  /** Exactly what the Flag reason formula shows; empty when not flagged. */
  flagReason: string;
  /** The calibration panel's grade, as typed or recorded; empty when none. */
  calibratedGrade: string;
  /** Calibrated grade where given, else the computed grade. */
  finalGrade: string | null;
  /** What the final grade (and the previous one) leads to: core/actions.ts; null when no grade. */
  action: ActionCode | null;
  /** Exactly what the Result action formula shows. */
  actionText: string;
  /**
   * The weighted mean of the quantitative (data-based) scores and of the qualitative (panel-judged)
   * ones, by their weights, when the row is scored; null otherwise or when the sheet has none of them.
   */
  quantScore: number | null;
  qualScore: number | null;
  /** The Potential cell as typed (trimmed; the calibration panel's or HR's), '' when empty. */
  potential: string;
  /** The talent grid (core/talentGrid.ts): the final grade's performance level word and the box's name; '' when none. */
  performanceLevel: string;
  box: string;
}

/** What a final grade (and the previous one) leads to (core/actions.ts): keep up, a 30-day plan, a talk. */
export type ActionCode = 'star' | 'keep' | 'plan30' | 'talk';
