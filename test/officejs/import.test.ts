/** The task pane's CSV import through the Office.js host, on the fake: the command line's engine, one write. */
import { cellAddress } from '../../src/core/a1';
import { importCsv } from '../../src/hosts/officejs';
import { parseCsv } from '../../src/core/csv';
import { diffSnapshots } from '../fakes/fakeExcel';
import { assessmentWorkbook, type TestWorkbook } from './workbooks';
import { channel } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.uninstall());

const CSV = parseCsv(
  '员工编号,员工姓名,部门,直接上级,渠道销售额（万元）,新客户开发数量,CAC,渠道维护效率,备注\nE1,Zhang Wei,East,Li Na,88,12,4800,85,x\nE2,Wang Fang,East,Li Na,100,18,4200,90,y\n',
);

test('preview: the mapping and what would change, nothing written; then one write of exactly that', async () => {
  wb = await assessmentWorkbook(0, { preset: channel });
  const { fake, sheet, firstRow } = wb;
  const before = fake.workbook.snapshot();
  const preview = await importCsv(CSV, 'CRM export', false, 'en-US');
  expect(preview).toMatchObject({
    sheet,
    written: false,
    report: { appended: 2, updated: 0, unmatchedColumns: ['备注'], refused: null },
  });
  expect('report' in preview && preview.report.conversions).toEqual([
    { header: '渠道销售额（万元）', factor: 10000, count: 2, example: { before: 88, after: 880000 } },
  ]);
  expect(diffSnapshots(before, fake.workbook.snapshot())).toEqual([]);
  const previewSyncs = fake.stats.syncs;
  expect(previewSyncs).toBeLessThanOrEqual(4);

  fake.resetStats();
  const done = await importCsv(CSV, 'CRM export', true, 'en-US');
  expect(done).toMatchObject({ written: true, report: { appended: 2 } });
  const row = (r: number) =>
    Array.from({ length: 9 }, (_, c) => fake.workbook.cell(sheet, cellAddress(r, c + 1)).value);
  expect(row(firstRow)).toEqual(['Zhang Wei', 'E1', 'East', 'Li Na', '', 880000, 12, 4800, 85]);
  expect(row(firstRow + 1)).toEqual(['Wang Fang', 'E2', 'East', 'Li Na', '', 1000000, 18, 4200, 90]);
  const changed = diffSnapshots(before, fake.workbook.snapshot());
  expect(changed.every((k) => new RegExp(`^${sheet}!([A-I]${firstRow}|[A-I]${firstRow + 1}|B4)$`).test(k))).toBe(true);
  expect(fake.stats.syncs).toBe(previewSyncs + 1);

  // The same file again: nothing to write.
  const snapshot = fake.workbook.snapshot();
  const again = await importCsv(CSV, 'CRM export', true, 'en-US');
  expect(again).toMatchObject({ written: false, report: { appended: 0, updated: 0, unchanged: 2 } });
  expect(diffSnapshots(snapshot, fake.workbook.snapshot())).toEqual([]);
});

test('no key column: refused, nothing written', async () => {
  wb = await assessmentWorkbook(0, { preset: channel });
  const before = wb.fake.workbook.snapshot();
  const outcome = await importCsv(parseCsv('Account Owner,Amount\nZhang,1\n'), 'x', true, 'en-US');
  expect(outcome).toMatchObject({
    written: false,
    report: { refused: 'no-key-column', headers: ['Account Owner', 'Amount'] },
  });
  expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
});

test('on a sheet that is not an assessment sheet: says which sheets are', async () => {
  wb = await assessmentWorkbook(0, { preset: channel });
  wb.fake.workbook.activate('Notes');
  expect(await importCsv(CSV, 'x', true, 'en-US')).toEqual({
    notAssessmentSheet: { active: 'Notes', assessmentSheets: [wb.sheet] },
  });
});
