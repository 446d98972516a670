import { cellAddress } from '../../src/core/a1';
import { dateSerial } from '../../src/core/dates';
import { CALIBRATION_NAMES } from '../../src/core/names';
import { computedColumns } from '../../src/core/columns';
import { labels } from '../../src/core/labels';
import { sheetNames } from '../../src/core/names';
import { localDate } from '../../src/core/dates';
import { calibrateEmployee, scoreActiveSheet } from '../../src/hosts/officejs';
import {
  FilterUnsupportedError,
  selectedEmployee,
  showFlaggedOnly,
  toggleFlaggedOnly,
} from '../../src/hosts/officejs/calibration';
import { diffSnapshots, type FakeInput } from '../fakes/fakeExcel';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from '../officejs/workbooks';
import { recalculateFromEngine } from '../support/recalculateFromEngine';

/**
 * The calibration host functions on the strict fake Excel. Where a test needs what Excel would show
 * after the Score's writes (flags, scores, grades), it fills the formula cells with the engine's results
 * explicitly (recalculateFromEngine): the fake does not calculate.
 */

/** The ribbon's function command, with Office's onReady / actions / displayLanguage stood in for. */
const associate = jest.fn();
const office = {
  onReady: (ready: () => void) => ready(),
  actions: { associate },
  context: { displayLanguage: 'en-US' },
};
(globalThis as { Office?: unknown }).Office = office;
let toggleFlagged: (event: { completed: () => void }) => Promise<void>;
beforeAll(async () => {
  ({ toggleFlagged } = (await import('../../src/commands/flagged')) as unknown as {
    toggleFlagged: typeof toggleFlagged;
  });
});

const N = 8;
const FLAGGED = 3; // employee 3 sells 2.5 times the target: an extreme achievement, flagged "check the data"

function rows(i: number): FakeInput[] {
  const row = employeeRow(i);
  if (i === FLAGGED) row[5] = 2500000;
  return row;
}

let wb: TestWorkbook;
afterEach(() => wb?.uninstall());

async function scored(employees = 6, options: Parameters<typeof assessmentWorkbook>[1] = {}) {
  wb = await assessmentWorkbook(employees, { rows, ...options });
  await scoreActiveSheet('en-US');
  expect(recalculateFromEngine(wb.fake)).toBeGreaterThan(0);
  wb.fake.resetStats();
  return wb;
}

const cols = () => computedColumns(wb.computedCol, N);
const rowOf = (i: number) => wb.firstRow + i - 1;

function logRows(): unknown[][] {
  const at = wb.fake.workbook.name(CALIBRATION_NAMES.log)!;
  const out: unknown[][] = [];
  for (let r = at.area.r1 + 1; ; r++) {
    const line = wb.fake.workbook.values(
      at.sheet.name,
      `${cellAddress(r, at.area.c1)}:${cellAddress(r, at.area.c1 + 8)}`,
    )[0];
    if (line.every((v) => v === '')) return out;
    out.push(line);
  }
}

