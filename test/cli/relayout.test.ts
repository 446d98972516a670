import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli, tempDir } from '../support/cli';
import { cellValue } from '../support/exceljsReader';
import { recalculate } from '../support/libreoffice';
import { XlsxPackage, saveWorkbook } from '../../src/hosts/xlsx/workbook';
import { channel, workbookWith, type EmployeeRow } from '../support/workbooks';
import type { CellValue } from '../../src/core/types';

/**
 * HR changes the Indicators table between cycles, in Excel: deletes "New customers", inserts the guide's
 * "Short-video lead conversion rate", sorts CAC above revenue (the Key column moves with the rows), and
 * re-weights. The next `score` lays the Scores table out again; nothing typed may be lost.
 */
const SHEET = 'Channel specialist';
const COUNT = 200;
const FIRST = 15;

function employees(): EmployeeRow[] {
  return Array.from(
    { length: COUNT },
    (_, i): EmployeeRow => [
      `P${i}`,
      `E${1000 + i}`,
      `T${i % 5}`,
      'Li Na',
      i % 7 === 0 ? 'Pass' : '',
      500000 + i * 1000,
      (i % 20) + 1,
      3000 + i * 7,
      60 + (i % 40),
    ],
  );
}

/** Every input cell of the Scores table as typed (formulas with their text), by row. */
function inputs(file: string, width: number): CellValue[][] {
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  const sheet = pkg.sheet(SHEET);
  return Array.from({ length: COUNT }, (_, i) =>
    Array.from({ length: width }, (_, j) => sheet.formula(FIRST + i, 6 + j)),
  );
}

function edit(file: string, change: (pkg: XlsxPackage) => void): void {
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  change(pkg);
  saveWorkbook(pkg, file);
}

/** Rows 7-10 of the Indicators table after HR's edit (A-I: dimension ... own targets, key). */
const EDITED: CellValue[][] = [
  ['Quantitative', 'Customer acquisition cost', 20, 5000, 'Lower is better', 'yuan', 'Finance system', null, 'K3'],
  ['Quantitative', 'Channel sales revenue', 40, 800000, 'Higher is better', 'yuan', 'CRM', null, 'K1'],
  ['Quantitative', 'Short-video lead conversion rate', 20, 0.05, 'Higher is better', '%', 'Douyin backend', null, null],
  ['Qualitative', 'Channel maintenance efficiency', 20, null, 'Panel score', '', 'Panel', null, 'K4'],
];

let dir: string;
let file: string;
let before: CellValue[][];

beforeAll(async () => {
  dir = tempDir();
  file = path.join(dir, 'team.xlsx');
  const pkg = workbookWith(channel, employees(), 'en-US');
  // One input is HR's own formula: it must move as a formula, its text unchanged.
  pkg.sheet(SHEET).write(FIRST + 5, 6, { kind: 'formula', formula: '700000+1', result: 700001 });
  // The panel calibrated one grade: it moves with the computed block (column W now, X after).
  pkg.sheet(SHEET).write(FIRST + 3, 23, { kind: 'value', value: 'Good' });
  saveWorkbook(pkg, file);
  expect((await cli('score', file)).code).toBe(0);
  before = inputs(file, 4);
  edit(file, (p) =>
    EDITED.forEach((row, i) =>
      row.forEach((value, j) => p.sheet(SHEET).write(7 + i, 1 + j, value === null ? null : { kind: 'value', value })),
    ),
  );
}, 60_000);

test('a column the new table needs holds a note: nothing is written, the message names the cell', async () => {
  const copy = path.join(dir, 'noted.xlsx');
  fs.copyFileSync(file, copy);
  // The old table ends at column AE (4 inputs, 22 computed columns); the new one needs AF.
  edit(copy, (p) => p.sheet(SHEET).write(20, 32, { kind: 'value', value: 'ask Li Na' }));
  const bytes = fs.readFileSync(copy);
  const run = await cli('score', copy);
  expect(run.code).toBe(1);
  expect(run.out).toContain(
    `[error] '${SHEET}'!AF20: the Scores table needs this column for its changed indicators, and it holds "ask Li Na". Move that elsewhere, then score again; nothing was written.`,
  );
  expect(fs.readFileSync(copy).equals(bytes)).toBe(true);
});

