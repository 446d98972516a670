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
): Action | null {
  if (finalGrade === null || finalGrade === '') return null;
  // The computed grade is the Rules' word itself: compared as the formula compares only when it is not.
  let band = rules.grades.findIndex((g) => g.name === finalGrade);
  if (band < 0) band = rules.grades.findIndex((g) => same(g.name, finalGrade));
  if (band < 0) return null;
  const actions = actionsOf(rules);
  if (band === 0) return same(excelTrim(previousGrade), rules.grades[0].name) ? actions.talk : actions.bands[0];
  return actions.bands[band];
}

/** Each band's action and the talk, made once per Rules: every employee of a band shares the same one. */
const actionCache = new WeakMap<object, { talk: Action; bands: Action[] }>();

type Action = Readonly<{ code: ActionCode; text: string }>;

function actionsOf(rules: Pick<Rules, 'grades' | 'talkAction'>): { talk: Action; bands: Action[] } {
  const cached = actionCache.get(rules);
  // Checked against the Rules as they are now: a cache never answers with words the Rules no longer have.
  if (
    cached &&
    cached.talk.text === rules.talkAction &&
    cached.bands.length === rules.grades.length &&
    cached.bands.every((b, i) => b.text === rules.grades[i].action)
  )
    return cached;
  const last = rules.grades.length - 1;
  const made = {
    talk: Object.freeze({ code: 'talk' as const, text: rules.talkAction }),
    bands: rules.grades.map((g, band) =>
      Object.freeze({ code: band === 0 ? 'plan30' : band === last ? 'star' : ('keep' as ActionCode), text: g.action }),
    ),
  };
  actionCache.set(rules, made);
  return made;
}
