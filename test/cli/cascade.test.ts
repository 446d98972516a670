import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli, tempDir } from '../support/cli';
import { cellValue } from '../support/exceljsReader';
import { recalculate } from '../support/libreoffice';
import { XlsxPackage, saveWorkbook } from '../../src/hosts/xlsx/workbook';
import { dateSerial } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';

/**
 * The goal cascade (guide step 2): the department's 3,000,000 split into group A 1,500,000, group B
 * 1,000,000 and one representative's 500,000. The parts add up; the representative's part is her own
 * target on the Scores table; one part changed by 100,000 is one check naming the cells.
 */
const CASCADE = 'Goal cascade';
const SHEET = 'Channel specialist';
const DUE = dateSerial('2024-12-31');
const ROWS: CellValue[][] = [
  [
    'Department',
    'D1',
    null,
    'Channel sales revenue',
    '2024 Q3',
    3000000,
    'yuan',
    'Higher is better',
    'Head of marketing',
    null,
    DUE,
    'Annual plan',
    'Department plan',
  ],
  [
    'Group',
    'G1',
    'D1',
    'Channel sales revenue',
    '2024 Q3',
    1500000,
    'yuan',
    'Higher is better',
    'Group A lead',
    null,
    DUE,
    'CRM',
    'Two new distributors',
  ],
  [
    'Group',
    'G2',
    'D1',
    'Channel sales revenue',
    '2024 Q3',
    1000000,
    'yuan',
    'Higher is better',
    'Group B lead',
    null,
    DUE,
    'CRM',
    'Last year plus 10%',
  ],
  [
    'Individual',
    'I1',
    'D1',
    'Channel sales revenue',
    '2024 Q3',
    500000,
    'yuan',
    'Higher is better',
    'Wang Fang',
    'E1002',
    DUE,
    'CRM',
    'Key accounts',
  ],
];

let dir: string;
let file: string;

function edit(target: string, change: (pkg: XlsxPackage) => void) {
  const pkg = XlsxPackage.read(fs.readFileSync(target));
  change(pkg);
  saveWorkbook(pkg, target);
}

beforeAll(async () => {
  dir = tempDir();
  file = path.join(dir, 'team.xlsx');
  expect(
    (await cli('template', '--lang', 'en-US', '--roles', 'channel', '--cycle', '2024 Q3', '--out', file)).code,
  ).toBe(0);
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(
    csv,
    [
      'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
      'Zhang Wei,E1001,East,Li Na,880000,12,4800,85',
      'Wang Fang,E1002,East,Li Na,550000,12,4800,85',
    ].join('\n'),
  );
  expect((await cli('import', file, '--csv', csv)).code).toBe(0);
  edit(file, (pkg) =>
    ROWS.forEach((row, i) =>
      row.forEach((value, j) => value !== null && pkg.sheet(CASCADE).write(5 + i, 1 + j, { kind: 'value', value })),
    ),
  );
}, 60_000);

test("a cascade that adds up gets no check; the representative's part is her own target: 550,000 of 500,000 is 110%", async () => {
  const json = JSON.parse((await cli('score', file, '--json')).out);
  expect(json.cascadeChecks).toEqual([]);
  const [zhang, wang] = json.sheets[0].employees;
  expect(wang.indicators[0]).toMatchObject({
    name: 'Channel sales revenue',
    target: 500000,
    ownTarget: true,
    achievement: 1.1,
  });
  expect(wang.statusText).toBe('Scored (own target: Channel sales revenue)');
  // Everyone else keeps the sheet's target.
  expect(zhang.indicators[0]).toMatchObject({ target: 800000, ownTarget: false, achievement: 1.1 });
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  // The own-target column is a live link to the cascade's cell.
  const header = pkg.definedNames().find((n) => n.name === 'PR_S1_Own_K1')!;
  expect(pkg.sheet(SHEET).value(header.range.r1, header.range.c1)).toBe('Channel sales revenue target');
  expect(pkg.sheet(SHEET).formula(header.range.r1 + 2, header.range.c1)).toBe(`='${CASCADE}'!$F$8`);
  expect(pkg.sheet(CASCADE).value(5, 15)).toBe('Parts add up');
});

test("one part changed by 100,000: one check naming the parent's and the parts' cells, in both languages; LibreOffice agrees, and follows an edit", async () => {
  edit(file, (pkg) => pkg.sheet(CASCADE).write(7, 6, { kind: 'value', value: 1100000 }));
  const en = JSON.parse((await cli('score', file, '--json')).out);
  expect(en.cascadeChecks).toEqual([
    {
      severity: 'warning',
      code: 'cascade-sum',
      sheet: CASCADE,
      cell: 'F5',
      message: `'${CASCADE}'!F5: the parts of "D1" (F6, F7, F8) total 3,100,000, not its target 3,000,000. Correct the parts or the target so that they add up.`,
    },
  ]);
  const zh = JSON.parse((await cli('score', file, '--json', '--lang', 'zh-CN')).out);
  expect(zh.cascadeChecks).toHaveLength(1);
  expect(zh.cascadeChecks[0].message).toContain(
    '"D1"的下级目标（F6、F7、F8）合计 3,100,000，不等于其目标 3,000,000。请修改下级目标或该目标，使其相加一致。',
  );
  expect(XlsxPackage.read(fs.readFileSync(file)).sheet(CASCADE).value(5, 15)).toBe(
    'Parts F6, F7, F8 total 3,100,000, not 3,000,000.',
  );

  // Without the tool: HR raises the representative's part to 550,000; the links and checks follow.
  const edited = path.join(dir, 'edited.xlsx');
  fs.copyFileSync(file, edited);
  edit(edited, (pkg) => pkg.sheet(CASCADE).write(8, 6, { kind: 'value', value: 550000 }));
  const [scored, changed] = recalculate([file, edited]);
  const read = async (f: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    return wb;
  };
  const a = await read(scored);
  expect(cellValue(a.getWorksheet(CASCADE)!.getCell('O5'))).toBe('Parts F6, F7, F8 total 3,100,000, not 3,000,000.');
  expect(cellValue(a.getWorksheet(CASCADE)!.getCell('N5'))).toBe(3100000);
  // Wang Fang's revenue achievement: column K (after 4 inputs and the own target) on her row 16.
  expect(cellValue(a.getWorksheet(SHEET)!.getCell('K16'))).toBeCloseTo(1.1, 12);
  const b = await read(changed);
  expect(cellValue(b.getWorksheet(CASCADE)!.getCell('O5'))).toBe('Parts F6, F7, F8 total 3,150,000, not 3,000,000.');
  expect(cellValue(b.getWorksheet(SHEET)!.getCell('K16'))).toBeCloseTo(1, 12);
}, 120_000);

test('calibrating on a sheet whose own targets come from the cascade: its layout is the one Score left', async () => {
  const run = await cli(
    'calibrate',
    file,
    '--employee',
    'E1002',
    '--grade',
    'Good',
    '--reason',
    'Key accounts grew in September',
    '--by',
    'Li Na',
  );
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
});
