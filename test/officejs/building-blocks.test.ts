/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { cellInput, textInput } from '../../src/hosts/officejs/cellInput';
import { detectFeatures } from '../../src/hosts/officejs/features';
import { formulaForRow } from '../../src/hosts/officejs/formulaRows';
import { assessmentSheets } from '../../src/core/scoresTables';
import { namedRanges } from '../../src/hosts/officejs/names';
import { EngineReads, packReads, parseAreas, type ReadRequest } from '../../src/hosts/officejs/reads';
import { applyPlan, columnPoints, packRequests, REQUEST_BUDGET, type WriteItem } from '../../src/hosts/officejs/writes';
import { rowFormulas, type FormulaContext } from '../../src/layout/formulas';
import { shiftFormula } from '../fakes/a1';
import { createFakeExcel, installFakeExcel } from '../fakes/fakeExcel';
import type { Indicator } from '../../src/core/types';

describe('text that Excel would read as something else gets the apostrophe', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-', "'-"],
    ['@evil', "'@evil"],
    ["'quoted", "''quoted"],
    ['#N/A', "'#N/A"],
    ['2026-01', "'2026-01"],
    ['TRUE', "'TRUE"],
    ['Sales revenue', 'Sales revenue'],
    ['销售额', '销售额'],
    ['', ''],
  ])('%s', (text, sent) => expect(textInput(text)).toBe(sent));

  test('plan cells: null leaves the cell, an empty value clears it, formulas get "="', () => {
    expect(
      [null, { value: null }, { value: 5 }, { value: Number.NaN }, { value: true }, { formula: 'A1*2', result: 4 }].map(
        (c) => cellInput(c),
      ),
    ).toEqual([null, '', 5, '', true, '=A1*2']);
  });
});

describe('fill-down without copyFrom', () => {
  const indicators: Indicator[] = ['Revenue', 'New customers 2', 'Cost A1'].map((name, index) => ({
    index,
    row: 7 + index,
    dimension: index === 1 ? 'qualitative' : 'quantitative',
    name,
    weight: 30 + index,
    target: index === 1 ? null : 100,
    direction: index === 2 ? 'lower' : index === 1 ? null : 'higher',
    unit: '',
    source: '',
    ownTargets: false,
    key: null,
  }));
  const context: FormulaContext = {
    indicators,
    weightCol: 3,
    targetCol: 4,
    totalCell: { row: 10, col: 3 },
    inputCol: 6,
    ownCol: [null, null, null],
    computedCol: 9,
    lang: 'en-US',
    curvePoints: 5,
    fences: { lower: '$P$2', upper: '$Q$2' },
    talentGrid: true,
  };
  const first = rowFormulas(context, 14).filter((f): f is string => f !== null);

  test('gives each row what the layout itself writes for that row (names with cell-like text stay as they are)', () => {
    const row100 = rowFormulas(context, 100).filter((f): f is string => f !== null);
    expect(first.map((f) => formulaForRow(f, 86))).toEqual(row100);
    // The fake's copyFrom (written separately) agrees.
    expect(first.map((f) => shiftFormula(f, 86, 0))).toEqual(row100);
  });

  test("agrees with ExcelJS's fill-down where ExcelJS is right (no cell-like text inside strings)", () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    const formula = 'IF(AND(ISNUMBER(F14),F14>=0),F14/$D$7,"")+SUM($A14:B$14)*PR_CurveX';
    ws.fillFormula('C14:C20', formula, [0, 0, 0, 0, 0, 0, 0]);
    for (let r = 14; r <= 20; r++) expect(formulaForRow(formula, r - 14)).toBe(ws.getCell(`C${r}`).formula);
  });
});

test('RangeAreas addresses, with quoted sheet names that hold commas', () => {
  expect(parseAreas('S!A3:B3, S!A4')).toEqual([
    { r1: 3, c1: 1, r2: 3, c2: 2 },
    { r1: 4, c1: 1, r2: 4, c2: 1 },
  ]);
  expect(parseAreas("'Q1, Q2'!$J$12:$J$40,'Q1, Q2'!K9")).toEqual([
    { r1: 12, c1: 10, r2: 40, c2: 10 },
    { r1: 9, c1: 11, r2: 9, c2: 11 },
  ]);
});

