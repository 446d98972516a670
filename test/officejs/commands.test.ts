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

beforeAll(async () => {
  ({ scoreSheet } = (await import('../../src/commands/commands')) as unknown as { scoreSheet: typeof scoreSheet });
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
  excel.run = jest.fn().mockRejectedValueOnce(new Error('the network went away')).mockImplementation(run);
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
