/**
 * What the add-in's one driver (src/hosts/officejs/driver.ts) guarantees every command, on the strict
 * fake: rows the user's filter hides are shown while a command reads and writes (the fake, like
 * Office.js, leaves getSpecialCells and copyFrom over hidden rows unspecified: it refuses them), and the
 * filter comes back afterwards, whatever fails.
 */
import { cellAddress } from '../../src/core/a1';
import { parseCsv } from '../../src/core/csv';
import { draftPlans, importCsv, scoreActiveSheet, showFlaggedOnly } from '../../src/hosts/officejs';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from './workbooks';
import { recalculateFromEngine } from '../support/recalculateFromEngine';

let wb: TestWorkbook;
afterEach(() => wb?.uninstall());

const FLAGGED = 3;

/** A scored sheet of six, employee 3 flagged (2.5 times the target), the panel's "flagged rows only" on. */
async function filteredToFlagged() {
  wb = await assessmentWorkbook(6, {
    rows: (i) => {
      const row = employeeRow(i);
      if (i === FLAGGED) row[5] = 2500000;
      return row;
    },
  });
  await scoreActiveSheet('en-US');
  recalculateFromEngine(wb.fake);
  expect(await showFlaggedOnly(true, 'en-US')).toMatchObject({ on: true, flagged: 1 });
  const filter = wb.fake.workbook.autoFilter(wb.sheet);
  expect(filter.hiddenRows).toHaveLength(5);
  wb.fake.resetStats();
  return filter;
}

/** Employees 1 and 2 (employee 1's row hidden by the filter), their first indicator's actual. */
function CSV(value: number) {
  const header = String(wb.fake.workbook.cell(wb.sheet, cellAddress(wb.firstRow - 1, wb.inputCol)).value);
  return parseCsv(`Employee ID,"${header}"\nE00001,${value}\nE00002,${value}\n`);
}

test('drafting plans while rows are filtered reads every row, then the same filter hides the same rows', async () => {
  const filter = await filteredToFlagged();
  const outcome = await draftPlans({}, 'en-US');
  expect(outcome.errors).toEqual([]);
  expect(wb.fake.workbook.autoFilter(wb.sheet)).toEqual(filter);
});

test('importing while rows are filtered: the preview and the write read and write every row, the filter comes back', async () => {
  const filter = await filteredToFlagged();
  const preview = await importCsv(CSV(990000), 'crm.csv', false, 'en-US');
  expect(preview).toMatchObject({ written: false, report: { updated: 2 } });
  expect(wb.fake.workbook.autoFilter(wb.sheet)).toEqual(filter);
  const done = await importCsv(CSV(990000), 'crm.csv', true, 'en-US');
  expect(done).toMatchObject({ written: true, report: { updated: 2 } });
  // Employee 1's row is hidden by the filter: written all the same.
  expect(wb.fake.workbook.cell(wb.sheet, cellAddress(wb.firstRow, wb.inputCol)).value).toBe(990000);
  expect(wb.fake.workbook.autoFilter(wb.sheet)).toEqual(filter);
});

test('a write Excel refuses leaves nothing half-done and the filter as the user had it', async () => {
  const filter = await filteredToFlagged();
  await importCsv(CSV(990000), 'crm.csv', false, 'en-US');
  const previewSyncs = wb.fake.stats.syncs;
  wb.fake.resetStats();
  const before = wb.fake.workbook.cell(wb.sheet, cellAddress(wb.firstRow, wb.inputCol)).value;
  // The preview's last sync put the filter back; the write's run sends its writes there instead.
  wb.fake.workbook.failAtSync = { atSync: previewSyncs, code: 'GeneralException' };
  await expect(importCsv(CSV(990000), 'crm.csv', true, 'en-US')).rejects.toMatchObject({ code: 'GeneralException' });
  expect(wb.fake.workbook.cell(wb.sheet, cellAddress(wb.firstRow, wb.inputCol)).value).toBe(before);
  expect(wb.fake.workbook.autoFilter(wb.sheet)).toEqual(filter);
});
