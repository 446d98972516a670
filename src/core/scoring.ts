import { cellAddress } from './a1';
import { excelRound } from './excelMath';
import { excelTrim } from './text';
import { fill, labels } from './labels';
import { makeCheck } from './messages';
import { parseWrittenNumber } from './numbers';
import { curveSlopes, matchAscending, scoreFromAchievement, type Rules } from './rules';
import type { DataRow } from './snapshot';
import {
  LANGS,
  type CellValue,
  type Check,
  type EmployeeResult,
  type Indicator,
  type Lang,
  type Normalisation,
} from './types';
import { EMPLOYEE_FIELDS } from './names';
import { foldWidth } from './text';

export type InputFault = 'missing' | 'notNumber' | 'outOfRange' | 'negative' | 'notPositive';

/** Why an input cannot be scored, exactly as the Status formula decides it; null when it can. */
export function inputFault(indicator: Indicator, value: CellValue): InputFault | null {
  if (value === null) return 'missing';
  if (typeof value !== 'number') return 'notNumber';
  if (indicator.dimension === 'qualitative') return value < 0 || value > 100 ? 'outOfRange' : null;
  if (indicator.direction === 'lower') return value <= 0 ? 'notPositive' : null;
  return value < 0 ? 'negative' : null;
}

const FAULT_LABEL = {
  missing: 'inputMissing',
  notNumber: 'inputNotNumber',
  outOfRange: 'inputOutOfRange',
  negative: 'inputNegative',
  notPositive: 'inputNotPositive',
} as const;

const FAULT_CHECK = {
  missing: 'value-missing',
  notNumber: 'value-not-number',
  outOfRange: 'qual-out-of-range',
  negative: 'actual-negative',
  notPositive: 'lower-not-positive',
} as const;

/** The Status piece of a row whose Employee ID other rows have too, e.g. " B12 (Employee ID) also on row 7." */
export function duplicatePiece(workbookLang: Lang, cell: string, otherRows: readonly number[]): string {
  const rows = otherRows.join(workbookLang === 'zh-CN' ? '、' : ', ');
  return workbookLang === 'zh-CN'
    ? `${cell}（${labels(workbookLang).employeeId}）与第${rows}行重复。`
    : ` ${cell} (${labels(workbookLang).employeeId}) also on row ${rows}.`;
}

/** At most this many other rows are named (and compared by the row's formulas): enough to find them all. */
export const MAX_DUPLICATES_NAMED = 5;

/** An Employee ID as the formulas compare it: TRIM(x&""), case-insensitive. */
export function idKey(v: CellValue): string {
  return excelTrim(v === null ? '' : String(v)).toLowerCase();
}

/**
 * Rows whose Employee ID other rows of the sheet share: row -> the first other rows with it (at most
 * MAX_DUPLICATES_NAMED). Neither is scored until the ID is corrected: import could not tell them apart.
 */
export function duplicateIds(rows: readonly DataRow[], idIndex: number): Map<number, number[]> {
  // The first row of each ID as a number; a list only for the IDs that repeat (few): no array per row.
  const first = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const { row, cells } of rows) {
    const key = idKey(cells[idIndex]);
    if (key === '') continue;
    const at = first.get(key);
    if (at === undefined) first.set(key, row);
    else {
      const list = repeated.get(key);
      if (list) list.push(row);
      else repeated.set(key, [at, row]);
    }
  }
  const out = new Map<number, number[]>();
  for (const list of repeated.values())
    for (const row of list) out.set(row, list.filter((r) => r !== row).slice(0, MAX_DUPLICATES_NAMED));
  return out;
}

/** One input's piece of the Status text, e.g. " F12 (New customers) missing." */
export function statusPiece(workbookLang: Lang, cell: string, name: string, fault: InputFault): string {
  const reason = labels(workbookLang)[FAULT_LABEL[fault]];
  return workbookLang === 'zh-CN' ? `${cell}（${name}）${reason}。` : ` ${cell} (${name}) ${reason}.`;
}