describe('flagged-rows filter', () => {
  test('filters the Flag column to the flagged word over the Scores table, in 3 syncs, and shows all rows again', async () => {
    await scored();
    const before = wb.fake.workbook.snapshot();
    const on = await showFlaggedOnly(true, 'en-US');
    expect(on).toEqual({ sheet: wb.sheet, flagged: 1, on: true });
    expect(wb.fake.stats.syncs).toBe(3);
    const header = wb.firstRow - 1;
    const table = `A${header}:${cellAddress(rowOf(6), cols().last)}`;
    const filter = wb.fake.workbook.autoFilter(wb.sheet);
    expect(filter.range).toBe(table);
    expect(filter.criteria).toEqual([{ column: cols().flag - 1, filterOn: 'Values', values: ['需校准', 'Flagged'] }]);
    expect(filter.hiddenRows).toEqual([1, 2, 4, 5, 6].map(rowOf));
    // Nothing but the filter's criteria and hidden rows changed: no cell, format, name or filter range.
    expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([
      `${wb.sheet}!autoFilter:criteria`,
      `${wb.sheet}!autoFilter:hiddenRows`,
    ]);

    wb.fake.resetStats();
    expect(await showFlaggedOnly(false, 'en-US')).toEqual({ sheet: wb.sheet, flagged: 1, on: false });
    expect(wb.fake.stats.syncs).toBe(3);
    expect(wb.fake.workbook.autoFilter(wb.sheet)).toEqual({ range: table, criteria: [], hiddenRows: [] });
    expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
  });

  test('the ribbon toggle filters, then clears; the same syncs at 10 and 1,000 employees', async () => {
    const syncs: number[] = [];
    for (const n of [10, 1000]) {
      await scored(n);
      expect(await toggleFlaggedOnly('en-US')).toMatchObject({ flagged: 1, on: true });
      expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toHaveLength(n - 1);
      expect(await toggleFlaggedOnly('en-US')).toMatchObject({ flagged: 1, on: false });
      expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toEqual([]);
      syncs.push(wb.fake.stats.syncs);
      wb.uninstall();
    }
    expect(syncs[0]).toBe(6);
    expect(syncs[1]).toBe(syncs[0]);
  });

  /** The user's own filter on the Team column, set as in Excel. */
  async function filterTeams(teams: string[]): Promise<void> {
    const table = `A${wb.firstRow - 1}:${cellAddress(rowOf(6), cols().last)}`;
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(wb.sheet);
      ws.autoFilter.apply(ws.getRange(table), 2, { filterOn: 'Values', values: teams });
      await context.sync();
    });
  }

  test("the toggle changes the Flag column's filter only: the user's own criteria stay", async () => {
    await scored();
    await filterTeams(['Team 3', 'Team 1']);
    const team = { column: 2, filterOn: 'Values', values: ['Team 3', 'Team 1'] };
    const flag = { column: cols().flag - 1, filterOn: 'Values', values: ['需校准', 'Flagged'] };
    // The sheet is filtered (by the user), but not to flagged rows: the toggle filters.
    expect(await toggleFlaggedOnly('en-US')).toMatchObject({ flagged: 1, on: true });
    expect(wb.fake.workbook.autoFilter(wb.sheet).criteria).toEqual([team, flag]);
    expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toEqual([1, 2, 4, 5, 6].map(rowOf));
    expect(await toggleFlaggedOnly('en-US')).toMatchObject({ flagged: 1, on: false });
    expect(wb.fake.workbook.autoFilter(wb.sheet).criteria).toEqual([team]);
    expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toEqual([2, 4, 5, 6].map(rowOf));
    expect(await showFlaggedOnly(false, 'en-US')).toMatchObject({ on: false });
    expect(wb.fake.workbook.autoFilter(wb.sheet).criteria).toEqual([team]);
  });

  test('Score while rows are filtered: the rows are shown for the writes, then the same criteria filter the new flags', async () => {
    await scored();
    await filterTeams(['Team 3', 'Team 1', 'Team 5']);
    await showFlaggedOnly(true, 'en-US');
    const criteria = wb.fake.workbook.autoFilter(wb.sheet).criteria;
    expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toEqual([1, 2, 4, 5, 6].map(rowOf));
    // Employee 5 now sells 3 times the target: flagged too once Excel recalculates.
    wb.fake.workbook.setCells(wb.sheet, cellAddress(rowOf(5), wb.inputCol), [[3000000]]);
    const outcome = await scoreActiveSheet('en-US');
    expect(outcome.sheets[0]).toMatchObject({ blocked: false, scored: 6 });
    expect(outcome.sheets[0].flagged).toBeGreaterThan(1);
    // Every row got its formulas, hidden or not (the fake refuses copyFrom over hidden rows).
    for (let i = 1; i <= 6; i++)
      expect(wb.fake.workbook.cell(wb.sheet, cellAddress(rowOf(i), cols().flag)).formula).toMatch(/^=IF\(/);
    const after = wb.fake.workbook.autoFilter(wb.sheet);
    expect(after.criteria).toEqual(criteria);
    // Re-applied after the writes' sync, when Excel has calculated; the fake does not calculate (every
    // Flag reads empty), so the test fills in the engine's results and re-filters as Excel would have.
    expect(after.hiddenRows).toEqual([1, 2, 3, 4, 5, 6].map(rowOf));
    recalculateFromEngine(wb.fake);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(wb.sheet).autoFilter.reapply();
      await context.sync();
    });
    const shown = [1, 2, 3, 4, 5, 6].filter(
      (i) =>
        wb.fake.workbook.cell(wb.sheet, cellAddress(rowOf(i), cols().flag)).value === 'Flagged' &&
        ['Team 3', 'Team 1', 'Team 5'].includes(String(wb.fake.workbook.cell(wb.sheet, `C${rowOf(i)}`).value)),
    );
    // Employee 5 (team 5) is among them now.
    expect(shown).toEqual([3, 5]);
    expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toEqual(
      [1, 2, 3, 4, 5, 6].filter((i) => !shown.includes(i)).map(rowOf),
    );
  });

  test('with no flagged row "on" hides nothing and says so', async () => {
    wb = await assessmentWorkbook(6);
    await scoreActiveSheet('en-US');
    recalculateFromEngine(wb.fake);
    expect(await showFlaggedOnly(true, 'en-US')).toEqual({ sheet: wb.sheet, flagged: 0, on: false });
    expect(wb.fake.workbook.autoFilter(wb.sheet)).toMatchObject({ criteria: [], hiddenRows: [] });
  });

  test('on another sheet it changes nothing and names the assessment sheets, in 1 sync', async () => {
    await scored();
    wb.fake.workbook.activate('Notes');
    const before = wb.fake.workbook.snapshot();
    expect(await showFlaggedOnly(true, 'zh-CN')).toEqual({
      notAssessmentSheet: { active: 'Notes', assessmentSheets: [wb.sheet] },
    });
    expect(wb.fake.stats.syncs).toBe(1);
    expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
  });

  test('below ExcelApi 1.9 it says what it needs before touching Excel', async () => {
    wb = await assessmentWorkbook(3, { fake: { apiVersion: '1.8' } });
    const error = await showFlaggedOnly(true, 'zh-CN').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FilterUnsupportedError);
    expect((error as Error).message).toMatch(/^筛选标记行需要 Excel 2021/);
    expect(wb.fake.stats.syncs).toBe(0);
  });
});