test("names: only the tool's range names, which also say where the assessment sheets are", () => {
  const names = namedRanges([
    { name: 'PR_Lang', type: 'Range', formula: "='评分规则'!$B$3" },
    { name: 'PR_S1_Scores', type: 'Range', formula: '=Sales!$A$15:$I$15' },
    { name: 'PR_S1_Status', type: 'Range', formula: '=Sales!$A$3' },
    { name: 'PR_S2_Scores', type: 'Range', formula: "='Media (2)'!$A$16:$J$16" },
    { name: 'PR_Broken', type: 'Range', formula: '=#REF!$A$1' },
    { name: 'PR_Text', type: 'String', formula: '="hello"' },
    { name: 'Theirs', type: 'Range', formula: '=Sales!$A$1' },
  ]);
  expect(names.map((n) => `${n.name}@${n.sheet}`)).toEqual([
    'PR_Lang@评分规则',
    'PR_S1_Scores@Sales',
    'PR_S1_Status@Sales',
    'PR_S2_Scores@Media (2)',
  ]);
  expect(assessmentSheets(names)).toEqual(['Sales', 'Media (2)']);
});

test('requests are packed under the budget; an oversized item travels alone', () => {
  const item = (bytes: number): WriteItem => ({ bytes, queue: () => undefined });
  const packs = packRequests([item(2e6), item(1e6), item(1e6), item(5e6), item(10)], 3.5e6);
  expect(packs.map((p) => p.map((i) => i.bytes))).toEqual([[2e6, 1e6], [1e6], [5e6], [10]]);
});

test('a cells write of megabytes goes in row blocks, every request under 4 MB', async () => {
  const fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Big' }] }));
  try {
    const text = 'x'.repeat(60);
    const cells = Array.from({ length: 20000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => ({ value: `${text}${r}-${c}` })),
    );
    const syncs = await Excel.run((context) =>
      applyPlan(context, [{ kind: 'cells', sheet: 'Big', row: 1, col: 1, cells }], detectFeatures()),
    );
    expect(syncs).toBeGreaterThan(3);
    expect(fake.stats.syncs).toBe(syncs);
    expect(Math.max(...fake.stats.requests.map((r) => r.bytes))).toBeLessThanOrEqual(REQUEST_BUDGET + 64 * 1024);
    expect(fake.workbook.values('Big', 'J20000')).toEqual([[`${text}19999-9`]]);
    expect(fake.stats.requests.every((r) => r.calculationSuspended)).toBe(true);
  } finally {
    fake.uninstall();
  }
});

test('reads are packed by estimated response size; formulas found by special cells cost little', () => {
  const read = (kind: ReadRequest['kind'], rows: number): ReadRequest => ({
    kind,
    sheet: 'S',
    range: { r1: 1, c1: 1, r2: rows, c2: 10 },
  });
  const features = { ...detectFeatures(), specialCells: true };
  const packs = packReads(
    [read('values', 20000), read('formulas', 20000), read('values', 20000), read('values', 20)],
    features,
    3e6,
  );
  expect(packs.map((p) => p.map((r) => `${r.kind}:${r.range.r2}`))).toEqual([
    ['values:20000', 'formulas:20000'],
    ['values:20000', 'values:20'],
  ]);
  expect(packReads([read('formulas', 20000)], { ...features, specialCells: false }, 3e6)).toHaveLength(1);
  expect(packReads([], features)).toEqual([[]]);
});

test('a read too big for one response is cut into row slices, and the engine reads them as one range', () => {
  const features = { ...detectFeatures(), specialCells: true };
  const big: ReadRequest = { kind: 'values', sheet: 'S', range: { r1: 2, c1: 1, r2: 50001, c2: 13 } };
  const packs = packReads([big], features, 1e6);
  const slices = packs.flat();
  expect(slices.length).toBeGreaterThan(5);
  expect(slices[0].range.r1).toBe(2);
  expect(slices[slices.length - 1].range.r2).toBe(50001);
  for (let i = 1; i < slices.length; i++) expect(slices[i].range.r1).toBe(slices[i - 1].range.r2 + 1);
  for (const s of slices) expect((s.range.r2 - s.range.r1 + 1) * 13 * 12).toBeLessThanOrEqual(1e6);

  const reads = new EngineReads();
  for (const s of slices)
    reads.add({
      ...s,
      grid: Array.from({ length: s.range.r2 - s.range.r1 + 1 }, (_, i) => [s.range.r1 + i, ...Array(12).fill(null)]),
    });
  // Across a slice boundary, and the whole table.
  const at = slices[0].range.r2;
  expect(reads.values('S', { r1: at - 1, c1: 1, r2: at + 1, c2: 2 })).toEqual([
    [at - 1, null],
    [at, null],
    [at + 1, null],
  ]);
  expect(reads.values('S', big.range).map((line) => line[0])).toEqual(Array.from({ length: 50000 }, (_, i) => i + 2));
  expect(reads.complete).toBe(true);
});

test('column widths in points', () => {
  expect(columnPoints(16)).toBe(87.75);
});
