import { cellAddress } from '../../src/core/a1';
import { CALIBRATION_NAMES, RULE_NAMES, sheetNames } from '../../src/core/names';
import { computedColumns, computedWidth } from '../../src/core/columns';
import { importCsv, scoreActiveSheet, scoreAllSheets, selectCell, showFlaggedOnly } from '../../src/hosts/officejs';
import { parseCsv } from '../../src/core/csv';
import { diffSnapshots, type FakeExcel } from '../fakes/fakeExcel';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from './workbooks';
import { manyIndicators } from '../support/workbooks';

const N = 8; // indicators of the test sheet
const WIDTH = computedWidth(N);

let wb: TestWorkbook;

/** The clock stopped at 2026-11-27 09:00 for the status line's time; promises and timers still run. */
function freezeClock(): void {
  jest.useFakeTimers({
    now: new Date(2026, 10, 27, 9, 0),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'queueMicrotask',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
    ],
  });
}
afterEach(() => {
  wb?.uninstall();
  jest.useRealTimers();
});

/** Value and formula of every cell holding something, by "Sheet!A1". */
function contents(fake: FakeExcel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, json] of fake.workbook.snapshot()) {
    if (!/![A-Z]+\d+$/.test(key)) continue;
    const { value, formula } = JSON.parse(json) as { value: unknown; formula: unknown };
    if (value !== '' || formula !== null) out.set(key, JSON.stringify([value, formula]));
  }
  return out;
}

function at(fake: FakeExcel, name: string): { sheet: string; row: number; col: number } {
  const n = fake.workbook.name(name)!;
  return { sheet: n.sheet.name, row: n.area.r1, col: n.area.c1 };
}

/** Twenty employees: one with a written number, one with a missing value, one whose name looks like a formula. */
function rows(i: number) {
  const row = employeeRow(i);
  if (i === 3) row[0] = '=HYPERLINK("http://example.com","click")';
  if (i === 5) row[5] = '80万';
  if (i === 7) row[6] = null;
  return row;
}

