import type { CellValue, Lang } from '../../src/core/types';
import type { EmployeeRow } from '../support/workbooks';

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be reproduced. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const person = (i: number, team = 'T1'): [string, string, string, string, string] => [
  `P${i}`,
  `E${i}`,
  team,
  'Boss',
  '',
];

/**
 * The eight-indicator sheet (targets 1,000,000 / 20 / 5,000 lower / 300 / 0.05, then three panel scores,
 * weights 20 15 15 10 10 | 10 10 10). Quantitative actuals at 150% score 100 each, at 60% score 60.
 */
const AT_150 = [1500000, 30, 5000 / 1.5, 450, 0.075];
const AT_100 = [1000000, 20, 5000, 300, 0.05];
const AT_60 = [600000, 12, 5000 / 0.6, 180, 0.03];

/** Weighted score = base + (a + b + c) / 10 with the quantitative part fixed: lands on every band edge. */
export function boundaryRows(): EmployeeRow[] {
  const rows: EmployeeRow[] = [];
  let i = 0;
  const add = (quant: number[], qual: number[]) => rows.push([...person(i++), ...quant, ...qual]);
  // base 70 (all quantitative at 150%): 90, 89.95 (rounds up to 90.0), 89.94, 100, 80, 79.95, 79.94
  for (const sum of [200, 199.5, 199.4, 300, 100, 99.5, 99.4, 0])
    add(AT_150, [Math.min(100, sum), Math.max(0, Math.min(100, sum - 100)), Math.max(0, sum - 200)]);
  // base 42 (all at 60%): 60, 59.95, 59.94, 42
  for (const sum of [180, 179.5, 179.4, 0]) add(AT_60, [Math.min(100, sum), Math.max(0, sum - 100), 0]);
  // every curve point and beyond, lower-is-better included
  for (const f of [0, 0.3, 0.6, 0.8, 1, 1.1, 1.2, 1.35, 1.5, 2, 3])
    add(
      AT_100.map((t, k) => (k === 2 ? (f === 0 ? 1e9 : t / f) : t * f)),
      [85, 70.25, 99.99],
    );
  return rows;
}

/** Inputs the checks refuse: each row is not scored and its Status names the cell. */
export function incompleteRows(): EmployeeRow[] {
  const ok: CellValue[] = [...AT_100, 80, 80, 80];
  const bad: [number, CellValue][] = [
    [0, null],
    [1, 'twelve'],
    [1, '约50'],
    [2, 0],
    [2, -1],
    [3, -4],
    [5, 101],
    [6, -0.5],
    // (TRUE is left out: LibreOffice counts a boolean as a number, Excel and the engine do not.)
  ];
  return bad.map(([k, v], i) => {
    const inputs = [...ok];
    inputs[k] = v;
    return [...person(100 + i), ...inputs] as EmployeeRow;
  });
}

export function randomRows(seed: number, count: number): EmployeeRow[] {
  const next = random(seed);
  const rows: EmployeeRow[] = [];
  for (let i = 0; i < count; i++) {
    const factor = () => Math.round(next() * 2.5 * 10000) / 10000;
    const inputs: CellValue[] = AT_100.map((t, k) => {
      const f = factor();
      if (k === 2) return f === 0 ? 5000 : Math.round((t / f) * 100) / 100;
      return k === 1 || k === 3 ? Math.round(t * f) : Math.round(t * f * 100) / 100;
    });
    for (let q = 0; q < 3; q++) inputs.push(Math.round(next() * 10000) / 100);
    if (next() < 0.08) inputs[Math.floor(next() * inputs.length)] = next() < 0.5 ? null : 'n/a';
    rows.push([...person(1000 + i, `T${i % 4}`), ...inputs] as EmployeeRow);
  }
  return rows;
}

/**
 * Nine employees with weighted scores 56 + S/10 (all quantitative at 100%): Q1 = 74, Q3 = 78, fences
 * 68 and 84. `ties` puts two employees exactly on the fences (not flagged); otherwise just outside.
 */
export function fenceRows(ties: boolean): EmployeeRow[] {
  const sums = ties ? [120, 140, 180, 190, 200, 210, 220, 280, 280] : [119, 140, 180, 190, 200, 210, 220, 280, 281];
  return sums.map(
    (sum, i) =>
      [
        ...person(200 + i, `T${i % 3}`),
        ...AT_100,
        Math.min(100, sum),
        Math.min(100, Math.max(0, sum - 100)),
        Math.max(0, sum - 200),
      ] as EmployeeRow,
  );
}

/** Four scored employees: too few for score outliers; extreme achievements are still flagged. */
export function fewRows(): EmployeeRow[] {
  return [
    [...person(300), ...AT_100, 100, 100, 100],
    [...person(301), ...AT_100.map((t, k) => (k === 0 ? t * 2.5 : t)), 0, 0, 0],
    [...person(302), ...AT_100.map((t, k) => (k === 2 ? t / 0.25 : t)), 50, 50, 50],
    [...person(303), ...AT_100, 60, 60, 60],
  ] as EmployeeRow[];
}

