/**
 * The talent grid and the rater effects through the formulas: LibreOffice recalculates what the tool
 * wrote and every figure is the engine's, before and after a calibrated grade moves a person.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cellAddress } from '../../src/core/a1';
import { computedColumns } from '../../src/core/columns';
import { applyPlan, type XlsxPackage } from '../../src/hosts/xlsx/workbook';
import { cachedAndComputed, empty, expectCachedAsComputed } from '../support/recalculated';
import { cellResult, eightIndicatorPreset, scoringOf, setCell, snapshotOf, workbookWith } from '../support/workbooks';
import { raterRows } from './cases';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-grid-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const preset = eightIndicatorPreset();
const SHEET = preset.title['en-US'];

/** The rater rows with their potentials typed in, scored by the tool. */
function scoredWorkbook(): XlsxPackage {
  const { rows, potentials } = raterRows();
  const workbook = workbookWith(preset, rows, 'en-US', true);
  const snapshot = snapshotOf(workbook);
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, preset.indicators.length);
  potentials.forEach((p, i) => {
    if (p !== '') setCell(workbook, snapshot.sheet, cellAddress(snapshot.scoresHeader.r1 + 1 + i, cols.potential), p);
  });
  applyPlan(workbook, scoringOf(workbook).ops);
  return workbook;
}

function potentialCell(workbook: XlsxPackage, row: number, key: 'calibrated' | 'box' | 'potential') {
  const snapshot = snapshotOf(workbook);
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, preset.indicators.length);
  return cellAddress(snapshot.scoresHeader.r1 + 1 + row, cols[key]);
}

test("the Rules' grid words HR got wrong are warnings naming the cell; the sheets are scored all the same", () => {
  const workbook = scoredWorkbook();
  const at = (name: string, i: number) => {
    const ref = workbook.definedNames().find((n) => n.name === name)!;
    return { sheet: ref.sheet, cell: cellAddress(ref.range.r1 + i, ref.range.c1) };
  };
  const level = at('PR_GradeLevel', 1);
  const box = at('PR_BoxName', 2);
  setCell(workbook, level.sheet, level.cell, 'Mid');
  setCell(workbook, box.sheet, box.cell, 'star');
  const scoring = scoringOf(workbook);
  expect(scoring.rulesChecks.map((c) => [c.code, c.severity, c.cell, c.text])).toEqual([
    [
      'rules-level',
      'warning',
      level.cell,
      `Rules!${level.cell}: "Mid" is not a performance level, so the talent grid places nobody of this grade. Enter High, Medium or Low (高, 中 or 低).`,
    ],
    [
      'rules-box',
      'warning',
      box.cell,
      `Rules!${box.cell}: another talent-grid box is named "star" too, so both count the same people. Give each box its own name.`,
    ],
  ]);
  expect(scoring.hasErrors).toBe(false);
  // Pass is the second grade: its people have no performance level now, so no box.
  expect(scoring.sheets[0].employees.slice(0, 4).map((e) => [e.performanceLevel, e.box])).toEqual([
    ['', ''],
    ['', ''],
    ['', ''],
    ['', ''],
  ]);
});

