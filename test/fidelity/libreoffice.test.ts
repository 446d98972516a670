/**
 * Engine and formulas agree: workbooks are scored by the tool with their cached results left out,
 * LibreOffice recalculates them headless, and every employee's cells are compared with the engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { EmployeeResult } from '../../src/core/types';
import { computedWidth } from '../../src/core/snapshot';
import { computedColumns } from '../../src/layout/geometry';
import { placedColumns } from '../../src/core/columns';
import type { WorkbookScoring } from '../../src/operations/score';
import { applyPlan, type XlsxPackage } from '../../src/hosts/xlsx/workbook';
import { exceljsSnapshot } from '../support/exceljsReader';
import { labels } from '../../src/core/labels';
import { recalculate } from '../support/libreoffice';
import { cachedAndComputed as cachedAndComputedIn, empty, expectCachedAsComputed } from '../support/recalculated';
import {
  cellResult,
  channel,
  eightIndicatorPreset,
  scoringOf,
  setCell,
  snapshotOf,
  workbookWith,
  type EmployeeRow,
} from '../support/workbooks';
import {
  ACTION_CALIBRATED,
  ACTION_CODES,
  actionRows,
  boundaryRows,
  duplicateRows,
  fenceRows,
  fewRows,
  incompleteRows,
  randomRows,
  teamRows,
  ownTargetRows,
} from './cases';
import { indicatorCol } from '../../src/core/names';
import type { CellValue } from '../../src/core/types';
import { cellAddress } from '../../src/core/a1';
import type { RolePreset } from '../../src/core/presets';
import type { Lang } from '../../src/core/types';

interface Case {
  name: string;
  preset: RolePreset;
  rows: EmployeeRow[];
  lang: Lang;
  withCalibration?: boolean;
  /** Edits made after scoring, as HR would in Excel: the formulas must follow without the tool. */
  editAfter?: Record<string, number | string>;
  /** Calibrated grades typed before scoring, by employee (0-based row of `rows`). */
  calibrated?: Record<number, string>;
  /**
   * HR asks for own targets on every quantitative indicator; a first Score adds their columns, then
   * these are typed: employee (0-based row) -> indicator -> own target.
   */
  ownTargets?: Record<number, Record<number, CellValue>>;
}