export interface ScoringContext {
  sheet: string;
  indicators: Indicator[];
  rules: Rules;
  /** Column of the first input. */
  inputCol: number;
  employeeFieldCount: number;
  /** Per indicator, where its own-target input sits in a row's cells; -1 (or absent) for none. */
  ownAt?: readonly number[];
  /**
   * The goal cascade's part for an own-target cell (row index, indicator, the cell as read): what the
   * cell holds once linked to the part (the link's formula and the value it shows), or null when the
   * cell is the user's own (a typed value, another formula) or there is no part.
   */
  cascadeOwn?: (
    rowIndex: number,
    indicator: number,
    cell: CellValue,
  ) => { value: CellValue; link: string | null } | null;
  /** The weights total 100 (within tolerance): otherwise nobody is scored. */
  weightsOk: boolean;
  /** Rows whose Employee ID other rows share (duplicateIds): not scored. */
  duplicates?: ReadonlyMap<number, readonly number[]>;
  messageLang: Lang;
}

export interface ScoredRows {
  employees: EmployeeResult[];
  checks: Check[];
  normalisations: Normalisation[];
  /** Own-target cells to link to the goal cascade (link null: a link whose part is gone, emptied). */
  ownLinks: OwnLink[];
}

export interface OwnLink {
  row: number;
  col: number;
  link: string | null;
  value: CellValue;
}

/** " (name)" of the employee on a row, for messages that name both rows. */
function rowName(rows: readonly DataRow[], rowIndex: ReadonlyMap<number, number>, row: number): string {
  const at = rowIndex.get(row);
  const name = at === undefined ? '' : field(rows[at].cells[0]);
  return name ? ` (${name})` : '';
}

/**
 * The weighted mean of one dimension's scores (`of`: that dimension's indicators, in order), operation for
 * operation as its formula ((S1*w1+S2*w2)/(w1+w2)); null when the sheet has no indicator of it.
 */
function dimensionMean(of: readonly Indicator[], scores: readonly number[]): number | null {
  if (of.length === 0) return null;
  let sum = scores[of[0].index] * of[0].weight;
  let weights = of[0].weight;
  for (let k = 1; k < of.length; k++) {
    sum += scores[of[k].index] * of[k].weight;
    weights += of[k].weight;
  }
  return sum / weights;
}

function field(v: CellValue): string {
  if (typeof v === 'string') return v.trim();
  return v === null ? '' : String(v);
}

