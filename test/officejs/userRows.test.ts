/**
 * The same promises in the add-in, where the same engine runs through the Office.js host: a note typed
 * below the table, the user's own total line, and rows sorted in Excel.
 */
import { cellAddress } from '../../src/core/a1';
import { computedColumns } from '../../src/core/columns';
import { scoreActiveSheet } from '../../src/hosts/officejs';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from './workbooks';

let wb: TestWorkbook | null = null;
afterEach(() => wb?.uninstall());

const N = 8;

/** Score in the add-in: the sheet's counts per grade, and the typed inputs afterwards by Employee ID. */
async function scoreRows(rows: (i: number) => ReturnType<typeof employeeRow>, count: number) {
  wb = await assessmentWorkbook(count, { rows });
  const outcome = await scoreActiveSheet('en-US');
  const { fake, sheet, firstRow } = wb;
  const typed = new Map<string, unknown[]>();
  for (let r = firstRow; r < firstRow + count; r++)
    typed.set(String(fake.workbook.cell(sheet, `B${r}`).value), fake.workbook.values(sheet, `A${r}:M${r}`)[0]);
  wb.uninstall();
  wb = null;
  return { summary: outcome.sheets[0], typed };
}

test('a note below the table (in a computed column, near and far) and a Total line are never written over or graded', async () => {
  wb = await assessmentWorkbook(6);
  const { fake, sheet, firstRow, computedCol, inputCol } = wb;
  const cols = computedColumns(computedCol, N);
  const last = firstRow + 5;
  fake.workbook.setCells(sheet, cellAddress(last + 2, 1), [
    ['Total', '', '', '', '', `=SUM(${cellAddress(firstRow, inputCol)}:${cellAddress(last, inputCol)})`],
  ]);
  fake.workbook.setCells(sheet, cellAddress(last + 4, cols.grade), [['Checked by HR']]);
  fake.workbook.setCells(sheet, cellAddress(last + 300, cols.weighted), [['archive']]);
  const outcome = await scoreActiveSheet('en-US');
  expect(outcome.sheets[0]).toMatchObject({ blocked: false, scored: 6 });
  expect(fake.workbook.cell(sheet, cellAddress(last + 4, cols.grade)).value).toBe('Checked by HR');
  expect(fake.workbook.cell(sheet, cellAddress(last + 300, cols.weighted)).value).toBe('archive');
  const total = fake.workbook.cell(sheet, cellAddress(last + 2, inputCol));
  expect(String(total.formula ?? total.value)).toMatch(/^=SUM\(/);
  for (const r of [last + 1, last + 2, last + 3, last + 5])
    expect(fake.workbook.cell(sheet, cellAddress(r, cols.weighted)).formula ?? null).toBeNull();
});

test('a note inside the table, where Score writes, is a sheet error naming the cell; nothing written', async () => {
  wb = await assessmentWorkbook(6, { rows: (i) => (i === 3 ? ['', '', '', '', ''] : employeeRow(i)) });
  const { fake, sheet, firstRow, computedCol } = wb;
  const cell = cellAddress(firstRow + 2, computedColumns(computedCol, N).grade);
  fake.workbook.setCells(sheet, cell, [['ask Li']]);
  const before = fake.workbook.snapshot();
  const outcome = await scoreActiveSheet('en-US');
  expect(outcome.sheets[0].blocked).toBe(true);
  expect(outcome.checks).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'table-occupied', cell })]));
  // Only the sheet's status line says why it was not scored.
  const changed = [...fake.workbook.snapshot()].filter(([k, v]) => before.get(k) !== v && k.startsWith(sheet));
  expect(changed.map(([k]) => k)).toEqual([`${sheet}!A3`]);
});

test('rows sorted in Excel: the same grades, and every employee keeps their own inputs', async () => {
  const count = 12;
  const straight = await scoreRows(employeeRow, count);
  const sorted = await scoreRows((i) => employeeRow(count + 1 - i), count);
  expect(sorted.summary).toEqual(straight.summary);
  expect(straight.summary.scored).toBe(count);
  expect(sorted.typed).toEqual(straight.typed);
});

test('a column inserted inside the Indicators table (as Excel leaves it: the name one wider, the headers shifted) is a sheet error, nothing written', async () => {
  wb = await assessmentWorkbook(6);
  const { fake, sheet } = wb;
  const indicators = fake.workbook.name('PR_S1_Indicators')!;
  // What Excel does to the part the tool reads first: the table's name grows by the new column C, and
  // the headers from Weight on move one to the right.
  indicators.area = { ...indicators.area, c2: indicators.area.c2 + 1 };
  const header = indicators.area.r1 - 1;
  const shifted = fake.workbook.values(sheet, `C${header}:I${header}`)[0];
  fake.workbook.setCells(sheet, `C${header}`, [[null, ...shifted]]);
  const before = fake.workbook.snapshot();
  const outcome = await scoreActiveSheet('zh-CN');
  expect(outcome.sheets[0].blocked).toBe(true);
  expect(outcome.checks).toEqual(
    expect.arrayContaining([expect.objectContaining({ code: 'table-structure', cell: `C${header}` })]),
  );
  const changed = [...fake.workbook.snapshot()].filter(([k, v]) => before.get(k) !== v && k.startsWith(sheet));
  expect(changed.map(([k]) => k)).toEqual([`${sheet}!A3`]);
});
