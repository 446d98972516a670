/**
 * While the user is still typing in a cell, Excel fails every batch unless it was started with
 * delayForCellEdit: the add-in's batches wait for the edit to end instead of failing part-way.
 */
import { importCsv, scoreActiveSheet } from '../../src/hosts/officejs';
import { parseCsv } from '../../src/core/csv';
import { assessmentWorkbook, type TestWorkbook } from './workbooks';

let wb: TestWorkbook | null = null;
afterEach(() => wb?.uninstall());

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('Score clicked while a cell is being edited waits for the edit to end, then scores', async () => {
  wb = await assessmentWorkbook(6);
  const { fake } = wb;
  fake.workbook.beginCellEdit();
  let settled = false;
  const scoring = scoreActiveSheet('en-US').finally(() => (settled = true));
  await later(30);
  expect(settled).toBe(false);
  expect(fake.stats.syncs).toBe(0);
  fake.workbook.endCellEdit();
  const outcome = await scoring;
  expect(outcome.sheets[0]).toMatchObject({ blocked: false, scored: 6 });
});

test("the user starts typing between two of Score's requests: the rest waits, nothing fails half-way", async () => {
  wb = await assessmentWorkbook(6);
  const { fake } = wb;
  fake.workbook.cellEditAtSync = 2;
  setTimeout(() => fake.workbook.endCellEdit(), 40);
  const outcome = await scoreActiveSheet('en-US');
  expect(outcome.sheets[0]).toMatchObject({ blocked: false, scored: 6 });
  expect(fake.workbook.cellEditMode).toBe(false);
});

test('an import written while a cell is being edited waits too', async () => {
  wb = await assessmentWorkbook(2);
  const { fake } = wb;
  fake.workbook.cellEditAtSync = 3;
  setTimeout(() => fake.workbook.endCellEdit(), 40);
  const outcome = await importCsv(parseCsv('Employee ID,Name\nE9,Zed\n'), 'crm.csv', true, 'en-US');
  expect(outcome).toMatchObject({ written: true });
});