/** Scores every employee row as the sheet's formulas do, after reading written numbers. */
export function scoreRows(rows: readonly DataRow[], ctx: ScoringContext): ScoredRows {
  const { indicators, rules, sheet } = ctx;
  const l = labels(rules.lang);
  const slopes = curveSlopes(rules.curve);
  const gradeMins = rules.grades.map((g) => g.min);
  const checks: Check[] = [];
  const normalisations: Normalisation[] = [];
  const ownLinks: OwnLink[] = [];
  const employees: EmployeeResult[] = new Array(rows.length);
  const n = indicators.length;
  const quantitative = indicators.filter((ind) => ind.dimension === 'quantitative');
  const qualitative = indicators.filter((ind) => ind.dimension === 'qualitative');
  const rowIndex = new Map<number, number>(ctx.duplicates?.size ? rows.map((r, i) => [r.row, i]) : []);
  // What most rows use: the sheet's targets and no own target, shared (read-only) until a row differs.
  const sheetTargets: readonly number[] = Object.freeze(
    indicators.map((ind) => (ind.dimension === 'quantitative' && typeof ind.target === 'number' ? ind.target : NaN)),
  );
  const noOwnTarget: readonly boolean[] = Object.freeze(indicators.map(() => false));
  const nothingYet: number[] = indicators.map(() => NaN);

  for (let e = 0; e < rows.length; e++) {
    const { row, cells } = rows[e];
    const name = field(cells[0]);
    const employeeId = field(cells[1]);
    const who = name || employeeId || `#${row}`;
    // Copies of a packed array of NaN: one allocation each (new Array(n).fill(NaN) makes a second one,
    // when its elements turn from small integers to doubles).
    const achievements = nothingYet.slice();
    const scores = nothingYet.slice();
    let targets = sheetTargets;
    let ownTarget = noOwnTarget;
    let ownText = '';
    const others = ctx.duplicates?.get(row);
    let statusText = '';
    let complete = true;
    if (others) {
      complete = false;
      const cell = cellAddress(row, ctx.inputCol - ctx.employeeFieldCount + 1);
      statusText += duplicatePiece(rules.lang, cell, others);
      const names = others.map((r) => `${r}${rowName(rows, rowIndex, r)}`).join(', ');
      checks.push(
        makeCheck('duplicate-id', sheet, cell, { employee: who, id: employeeId, rows: names }, ctx.messageLang),
      );
    }
    const previousGrade = readPreviousGrade(ctx, row, cells[4], who, checks, normalisations);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const ind = indicators[i];
      const col = ctx.inputCol + i;
      let value = cells[ctx.employeeFieldCount + i];
      let vague = false;
      let bound = false;
      let percentScore = false;
      let percentValue = false;
      if (typeof value === 'string') {
        const parsed = parseWrittenNumber(value, { exact: true });
        const percent = parsed.kind === 'number' && foldWidth(value).includes('%');
        // A panel score is 0-100 points: "85%" is not 0.85 points, and guessing either would be wrong.
        percentScore = ind.dimension === 'qualitative' && percent;
        // "110%" in a yuan or count column is not 1.1 yuan: only an indicator counted in percent takes it.
        percentValue = ind.dimension === 'quantitative' && percent && !isPercentUnit(ind.unit);
        if (percentScore || percentValue) {
          // Left as written: the Status formula sees text, as the engine does.
        } else if (parsed.kind === 'number' || parsed.kind === 'empty') {
          const after = parsed.kind === 'number' ? parsed.value : null;
          normalisations.push({ sheet, row, col, cell: cellAddress(row, col), before: value, after });
          value = after;
        } else {
          vague = parsed.kind === 'vague';
          bound = parsed.kind === 'bound';
        }
      }
      const fault = inputFault(ind, value);
      if (fault) {
        complete = false;
        targets = withTarget(targets, sheetTargets, i, NaN);
        const cell = cellAddress(row, col);
        statusText += statusPiece(rules.lang, cell, ind.name, fault);
        const code = vague
          ? 'value-vague'
          : bound
            ? 'value-bound'
            : percentScore
              ? 'qual-percent'
              : percentValue
                ? 'value-percent'
                : FAULT_CHECK[fault];
        checks.push(
          makeCheck(
            code,
            sheet,
            cell,
            { employee: who, name: ind.name, value: value === null ? '' : String(value), unit: ind.unit },
            ctx.messageLang,
          ),
        );
        continue;
      }
      const v = value as number;
      if (ind.dimension === 'qualitative') {
        scores[i] = v;
        sum += v * ind.weight;
        continue;
      }
      // Most indicators have no own-target column: no call, no allocation per cell.
      const own =
        (ctx.ownAt?.[i] ?? -1) < 0
          ? NO_OWN_TARGET
          : ownTargetOf(ctx, rows[e], e, i, who, checks, normalisations, ownLinks);
      if (own.fault) {
        complete = false;
        targets = withTarget(targets, sheetTargets, i, NaN);
        statusText += own.fault;
        continue;
      }
      const target = own.value ?? (ind.target as number);
      if (own.value !== null) {
        if (ownTarget === noOwnTarget) ownTarget = noOwnTarget.slice();
        (ownTarget as boolean[])[i] = true;
        ownText += fill(l.statusOwnTarget, { name: ind.name });
      }
      targets = withTarget(targets, sheetTargets, i, target);
      const achievement = ind.direction === 'lower' ? target / v : v / target;
      const score = scoreFromAchievement(rules.curve, slopes, achievement);
      achievements[i] = achievement;
      scores[i] = score;
      sum += score * ind.weight;
    }
    const scored = complete && ctx.weightsOk;
    const weighted = scored ? excelRound(sum / 100, 1) : null;
    const band = weighted === null ? null : matchAscending(gradeMins, weighted);
    employees[e] = {
      row,
      name,
      employeeId,
      team: field(cells[2]),
      supervisor: field(cells[3]),
      previousGrade,
      achievements,
      scores,
      targets,
      ownTarget,
      weighted,
      grade: band === null ? null : rules.grades[band].name,
      gradeBand: band,
      status: scored ? 'scored' : 'incomplete',
      statusText: scored
        ? l.statusScored + ownText
        : !ctx.weightsOk && !others
          ? l.statusWeights
          : l.statusIncomplete + statusText,
      flagged: false,
      flagReason: '',
      quantScore: scored ? dimensionMean(quantitative, scores) : null,
      qualScore: scored ? dimensionMean(qualitative, scores) : null,
      potential: '',
      performanceLevel: '',
      box: '',
      calibratedGrade: '',
      finalGrade: band === null ? null : rules.grades[band].name,
      // Set with the final grade, once calibration is read (assess.ts).
      action: null,
      actionText: '',
    };
  }
  return { employees, checks, normalisations, ownLinks };
}

