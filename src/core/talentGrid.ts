import { TALENT_WORDS } from './talentText';
import { excelTrim } from './text';
import type { Rules } from './rules';
import type { CellValue, EmployeeResult, Lang } from './types';

/**
 * The talent grid (人才九宫格), as its formulas compute it: a performance level (1 low .. 3 high) from the
 * final grade through the Rules' mapping, a potential level from the Scores table's Potential cell, and
 * the box where they meet. Levels are words in either language; 0 is "none".
 */
export type Level = 0 | 1 | 2 | 3;

/** Box 0 is high performance and high potential; then potential falls, then performance (the Rules' order). */
export const BOX_COUNT = 9;

/** The longest list of names a box shows (characters); beyond it the list ends with "…". */
export const BOX_NAMES_CAP = 150;
export const MORE = '…';

/** Each level word of both languages, lower-cased, to its level. */
const LEVELS: ReadonlyMap<string, Level> = new Map(
  (['zh-CN', 'en-US'] as const).flatMap((lang) =>
    TALENT_WORDS[lang].levels.map((word, k) => [word.toLowerCase(), (k + 1) as Level] as const),
  ),
);

/** A level word, either language, any case (as the formula's "=" compares): 0 for anything else. */
export function levelOf(value: CellValue | undefined): Level {
  if (value === null || value === undefined || value === '') return 0;
  return LEVELS.get(excelTrim(String(value)).toLowerCase()) ?? 0;
}

/** The box (0-8) of a performance and a potential level; -1 when either is none. */
export function boxIndex(performance: Level, potential: Level): number {
  return performance === 0 || potential === 0 ? -1 : (3 - performance) * 3 + (3 - potential);
}

/** Per Rules: each grade name (lower-cased, as MATCH compares) to its performance level; built once. */
const levelsByGrade = new WeakMap<
  Rules,
  { grades: Rules['grades']; levels: Rules['talent']['gradeLevels']; byGrade: Map<string, Level> }
>();

/** The grade's performance level by the Rules: the grade found as MATCH finds it (any case). */
export function performanceLevel(finalGrade: string | null, rules: Rules): Level {
  if (finalGrade === null || finalGrade === '') return 0;
  let cached = levelsByGrade.get(rules);
  if (!cached || cached.grades !== rules.grades || cached.levels !== rules.talent.gradeLevels) {
    const byGrade = new Map<string, Level>();
    // The first grade of a name wins, as MATCH finds the first.
    for (let i = rules.grades.length - 1; i >= 0; i--)
      byGrade.set(rules.grades[i].name.toLowerCase(), rules.talent.gradeLevels[i] ?? 0);
    cached = { grades: rules.grades, levels: rules.talent.gradeLevels, byGrade };
    levelsByGrade.set(rules, cached);
  }
  return cached.byGrade.get(finalGrade.toLowerCase()) ?? 0;
}

/** Fills an employee's talent-grid fields from their final grade and the Potential cell as read. */
export function placeEmployee(e: EmployeeResult, potential: CellValue | undefined, rules: Rules): void {
  const raw = potential === null || potential === undefined ? '' : String(potential);
  e.potential = excelTrim(raw);
  // A workbook whose Rules have no grid has no grid formulas either.
  if (!rules.talent.present) return;
  const performance = performanceLevel(e.finalGrade, rules);
  e.performanceLevel = performance === 0 ? '' : TALENT_WORDS.of(rules.lang).levels[performance - 1];
  const box = boxIndex(performance, levelOf(raw));
  e.box = box < 0 ? '' : rules.talent.boxes[box].name;
}

export interface GridBox {
  name: string;
  action: string;
  count: number;
  /** Of the employees in the grid; null when nobody is. */
  share: number | null;
  /** The names as the box lists them: in sheet and row order, cut with "…" past BOX_NAMES_CAP characters. */
  names: string;
}

export interface TalentGrid {
  boxes: GridBox[];
  placed: number;
  /** A performance level but no (readable) potential. */
  noPotential: number;
  /** No performance level: not scored, or a grade the Rules map to none. */
  notScored: number;
}

/** One box's list grown name by name, exactly as the helper block's running formula grows it. */
export function appendName(list: string, name: string, separator: string): string {
  if (name === '') return list;
  if (list.endsWith(MORE)) return list;
  const joined = list === '' ? name : list + separator + name;
  return joined.length > BOX_NAMES_CAP ? list + MORE : joined;
}

/** Who a box lists: the name, or the Employee ID of a row without one (as the helper's formula). */
export function listedName(e: Pick<EmployeeResult, 'name' | 'employeeId'>): string {
  return excelTrim(e.name) || excelTrim(e.employeeId);
}

/** The grid over every employee of every sheet, in the order the helper block lists them. */
export function talentGrid(employees: readonly EmployeeResult[], rules: Rules, lang: Lang): TalentGrid {
  const separator = TALENT_WORDS.of(lang).nameSeparator;
  const keys = rules.talent.boxes.map((b) => b.name.toLowerCase());
  const counts = new Array<number>(BOX_COUNT).fill(0);
  const names = new Array<string>(BOX_COUNT).fill('');
  let placed = 0;
  let noPotential = 0;
  let notScored = 0;
  for (const e of employees) {
    if (e.performanceLevel === '') notScored++;
    else if (e.box === '') noPotential++;
    if (e.box === '') continue;
    placed++;
    const key = e.box.toLowerCase();
    keys.forEach((k, i) => {
      // A box the Rules left unnamed holds nobody; two boxes named alike both count their people.
      if (k === '' || k !== key) return;
      counts[i]++;
      names[i] = appendName(names[i], listedName(e), separator);
    });
  }
  return {
    boxes: rules.talent.boxes.map((b, i) => ({
      name: b.name,
      action: b.action,
      count: counts[i],
      share: placed > 0 ? counts[i] / placed : null,
      names: names[i],
    })),
    placed,
    noPotential,
    notScored,
  };
}
