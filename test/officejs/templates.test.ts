import { RULE_NAMES, sheetNames } from '../../src/core/names';
import { insertTemplates } from '../../src/hosts/officejs';
import { assessmentGeometry } from '../../src/layout/geometry';
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeInitial } from '../fakes/fakeExcel';

/** A workbook whose user already has sheets named like every template, with their own content. */
const USERS: FakeInitial = {
  sheets: [
    { name: 'Rules', cells: { A1: 'house rules', B5: 42 } },
    { name: 'sales', cells: { A1: 'my sales list', B2: { formula: 'SUM(1,2)' } } },
    { name: 'Calibration', cells: { C3: 'notes from last year' } },
    { name: 'Improvement plan', cells: { A1: 'draft' } },
  ],
  active: 'sales',
};

let fake: FakeExcel & { uninstall: () => void };
afterEach(() => fake.uninstall());

function sheetContent(f: FakeExcel, sheet: string): [string, string][] {
  return [...f.workbook.snapshot()].filter(([k]) => k.startsWith(`${sheet}!`));
}

test("inserting templates leaves the user's sheets untouched and takes free names", async () => {
  fake = installFakeExcel(globalThis, createFakeExcel(USERS));
  const before = USERS.sheets!.map((s) => sheetContent(fake, s.name));

  const plan = await insertTemplates({ lang: 'en-US', roles: ['sales', 'channel'], cycle: '2026 H1' });

  expect(USERS.sheets!.map((s) => sheetContent(fake, s.name))).toEqual(before);
  expect(fake.workbook.values('sales', 'A1:B2')).toEqual([
    ['my sales list', ''],
    ['', ''],
  ]);
  expect(fake.workbook.cell('sales', 'B2').formula).toBe('=SUM(1,2)');
  expect(plan.sheets.map((s) => s.sheet)).toEqual([
    'Rules (2)',
    'Sales (2)',
    'Channel specialist',
    'Goal cascade',
    '360 raters',
    'Calibration (2)',
    'Talent grid',
    'Improvement plan (2)',
  ]);
  expect(fake.workbook.sheetNames()).toEqual([...USERS.sheets!.map((s) => s.name), ...plan.sheets.map((s) => s.sheet)]);
  // The tool finds its tables by name, on the new sheets.
  const names = new Map(fake.workbook.definedNames().map((n) => [n.name, n]));
  expect(names.get(RULE_NAMES.lang)?.sheet).toBe('Rules (2)');
  expect(names.get(sheetNames('S1').scores)?.sheet).toBe('Sales (2)');
  expect(names.get(sheetNames('S2').scores)?.sheet).toBe('Channel specialist');
  // Formulas go in as formulas, the Indicators get their drop-downs, the user lands on the new sheet.
  expect(fake.workbook.cell('Rules (2)', 'C7').formula).toMatch(/^=\(B8-B7\)\/\(A8-A7\)$/);
  expect(fake.workbook.sheet('Sales (2)')!.validations.length).toBeGreaterThan(0);
  expect(fake.workbook.activeSheet?.name).toBe('Sales (2)');
  expect(fake.stats.syncs).toBe(2);
});

test('a cycle that looks like a formula is written as text', async () => {
  fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Sheet1' }] }));
  for (const cycle of ['=HYPERLINK("http://example.com","x")', '+2026', '-1', '@evil']) {
    const plan = await insertTemplates({ lang: 'en-US', roles: ['media'], cycle });
    const sheet = plan.sheets.find((s) => s.kind === 'assessment')!.sheet;
    const cell = fake.workbook.cell(sheet, `D${assessmentGeometry(5).infoRow}`);
    expect(cell).toMatchObject({ value: cycle, formula: null });
  }
});

test('a second insertion keeps the Rules, Calibration and plan sheets it already has', async () => {
  fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Sheet1' }] }));
  await insertTemplates({ lang: 'zh-CN', roles: ['channel'], cycle: '2026' });
  const plan = await insertTemplates({ lang: 'zh-CN', roles: ['channel'], cycle: '2026' });
  expect(plan.sheets).toEqual([{ sheet: '渠道专员 (2)', kind: 'assessment', role: 'channel', id: 'S2' }]);
});

test('without ExcelApi 1.8 the templates go in without drop-downs', async () => {
  fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Sheet1' }] }, { apiVersion: '1.7' }));
  const plan = await insertTemplates({ lang: 'en-US', roles: ['sales'], cycle: '2026' });
  expect(fake.workbook.sheet('Sales')!.validations).toEqual([]);
  expect(fake.workbook.definedNames().filter((n) => n.sheet === plan.sheets[1].sheet).length).toBeGreaterThan(3);
});

test('Excel older than the minimum is told so before anything is read', async () => {
  fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Sheet1' }] }, { apiVersion: '1.6' }));
  await expect(insertTemplates({ lang: 'en-US', roles: ['sales'], cycle: '2026' })).rejects.toThrow(
    /Excel 2019 or later \(ExcelApi 1\.7\)/,
  );
  expect(fake.stats.syncs).toBe(0);
});
