import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { channelWorkbook, cli, tempDir } from '../support/cli';
import { cellResult } from '../support/workbooks';
import { recalculate } from '../support/libreoffice';
import { XlsxPackage, saveWorkbook } from '../../src/hosts/xlsx/workbook';
import type { CellValue } from '../../src/core/types';

/**
 * 360-degree feedback: several raters per qualitative indicator, each rating resting on a recorded
 * fact (the guide). The summary puts the raters' count and average beside the panel's score.
 */
const RATERS = '360 raters';
const INDICATOR = 'Channel maintenance efficiency';
const RATINGS: CellValue[][] = [
  [
    'E1001',
    'Zhang Wei',
    INDICATOR,
    'Chen Jing',
    'Peer',
    80,
    'Fixed the distributor portal outage on 3 Sep',
    '2024-09-03',
  ],
  ['E1001', 'Zhang Wei', INDICATOR, 'Wu Lei', 'Partner department', 90, 'Weekly stock report always on time', null],
  ['E1001', 'Zhang Wei', INDICATOR, 'Acme Ltd', 'Customer', 70, 'Two late replies in August (ticket log)', null],
  ['E1002', 'Wang Fang', INDICATOR, 'Li Na', 'Supervisor', 90, 'Took over three accounts in July', null],
  ['E1002', 'Wang Fang', INDICATOR, 'Zhao Min', 'Peer', 86, null, null],
  ['E1002', 'Wang Fang', INDICATOR, 'Big Mart', 'Customer', 120, 'Praised in the Q3 survey', null],
];

let dir: string;
let file: string;

beforeAll(async () => {
  dir = tempDir();
  file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', file)).code).toBe(0);
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(
    csv,
    [
      'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
      'Zhang Wei,E1001,East,Li Na,880000,12,4800,85',
      'Wang Fang,E1002,East,Li Na,760000,16,5200,60',
    ].join('\n'),
  );
  expect((await cli('import', file, '--csv', csv)).code).toBe(0);
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  RATINGS.forEach((row, i) =>
    row.forEach((value, j) => value !== null && pkg.sheet(RATERS).write(5 + i, 1 + j, { kind: 'value', value })),
  );
  saveWorkbook(pkg, file);
}, 60_000);

