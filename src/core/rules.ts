import { labels } from './labels';
import { TALENT_WORDS } from './talentText';
import { foldWidth } from './text';
import type { Lang } from './types';

/** The papers the tool prints on: A4 (what Chinese offices use, the default) or US Letter. */
export const PAPER_NAMES = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPER_NAMES)[number];

/** The paper a Rules cell names, in any case or width ("a4", "ＬＥＴＴＥＲ"); undefined for anything else. */
export function paperOf(value: unknown): Paper | undefined {
  if (typeof value !== 'string') return undefined;
  // foldWidth, not normalize(): the ribbon's function file runs in Internet Explorer 11 too.
  const key = foldWidth(value).trim().toLowerCase();
  return PAPER_NAMES.find((p) => p.toLowerCase() === key);
}

/** The rules every formula reads from the Rules sheet; defaults are spec section 3 and 5. */
export interface Rules {
  lang: Lang;
  /** The paper the tool's sheets print on (Rules: paper size; A4 where the Rules have no such cell). */
  paper: Paper;
  curve: { x: number[]; y: number[] };
  /** Ascending by minimum score; `target`: the most a grade may hold, in % of the graded (null: none). */
  grades: { min: number; name: string; target?: number | null; action: string }[];
  /** The result action of the lowest grade when the previous cycle's grade was the lowest too. */
  talkAction: string;
  weightTolerance: number;
  quantShare: { min: number; max: number };
  qualShare: { min: number; max: number };
  indicatorCount: { min: number; max: number };
  calibration: {
    outlierK: number;
    outlierMinScored: number;
    achievementHigh: number;
    achievementLow: number;
    teamMinSize: number;
    teamGap: number;
  };
  words: { higher: string; lower: string; panel: string; quantitative: string; qualitative: string };
  /** Goals and cycles: the cascade's tolerance (%), "far from the previous actual" (times), the retrospective's share (%), the 360 gap (points). */
  goals: { cascadeTolerance: number; farFactor: number; retroShare: number; raterGap: number };
  /** Words an improvement plan should not use (guide step 4 and "key points"), from the Rules sheet. */
  planWords: { vague: string[]; person: string[] };
  /**
   * The talent grid: each grade's performance level (1 low .. 3 high, 0 none; lowest grade first) and the
   * nine boxes best first (core/talentGrid.ts). `present`: the Rules sheet has them (workbooks made before
   * the grid have not: their Scores tables get no grid columns' formulas).
   */
  talent: { present: boolean; gradeLevels: (0 | 1 | 2 | 3)[]; boxes: { name: string; action: string }[] };
  /** Rater effects: people a supervisor must have rated, the gap in points that is noted, a 360 rater's ratings. */
  raterEffects: { minPeople: number; gap: number; minRatings: number };
}

/** A word list as HR types it in one cell: separated by 、 , ， ; ； or new lines. */
export function wordList(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((w) => w.trim())
    .filter(Boolean);
}

export function defaultRules(lang: Lang): Rules {
  const l = labels(lang);
  const t = TALENT_WORDS.of(lang);
  return {
    lang,
    paper: 'A4',
    curve: { x: [0, 0.6, 1, 1.2, 1.5], y: [0, 60, 80, 90, 100] },
    grades: [0, 60, 80, 90].map((min, i) => ({ min, name: l.gradeNames[i], action: l.gradeActions[i] })),
    talkAction: l.talkAction,
    weightTolerance: 0.01,
    quantShare: { min: 60, max: 80 },
    qualShare: { min: 20, max: 40 },
    indicatorCount: { min: 5, max: 8 },
    calibration: {
      outlierK: 1.5,
      outlierMinScored: 5,
      achievementHigh: 2,
      achievementLow: 0.3,
      teamMinSize: 3,
      teamGap: 10,
    },
    goals: { cascadeTolerance: 0.5, farFactor: 2, retroShare: 50, raterGap: 15 },
    planWords: { vague: wordList(l.vagueList), person: wordList(l.personList) },
    talent: {
      present: true,
      // The guide's reading: Excellent high; Good and Pass medium; Needs improvement low.
      gradeLevels: [1, 2, 2, 3],
      boxes: t.boxNames.map((name, i) => ({ name, action: t.boxActions[i] })),
    },
    raterEffects: { minPeople: 3, gap: 10, minRatings: 3 },
    words: {
      higher: l.higher,
      lower: l.lower,
      panel: l.panel,
      quantitative: l.quantitative,
      qualitative: l.qualitative,
    },
  };
}

/** Slope from each curve point to the next; 0 after the last point (the score stays flat). */
export function curveSlopes(curve: Rules['curve']): number[] {
  return curve.x.map((x, i) => (i + 1 < curve.x.length ? (curve.y[i + 1] - curve.y[i]) / (curve.x[i + 1] - x) : 0));
}

/** Index of the last point <= value, as MATCH(value, points, 1); -1 below the first point. */
export function matchAscending(points: readonly number[], value: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Score for an achievement ratio, as the sheet's formula computes it. */
export function scoreFromAchievement(curve: Rules['curve'], slopes: readonly number[], achievement: number): number {
  const i = matchAscending(curve.x, achievement);
  if (i < 0) return Number.NaN;
  return curve.y[i] + (achievement - curve.x[i]) * slopes[i];
}

/** Index of the grade band a weighted score falls in (0 = lowest), as MATCH(score, PR_GradeMin, 1). */
export function gradeBand(grades: Rules['grades'], weighted: number): number {
  return matchAscending(
    grades.map((g) => g.min),
    weighted,
  );
}
