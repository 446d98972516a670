import { draftPlans, scoreActiveSheet } from '../../src/hosts/officejs';
import { diffSnapshots } from '../fakes/fakeExcel';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from './workbooks';

/** Drafting plans from the task pane: the command line's engine through the Office.js host, on the fake. */
let wb: TestWorkbook;
afterEach(() => wb?.uninstall());

const WEAK = ['Employee 4', 'E00004', 'Team 4', 'Lead 4', 'Needs improvement', 100000, 2, 20000, 20, 0.005, 30, 30, 30];

test('drafts the plan of everyone who needs one, with the register; again, nothing is written', async () => {
  wb = await assessmentWorkbook(6, { rows: (i) => (i === 4 ? WEAK : employeeRow(i)) });
  await scoreActiveSheet('en-US');
  wb.fake.resetStats();
  const first = await draftPlans({}, 'en-US');
  expect(first.errors).toEqual([]);
  expect(first.drafted).toEqual([{ employee: 'Employee 4', sheet: 'Improvement plan Employee 4' }]);
  const plan = 'Improvement plan Employee 4';
  expect(wb.fake.workbook.cell(plan, 'H4').value).toBe('E00004');
  expect(wb.fake.workbook.cell(plan, 'B4').formula).toMatch(/^=IF\('[^']+'!\$A\$\d+="","",/);
  expect(wb.fake.workbook.cell(plan, 'F5').formula).toMatch(/^=IF\(/);
  expect(wb.fake.workbook.sheetNames()).toContain('Plans register');
  // Names and sheets; sizes; the engine's reads; the writes.
  expect(wb.fake.stats.syncs).toBeLessThanOrEqual(6);

  const before = wb.fake.workbook.snapshot();
  const again = await draftPlans({}, 'en-US');
  expect(again.drafted).toEqual([]);
  expect(again.existing).toEqual([{ employee: 'Employee 4', sheet: plan }]);
  expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
});

test('one employee by name; an unknown one is an error and nothing is written', async () => {
  wb = await assessmentWorkbook(6);
  await scoreActiveSheet('zh-CN');
  const before = wb.fake.workbook.snapshot();
  const unknown = await draftPlans({ employee: 'Nobody' }, 'zh-CN');
  expect(unknown.errors.map((e) => e.text)).toEqual([expect.stringContaining('本表中没有员工"Nobody"')]);
  expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
  const one = await draftPlans({ employee: 'Employee 2' }, 'zh-CN');
  expect(one.drafted).toEqual([{ employee: 'Employee 2', sheet: 'Improvement plan Employee 2' }]);
});

test('every plan drafted rewrites the register: its highlight rules replace the earlier ones, never stack', async () => {
  wb = await assessmentWorkbook(6);
  await scoreActiveSheet('en-US');
  const rules = () => wb.fake.workbook.mustSheet('Plans register').conditionalFormats.length;
  expect((await draftPlans({ employee: 'Employee 2' }, 'en-US')).drafted).toHaveLength(1);
  const first = rules();
  expect(first).toBe(2); // Overdue and Stale
  expect((await draftPlans({ employee: 'Employee 3' }, 'en-US')).drafted).toHaveLength(1);
  expect((await draftPlans({ employee: 'Employee 5' }, 'en-US')).drafted).toHaveLength(1);
  expect(rules()).toBe(first);
});