test('add, remove and reorder with 200 employees: every typed value is kept, the changes are listed, the new set is scored', async () => {
  const run = await cli('score', file);
  expect(run.code).toBe(0);
  expect(run.out).toContain(
    `'${SHEET}': the input columns are laid out again (indicators or own targets changed); nothing typed is lost:`,
  );
  for (const line of [
    '"Customer acquisition cost" moves from column H to column F.',
    '"Channel sales revenue" moves from column F to column G.',
    '"Short-video lead conversion rate" is new: an empty input column H.',
    '"New customers" is no longer an indicator: its values are kept in column J, not scored.',
  ])
    expect(run.out).toContain(`  ${line}`);
  expect(run.out).not.toContain('"Channel maintenance efficiency" moves');

  const after = inputs(file, 5);
  const header = XlsxPackage.read(fs.readFileSync(file)).sheet(SHEET);
  expect([6, 7, 8, 9, 10].map((c) => header.value(14, c))).toEqual([
    'Customer acquisition cost',
    'Channel sales revenue',
    'Short-video lead conversion rate',
    'Channel maintenance efficiency',
    'Removed: New customers',
  ]);
  // Every input of every employee, compared cell by cell: old F G H I -> new G J F I, H new and empty.
  let compared = 0;
  before.forEach(([revenue, customers, cac, maintenance], i) => {
    expect(after[i]).toEqual([cac, revenue, null, maintenance, customers]);
    compared += 4;
  });
  expect(compared).toBe(COUNT * 4);
  expect(after[5][1]).toBe('=700000+1');
  // The new key is written beside the new indicator; the others kept theirs.
  expect([7, 8, 9, 10].map((r) => header.value(r, 9))).toEqual(['K3', 'K1', 'K5', 'K4']);

  // The new indicator has no values yet: nobody is scored, each Status names the empty cell.
  const json = JSON.parse((await cli('score', file, '--json')).out);
  const sheet = json.sheets[0];
  expect(sheet.layoutChanges).toEqual([]);
  expect(sheet.employees[3].calibratedGrade).toBe('Good');
  expect(sheet.employees.filter((e: { calibratedGrade: string }) => e.calibratedGrade !== '')).toHaveLength(1);
  expect(header.value(FIRST + 3, 24)).toBe('Good');
  expect(sheet.employees[0].statusText).toBe('Not scored: H15 (Short-video lead conversion rate) missing.');
  expect(sheet.employees[0].indicators.map((x: { name: string }) => x.name)).toEqual(EDITED.map((r) => r[1]));

  edit(file, (p) => {
    for (let i = 0; i < COUNT; i++) p.sheet(SHEET).write(FIRST + i, 8, { kind: 'value', value: 0.06 });
  });
  const scored = JSON.parse((await cli('score', file, '--json')).out).sheets[0];
  expect(scored.employees.every((e: { status: string }) => e.status === 'scored')).toBe(true);
  // P0: CAC 3,000 of at most 5,000 scores 100, revenue 500,000 of 800,000 61.25, 0.06 of 0.05 90, panel 60:
  // (100x20 + 61.25x40 + 90x20 + 60x20) / 100 = 74.5.
  expect(scored.employees[0].weightedScore).toBe(74.5);

  // LibreOffice recalculates the laid-out sheet: the formulas at their new place give the engine's scores.
  const [recalculated] = recalculate([file]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(recalculated);
  const ws = workbook.getWorksheet(SHEET)!;
  const weightedCol = 10 + 1 + 4 + 4; // inputs F..J, then 4 achievements, 4 scores: the weighted score
  scored.employees.forEach((e: { row: number; weightedScore: number }) =>
    expect(cellValue(ws.getCell(e.row, weightedCol))).toBeCloseTo(e.weightedScore, 6),
  );
}, 120_000);
