import { cellAddress } from './a1';
import { fixed } from './calibration';
import { excelTrim } from './text';
import { fill, labels, matchKey } from './labels';
import { makeCheck } from './messages';
import type { Rules } from './rules';
import { idKey } from './scoring';
import type { CellValue, Check, EmployeeResult, Indicator, Lang } from './types';

/**
 * Several raters (360度评估, guide: qualitative indicators by 360-degree feedback, judgements resting on
 * recorded facts): each rating names the employee, the qualitative indicator, the rater and relation,
 * a 0-100 score and the fact behind it. Per employee and indicator the Raters sheet shows the count and
 * average beside the panel's score (linked live) and their gap; a gap over the Rules' points without a
 * note, and a rating without a fact, are warnings. Declared once: the ratings' columns, then the summary's.
 */
export const RATING_COLUMNS = [
  'employeeId',
  'name',
  'indicator',
  'rater',
  'relation',
  'score',
  'fact',
  'date',
] as const;
export const SUMMARY_COLUMNS_360 = [
  'employeeId',
  'name',
  'indicator',
  'count',
  'average',
  'panel',
  'gap',
  'note',
  'check',
] as const;

export interface Rating {
  row: number;
  employeeId: string;
  indicator: string;
  /** Who rated (trimmed). */
  rater: string;
  score: CellValue;
  fact: string;
}

/** One employee's assessment for one indicator, as the summary needs it. */
export interface RatedEmployee {
  sheet: string;
  employee: Pick<EmployeeResult, 'name' | 'employeeId'>;
  indicators: readonly Indicator[];
  /** Where the employee's input of indicator i is (the panel's score for a qualitative one). */
  inputAt: (indicator: number) => { row: number; col: number };
  panel: (indicator: number) => CellValue;
}

export interface SummaryLine {
  employeeId: string;
  name: string;
  indicator: string;
  /** The ratings' rows whose scores count (0-100). */
  rows: number[];
  count: number;
  average: number | null;
  panelSheet: string;
  panelCell: { row: number; col: number };
  panel: number | null;
  gap: number | null;
  note: string;
  check: string;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());
const key = (id: string, indicator: string) => `${idKey(id)}|${matchKey(indicator)}`;

export function readRatings(rows: readonly { row: number; cells: CellValue[] }[]): Rating[] {
  const at = (c: (typeof RATING_COLUMNS)[number]) => RATING_COLUMNS.indexOf(c);
  return rows.map(({ row, cells }) => ({
    row,
    employeeId: text(cells[at('employeeId')]),
    indicator: text(cells[at('indicator')]),
    rater: text(cells[at('rater')]),
    score: cells[at('score')] ?? null,
    fact: text(cells[at('fact')]),
  }));
}

/** What the summary's Check cell shows: the gap when it passes the Rules' points and no note explains it. */
export function gapText(gap: number | null, note: string, rules: Pick<Rules, 'lang' | 'goals'>): string {
  if (gap === null || Math.abs(gap) <= rules.goals.raterGap || excelTrim(note) !== '') return '';
  return fill(labels(rules.lang).raterGapText, { gap: fixed(Math.abs(gap), 1) });
}

/**
 * The summary and the checks. `notes` are the panel notes the summary holds now, by employee and
 * indicator (kept when it is written again); `ratingSheet` and `firstCol` place the ratings' cells.
 */
export function assessRaters(
  ratings: readonly Rating[],
  employees: readonly RatedEmployee[],
  notes: ReadonlyMap<string, string>,
  rules: Pick<Rules, 'lang' | 'goals'>,
  ratingSheet: string,
  firstCol: number,
  messageLang: Lang,
): { lines: SummaryLine[]; checks: Check[] } {
  const checks: Check[] = [];
  const cell = (row: number, c: (typeof RATING_COLUMNS)[number]) =>
    cellAddress(row, firstCol + RATING_COLUMNS.indexOf(c));
  const byId = new Map<string, RatedEmployee>();
  for (const e of employees) if (e.employee.employeeId) byId.set(idKey(e.employee.employeeId), e);
  const groups = new Map<string, { who: RatedEmployee; indicator: number; rows: number[] }>();
  for (const r of ratings) {
    const who = byId.get(idKey(r.employeeId));
    if (!who) {
      checks.push(
        makeCheck('rater-unknown-employee', ratingSheet, cell(r.row, 'employeeId'), { id: r.employeeId }, messageLang),
      );
      continue;
    }
    const indicator = who.indicators.findIndex(
      (ind) => ind.dimension === 'qualitative' && matchKey(ind.name) === matchKey(r.indicator),
    );
    if (indicator < 0) {
      checks.push(
        makeCheck(
          'rater-unknown-indicator',
          ratingSheet,
          cell(r.row, 'indicator'),
          { name: r.indicator, sheet: who.sheet },
          messageLang,
        ),
      );
      continue;
    }
    const valid = typeof r.score === 'number' && r.score >= 0 && r.score <= 100;
    if (!valid)
      checks.push(
        makeCheck('rater-score-invalid', ratingSheet, cell(r.row, 'score'), { value: text(r.score) }, messageLang),
      );
    if (!r.fact)
      checks.push(makeCheck('rater-no-fact', ratingSheet, cell(r.row, 'fact'), { id: r.employeeId }, messageLang));
    const k = key(who.employee.employeeId, who.indicators[indicator].name);
    const group = groups.get(k) ?? { who, indicator, rows: [] };
    if (valid) group.rows.push(r.row);
    groups.set(k, group);
  }
  const scoreOf = new Map(ratings.map((r) => [r.row, r.score as number]));
  const lines: SummaryLine[] = [];
  for (const [k, { who, indicator, rows }] of groups) {
    const count = rows.length;
    const average = count ? rows.reduce((s, r) => s + scoreOf.get(r)!, 0) / count : null;
    const raw = who.panel(indicator);
    const panel = typeof raw === 'number' ? raw : null;
    const gap = panel !== null && average !== null ? panel - average : null;
    const note = notes.get(k) ?? '';
    const check = gapText(gap, note, rules);
    const at = who.inputAt(indicator);
    const name = who.indicators[indicator].name;
    if (check)
      checks.push(
        makeCheck(
          'rater-gap',
          who.sheet,
          cellAddress(at.row, at.col),
          {
            employee: who.employee.name || who.employee.employeeId,
            name,
            panel: panel as number,
            average: fixed(average as number, 1),
            count,
            limit: rules.goals.raterGap,
          },
          messageLang,
        ),
      );
    lines.push({
      employeeId: who.employee.employeeId,
      name: who.employee.name,
      indicator: name,
      rows,
      count,
      average,
      panelSheet: who.sheet,
      panelCell: at,
      panel,
      gap,
      note,
      check,
    });
  }
  return { lines, checks };
}

export const raterKey = key;
