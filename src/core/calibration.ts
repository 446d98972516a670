import { excelTrim } from './text';
import { excelRound } from './excelMath';
import { fill, labels } from './labels';
import type { Rules } from './rules';
import type { EmployeeResult, Indicator, Lang } from './types';

/** Score statistics of one assessment sheet, as its statistics cells compute them. */
export interface SheetStats {
  scored: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  lower: number | null;
  upper: number | null;
}

/** QUARTILE.INC / PERCENTILE.INC: linear interpolation between the sorted values. */
export function quartileInc(sorted: ArrayLike<number>, quart: number): number {
  const h = (sorted.length - 1) * (quart / 4);
  const lo = Math.floor(h);
  const frac = h - lo;
  return lo + 1 < sorted.length ? sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/** Numbers in ascending order: a typed array sorts numerically without a comparator call per pair. */
function ascending(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

export function sheetStats(employees: readonly EmployeeResult[], rules: Rules): SheetStats {
  // Counted first, then copied straight into the typed array: no growing array of 10,000 numbers.
  let count = 0;
  for (const e of employees) if (e.weighted !== null) count++;
  const sorted = new Float64Array(count);
  let at = 0;
  for (const e of employees) if (e.weighted !== null) sorted[at++] = e.weighted;
  sorted.sort();
  const enough = sorted.length >= rules.calibration.outlierMinScored && sorted.length > 0;
  const q1 = enough ? quartileInc(sorted, 1) : null;
  const q3 = enough ? quartileInc(sorted, 3) : null;
  const k = rules.calibration.outlierK;
  return {
    scored: sorted.length,
    median: sorted.length ? quartileInc(sorted, 2) : null,
    q1,
    q3,
    lower: q1 !== null && q3 !== null ? q1 - k * (q3 - q1) : null,
    upper: q1 !== null && q3 !== null ? q3 + k * (q3 - q1) : null,
  };
}

/** FIXED(x, digits, TRUE): rounded as Excel rounds, no thousands separators. */
export function fixed(value: number, digits: number): string {
  return excelRound(value, digits).toFixed(digits);
}

export interface FlagResult {
  flagged: boolean;
  /** Exactly what the Flag reason formula shows. */
  reason: string;
}

const NOT_FLAGGED: FlagResult = Object.freeze({ flagged: false, reason: '' });

type Piece = readonly [before: string, after: string];

interface ExtremePieces {
  pieces: { high: Piece; low: Piece }[];
  /** Every piece as TRIM leaves it (no double or outer spaces): joined by single spaces, nothing to trim. */
  trimmed: boolean;
}

/**
 * Each indicator's extreme-achievement reason with everything but the percentage filled in (its name,
 * the limit): the same for every employee of the sheet, so built once per sheet, not once per flag.
 */
const extremeCache = new WeakMap<readonly Indicator[], { key: string; value: ExtremePieces }>();

function extremePieces(indicators: readonly Indicator[], rules: Rules, lang: Lang): ExtremePieces {
  const c = rules.calibration;
  const key = `${lang}|${c.achievementHigh}|${c.achievementLow}`;
  const cached = extremeCache.get(indicators);
  if (cached?.key === key) return cached.value;
  const l = labels(lang);
  const MARK = '\u0000';
  const piece = (template: string, name: string, limit: number): Piece => {
    const [before, after] = fill(template, { name, pct: MARK, limit: fixed(limit * 100, 0) }).split(MARK);
    return [before, after];
  };
  const pieces = indicators.map((ind) => ({
    high: piece(l.reasonAchievementHigh, ind.name, c.achievementHigh),
    low: piece(l.reasonAchievementLow, ind.name, c.achievementLow),
  }));
  // The percentage has no spaces: a piece TRIM would change changes whatever the number.
  const trimmed = pieces.every((p) =>
    [p.high, p.low].every(([before, after]) => excelTrim(`${before}0${after}`) === `${before}0${after}`),
  );
  const value = { pieces, trimmed };
  extremeCache.set(indicators, { key, value });
  return value;
}

/**
 * Why an employee needs the calibration panel's eye (spec section 5): a weighted score outside the
 * sheet's Tukey fences, or an indicator's achievement at an extreme. The formula ends each piece with a
 * space and trims the whole: the same text as the pieces joined by single spaces, once each is trimmed.
 */
export function flagEmployee(
  e: EmployeeResult,
  indicators: readonly Indicator[],
  stats: SheetStats,
  rules: Rules,
  lang: Lang,
): FlagResult {
  const c = rules.calibration;
  // Most employees are not flagged: decided without building any text.
  const high = e.weighted !== null && stats.upper !== null && e.weighted > stats.upper;
  const low = e.weighted !== null && stats.lower !== null && e.weighted < stats.lower;
  let extreme = false;
  for (let i = 0; i < indicators.length && !extreme; i++) {
    const a = e.achievements[i];
    extreme =
      indicators[i].dimension === 'quantitative' &&
      a !== undefined &&
      !Number.isNaN(a) &&
      (a >= c.achievementHigh || a <= c.achievementLow);
  }
  if (!high && !low && !extreme) return NOT_FLAGGED;
  const l = labels(lang);
  const { pieces, trimmed } = extremePieces(indicators, rules, lang);
  // Half the flagged sheet's allocations were this text grown, flattened and sliced: built once instead.
  let text = '';
  if (high) text = excelTrim(fill(l.reasonHigh, { w: fixed(e.weighted!, 1), fence: fixed(stats.upper!, 1) }));
  if (low) text = excelTrim(fill(l.reasonLow, { w: fixed(e.weighted!, 1), fence: fixed(stats.lower!, 1) }));
  for (let i = 0; i < indicators.length; i++) {
    const a = e.achievements[i];
    if (indicators[i].dimension !== 'quantitative' || a === undefined || Number.isNaN(a)) continue;
    const piece = a >= c.achievementHigh ? pieces[i].high : a <= c.achievementLow ? pieces[i].low : null;
    if (!piece) continue;
    const part = piece[0] + fixed(a * 100, 1) + piece[1];
    text = text === '' ? part : `${text} ${trimmed ? part : excelTrim(part)}`;
  }
  if (text !== '' && !trimmed) text = excelTrim(text);
  return text === '' ? NOT_FLAGGED : { flagged: true, reason: text };
}

/** Median of a team's scored employees, for the team-deviation list. */
export interface TeamDeviation {
  team: string;
  scored: number;
  median: number;
  sheetMedian: number;
  gap: number;
}

export function teamDeviations(employees: readonly EmployeeResult[], stats: SheetStats, rules: Rules): TeamDeviation[] {
  if (stats.median === null) return [];
  const byTeam = new Map<string, number[]>();
  for (const e of employees) {
    if (e.weighted === null) continue;
    const scores = byTeam.get(e.team);
    if (scores) scores.push(e.weighted);
    else byTeam.set(e.team, [e.weighted]);
  }
  const out: TeamDeviation[] = [];
  for (const [team, scores] of byTeam) {
    if (scores.length < rules.calibration.teamMinSize) continue;
    const median = quartileInc(ascending(scores), 2);
    const gap = median - stats.median;
    if (Math.abs(gap) >= rules.calibration.teamGap)
      out.push({ team, scored: scores.length, median, sheetMedian: stats.median, gap });
  }
  return out;
}
