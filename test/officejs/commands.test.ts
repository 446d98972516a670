import { cellAddress } from '../../src/core/a1';
import { sheetNames } from '../../src/core/names';
import { createFakeExcel, diffSnapshots, installFakeExcel } from '../fakes/fakeExcel';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from './workbooks';

/** The ribbon's function command, with Office's onReady / actions / displayLanguage stood in for. */
const associate = jest.fn();
/** Office's dialog as a user answers it: opened, then OK clicked (DialogMessageReceived). */
const dialogs: { url: string; closed: boolean }[] = [];
const ui = {
  displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
    const dialog = { url, closed: false };
    dialogs.push(dialog);
    const handlers: (() => void)[] = [];
    callback({
      status: 'succeeded',
      value: {
        addEventHandler: (type: string, handler: () => void) =>
          type === 'dialogMessageReceived' && handlers.push(handler),
        close: () => (dialog.closed = true),
      },
    });
    setTimeout(() => handlers.forEach((h) => h()), 0);
  },
};
const office = {
  onReady: (ready: () => void) => ready(),
  actions: { associate },
  context: { displayLanguage: 'en-US', ui },
  AsyncResultStatus: { Succeeded: 'succeeded' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
};
(globalThis as { Office?: unknown }).Office = office;
let scoreSheet: (event: { completed: () => void }) => Promise<void>;
let RIBBON_MAX_EMPLOYEES: number;

beforeAll(async () => {
  ({ scoreSheet, RIBBON_MAX_EMPLOYEES } = (await import('../../src/commands/commands')) as unknown as {
    scoreSheet: typeof scoreSheet;
    RIBBON_MAX_EMPLOYEES: number;
  });
});

let wb: TestWorkbook | null = null;
afterEach(() => {
  wb?.uninstall();
  wb = null;
  office.context.displayLanguage = 'en-US';
});

function statusOf(w: TestWorkbook): { address: string; value: unknown } {
  const n = w.fake.workbook.name(sheetNames('S1').status)!;
  const address = cellAddress(n.area.r1, n.area.c1);
  return { address, value: w.fake.workbook.cell(n.sheet.name, address).value };
}

test('Score sheet is registered with Office.actions.associate once Office is ready', () => {
  expect(associate).toHaveBeenCalledWith('scoreSheet', scoreSheet);
});

test('on an assessment sheet it scores, and moves the selection to the first row problem', async () => {
  wb = await assessmentWorkbook(6, {
    rows: (i) => {
      const row = employeeRow(i);
      if (i === 4) row[7] = 'about 5000';
      return row;
    },
  });
  const event = { completed: jest.fn() };
  await scoreSheet(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(statusOf(wb).value).toMatch(/^Scored .*: 5 scored, 1 not scored/);
  expect(wb.fake.workbook.selection).toEqual({
    sheet: wb.sheet,
    address: cellAddress(wb.firstRow + 3, wb.inputCol + 2),
  });
});

test('on another sheet it writes nothing there and says so on the assessment sheet, naming it', async () => {
  office.context.displayLanguage = 'zh-CN';
  wb = await assessmentWorkbook(2);
  wb.fake.workbook.activate('Notes');
  const notes = [...wb.fake.workbook.snapshot()].filter(([k]) => k.startsWith('Notes!'));
  const event = { completed: jest.fn() };
  await scoreSheet(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect([...wb.fake.workbook.snapshot()].filter(([k]) => k.startsWith('Notes!'))).toEqual(notes);
  const status = statusOf(wb);
  expect(status.value).toBe(
    `在"Notes"上点击了"评分"，但它不是考核表。考核表：${wb.sheet}。请打开其中一张后再点击"评分"。`,
  );
  expect(wb.fake.workbook.selection).toEqual({ sheet: wb.sheet, address: status.address });
});

test('when scoring fails the message goes on the status line, and the command still completes', async () => {
  wb = await assessmentWorkbook(2);
  const excel = (globalThis as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> } }).Excel;
  const run = excel.run;
  // The first run says "Scoring..." on the status line; the second, Score's own, fails.
  excel.run = jest
    .fn()
    .mockImplementationOnce(run)
    .mockRejectedValueOnce(new Error('the network went away'))
    .mockImplementation(run);
  const event = { completed: jest.fn() };
  await scoreSheet(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(statusOf(wb).value).toBe('Score sheet failed: the network went away');
});

test('when even the message cannot be written (Excel too old) the command completes without throwing', async () => {
  const fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Sheet1' }] }, { apiVersion: '1.6' }));
  const before = fake.workbook.snapshot();
  const event = { completed: jest.fn() };
  try {
    await expect(scoreSheet(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(diffSnapshots(before, fake.workbook.snapshot())).toEqual([]);
  } finally {
    fake.uninstall();
  }
});

test('in a workbook without any assessment sheet it says so in a dialog, and completes once the user closes it', async () => {
  office.context.displayLanguage = 'zh-CN';
  const fake = installFakeExcel(globalThis, createFakeExcel({ sheets: [{ name: 'Sheet1', cells: { A1: 'notes' } }] }));
  const before = fake.workbook.snapshot();
  dialogs.length = 0;
  const event = { completed: jest.fn() };
  try {
    await scoreSheet(event);
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0].url, 'https://localhost/');
    expect(url.pathname.endsWith('/notice.html')).toBe(true);
    expect(url.searchParams.get('text')).toBe(
      '此工作簿还没有考核表。请打开业绩考核任务窗格插入模板，然后在考核表上点击"评分"。',
    );
    expect(url.searchParams.get('ok')).toBe('确定');
    expect(dialogs[0].closed).toBe(true);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(diffSnapshots(before, fake.workbook.snapshot())).toEqual([]);
  } finally {
    fake.uninstall();
  }
});

test('the status line says "Scoring..." first: if Excel stops the button at its 5-minute limit, the line says what to do', async () => {
  const six = await assessmentWorkbook(6);
  wb = six;
  // Excel stops the command while Score's writes are under way: no code of the add-in runs after.
  six.fake.workbook.failAtSync = { atSync: 6, code: 'Timeout', hang: true };
  const event = { completed: jest.fn() };
  void scoreSheet(event);
  for (let i = 0; i < 200 && six.fake.stats.syncs < 6; i++) await new Promise((r) => setTimeout(r, 5));
  expect(six.fake.stats.syncs).toBe(6);
  expect(statusOf(six).value).toMatch(
    /^Scoring 6 employees \(started \d{4}-\d\d-\d\d \d\d:\d\d\)\.\.\. If this line stays, Excel stopped the button: click Score sheet in the task pane/,
  );
  expect(event.completed).not.toHaveBeenCalled();
});

test('a sheet too large for a button is left to the task pane: nothing scored, the status line says why, in Chinese too', async () => {
  office.context.displayLanguage = 'zh-CN';
  const big = await assessmentWorkbook(RIBBON_MAX_EMPLOYEES + 1, { lang: 'zh-CN' });
  wb = big;
  const flag = () => big.fake.workbook.cell(big.sheet, cellAddress(big.firstRow, big.computedCol)).formula;
  const before = flag();
  const event = { completed: jest.fn() };
  await scoreSheet(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(statusOf(big).value).toBe(
    `此表有 ${RIBBON_MAX_EMPLOYEES + 1} 名员工：从功能区为超过 ${RIBBON_MAX_EMPLOYEES} 名员工评分可能超过 Excel 按钮的 5 分钟限制而中途停止。未评分：请打开任务窗格（业绩考核），在其中点击"评分"。`,
  );
  expect(flag()).toBe(before);
});
