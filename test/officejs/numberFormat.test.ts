/**
 * Range.numberFormat given one string for a whole range: what Office does (every cell takes it), but no
 * longer what Microsoft's reference describes. An Excel that refuses it must get the 2-D array instead,
 * with the same workbook as the result.
 */
import { scoreActiveSheet } from '../../src/hosts/officejs';
import { resetNumberFormatForm } from '../../src/hosts/officejs/numberFormats';
import { diffSnapshots } from '../fakes/fakeExcel';
import { assessmentWorkbook, type TestWorkbook } from './workbooks';

let wb: TestWorkbook | undefined;
afterEach(() => {
  wb?.uninstall();
  wb = undefined;
});
beforeEach(() => resetNumberFormatForm());

async function scoredSnapshot(numberFormatString: boolean) {
  resetNumberFormatForm();
  wb = await assessmentWorkbook(12, { fake: { numberFormatString } });
  // Inserting the templates learnt the form already: Score learns it afresh.
  resetNumberFormatForm();
  wb.fake.resetStats();
  const outcome = await scoreActiveSheet('en-US');
  const result = { outcome, snapshot: wb.fake.workbook.snapshot(), syncs: wb.fake.stats.syncs };
  wb.uninstall();
  wb = undefined;
  return result;
}

test('an Excel that takes only the 2-D array gets it, once refused, and the sheet comes out the same', async () => {
  const usual = await scoredSnapshot(true);
  const arrays = await scoredSnapshot(false);
  expect(arrays.outcome.sheets[0]).toMatchObject({ blocked: false, scored: 12 });
  expect(diffSnapshots(usual.snapshot, arrays.snapshot)).toEqual([]);
  // Formats were written at all: some cell is not General.
  expect([...usual.snapshot.values()].some((v) => /"numberFormat":"(?!General)/.test(v))).toBe(true);
  // The refused request is sent again from the refused format on: one more sync, once.
  expect(arrays.syncs).toBe(usual.syncs + 1);
});

test('once learnt, the array form is used from the first request', async () => {
  wb = await assessmentWorkbook(12, { fake: { numberFormatString: false } });
  await scoreActiveSheet('en-US');
  wb.fake.resetStats();
  await scoreActiveSheet('en-US');
  const again = wb.fake.stats.syncs;
  wb.uninstall();
  resetNumberFormatForm();
  wb = await assessmentWorkbook(12);
  await scoreActiveSheet('en-US');
  wb.fake.resetStats();
  await scoreActiveSheet('en-US');
  expect(again).toBe(wb.fake.stats.syncs);
});
