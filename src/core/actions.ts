import { excelTrim } from './text';
import type { Rules } from './rules';
import type { ActionCode } from './types';

/**
 * What a grade leads to (guide step 5): the top grade a star-employee candidate, the lowest a 30-day
 * improvement plan, the lowest twice in a row (this cycle and the previous) a formal performance talk,
 * any other grade keeping current duties. The words are the Rules sheet's; the codes are what
 * `score --json` and the report carry.
 */
export type { ActionCode };

/** Excel compares text without case (= and MATCH(...,0)); the formulas do, so the engine does. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Mirrors the Result action formula (layout/formulas.ts): the final grade (calibrated where given)
 * matched to a grade of the Rules; null when there is none or it is no grade of the Rules.
 */
export function resultAction(
  finalGrade: string | null,
  previousGrade: string,
  rules: Pick<Rules, 'grades' | 'talkAction'>,
): { code: ActionCode; text: string } | null {
  if (finalGrade === null || finalGrade === '') return null;
  // The computed grade is the Rules' word itself: compared as the formula compares only when it is not.
  let band = rules.grades.findIndex((g) => g.name === finalGrade);
  if (band < 0) band = rules.grades.findIndex((g) => same(g.name, finalGrade));
  if (band < 0) return null;
  if (band === 0)
    return same(excelTrim(previousGrade), rules.grades[0].name)
      ? { code: 'talk', text: rules.talkAction }
      : { code: 'plan30', text: rules.grades[0].action };
  return { code: band === rules.grades.length - 1 ? 'star' : 'keep', text: rules.grades[band].action };
}
