import { scoreActiveSheet, startNextCycle } from '../../src/hosts/officejs';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { readAssessmentSheets } from '../../src/core/snapshot';
import { packageReader } from '../../src/hosts/xlsx/reader';
import { assessmentWorkbook, type TestWorkbook } from './workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.uninstall());

test('the next cycle from the pane: the new workbook opens with the same people, Previous grade = final grade; this one is only read', async () => {
  wb = await assessmentWorkbook(20);
  const scored = await scoreActiveSheet('en-US');
  const before = wb.fake.workbook.snapshot();
  wb.fake.resetStats();

  const outcome = await startNextCycle('2026 H2', 'en-US', 'h1.xlsx');

  expect(outcome.errors).toEqual([]);
  expect(outcome.sheets).toEqual([{ sheet: wb.sheet, employees: 20, graded: 20 }]);
  // Names, sizes, the engine's reads: a constant number of syncs, nothing written here.
  expect(wb.fake.stats.syncs).toBeLessThanOrEqual(4);
  expect(wb.fake.workbook.snapshot()).toEqual(before);
  expect(wb.fake.createdWorkbooks).toHaveLength(1);
  const pkg = XlsxPackage.read(Buffer.from(wb.fake.createdWorkbooks[0], 'base64'));
  const [sheet] = readAssessmentSheets(pkg.definedNames(), packageReader(pkg));
  expect(sheet.sheet).toBe(wb.sheet);
  expect(sheet.rows).toHaveLength(20);
  expect(sheet.rows.every((r) => r.cells.slice(5).every((x) => x === null))).toBe(true);
  // Previous grades: this cycle's final grades, as many of each as the Score found.
  const previous = new Map<string, number>();
  for (const r of sheet.rows) previous.set(String(r.cells[4]), (previous.get(String(r.cells[4])) ?? 0) + 1);
  for (const { grade, count } of scored.sheets[0].byGrade)
    expect([grade, previous.get(grade) ?? 0]).toEqual([grade, count]);
  expect(pkg.sheet(wb.sheet).value(2, 4)).toBe('2026 H2');
});

test('below ExcelApi 1.8 (no Excel.createWorkbook) nothing is done and the pane is told so', async () => {
  wb = await assessmentWorkbook(3, { fake: { apiVersion: '1.7' } });
  const outcome = await startNextCycle('2026 H2', 'en-US');
  expect(outcome).toMatchObject({ unsupported: true, sheets: [] });
  expect(wb.fake.createdWorkbooks).toEqual([]);
});