describe('selected employee', () => {
  test("reads the active cell's row as the sheet shows it, with the Rules' grades best first, in 2 syncs", async () => {
    await scored();
    wb.fake.workbook.selection = { sheet: wb.sheet, address: cellAddress(rowOf(FLAGGED), 7) };
    const e = await selectedEmployee();
    expect(wb.fake.stats.syncs).toBe(2);
    expect(e).toMatchObject({
      sheet: wb.sheet,
      row: rowOf(FLAGGED),
      name: 'Employee 3',
      employeeId: 'E00003',
      flag: 'Flagged',
      calibratedGrade: '',
    });
    expect(typeof e!.weighted).toBe('number');
    expect(e!.flagReason).toMatch(/^Revenue at 250(\.0)?% \(>= 200%\): check the data\.$/);
    expect(e!.grades).toEqual([...labels('en-US').gradeNames].reverse());
    expect(e!.grade).toBe(e!.finalGrade);
  });

  test('is null on the header, below the table, and on another sheet', async () => {
    await scored();
    for (const selection of [
      { sheet: wb.sheet, address: `A${wb.firstRow - 1}` },
      { sheet: wb.sheet, address: `B${rowOf(20)}` },
    ]) {
      wb.fake.workbook.selection = selection;
      await expect(selectedEmployee()).resolves.toBeNull();
    }
    wb.fake.workbook.activate('Notes');
    await expect(selectedEmployee()).resolves.toBeNull();
  });
});