const CASES: Case[] = [
  {
    name: 'guide-en',
    preset: channel,
    rows: [['Zhang Wei', 'E1001', 'East', 'Li Na', '', 880000, 12, 4800, 85]],
    lang: 'en-US',
  },
  {
    name: 'guide-zh',
    preset: channel,
    rows: [['张伟', 'E1001', '华东', '李娜', '', 880000, 12, 4800, 85]],
    lang: 'zh-CN',
  },
  { name: 'boundaries', preset: eightIndicatorPreset(), rows: boundaryRows(), lang: 'en-US' },
  { name: 'incomplete', preset: eightIndicatorPreset(), rows: incompleteRows(), lang: 'zh-CN' },
  { name: 'random-1', preset: eightIndicatorPreset(), rows: randomRows(1, 150), lang: 'en-US' },
  { name: 'random-2', preset: eightIndicatorPreset(), rows: randomRows(2, 150), lang: 'zh-CN' },
  { name: 'fence-ties', preset: eightIndicatorPreset(), rows: fenceRows(true), lang: 'en-US' },
  { name: 'fence-outside', preset: eightIndicatorPreset(), rows: fenceRows(false), lang: 'zh-CN' },
  { name: 'few-scored', preset: eightIndicatorPreset(), rows: fewRows(), lang: 'en-US' },
  { name: 'teams', preset: eightIndicatorPreset(), rows: teamRows(), lang: 'en-US', withCalibration: true },
  {
    name: 'random-channel',
    preset: channel,
    rows: randomRows(3, 60).map((r): EmployeeRow => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[10]]),
    lang: 'en-US',
  },
  // HR edits an actual value after scoring: the live formulas recompute.
  {
    name: 'edited-actual',
    preset: channel,
    rows: [['Zhang Wei', 'E1', 'East', 'Li Na', '', 880000, 12, 4800, 85]],
    lang: 'en-US',
    editAfter: { F15: 960000 },
  },
  // HR breaks the weights after scoring: no score is shown while they do not total 100.
  {
    name: 'edited-weights',
    preset: channel,
    rows: [['Zhang Wei', 'E1', 'East', 'Li Na', '', 880000, 12, 4800, 85]],
    lang: 'en-US',
    editAfter: { C7: 45 },
  },
  // Rows sharing an Employee ID (compared trimmed, in any case) are not scored; a panel score "85%" neither.
  { name: 'duplicate-ids', preset: channel, rows: duplicateRows(), lang: 'en-US' },
  { name: 'duplicate-ids-zh', preset: channel, rows: duplicateRows(), lang: 'zh-CN' },
  // HR corrects one of the IDs after scoring: both rows score again without the tool.
  { name: 'duplicate-corrected', preset: channel, rows: duplicateRows(), lang: 'en-US', editAfter: { B17: 'E3' } },
  // What each grade leads to: the previous grade, and a calibrated grade that changes the action.
  {
    name: 'actions',
    preset: channel,
    rows: actionRows('en-US'),
    lang: 'en-US',
    calibrated: ACTION_CALIBRATED['en-US'],
  },
  // Each employee's own target on a random third of the rows (a few typed wrong), the sheet's elsewhere.
  {
    name: 'own-targets',
    preset: eightIndicatorPreset(),
    rows: randomRows(4, 120),
    lang: 'en-US',
    ownTargets: ownTargetRows(4, 120),
  },
  {
    name: 'own-targets-zh',
    preset: channel,
    rows: randomRows(5, 60).map((r): EmployeeRow => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[10]]),
    lang: 'zh-CN',
    ownTargets: ownTargetRows(5, 60, 3),
  },
  {
    name: 'actions-zh',
    preset: channel,
    rows: actionRows('zh-CN'),
    lang: 'zh-CN',
    calibrated: ACTION_CALIBRATED['zh-CN'],
  },
];

/** Scores with the tool but drops every cached result, so LibreOffice has to compute each cell. */
function scoreWithoutCache(workbook: XlsxPackage): WorkbookScoring {
  const scoring = scoringOf(workbook);
  applyPlan(
    workbook,
    scoring.ops.map((op) =>
      op.kind === 'fill'
        ? { ...op, results: [] }
        : op.kind === 'cells'
          ? {
              ...op,
              cells: op.cells.map((line) =>
                line.map((c) => (c && 'formula' in c ? { formula: c.formula, result: null } : c)),
              ),
            }
          : op,
    ),
  );
  return scoring;
}

let dir: string;
const built = new Map<string, { file: string; expected: WorkbookScoring; edited: boolean }>();
const recalculated = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-fidelity-'));
  for (const c of CASES) {
    const workbook = workbookWith(c.preset, c.rows, c.lang, c.withCalibration);
    if (c.ownTargets) typeOwnTargets(workbook, c.preset, c.ownTargets);
    if (c.calibrated) {
      const snapshot = snapshotOf(workbook);
      const cols = computedColumns(snapshot.scoresHeader.c2 + 1, c.preset.indicators.length);
      for (const [i, grade] of Object.entries(c.calibrated))
        setCell(
          workbook,
          snapshot.sheet,
          cellAddress(snapshot.scoresHeader.r1 + 1 + Number(i), cols.calibrated),
          grade,
        );
    }
    let expected = scoreWithoutCache(workbook);
    if (c.editAfter) {
      const sheet = snapshotOf(workbook).sheet;
      for (const [cell, value] of Object.entries(c.editAfter)) setCell(workbook, sheet, cell, value);
      // What the engine says of the edited workbook (blocked when the weights are off).
      expected = scoringOf(workbook);
    }
    const file = path.join(dir, `${c.name}.xlsx`);
    fs.writeFileSync(file, workbook.toBytes());
    built.set(c.name, { file, expected, edited: Boolean(c.editAfter) });
  }
  const outputs = recalculate([...built.values()].map((b) => b.file));
  let i = 0;
  for (const name of built.keys()) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outputs[i++]);
    recalculated.set(name, workbook);
  }
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cachedAndComputed = (workbook: XlsxPackage, name: string) => cachedAndComputedIn(workbook, dir, name);