describe('talent grid and rater effects: the formulas LibreOffice computes are the engine values', () => {
  test('the engine: boxes, counts apart, a lenient supervisor named with its figures, a pair too few to judge', () => {
    const scoring = scoringOf(scoredWorkbook());
    const sheet = scoring.sheets[0];
    // Zhou Min's people are Pass (medium), Fair's and Pair's Good (medium), Strong's Excellent (high).
    expect(sheet.employees.map((e) => e.finalGrade)).toEqual([
      ...new Array(4).fill('Pass'),
      ...new Array(4).fill('Good'),
      ...new Array(3).fill('Excellent'),
      'Good',
      'Good',
    ]);
    expect(sheet.employees.map((e) => e.box)).toEqual([
      'Growth employee',
      'Growth employee',
      'Core player',
      'Effective employee',
      'Core player',
      'Core player',
      '',
      '',
      'Star',
      'Star',
      'Trusted professional',
      'Core player',
      'Core player',
    ]);
    const effects = sheet.raterEffects.supervisors.map((s) => [s.supervisor, s.people, s.note]);
    expect(effects).toEqual([
      ['Zhou Min', 4, 'lenient'],
      ['Fair', 4, ''],
      ['Strong', 3, ''],
      ['Pair', 2, 'tooFew'],
    ]);
    const warning = sheet.checks.filter((c) => c.code === 'rater-effect');
    expect(warning.map((c) => c.text)).toEqual([
      "Eight!D19: Zhou Min's qualitative scores average 1.2 points above the sheet while their people's data-based scores average 16.2 points below the sheet: the qualitative scores look lenient for the data. Review them in the calibration meeting.",
    ]);
    const invalid = sheet.checks.filter((c) => c.code === 'potential-invalid');
    expect(invalid.map((c) => [c.severity, c.cell, c.params.value])).toEqual([
      ['problem', potentialCell(scoredWorkbook(), 7, 'potential'), 'very high'],
    ]);
  });

  test('every figure of the Scores table, the Calibration sheet (rater table, helper blocks) and the Talent grid is what LibreOffice computes', async () => {
    const { cached, computed } = await cachedAndComputed(scoredWorkbook(), dir, 'grid');
    let compared = 0;
    for (const [name, rows, cols] of [
      [SHEET, 40, 60],
      ['Calibration', 80, 45],
      ['Talent grid', 40, 25],
    ] as const)
      compared += expectCachedAsComputed(cached.getWorksheet(name)!, computed.getWorksheet(name)!, rows, cols);
    expect(compared).toBeGreaterThan(500);
    // The rater table says it as the engine does: lenient, nothing, nothing, too few.
    const calibration = computed.getWorksheet('Calibration')!;
    const notes: unknown[] = [];
    for (let r = 1; r <= 80; r++)
      if (['Zhou Min', 'Fair', 'Strong', 'Pair'].includes(String(cellResult(calibration, r, 12))))
        notes.push(empty(cellResult(calibration, r, 21)));
    expect(notes).toEqual([
      'Qualitative scores lenient for the data: review them',
      null,
      null,
      'Too few people to judge',
    ]);
  });

  test('a calibrated grade typed later moves the person to another box: LibreOffice, without the tool, agrees with the engine', async () => {
    const workbook = scoredWorkbook();
    // R4 (Fair's, Good, potential 中): Core player; calibrated to Excellent, a High performer.
    const before = scoringOf(workbook).sheets[0].employees[4];
    expect([before.finalGrade, before.box]).toEqual(['Good', 'Core player']);
    setCell(workbook, SHEET, potentialCell(workbook, 4, 'calibrated'), 'Excellent');
    const { computed } = await cachedAndComputed(workbook, dir, 'grid-moved');
    // What the engine says of the edited workbook, written to a copy with its cached results.
    applyPlan(workbook, scoringOf(workbook).ops);
    expect(scoringOf(workbook).sheets[0].employees[4].box).toBe('High performer');
    const { cached } = await cachedAndComputed(workbook, dir, 'grid-rescored');
    let compared = 0;
    for (const [name, rows, cols] of [
      [SHEET, 40, 60],
      ['Talent grid', 40, 25],
    ] as const)
      compared += expectCachedAsComputed(cached.getWorksheet(name)!, computed.getWorksheet(name)!, rows, cols);
    expect(compared).toBeGreaterThan(300);
    const grid = computed.getWorksheet('Talent grid')!;
    const names: string[] = [];
    for (let r = 1; r <= 25; r++) for (let c = 1; c <= 4; c++) names.push(String(cellResult(grid, r, c) ?? ''));
    expect(names).toContain('R4');
  });
});