/** Teams of different sizes and levels, for the team-deviation list. */
export function teamRows(): EmployeeRow[] {
  const rows: EmployeeRow[] = [];
  const add = (team: string, sums: number[]) =>
    sums.forEach((sum) =>
      rows.push([
        ...person(400 + rows.length, team),
        ...AT_100,
        Math.min(100, sum),
        Math.min(100, Math.max(0, sum - 100)),
        Math.max(0, sum - 200),
      ] as EmployeeRow),
    );
  add('Lenient', [280, 290, 300]);
  add('Middle', [150, 160, 170, 180]);
  add('Harsh', [20, 30, 40]);
  add('Pair', [0, 300]);
  return rows;
}

/** Employee IDs shared by two and by three rows (spacing and case differ), and a panel score written "85%". */
export function duplicateRows(): EmployeeRow[] {
  const guide = [880000, 12, 4800, 85];
  return [
    ['A', 'E1', 'East', 'Li', '', ...guide],
    ['B', 'E2', 'East', 'Li', '', ...guide],
    ['C', ' e1', 'East', 'Li', '', ...guide],
    ['D', 'E4', 'West', 'Li', '', 880000, null, 4800, 85],
    ['E', 'E4', 'West', 'Li', '', ...guide],
    ['F', 'E4 ', 'West', 'Li', '', ...guide],
    ['G', 'E7', 'West', 'Li', '', 880000, 12, 4800, '85%'],
  ] as EmployeeRow[];
}

/**
 * Eight channel specialists for the result actions (guide step 5), in the workbook's language:
 * 1 Excellent; 2 Pass; 3 Needs improvement, previous Pass; 4 Needs improvement, previous Needs
 * improvement; 5 the same with the previous grade typed in another case and with spaces; 6 Pass
 * calibrated to Needs improvement, previous Needs improvement; 7 Needs improvement calibrated to Pass,
 * previous Needs improvement; 8 Needs improvement with no previous grade.
 */
export function actionRows(lang: Lang): EmployeeRow[] {
  const [low, pass] = lang === 'zh-CN' ? ['待改进', '合格'] : ['Needs improvement', 'Pass'];
  const previous = ['', '', pass, low, lang === 'zh-CN' ? ` ${low} ` : '  needs IMPROVEMENT ', low, low, ''];
  const strong = [1200000, 20, 3000, 98];
  const fair = [700000, 13, 5500, 75];
  const weak = [300000, 5, 10000, 50];
  const inputs = [strong, fair, weak, weak, weak, fair, weak, weak];
  return inputs.map((x, i): EmployeeRow => [`A${i + 1}`, `ID${i + 1}`, 'East', 'Lead', previous[i], ...x]);
}

export const ACTION_CALIBRATED: Record<Lang, Record<number, string>> = {
  'en-US': { 5: 'Needs improvement', 6: 'Pass' },
  'zh-CN': { 5: '待改进', 6: '合格' },
};

export const ACTION_CODES = ['star', 'keep', 'plan30', 'talk', 'talk', 'talk', 'keep', 'plan30'];

/**
 * Own targets on a random third of `count` employees: per quantitative indicator (the first
 * `quantitative` of AT_100's five) mostly a number from half to one and a half of the sheet's target,
 * sometimes left empty, and a few typed wrong (text, zero, a written number "50万" the tool reads).
 */
export function ownTargetRows(
  seed: number,
  count: number,
  quantitative = 5,
): Record<number, Record<number, CellValue>> {
  const next = random(seed * 7919);
  const out: Record<number, Record<number, CellValue>> = {};
  for (let row = 0; row < count; row++) {
    if (next() >= 1 / 3) continue;
    const targets: Record<number, CellValue> = {};
    for (let k = 0; k < quantitative; k++) {
      const roll = next();
      if (roll < 0.2) continue;
      const t = AT_100[k] * (0.5 + next());
      targets[k] =
        roll < 0.23
          ? 'n/a'
          : roll < 0.25
            ? 0
            : roll < 0.27 && k === 0
              ? '50万'
              : k === 1 || k === 3
                ? Math.max(1, Math.round(t))
                : Math.round(t * 100) / 100;
    }
    out[row] = targets;
  }
  return out;
}

/**
 * Four supervisors on the eight-indicator sheet: Zhou Min's people have data at 60% but panel scores of
 * 95 (lenient for the data), Fair's data at 100% and 90, Strong's data at 120% and 100 (a better team:
 * better data too), Pair rated two (too few to judge). Potentials in both languages, any case and
 * spacing, one unreadable.
 */
export function raterRows(): { rows: EmployeeRow[]; potentials: string[] } {
  const at = (f: number) => AT_100.map((t, k) => (k === 2 ? t / f : t * f));
  const rows: EmployeeRow[] = [];
  const potentials: string[] = [];
  const add = (supervisor: string, factor: number, panel: number, kinds: string[]) =>
    kinds.forEach((potential) => {
      const i = rows.length;
      rows.push([`R${i}`, `E${i}`, `T${i % 2}`, supervisor, '', ...at(factor), panel, panel, panel]);
      potentials.push(potential);
    });
  add('Zhou Min', 0.6, 95, ['High', '高', ' medium ', 'LOW']);
  add('Fair', 1, 90, ['中', 'Medium', '', 'very high']);
  add('Strong', 1.2, 100, ['High', 'High', '低']);
  add('Pair', 1, 90, ['中', '中']);
  return { rows, potentials };
}