/** HR sets "Yes" under Own targets, scores (the columns appear), then types the own targets. */
function typeOwnTargets(workbook: XlsxPackage, preset: RolePreset, targets: Record<number, Record<number, CellValue>>) {
  const before = snapshotOf(workbook);
  preset.indicators.forEach((ind, i) => {
    if (ind.dimension === 'quantitative')
      setCell(
        workbook,
        before.sheet,
        cellAddress(before.indicatorRange.r1 + i, indicatorCol(before.indicatorRange.c1, 'ownTargets')),
        'Yes',
      );
  });
  const first = scoringOf(workbook);
  applyPlan(workbook, first.ops);
  const { layout, snapshot } = first.sheets[0];
  expect(layout.inputs.filter((p) => p.tag.kind === 'own')).toHaveLength(
    preset.indicators.filter((i) => i.dimension === 'quantitative').length,
  );
  for (const [row, byIndicator] of Object.entries(targets))
    for (const [indicator, value] of Object.entries(byIndicator)) {
      const at = layout.inputs.findIndex((p) => p.tag.kind === 'own' && p.indicator === Number(indicator));
      setCell(
        workbook,
        snapshot.sheet,
        cellAddress(snapshot.scoresHeader.r1 + 1 + Number(row), snapshot.scoresHeader.c1 + 5 + at),
        value,
      );
    }
}

/** The computed block's place and width as the engine scored the sheet. */
function scoredBlock(name: string) {
  const scored = built.get(name)!.expected.sheets[0];
  return { first: scored.snapshot.scoresHeader.c2 + 1, n: scored.indicators.length };
}

function formulaResults(name: string) {
  const workbook = recalculated.get(name)!;
  const snapshot = exceljsSnapshot(workbook);
  const ws = workbook.getWorksheet(snapshot.sheet)!;
  const { n, first: firstComputed } = scoredBlock(name);
  expect(snapshot.scoresHeader.c2 + 1).toBe(firstComputed);
  const first = snapshot.scoresHeader.c2 + 1;
  const cols = computedColumns(first, n);
  expect(cols.last - first + 1).toBe(computedWidth(n));
  return snapshot.rows.map(({ row }) => ({
    row,
    achievements: Array.from({ length: n }, (_, i) => cellResult(ws, row, cols.achievement(i))),
    scores: Array.from({ length: n }, (_, i) => cellResult(ws, row, cols.score(i))),
    weighted: cellResult(ws, row, cols.weighted),
    grade: cellResult(ws, row, cols.grade),
    status: cellResult(ws, row, cols.status),
    flag: cellResult(ws, row, cols.flag),
    flagReason: cellResult(ws, row, cols.flagReason),
    final: cellResult(ws, row, cols.final),
    action: cellResult(ws, row, cols.action),
  }));
}

