import { performance } from 'node:perf_hooks';
import { assessSheet } from '../src/core/assess';
import { defaultRules } from '../src/core/rules';
import type { AssessmentSnapshot } from '../src/core/snapshot';
import type { CellValue } from '../src/core/types';

const INDICATORS: CellValue[][] = [
  ['Quantitative', 'Revenue', 20, 1000000, 'Higher is better', 'yuan', 'CRM'],
  ['Quantitative', 'New customers', 15, 20, 'Higher is better', '', 'CRM'],
  ['Quantitative', 'CAC', 15, 5000, 'Lower is better', 'yuan', 'Finance'],
  ['Quantitative', 'Leads', 10, 300, 'Higher is better', '', 'MA'],
  ['Quantitative', 'Conversion', 10, 0.05, 'Higher is better', '%', 'MA'],
  ['Qualitative', 'Creativity', 10, null, 'Panel score 0-100', '', '360'],
  ['Qualitative', 'Teamwork', 10, null, 'Panel score 0-100', '', '360'],
  ['Qualitative', 'Satisfaction', 10, null, 'Panel score 0-100', '', 'Survey'],
];

for (const [i, row] of INDICATORS.entries()) row.push(null, `K${i + 1}`);

/** A Scores table of `count` employees x 8 indicators, 1 in 50 with a written number, 1 in 100 vague. */
export function benchSnapshot(count: number): AssessmentSnapshot {
  const rows = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const cells: CellValue[] = [`P${i}`, `E${i}`, `T${i % 10}`, 'Boss', ''];
    cells.push(
      Math.round(1000000 * next() * 2),
      Math.round(20 * next() * 2),
      3000 + Math.round(4000 * next()),
      Math.round(300 * next() * 2),
      next() / 10,
    );
    cells.push(Math.round(next() * 100), Math.round(next() * 100), Math.round(next() * 100));
    if (i % 50 === 0) cells[5] = '80万';
    if (i % 100 === 1) cells[6] = '约12';
    rows.push({ row: 19 + i, cells });
  }
  return {
    id: 'S1',
    sheet: 'Bench',
    indicatorRange: { r1: 7, c1: 1, r2: 14, c2: 7 },
    indicatorCells: INDICATORS,
    totalCell: { row: 15, col: 3 },
    statsCell: { row: 1, col: 9 },
    scoresHeader: { r1: 18, c1: 1, r2: 18, c2: 13 },
    rows,
    computed: rows.map(() => []),
    lastRow: rows.length ? rows[rows.length - 1].row : 18,
    foreign: [],
    recreate: [],
    structure: null,
    below: new Map(),
    groupRow: [],
    // A sheet already laid out by a Score: its input columns carry their indicators' keys.
    inputHeaders: INDICATORS.map((r) => String(r[1])),
    inputTags: INDICATORS.map((_, i) => ({ kind: 'actual' as const, key: `K${i + 1}` })),
    inputNames: [],
    computedFor: INDICATORS.length,
    inputFormulas: () => [],
  };
}

/** The value below which the given share of the runs fall (0.5: the median). */
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * share)];
}

/** Median wall time of the pure engine (checks, written numbers, scores, grades, status). */
export function engineBench(): string[] {
  const rules = defaultRules('en-US');
  const lines: string[] = [];
  for (const count of [100, 1000, 10000]) {
    const snapshot = benchSnapshot(count);
    const runs = count === 10000 ? 41 : 51;
    for (let i = 0; i < 5; i++) assessSheet(snapshot, rules, false, 'en-US');
    const times: number[] = [];
    let scored = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = assessSheet(snapshot, rules, false, 'en-US');
      times.push(performance.now() - start);
      scored = result.employees.filter((e) => e.status === 'scored').length;
    }
    lines.push(
      `engine  ${String(count).padStart(6)} employees x 8 indicators: median ${percentile(times, 0.5).toFixed(2)} ms, 90th percentile ${percentile(times, 0.9).toFixed(2)} ms over ${runs} runs (${scored} scored)`,
    );
  }
  return lines;
}