test('count and average beside the panel score; a gap over 15 without a note, a rating with no fact and a score over 100 are warnings', async () => {
  const json = JSON.parse((await cli('score', file, '--json')).out);
  expect(json.raterChecks.map((c: { code: string; sheet: string; cell: string }) => [c.code, c.sheet, c.cell])).toEqual(
    [
      ['rater-no-fact', RATERS, 'G9'],
      ['rater-score-invalid', RATERS, 'F10'],
      ['rater-gap', 'Channel specialist', 'I16'],
    ],
  );
  expect(json.raterChecks[2].message).toBe(
    `'Channel specialist'!I16: Wang Fang: the panel's 60 for "${INDICATOR}" differs from the 360 average 88.0 (2 raters) by more than 15. Review the score, or write the reason in the Panel note on the 360 raters sheet.`,
  );
  const sheet = XlsxPackage.read(fs.readFileSync(file)).sheet(RATERS);
  const line = (r: number) => [10, 11, 12, 13, 14, 15, 16, 17, 18].map((c) => sheet.value(r, c));
  expect(line(5)).toEqual(['E1001', 'Zhang Wei', INDICATOR, 3, 80, 85, 5, null, '']);
  expect(line(6)).toEqual([
    'E1002',
    'Wang Fang',
    INDICATOR,
    2,
    88,
    60,
    -28,
    null,
    'The panel differs from the raters by 28.0: add a note or review the score',
  ]);
  // The line with a gap and no note is highlighted as a flagged row is, live from its check column (R).
  expect(
    sheet.elements('conditionalFormatting').filter((x) => x.includes('<formula>$R5&lt;&gt;&quot;&quot;</formula>')),
  ).toEqual([expect.stringMatching(/^<conditionalFormatting sqref="J5:R\d+">/)]);
  // LibreOffice computes the same from the live formulas.
  const [out] = recalculate([file]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(RATERS)!;
  for (const r of [5, 6])
    expect([13, 14, 15, 16, 18].map((c) => cellResult(ws, r, c) ?? '')).toEqual(
      line(r).filter((_, k) => [3, 4, 5, 6, 8].includes(k)),
    );
});

test('a panel note explains the gap: the warning goes, the note stays when the summary is written again', async () => {
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  pkg.sheet(RATERS).write(6, 17, { kind: 'value', value: 'Panel saw the July escalation log; raters did not' });
  saveWorkbook(pkg, file);
  const json = JSON.parse((await cli('score', file, '--json')).out);
  expect(json.raterChecks.map((c: { code: string }) => c.code)).toEqual(['rater-no-fact', 'rater-score-invalid']);
  const sheet = XlsxPackage.read(fs.readFileSync(file)).sheet(RATERS);
  expect([sheet.value(6, 17), sheet.value(6, 18)]).toEqual(['Panel saw the July escalation log; raters did not', '']);
});

test('each rater against the other raters of the same people: one scoring 14 points above is named, one with a single rating is too few to judge; LibreOffice agrees', async () => {
  const own = await channelWorkbook(
    dir,
    'raters.xlsx',
    'en-US',
    [1, 2, 3, 4].map((i) => `P${i},E${i},East,Li Na,800000,15,5000,70`),
  );
  const base = [60, 70, 65, 75];
  const ratings: CellValue[][] = [];
  base.forEach((score, i) => {
    for (const [rater, plus] of [
      ['Ann', 0],
      ['Bo', 2],
      ['Cai', 15],
    ] as const)
      ratings.push([`E${i + 1}`, `P${i + 1}`, INDICATOR, rater, 'Peer', score + plus, 'Recorded in the ticket log']);
    if (i === 0) ratings.push(['E1', 'P1', INDICATOR, 'Dan', 'Customer', 62, 'Survey answer']);
  });
  const pkg = XlsxPackage.read(fs.readFileSync(own));
  ratings.forEach((row, i) =>
    row.forEach((value, j) => pkg.sheet(RATERS).write(5 + i, 1 + j, { kind: 'value', value })),
  );
  saveWorkbook(pkg, own);
  const json = JSON.parse((await cli('score', own, '--json')).out);
  const effects = json.raterChecks.filter((c: { code: string }) => c.code === 'rater-360-effect');
  expect(effects.map((c: { cell: string; message: string }) => [c.cell, c.message])).toEqual([
    [
      'D7',
      "'360 raters'!D7: Cai's 360 scores stand 13.9 points above the other raters of the same people (4 ratings compared). Review their ratings and the facts behind them.",
    ],
  ]);
  // Under the summary (4 lines from row 5): the section, its header, then one row per rater.
  const sheet = XlsxPackage.read(fs.readFileSync(own)).sheet(RATERS);
  // Under the summary's columns of the same kind: rater (Indicator, L), compared (Count, M), difference
  // (Average, N), note (Check, R).
  const table = [12, 13, 14, 15].map((r) => [12, 13, 14, 18].map((c) => sheet.value(r, c)));
  expect(sheet.value(10, 10)).toBe('Raters against the other raters of the same people');
  expect(table.map(([rater, compared, , note]) => [rater, compared, note])).toEqual([
    ['Ann', 4, ''],
    ['Bo', 4, ''],
    ['Cai', 4, 'Scores higher than the other raters: review'],
    ['Dan', 1, 'Too few ratings to judge'],
  ]);
  expect(table[2][2]).toBeCloseTo((41 / 3 + 14 * 3) / 4, 9);
  const [out] = recalculate([own]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(RATERS)!;
  [12, 13, 14, 15].forEach((r, k) =>
    [13, 14, 18].forEach((c, j) => {
      const want = table[k][j + 1];
      const got = cellResult(ws, r, c) ?? '';
      if (typeof want === 'number') expect(got).toBeCloseTo(want, 9);
      else expect(got).toBe(want);
    }),
  );
});