test('Score sheet writes the formulas and the status line, and only computed cells', async () => {
  wb = await assessmentWorkbook(20, { rows });
  const { fake, sheet, firstRow, computedCol } = wb;
  const cols = computedColumns(computedCol, N);
  const lastRow = firstRow + 19;
  fake.workbook.setCells(sheet, cellAddress(firstRow + 8, cols.calibrated), [['Good']]);
  fake.workbook.setCells(sheet, cellAddress(firstRow + 1, computedCol + WIDTH + 1), [['my note']]);
  const before = contents(fake);

  const outcome = await scoreActiveSheet('en-US');

  const [summary] = outcome.sheets;
  expect(summary).toMatchObject({ sheet, blocked: false, scored: 19, incomplete: 1 });
  expect(summary.byGrade.reduce((n, g) => n + g.count, 0)).toBe(19);
  for (let r = firstRow; r <= lastRow; r++) {
    const weighted = fake.workbook.cell(sheet, cellAddress(r, cols.weighted)).formula;
    expect(weighted).toMatch(/^=IF\(AND\(/);
    expect(weighted).toContain(cellAddress(r, cols.score(0)));
  }
  const status = at(fake, sheetNames('S1').status);
  expect(fake.workbook.cell(sheet, cellAddress(status.row, status.col)).value).toMatch(
    /^Scored \d{4}-\d\d-\d\d \d\d:\d\d: 19 scored, 1 not scored/,
  );
  expect(outcome.checks).toEqual(
    expect.arrayContaining([expect.objectContaining({ code: 'normalised', cell: cellAddress(firstRow + 4, 6) })]),
  );
  expect(fake.workbook.cell(sheet, cellAddress(firstRow + 4, 6)).value).toBe(800000);

  // Everything else keeps its content: inputs, the name that looks like a formula, the calibrated grade, notes.
  const stats = at(fake, sheetNames('S1').stats);
  const allowed = (key: string) => {
    const m = /^(.+)!([A-Z]+)(\d+)$/.exec(key)!;
    const [cell, row] = [m[2] + m[3], Number(m[3])];
    const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (m[1] === fake.workbook.name('PR_Calibration')?.sheet.name) return true; // the tool's own sheet: the distribution
    if (m[1] === fake.workbook.name('PR_TalentGrid')?.sheet.name) return true; // the tool's own sheet: the grid
    if (m[1] !== sheet) return false;
    if (
      col >= computedCol &&
      col < computedCol + WIDTH &&
      col !== cols.calibrated &&
      col !== cols.potential &&
      row >= firstRow - 1 &&
      row <= lastRow
    )
      return true;
    if (row >= stats.row && row <= stats.row + 1 && col >= stats.col && col < stats.col + 6) return true;
    return cell === cellAddress(status.row, status.col) || cell === cellAddress(firstRow + 4, 6);
  };
  const changed = diffSnapshots(before, contents(fake));
  expect(changed.filter((k) => !allowed(k))).toEqual([]);
  expect(fake.workbook.cell(sheet, `A${firstRow + 2}`)).toMatchObject({
    value: '=HYPERLINK("http://example.com","click")',
    formula: null,
  });
  expect(fake.workbook.cell(sheet, cellAddress(firstRow + 8, cols.calibrated)).value).toBe('Good');
  // Names; sizes and sheet states; data; the calibrated grade (a value inside the computed block, so the
  // engine is given it); the write, with calculation and screen updating suspended.
  expect(fake.stats.syncs).toBe(5);
  expect(fake.stats.requests[4]).toMatchObject({ calculationSuspended: true, screenUpdatingSuspended: true });
});

test('text the tool writes that starts with = + - @ stays text', async () => {
  wb = await assessmentWorkbook(3);
  const { fake, sheet } = wb;
  // HR renamed the direction words on the Rules sheet: scoring rewrites the Indicators to the Rules' words.
  const higher = at(fake, RULE_NAMES.wordHigher);
  const lower = at(fake, RULE_NAMES.wordLower);
  fake.workbook.setCells(higher.sheet, cellAddress(higher.row, higher.col), [['+higher']]);
  fake.workbook.setCells(lower.sheet, cellAddress(lower.row, lower.col), [['=lower']]);
  const outcome = await scoreActiveSheet('en-US');
  const indicators = fake.workbook.name(sheetNames('S1').indicators)!.area;
  const directions = fake.workbook.formulas(sheet, `E${indicators.r1}:E${indicators.r1 + 4}`).flat();
  expect(directions).toEqual(['+higher', '+higher', '=lower', '+higher', '+higher']);
  for (let r = indicators.r1; r < indicators.r1 + 5; r++) expect(fake.workbook.cell(sheet, `E${r}`).formula).toBeNull();
  expect(outcome.checks.filter((c) => c.code === 'normalised')).toHaveLength(5);
});

test('a status line that starts with a date (zh-CN) is text, not a date', async () => {
  wb = await assessmentWorkbook(3, { lang: 'zh-CN' });
  await scoreActiveSheet('zh-CN');
  const status = at(wb.fake, sheetNames('S1').status);
  const cell = wb.fake.workbook.cell(wb.sheet, cellAddress(status.row, status.col));
  expect(cell.formula).toBeNull();
  expect(cell.value).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d 已评分：已评分 3 人/);
});

test('scoring twice: the second run changes nothing but the status line', async () => {
  freezeClock();
  wb = await assessmentWorkbook(20, { rows });
  const { fake, sheet, firstRow, computedCol } = wb;
  const cols = computedColumns(computedCol, N);
  await scoreActiveSheet('en-US');
  const first = fake.workbook.snapshot();
  fake.resetStats();

  jest.setSystemTime(new Date(2026, 10, 27, 9, 30));
  const again = await scoreActiveSheet('en-US');

  const status = at(fake, sheetNames('S1').status);
  expect(diffSnapshots(first, fake.workbook.snapshot())).toEqual([`${sheet}!${cellAddress(status.row, status.col)}`]);
  expect(fake.workbook.cell(sheet, cellAddress(status.row, status.col)).value).toMatch(/^Scored 2026-11-27 09:30/);
  expect(again.checks.some((c) => c.code === 'normalised' || c.code === 'restored')).toBe(false);
  // The rules (the flagged rows, each grade's colour on Grade and Final grade, unscored rows in grey) are
  // replaced, not stacked; the filter left as it was.
  const rules = fake.workbook.sheet(sheet)!.conditionalFormats.map((cf) => cf.formula);
  expect(rules).toHaveLength(1 + 2 * 4 + 1);
  expect(new Set(rules).size).toBe(rules.length);
  expect(fake.workbook.sheet(sheet)!.autoFilter).toEqual({ r1: firstRow - 1, c1: 1, r2: firstRow + 19, c2: cols.last });
  expect(fake.stats.syncs).toBe(4);
});

test('a computed cell typed over is restored, and said so with the value it had', async () => {
  wb = await assessmentWorkbook(5);
  const { fake, sheet, firstRow, computedCol } = wb;
  const cols = computedColumns(computedCol, N);
  await scoreActiveSheet('en-US');
  const cell = cellAddress(firstRow + 2, cols.weighted);
  const formula = fake.workbook.cell(sheet, cell).formula;
  fake.workbook.setCells(sheet, cell, [[99.5]]);

  fake.resetStats();
  const outcome = await scoreActiveSheet('en-US');

  // One more read than usual: the typed-over values, for the message.
  expect(fake.stats.syncs).toBe(5);
  expect(fake.workbook.cell(sheet, cell).formula).toBe(formula);
  expect(outcome.checks).toEqual(
    expect.arrayContaining([expect.objectContaining({ code: 'restored', sheet, cell, params: { before: '99.5' } })]),
  );
});

test("typed-over cells are all found even when Excel cuts the special cells' address short (its limit is not documented)", async () => {
  // Every other row's Weighted score typed over: as many areas as rows, an address of hundreds of characters.
  wb = await assessmentWorkbook(40, { fake: { areasAddressLimit: 120 } });
  const { fake, sheet, firstRow, computedCol } = wb;
  const cols = computedColumns(computedCol, N);
  await scoreActiveSheet('en-US');
  const typed = Array.from({ length: 20 }, (_, i) => cellAddress(firstRow + 2 * i, cols.weighted));
  const formula = (cell: string) => fake.workbook.cell(sheet, cell).formula;
  const formulas = typed.map(formula);
  typed.forEach((cell, i) => fake.workbook.setCells(sheet, cell, [[50 + i]]));
  const outcome = await scoreActiveSheet('en-US');
  expect(typed.map(formula)).toEqual(formulas);
  const restored = outcome.checks.filter((c) => c.code === 'restored').map((c) => c.cell);
  expect(restored).toEqual(expect.arrayContaining(typed));
  expect(restored).toHaveLength(20);
});

test('a sheet with errors gets its status line and nothing else', async () => {
  wb = await assessmentWorkbook(10);
  const { fake, sheet } = wb;
  const indicators = fake.workbook.name(sheetNames('S1').indicators)!.area;
  fake.workbook.setCells(sheet, `C${indicators.r1}`, [['lots']]);
  const before = fake.workbook.snapshot();

  const outcome = await scoreActiveSheet('en-US');

  const status = at(fake, sheetNames('S1').status);
  expect(diffSnapshots(before, fake.workbook.snapshot())).toEqual([`${sheet}!${cellAddress(status.row, status.col)}`]);
  expect(fake.workbook.cell(sheet, cellAddress(status.row, status.col)).value).toMatch(
    /^Not scored .*sheet errors \(nothing was written\)/,
  );
  expect(outcome.sheets[0]).toMatchObject({ blocked: true, scored: 0 });
  expect(outcome.checks.some((c) => c.severity === 'error' && c.cell === `C${indicators.r1}`)).toBe(true);
});

test('on a sheet that is not an assessment sheet nothing is written and the assessment sheets are named', async () => {
  wb = await assessmentWorkbook(5);
  wb.fake.workbook.activate('Notes');
  const before = wb.fake.workbook.snapshot();
  const outcome = await scoreActiveSheet('en-US');
  expect(outcome).toEqual({
    sheets: [],
    checks: [],
    layoutChanges: [],
    notAssessmentSheet: { active: 'Notes', assessmentSheets: [wb.sheet] },
  });
  expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
  expect(wb.fake.stats.syncs).toBe(1);
});

test('Score all scores every assessment sheet, with progress', async () => {
  wb = await assessmentWorkbook(4);
  const { insertTemplates } = await import('../../src/hosts/officejs');
  await insertTemplates({ lang: 'en-US', roles: ['sales'], cycle: '2026' });
  wb.fake.workbook.activate('Notes');
  wb.fake.resetStats();
  const progress: [number, number][] = [];

  const outcome = await scoreAllSheets('en-US', (done, total) => progress.push([done, total]));

  expect(outcome.sheets.map((s) => [s.sheet, s.scored])).toEqual([
    [wb.sheet, 4],
    ['Sales', 0],
  ]);
  expect(progress).toEqual([
    [1, 4],
    [2, 4],
    [3, 4],
    [4, 4],
  ]);
  expect(wb.fake.stats.syncs).toBe(4);
});

test('Score sheet on one of two sheets leaves the Calibration summary Score all would (it covers every sheet)', async () => {
  freezeClock();
  const { insertTemplates } = await import('../../src/hosts/officejs');
  const twoSheets = async () => {
    const w = await assessmentWorkbook(6);
    await insertTemplates({ lang: 'en-US', roles: ['sales'], cycle: '2026' });
    const first = w.fake.workbook.name(sheetNames('S2').scores)!.area.r1 + 1;
    w.fake.workbook.setCells(
      'Sales',
      `A${first}`,
      [1, 2, 3].map((i) => [`Seller ${i}`, `S${i}`, 'North', 'Boss', '', 900000 + i * 50000, 15 + i, 70 + i, 80]),
    );
    w.fake.workbook.activate(w.sheet);
    return w;
  };
  const calibration = (w: TestWorkbook) => [...contents(w.fake)].filter(([k]) => k.startsWith('Calibration!'));

  wb = await twoSheets();
  await scoreAllSheets('en-US');
  const all = calibration(wb);
  wb.uninstall();

  wb = await twoSheets();
  await scoreActiveSheet('en-US');
  expect(calibration(wb)).toEqual(all);
  expect(all.some(([, v]) => v.includes('Sales'))).toBe(true);
  // Only the active sheet was written: the other one has no computed formulas.
  expect(
    wb.fake.workbook.cell('Sales', `J${wb.fake.workbook.name(sheetNames('S2').scores)!.area.r1 + 1}`).formula,
  ).toBeNull();
});

test('Go to cell activates the sheet and selects the cell', async () => {
  wb = await assessmentWorkbook(1);
  await selectCell('Notes', 'B7');
  expect(wb.fake.workbook.activeSheet?.name).toBe('Notes');
  expect(wb.fake.workbook.selection).toEqual({ sheet: 'Notes', address: 'B7' });
});

test('the inserted sheet freezes the Scores header and names, prints on A4, landscape at 75 %, header, names and IDs repeated, the detail collapsed', async () => {
  wb = await assessmentWorkbook(12, { fake: { apiVersion: '1.10' } });
  await scoreActiveSheet('en-US');
  const sheet = wb.fake.workbook.sheet(wb.sheet)!;
  const header = wb.firstRow - 1;
  expect(sheet.frozen).toEqual({ rows: header, cols: 1 });
  expect(sheet.pageLayout).toEqual({
    paperSize: 'A4',
    orientation: 'Landscape',
    zoom: { scale: 75 },
    printOrder: 'OverThenDown',
    titleRows: `$${header}:$${header}`,
    titleColumns: '$A:$B',
  });
  // The per-indicator achievements and scores (8 indicators: 16 columns after the 8 inputs), grouped and
  // collapsed (ExcelApi 1.10).
  const detail = Array.from({ length: 16 }, (_, i) => wb.inputCol + 8 + i);
  expect([...sheet.columnGroups.entries()]).toEqual(detail.map((c) => [c, { collapsed: true }]));
  // Score leaves them as they are: how HR freezes or prints the sheet afterwards is theirs.
  sheet.frozen = { rows: 2, cols: 0 };
  sheet.pageLayout.orientation = 'Portrait';
  await scoreActiveSheet('en-US');
  expect(sheet.frozen).toEqual({ rows: 2, cols: 0 });
  expect(sheet.pageLayout.orientation).toBe('Portrait');
});

test('below ExcelApi 1.9 the page layout is left alone and Score sheet still scores', async () => {
  wb = await assessmentWorkbook(3, { fake: { apiVersion: '1.8' } });
  const outcome = await scoreActiveSheet('en-US');
  expect(outcome.sheets[0].scored).toBe(3);
  expect(wb.fake.workbook.sheet(wb.sheet)!.pageLayout).toEqual({});
  expect(wb.fake.workbook.sheet(wb.sheet)!.frozen).toEqual({ rows: wb.firstRow - 1, cols: 1 });
});

test("a sheet whose Status formula would pass Excel's 8,192 characters gets the error and nothing else", async () => {
  wb = await assessmentWorkbook(3, {
    preset: manyIndicators(30, 30),
    rows: (i) => [`Employee ${i}`, `E${i}`, 'T', 'L', '', ...Array<number>(30).fill(90)],
  });
  const before = wb.fake.workbook.snapshot();
  const outcome = await scoreActiveSheet('en-US');
  expect(outcome.sheets[0]).toMatchObject({ blocked: true, scored: 0 });
  const check = outcome.checks.find((c) => c.code === 'formula-limit')!;
  expect(check.text).toMatch(
    /^Many!\w+\d+: the Status formula would be \d+ characters long, over Excel's limit of 8,192 \(30 indicators\)/,
  );
  const status = at(wb.fake, sheetNames('S1').status);
  // Only the status line changed, and it names the error.
  expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([
    `${status.sheet}!${cellAddress(status.row, status.col)}`,
  ]);
  expect(wb.fake.workbook.cell(status.sheet, cellAddress(status.row, status.col)).value).toContain(
    'Status formula would be',
  );
});

describe('protected sheets', () => {
  test.each([
    [
      'en-US',
      (s: string) =>
        `The sheet "${s}" is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet), try again, then protect it again if you wish.`,
    ],
    [
      'zh-CN',
      (s: string) =>
        `工作表"${s}"受保护，因此未写入任何内容。请先取消保护（审阅 > 撤消工作表保护）后重试，之后可再次保护。`,
    ],
  ] as const)(
    'the assessment sheet protected: Score names it, says how to unprotect, writes nothing (%s)',
    async (lang, text) => {
      wb = await assessmentWorkbook(5);
      wb.fake.workbook.protect(wb.sheet);
      const before = wb.fake.workbook.snapshot();
      await expect(scoreActiveSheet(lang)).rejects.toMatchObject({
        code: 'sheet-protected',
        sheet: wb.sheet,
        message: text(wb.sheet),
      });
      expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
    },
  );

  test('the Calibration sheet protected: nothing is written to the assessment sheet either', async () => {
    wb = await assessmentWorkbook(5);
    const calibration = wb.fake.workbook.name(CALIBRATION_NAMES.sheet)!.sheet.name;
    wb.fake.workbook.protect(calibration);
    const before = wb.fake.workbook.snapshot();
    await expect(scoreAllSheets('en-US')).rejects.toMatchObject({ code: 'sheet-protected', sheet: calibration });
    expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
  });

  test('a protected sheet Score only reads (the Rules sheet) does not stop it', async () => {
    wb = await assessmentWorkbook(5);
    wb.fake.workbook.protect(wb.fake.workbook.name(RULE_NAMES.curveX)!.sheet.name);
    expect((await scoreActiveSheet('en-US')).sheets[0]).toMatchObject({ blocked: false, scored: 5 });
  });
});

describe('calculation mode', () => {
  test('a workbook that calculates manually is recalculated after the writes, in a request of its own', async () => {
    wb = await assessmentWorkbook(5);
    wb.fake.workbook.calculationMode = 'Manual';
    await scoreActiveSheet('en-US');
    expect(wb.fake.workbook.calculations).toEqual(['Recalculate']);
    const last = wb.fake.stats.requests[wb.fake.stats.requests.length - 1];
    // The calculation runs with calculation no longer suspended (the writes' requests suspend it).
    expect(last).toMatchObject({ actions: 1, calculationSuspended: false });
  });

  test('every command is recalculated after its writes, and only when it wrote: an import that changes nothing is not', async () => {
    wb = await assessmentWorkbook(2);
    wb.fake.workbook.calculationMode = 'Manual';
    const header = String(wb.fake.workbook.cell(wb.sheet, cellAddress(wb.firstRow - 1, wb.inputCol)).value);
    const csv = parseCsv(`Employee ID,"${header}"\nE00001,990000\n`);
    expect(await importCsv(csv, 'crm.csv', true, 'en-US')).toMatchObject({ written: true });
    expect(wb.fake.workbook.calculations).toEqual(['Recalculate']);
    expect(await importCsv(csv, 'crm.csv', true, 'en-US')).toMatchObject({ written: false });
    expect(wb.fake.workbook.calculations).toEqual(['Recalculate']);
  });

  test('automatic calculation: no recalculation asked for', async () => {
    wb = await assessmentWorkbook(5);
    await scoreActiveSheet('en-US');
    expect(wb.fake.workbook.calculations).toEqual([]);
  });
});

describe('a value typed far below the table', () => {
  test('Score reads and writes the table only: the note in row 900,000 beside it is left alone', async () => {
    wb = await assessmentWorkbook(20);
    const { fake, sheet, firstRow } = wb;
    fake.workbook.setCells(sheet, 'BA900000', [['note to self']]);
    const outcome = await scoreActiveSheet('en-US');
    expect(outcome.sheets[0]).toMatchObject({ blocked: false, scored: 20 });
    const cols = computedColumns(wb.computedCol, N);
    // Formulas and the filter end at the last employee.
    expect(fake.workbook.autoFilter(sheet).range).toBe(`A${firstRow - 1}:${cellAddress(firstRow + 19, cols.last)}`);
    expect(fake.workbook.cell(sheet, cellAddress(firstRow + 20, cols.weighted)).formula).toBeNull();
    expect(fake.workbook.cell(sheet, 'BA900000').value).toBe('note to self');
    expect(fake.stats.largestResponseBytes).toBeLessThan(100_000);
    expect(fake.stats.syncs).toBe(4);
  });

  test('Flagged rows filters the table, not down to the note', async () => {
    wb = await assessmentWorkbook(6);
    wb.fake.workbook.setCells(wb.sheet, 'BA900000', [['note to self']]);
    await scoreActiveSheet('en-US');
    await showFlaggedOnly(false, 'en-US');
    const cols = computedColumns(wb.computedCol, N);
    expect(wb.fake.workbook.autoFilter(wb.sheet).range).toBe(
      `A${wb.firstRow - 1}:${cellAddress(wb.firstRow + 5, cols.last)}`,
    );
  });
});

test('changed indicators: Score asks first and writes nothing; applied, every input moves with its indicator', async () => {
  wb = await assessmentWorkbook(20);
  const { fake, sheet, firstRow, inputCol } = wb;
  await scoreActiveSheet('en-US');
  // HR sorts the first two indicators the other way round (the Key column moves with them) and asks
  // for own targets on the third.
  const [first, second] = fake.workbook.formulas(sheet, 'A7:I8');
  fake.workbook.setCells(sheet, 'A7', [second, first]);
  fake.workbook.setCells(sheet, 'H9', [['Yes']]);
  const inputs = () =>
    fake.workbook.formulas(sheet, `${cellAddress(firstRow, inputCol)}:${cellAddress(firstRow + 19, inputCol + 8)}`);
  const before = inputs();
  const untouched = contents(fake);

  const asked = await scoreActiveSheet('en-US');
  expect(asked.layoutChanges).toEqual([
    {
      sheet,
      lines: [
        `"${second[1]}" moves from column G to column F.`,
        `"${first[1]}" moves from column F to column G.`,
        `"CAC target": an empty own-target column N (empty = the sheet's target).`,
      ],
    },
  ]);
  expect(diffSnapshots(untouched, contents(fake))).toEqual([]);

  const applied = await scoreActiveSheet('en-US', undefined, 'apply');
  expect(applied.layoutChanges).toEqual([]);
  const after = inputs();
  before.forEach((row, i) => {
    expect(after[i].slice(0, 8)).toEqual([row[1], row[0], ...row.slice(2, 8)]);
    expect(after[i][8]).toBe('');
  });
  expect(fake.workbook.cell(sheet, cellAddress(firstRow - 1, inputCol + 8)).value).toBe('CAC target');
});