function expectAgreement(formula: ReturnType<typeof formulaResults>[number], engine: EmployeeResult, lang: Lang) {
  expect(formula.row).toBe(engine.row);
  expect(empty(formula.flagReason) ?? '').toBe(engine.flagReason);
  expect(empty(formula.flag)).toBe(engine.flagged ? labels(lang).flagged : null);
  expect(empty(formula.final)).toBe(engine.finalGrade);
  expect(formula.status).toBe(engine.statusText);
  expect(empty(formula.grade)).toBe(engine.grade);
  if (engine.weighted === null) expect(empty(formula.weighted)).toBeNull();
  else expect(Math.abs((formula.weighted as number) - engine.weighted)).toBeLessThanOrEqual(0.05);
  engine.scores.forEach((score, i) => {
    if (Number.isNaN(score)) expect(empty(formula.scores[i])).toBeNull();
    else expect([i, formula.scores[i]]).toEqual([i, expect.closeTo(score, 9)]);
    const achievement = engine.achievements[i];
    if (Number.isNaN(achievement)) expect(empty(formula.achievements[i])).toBeNull();
    else expect(formula.achievements[i] as number).toBeCloseTo(achievement, 12);
  });
}

/** A scored workbook as written (its cached results) and as LibreOffice recalculates it. */
describe('formulas recalculated by LibreOffice agree with the engine', () => {
  test.each(CASES.filter((c) => c.name !== 'edited-weights').map((c) => c.name))('%s', (name) => {
    const { expected } = built.get(name)!;
    const engine = expected.sheets[0].employees;
    const formulas = formulaResults(name);
    expect(formulas).toHaveLength(engine.length);
    expect(engine.length).toBeGreaterThan(0);
    const lang = CASES.find((c) => c.name === name)!.lang;
    formulas.forEach((f, i) => expectAgreement(f, engine[i], lang));
  });

  // Generic over the column table: a computed column added there is checked here with no test change.
  test.each(CASES.filter((c) => c.name !== 'edited-weights').map((c) => c.name))(
    'every formula column of the column table: what LibreOffice computes is the engine value (%s)',
    (name) => {
      const workbook = recalculated.get(name)!;
      const snapshot = exceljsSnapshot(workbook);
      const ws = workbook.getWorksheet(snapshot.sheet)!;
      const { n } = scoredBlock(name);
      const lang = CASES.find((c) => c.name === name)!.lang;
      const engine = built.get(name)!.expected.sheets[0].employees;
      const placed = placedColumns(snapshot.scoresHeader.c2 + 1, n).filter((p) => p.def.filledBy === 'formula');
      let compared = 0;
      engine.forEach((employee) =>
        placed.forEach(({ col, def, indicator }) => {
          const want = def.result!(employee, indicator, labels(lang).flagged);
          const got = empty(cellResult(ws, employee.row, col)) ?? '';
          const where = `${def.key}${indicator >= 0 ? `[${indicator}]` : ''} row ${employee.row}`;
          // Weighted scores are rounded to 0.1 by both; the rest agree to floating-point noise.
          if (typeof want === 'number')
            expect([where, got]).toEqual([where, expect.closeTo(want, def.key === 'weighted' ? 1 : 9)]);
          else expect([where, got]).toEqual([where, want]);
          compared++;
        }),
      );
      expect(compared).toBe(engine.length * placed.length);
    },
  );

  test('result actions: star, keep, 30-day plan, and the talk for the lowest grade twice, calibrated grades included', () => {
    for (const name of ['actions', 'actions-zh']) {
      const engine = built.get(name)!.expected.sheets[0].employees;
      expect([name, engine.map((e) => e.action)]).toEqual([name, ACTION_CODES]);
    }
    const [en, zh] = ['actions', 'actions-zh'].map((n) => formulaResults(n).map((r) => r.action));
    expect(en).toEqual([
      'Star-employee candidate: priority for training or promotion',
      'Keep current duties',
      '30-day improvement plan',
      'Needs improvement twice in a row: formal performance talk',
      'Needs improvement twice in a row: formal performance talk',
      'Needs improvement twice in a row: formal performance talk',
      'Keep current duties',
      '30-day improvement plan',
    ]);
    expect(zh).toEqual([
      '明星员工候选：优先参与培训或晋升',
      '维持现有职责',
      '制定30天改进计划',
      '连续两次待改进：启动绩效面谈',
      '连续两次待改进：启动绩效面谈',
      '连续两次待改进：启动绩效面谈',
      '维持现有职责',
      '制定30天改进计划',
    ]);
  });

  test("the guide's example through the formulas: 85, 70, 82.08, 85, weighted 79.9, Pass / 合格", () => {
    for (const [name, grade] of [
      ['guide-en', 'Pass'],
      ['guide-zh', '合格'],
    ]) {
      const [row] = formulaResults(name);
      expect(row.scores.map((s) => (s as number).toFixed(2))).toEqual(['85.00', '70.00', '82.08', '85.00']);
      expect(row.weighted).toBe(79.9);
      expect(row.grade).toBe(grade);
    }
  });

  test('own targets: used where typed (Status says so), typed wrong leaves the row unscored, empty means the sheet target', () => {
    const engine = built.get('own-targets')!.expected.sheets[0].employees;
    const formulas = formulaResults('own-targets');
    const withOwn = engine.filter((e) => e.status === 'scored' && e.ownTarget.some(Boolean));
    expect(withOwn.length).toBeGreaterThan(20);
    expect(withOwn.every((e) => e.statusText.startsWith('Scored (own target: '))).toBe(true);
    const wrong = engine.filter((e) => / target\) (not a number|must be greater than 0)\./.test(e.statusText));
    expect(wrong.length).toBeGreaterThan(0);
    for (const e of [...withOwn, ...wrong]) expect(formulas.find((f) => f.row === e.row)!.status).toBe(e.statusText);
    // An achievement against the own target differs from the sheet's: 1,000,000 for Revenue.
    const e = withOwn.find((x) => x.ownTarget[0])!;
    expect(e.targets[0]).not.toBe(1000000);
    expect(formulas.find((f) => f.row === e.row)!.achievements[0]).toBeCloseTo(e.achievements[0], 12);
  });

  test('every band edge lands in the same grade', () => {
    const grades = formulaResults('boundaries')
      .slice(0, 12)
      .map((r) => [r.weighted, r.grade]);
    expect(grades).toEqual([
      [90, 'Excellent'],
      [90, 'Excellent'],
      [89.9, 'Good'],
      [100, 'Excellent'],
      [80, 'Good'],
      [80, 'Good'],
      [79.9, 'Pass'],
      [70, 'Pass'],
      [60, 'Pass'],
      [60, 'Pass'],
      [59.9, 'Needs improvement'],
      [42, 'Needs improvement'],
    ]);
  });

  test('an edited actual recomputes without the tool: 960,000 is 120%, scores 90, weighted 81.9 Good', () => {
    const [row] = formulaResults('edited-actual');
    expect(row.scores[0]).toBeCloseTo(90, 9);
    expect(row.weighted).toBe(81.9);
    expect(row.grade).toBe('Good');
  });

  test('weights edited away from 100: no score is shown, Status says why', () => {
    const { expected } = built.get('edited-weights')!;
    expect(expected.sheets[0].checks.find((c) => c.code === 'weights-total')?.cell).toBe('C11');
    const [row] = formulaResults('edited-weights');
    expect(empty(row.weighted)).toBeNull();
    expect(empty(row.grade)).toBeNull();
    expect(row.status).toBe(labels('en-US').statusWeights);
  });

  test('ties at a fence are not flagged; just outside, both are', () => {
    const ties = built.get('fence-ties')!.expected.sheets[0];
    expect(ties.stats).toMatchObject({ scored: 9, q1: 74, q3: 78, lower: 68, upper: 84 });
    expect(ties.employees.filter((e) => e.flagged)).toEqual([]);
    const outside = formulaResults('fence-outside');
    expect(outside.map((r) => empty(r.flagReason)).filter(Boolean)).toEqual([
      '加权得分67.9低于本表下限68.0：请核查目标是否设置过高。',
      '加权得分84.1高于本表上限84.0：请核查数据是否有误。',
    ]);
  });

  test('fewer than 5 scored: no score outliers, extreme achievements still flagged', () => {
    const reasons = formulaResults('few-scored').map((r) => empty(r.flagReason));
    expect(reasons).toEqual([
      null,
      'Revenue at 250.0% (>= 200%): check the data.',
      'CAC at 25.0% (<= 30%): check whether the target was set too high.',
      null,
    ]);
  });

  test('team deviation: teams of 3 or more whose median is 10 or more points from the sheet median', () => {
    const sheet = built.get('teams')!.expected.sheets[0];
    expect(sheet.teamDeviations.map((t) => [t.team, t.scored, t.median, t.gap])).toEqual([
      ['Lenient', 3, 85, 85 - 72.5],
      ['Harsh', 3, 59, 59 - 72.5],
    ]);
  });

  test('the Calibration sheet: distribution per sheet and team, team medians and notes, target distribution', () => {
    const ws = recalculated.get('teams')!.getWorksheet('Calibration')!;
    const grid: unknown[][] = [];
    for (let r = 4; r <= 40; r++) grid.push(Array.from({ length: 12 }, (_, c) => empty(cellResult(ws, r, 11 + c))));
    const find = (first: unknown, second: unknown) => grid.find((row) => row[0] === first && row[1] === second)!;
    const engine = built.get('teams')!.expected.sheets[0];
    const count = (grade: string, team?: string) =>
      engine.employees.filter((e) => e.finalGrade === grade && (!team || e.team === team)).length;
    // Sheet, Team, Graded, then count and share per grade, best first.
    const all = find('Eight', 'All');
    const share = (n: number, of: number) => expect.closeTo(n / of, 12);
    const grades = ['Excellent', 'Good', 'Pass', 'Needs improvement'];
    expect(all.slice(2, 11)).toEqual([12, ...grades.flatMap((g) => [count(g), share(count(g), 12)])]);
    expect(grades.reduce((sum, g) => sum + count(g), 0)).toBe(12);
    expect(find('Eight', 'Lenient').slice(2, 5)).toEqual([
      3,
      count('Excellent', 'Lenient'),
      share(count('Excellent', 'Lenient'), 3),
    ]);
    // Nothing after the last share: the block-character bars gave way to native charts below the tables.
    expect(all[11]).toBeNull();
    // Team deviation: the formulas' notes are the engine's list.
    const lenient = grid.filter((row) => row[0] === 'Eight' && row[1] === 'Lenient')[1];
    expect(lenient.slice(2, 7)).toEqual([3, 85, 72.5, 12.5, 'Possibly lenient rating']);
    expect(grid.filter((row) => row[0] === 'Eight' && row[1] === 'Harsh')[1][6]).toBe('Possibly harsh rating');
    // Teams within the gap (Middle) or too small (Pair) are in the distribution only, not listed as deviating.
    expect(grid.filter((row) => row[0] === 'Eight' && row[1] === 'Middle')).toHaveLength(1);
    expect(grid.filter((row) => row[0] === 'Eight' && row[1] === 'Pair')).toHaveLength(1);
    // Target: at most 20% Excellent of 12 graded allows 2.
    const excellent = grid.find((row) => row[0] === 'Eight' && row[1] === 'Excellent')!;
    expect(excellent.slice(2, 6)).toEqual([20, count('Excellent'), 2, count('Excellent') - 2]);
  });

  test('rows sharing an Employee ID: neither is scored, each names the other row; corrected, both score', () => {
    const statuses = formulaResults('duplicate-ids').map((r) => r.status);
    expect(statuses).toEqual([
      'Not scored: B15 (Employee ID) also on row 17.',
      'Scored',
      'Not scored: B17 (Employee ID) also on row 15.',
      'Not scored: B18 (Employee ID) also on row 19, 20. G18 (New customers) missing.',
      'Not scored: B19 (Employee ID) also on row 18, 20.',
      'Not scored: B20 (Employee ID) also on row 18, 19.',
      'Not scored: I21 (Channel maintenance efficiency) not a number.',
    ]);
    expect(formulaResults('duplicate-ids-zh')[0].status).toBe('未评分：B15（工号）与第17行重复。');
    const corrected = formulaResults('duplicate-corrected');
    expect([corrected[0].status, corrected[2].status]).toEqual(['Scored', 'Scored']);
    const checks = built.get('duplicate-ids')!.expected.sheets[0].checks;
    expect(checks.filter((c) => c.code === 'duplicate-id').map((c) => c.text)).toContain(
      '\'Channel specialist\'!B15: A: Employee ID "E1" is also on row 17 (C). Each employee needs their own ID: correct the wrong one; neither row is scored (or updated by an import) until then.',
    );
    expect(checks.find((c) => c.code === 'qual-percent')?.cell).toBe('I21');
  });

  test('rows the checks refuse are not scored by the formulas either', () => {
    const statuses = formulaResults('incomplete').map((r) => r.status as string);
    expect(statuses.every((s) => s.startsWith('未评分：'))).toBe(true);
    expect(statuses[2]).toContain('G21（Customers）不是数字。'); // the vague 约50
  });

  test('the cached results the tool writes on the Calibration and Rules sheets are what LibreOffice computes', async () => {
    const c = CASES.find((x) => x.name === 'teams')!;
    const workbook = workbookWith(c.preset, c.rows, c.lang, true);
    applyPlan(workbook, scoringOf(workbook).ops);
    const { cached, computed } = await cachedAndComputed(workbook, 'teams-cached');
    let compared = 0;
    for (const [name, rows, cols] of [
      ['Calibration', 60, 36],
      ['Rules', 12, 3],
    ] as const)
      compared += expectCachedAsComputed(cached.getWorksheet(name)!, computed.getWorksheet(name)!, rows, cols);
    expect(compared).toBeGreaterThan(100);
  });

  test('the cycle retrospective: median achievement, shares below 60% and above 150%, and the notes, as LibreOffice computes them', async () => {
    // Revenue far below target for 7 of 10 (target possibly too high), customers far above for 6 of 10.
    const rows = Array.from({ length: 10 }, (_, i): EmployeeRow => {
      const revenue = i < 7 ? 500000 : 1100000;
      const customers = i < 6 ? 32 : 18;
      return [`R${i}`, `E${i}`, `T${i % 2}`, 'Boss', '', revenue, customers, 5000, 300, 0.05, 70, 80, 90];
    });
    const workbook = workbookWith(eightIndicatorPreset(), rows, 'en-US', true);
    const scoring = scoringOf(workbook);
    applyPlan(workbook, scoring.ops);
    const { cached, computed } = await cachedAndComputed(workbook, 'retrospective');
    const after = computed.getWorksheet('Calibration')!;
    const compared = expectCachedAsComputed(cached.getWorksheet('Calibration')!, after, 80, 36);
    const retro: string[][] = [];
    for (let r = 1; r <= 80; r++) {
      if (cellResult(after, r, 11) === 'Cycle retrospective: were the targets realistic?') retro.push(['start']);
      if (retro.length && retro.length <= 7)
        retro.push([12, 14, 15, 16, 17, 18].map((c) => String(empty(cellResult(after, r, c)) ?? '')));
    }
    expect(compared).toBeGreaterThan(100);
    // Sheet, indicator, (target), measured, median, below, above, note: read from LibreOffice's values.
    expect(retro.slice(3, 6)).toEqual([
      ['Revenue', '10', '0.5', '0.7', '0', 'Target possibly too high'],
      ['Customers', '10', '1.6', '0', '0.6', 'Target possibly too low'],
      ['CAC', '10', '1', '0', '0', ''],
    ]);
  });
});