/** The row's targets with indicator i's set: the shared sheet targets copied only when a row differs. */
function withTarget(
  targets: readonly number[],
  shared: readonly number[],
  i: number,
  target: number,
): readonly number[] {
  if (Object.is(targets[i], target)) return targets;
  const own = targets === shared ? targets.slice() : (targets as number[]);
  own[i] = target;
  return own;
}

const NO_OWN_TARGET: { value: number | null; fault: string | null } = Object.freeze({ value: null, fault: null });

/**
 * The employee's own target of indicator i, as the formulas read it: empty (or no own-target column)
 * means the sheet's target; a written number is read and normalised; anything else is a fault of the
 * row, named in its Status piece (" H12 (Channel sales revenue target) not a number.").
 */
function ownTargetOf(
  ctx: ScoringContext,
  row: DataRow,
  rowIndex: number,
  i: number,
  who: string,
  checks: Check[],
  normalisations: Normalisation[],
  ownLinks: OwnLink[],
): { value: number | null; fault: string | null } {
  const at = ctx.ownAt?.[i] ?? -1;
  if (at < 0) return { value: null, fault: null };
  const ind = ctx.indicators[i];
  const col = ctx.inputCol - ctx.employeeFieldCount + at;
  const cell = cellAddress(row.row, col);
  let value = row.cells[at];
  const linked = ctx.cascadeOwn?.(rowIndex, i, value) ?? null;
  if (linked) {
    ownLinks.push({ row: row.row, col, link: linked.link, value: linked.value });
    value = linked.value;
  }
  let vague = false;
  // A linked cell shows the cascade's value as it is (the cascade's own cells are normalised there).
  if (typeof value === 'string' && !linked) {
    const parsed = parseWrittenNumber(value);
    if (parsed.kind === 'number' || parsed.kind === 'empty') {
      const after = parsed.kind === 'number' ? parsed.value : null;
      normalisations.push({ sheet: ctx.sheet, row: row.row, col, cell, before: value, after });
      value = after;
    } else vague = parsed.kind === 'vague';
  }
  if (value === null) return { value: null, fault: null };
  const fault: InputFault | null = typeof value !== 'number' ? 'notNumber' : value <= 0 ? 'notPositive' : null;
  if (!fault) return { value: value as number, fault: null };
  const name = fill(labels(ctx.rules.lang).ownHeader, { name: ind.name });
  checks.push(
    makeCheck(
      vague ? 'value-vague' : 'own-target-invalid',
      ctx.sheet,
      cell,
      { employee: who, name, value: String(value) },
      ctx.messageLang,
    ),
  );
  return { value: null, fault: statusPiece(ctx.rules.lang, cell, name, fault) };
}

/**
 * The Previous grade as the Result action formula compares it: one of the Rules' grade words. A grade in
 * the other language (or the default word of the same rank) is written back as the Rules' word and
 * reported; anything else ("D", a typo) is a row problem naming the cell: the talk rule cannot be applied.
 */
function readPreviousGrade(
  ctx: ScoringContext,
  row: number,
  raw: CellValue,
  who: string,
  checks: Check[],
  normalisations: Normalisation[],
): string {
  const text = excelTrim(raw === null ? '' : String(raw));
  if (text === '') return '';
  const grades = ctx.rules.grades.map((g) => g.name);
  const key = (v: string) => excelTrim(foldWidth(v)).toLowerCase();
  // As the formula compares (Excel's = ignores case, not width): such a word needs nothing.
  if (grades.some((g) => excelTrim(g).toLowerCase() === text.toLowerCase())) return text;
  const col = ctx.inputCol - ctx.employeeFieldCount + EMPLOYEE_FIELDS.indexOf('previousGrade');
  const cell = cellAddress(row, col);
  // The default grade words of either language, by rank (lowest first, as the Rules list them).
  const rank = LANGS.map((l) => labels(l).gradeNames.findIndex((g) => key(g) === key(text))).find((i) => i >= 0);
  if (rank !== undefined && rank < grades.length) {
    normalisations.push({ sheet: ctx.sheet, row, col, cell, before: String(raw), after: grades[rank] });
    return grades[rank];
  }
  checks.push(
    makeCheck(
      'previous-grade-invalid',
      ctx.sheet,
      cell,
      { employee: who, value: text, grades: grades.join(', ') },
      ctx.messageLang,
    ),
  );
  return text;
}

/** A unit counted in percent ("%", "百分比", "percent"): "12%" is a value of it. */
function isPercentUnit(unit: string): boolean {
  return /%|百分|percent|pct/i.test(foldWidth(unit));
}