describe('recording a calibration', () => {
  test('writes the calibrated grade and appends one log row, returned as written, in 4 syncs; nothing else changes', async () => {
    await scored();
    const before = wb.fake.workbook.snapshot();
    const outcome = await calibrateEmployee(
      { employee: 'E00003', grade: 'Good', reason: ' Revenue includes a one-off deal ', decidedBy: 'Panel' },
      wb.sheet,
      'en-US',
    );
    expect(outcome.errors).toEqual([]);
    // Names, sheet sizes, the engine's reads, the writes with the log row read back.
    expect(wb.fake.stats.syncs).toBe(4);
    const calibrated = cellAddress(rowOf(FLAGGED), cols().calibrated);
    expect(wb.fake.workbook.cell(wb.sheet, calibrated).value).toBe('Good');
    const log = logRows();
    expect(log).toHaveLength(1);
    expect(outcome.logRow).toEqual(log[0]);
    expect(log[0]).toEqual([
      'Employee 3',
      'E00003',
      wb.sheet,
      expect.any(Number),
      expect.any(String),
      'Good',
      'Revenue includes a one-off deal',
      'Panel',
      dateSerial(localDate()),
    ]);
    const logAt = wb.fake.workbook.name(CALIBRATION_NAMES.log)!;
    const changed = diffSnapshots(before, wb.fake.workbook.snapshot());
    const logCells = Array.from(
      { length: 9 },
      (_, j) => `${logAt.sheet.name}!${cellAddress(logAt.area.r1 + 1, logAt.area.c1 + j)}`,
    );
    expect(changed).toEqual([`${wb.sheet}!${calibrated}`, ...logCells].sort());
    expect(outcome).toMatchObject({ logSheet: logAt.sheet.name, logRowNumber: logAt.area.r1 + 1, sheet: wb.sheet });

    // A second one appends below; the first row stays as it was. One more sync: the computed block now
    // holds a value (the calibrated grade), read separately.
    wb.fake.resetStats();
    await calibrateEmployee({ employee: 'Employee 1', grade: 'Pass', reason: 'r', decidedBy: 'd' }, wb.sheet, 'en-US');
    expect(wb.fake.stats.syncs).toBe(5);
    const after = logRows();
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(log[0]);
    expect(after[1].slice(0, 3)).toEqual(['Employee 1', 'E00001', wb.sheet]);
  });

  test('any error writes nothing and says why, in the message language', async () => {
    await scored(6, {
      rows: (i) => {
        const row = rows(i);
        if (i === 6) row[6] = null;
        return row;
      },
    });
    const before = wb.fake.workbook.snapshot();
    const cases: [Parameters<typeof calibrateEmployee>[0], string[]][] = [
      [{ employee: 'E00003', grade: 'Good', reason: '  ', decidedBy: 'Panel' }, ['calibrate-no-reason']],
      [
        { employee: 'E00003', grade: 'Splendid', reason: 'r', decidedBy: '' },
        ['calibrate-bad-grade', 'calibrate-no-decider'],
      ],
      [{ employee: 'E99999', grade: 'Good', reason: 'r', decidedBy: 'd' }, ['calibrate-unknown-employee']],
      [{ employee: 'E00006', grade: 'Good', reason: 'r', decidedBy: 'd' }, ['calibrate-not-scored']],
    ];
    for (const [request, codes] of cases) {
      const outcome = await calibrateEmployee(request, wb.sheet, 'zh-CN');
      expect(outcome.errors.map((c) => c.code)).toEqual(codes);
      expect(outcome.logRow).toBeUndefined();
    }
    expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
    const [noReason] = (await calibrateEmployee(cases[0][0], wb.sheet, 'zh-CN')).errors;
    expect(noReason.text).toMatch(/校准等级必须填写原因/);
  });

  test('the same syncs at 10 and 2,000 employees, every request under 4 MB', async () => {
    const seen: number[] = [];
    for (const n of [10, 2000]) {
      await scored(n);
      await calibrateEmployee({ employee: 'E00003', grade: 'Good', reason: 'r', decidedBy: 'd' }, wb.sheet, 'en-US');
      seen.push(wb.fake.stats.syncs);
      expect(wb.fake.stats.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
      expect(wb.fake.stats.largestResponseBytes).toBeLessThan(4 * 1024 * 1024);
      wb.uninstall();
    }
    expect(seen[1]).toBe(seen[0]);
  });
});

describe('the Flagged rows ribbon command', () => {
  const statusOf = () => {
    const n = wb.fake.workbook.name(sheetNames('S1').status)!;
    return wb.fake.workbook.cell(n.sheet.name, cellAddress(n.area.r1, n.area.c1)).value;
  };

  test('is registered once Office is ready, filters, clears, and always completes', async () => {
    expect(associate).toHaveBeenCalledWith('toggleFlagged', toggleFlagged);
    await scored();
    const status = statusOf();
    for (const hidden of [5, 0]) {
      const event = { completed: jest.fn() };
      await toggleFlagged(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(wb.fake.workbook.autoFilter(wb.sheet).hiddenRows).toHaveLength(hidden);
    }
    expect(statusOf()).toBe(status);
  });

  test('says on the status line when nothing is flagged, when the sheet is not an assessment sheet, and when it fails', async () => {
    wb = await assessmentWorkbook(3);
    const event = { completed: jest.fn() };
    await toggleFlagged(event);
    expect(statusOf()).toBe(`Flagged rows: no employee on "${wb.sheet}" is flagged, so no row is hidden.`);
    wb.fake.workbook.activate('Notes');
    await toggleFlagged(event);
    expect(statusOf()).toMatch(
      /^Flagged rows was clicked on "Notes", which is not an assessment sheet\. Assessment sheets: /,
    );
    wb.uninstall();

    wb = await assessmentWorkbook(3, { fake: { apiVersion: '1.8' } });
    await toggleFlagged(event);
    expect(statusOf()).toMatch(/^Flagged rows failed: Filtering to flagged rows needs Excel 2021/);
    expect(event.completed).toHaveBeenCalledTimes(3);
  });
});

test('a protected Calibration sheet stops the calibration before anything is written, naming it', async () => {
  await scored();
  const calibration = wb.fake.workbook.name(CALIBRATION_NAMES.log)!.sheet.name;
  wb.fake.workbook.protect(calibration);
  const before = wb.fake.workbook.snapshot();
  await expect(
    calibrateEmployee(
      { employee: 'E00003', grade: 'Good', reason: 'one-off deal', decidedBy: 'Panel' },
      wb.sheet,
      'en-US',
    ),
  ).rejects.toMatchObject({ code: 'sheet-protected', sheet: calibration });
  expect(diffSnapshots(before, wb.fake.workbook.snapshot())).toEqual([]);
});

test("co-authoring: a colleague's log row that lands between our read and our write is kept, ours goes below it", async () => {
  await scored();
  const at = wb.fake.workbook.name(CALIBRATION_NAMES.log)!;
  const theirs = ['Employee 5', 'E00005', wb.sheet, 70, 'Pass', 'Good', 'their panel', 'Li', 45000];
  // The engine read the log on the third request; the colleague's append lands just before our write.
  wb.fake.workbook.coauthorWrites.push({
    atSync: 4,
    sheet: at.sheet.name,
    topLeft: cellAddress(at.area.r1 + 1, at.area.c1),
    grid: [theirs],
  });
  const outcome = await calibrateEmployee(
    { employee: 'E00003', grade: 'Good', reason: 'our panel', decidedBy: 'Panel' },
    wb.sheet,
    'en-US',
  );
  expect(outcome.errors).toEqual([]);
  const log = logRows();
  expect(log).toHaveLength(2);
  expect(log[0]).toEqual(theirs);
  expect(log[1]).toEqual(expect.arrayContaining(['E00003', 'Good', 'our panel', 'Panel']));
  expect(outcome).toMatchObject({ logRowNumber: at.area.r1 + 2 });
  expect(outcome.logRow).toEqual(log[1]);
});
