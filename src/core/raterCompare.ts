import { addTo } from './collections';
import { fixed } from './calibration';
import { cellAddress } from './a1';
import { makeCheck } from './messages';
import { RATING_COLUMNS, type Rating, type SummaryLine } from './raters';
import type { Rules } from './rules';
import type { Check, Lang } from './types';

/**
 * Each 360 rater against the other raters of the same people (评分者效应 on the Raters sheet): for every
 * rating whose employee and indicator have other ratings too, the rater's score minus the others' mean
 * ((count x average - own) / (count - 1), from the summary's live count and average); the rater's
 * difference is the mean of those. Fewer ratings than the Rules' minimum are too few to judge; a
 * difference of the Rules' points or more is noted.
 */
export type CompareNote = 'higher' | 'lower' | 'tooFew' | '';

export interface RaterComparison {
  rater: string;
  /** The rater's ratings in compared pairs: the rating's row and its summary line (index in `lines`). */
  terms: { row: number; line: number }[];
  /** Of them, the ones whose pair has other ratings (count > 1): the ones compared. */
  compared: number;
  difference: number | null;
  note: CompareNote;
}

export function compareRaters(
  ratings: readonly Rating[],
  lines: readonly SummaryLine[],
  rules: Pick<Rules, 'raterEffects'>,
): RaterComparison[] {
  const raterOf = new Map(ratings.map((r) => [r.row, r]));
  const byRater = new Map<string, { row: number; line: number }[]>();
  lines.forEach((line, k) =>
    line.rows.forEach((row) => {
      const rater = raterOf.get(row)?.rater ?? '';
      if (rater !== '') addTo(byRater, rater, { row, line: k });
    }),
  );
  const scoreOf = (row: number) => raterOf.get(row)!.score as number;
  const { minRatings, gap } = rules.raterEffects;
  return [...byRater].map(([rater, terms]) => {
    terms.sort((a, b) => a.row - b.row);
    let sum = 0;
    let compared = 0;
    for (const t of terms) {
      const line = lines[t.line];
      if (line.count <= 1) continue;
      const own = scoreOf(t.row);
      const term = own - (line.count * (line.average as number) - own) / (line.count - 1);
      sum = compared === 0 ? term : sum + term;
      compared++;
    }
    const difference = compared > 0 ? sum / compared : null;
    let note: CompareNote = '';
    if (compared < minRatings) note = 'tooFew';
    else if (difference !== null && Math.abs(difference) >= gap) note = difference > 0 ? 'higher' : 'lower';
    return { rater, terms, compared, difference, note };
  });
}

/** A warning per rater noted higher or lower, at their first rating's Rater cell. */
export function compareChecks(
  comparisons: readonly RaterComparison[],
  ratingSheet: string,
  firstCol: number,
  lang: Lang,
): Check[] {
  const col = firstCol + RATING_COLUMNS.indexOf('rater');
  return comparisons
    .filter((c) => c.note === 'higher' || c.note === 'lower')
    .map((c) =>
      makeCheck(
        'rater-360-effect',
        ratingSheet,
        cellAddress(c.terms[0].row, col),
        {
          rater: c.rater,
          difference: fixed(c.difference as number, 1),
          count: c.compared,
          higher: c.note === 'higher' ? 1 : 0,
        },
        lang,
      ),
    );
}
