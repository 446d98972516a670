import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildForE2e } from './build';
import { dateSerial } from '../../src/core/dates';
import { cellAddress } from '../../src/core/a1';
import { computedColumns } from '../../src/core/columns';
import type { FakeInput } from '../fakes/fakeExcel';
import type { E2eApi } from './pageFake';
import { watchExternalRequests, type RequestWatch } from './requests';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staticHandler } = require('../../scripts/static-server') as {
  staticHandler: (mounts: Record<string, string>) => http.RequestListener;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure, BUDGET_BYTES } = require('../../scripts/bundle-size') as {
  measure: (dir: string) => { files: { file: string }[]; gzipBytes: number };
  BUDGET_BYTES: number;
};

/**
 * The built task pane in real Chromium: office.js from node_modules in place of Microsoft's CDN, the
 * strict fake Excel in the page, and a user who inserts templates, types scores and clicks Score.
 */
const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let site = '';
let server: http.Server;
let origin = '';
let userDataDir = '';
let context: BrowserContext;
let page: Page;
/** Requests that tried to leave 127.0.0.1 (all aborted), and which of them the product's code made. */
let requests: RequestWatch;
const pageErrors: string[] = [];

const e2e = <T>(fn: (api: E2eApi) => T) => page.evaluate(`(${fn.toString()})(window.__e2e)`) as Promise<Awaited<T>>;
/** Like e2e, with one argument passed through to the page. */
const call = <A, T>(fn: (api: E2eApi, arg: A) => T, arg: A) =>
  page.evaluate(
    ({ fn, arg }) =>
      new Function('api', 'arg', `return (${fn})(api, arg)`)((window as unknown as { __e2e: E2eApi }).__e2e, arg),
    { fn: fn.toString(), arg },
  ) as Promise<Awaited<T>>;

/** The new channel sheet: "渠道专员" is taken by the user's own sheet (see pageFake.ts). */
const CHANNEL = '渠道专员 (2)';
/** What a manager types into it: five complete rows and one with a vague value. */
const CHANNEL_ROWS: FakeInput[][] = [
  ['张伟', 'E001', '华东', '王经理', '', 1200000, 23, 3333, 95],
  ['李娜', 'E002', '华东', '王经理', '', 800000, 15, 5000, 80],
  ['王芳', 'E003', '华东', '王经理', '', 880000, 15, 5000, 85],
  ['刘洋', 'E004', '华北', '赵经理', '', 600000, 10, 6000, 70],
  ['陈静', 'E005', '华北', '赵经理', '', 300000, 5, 10000, 60],
  ['杨磊', 'E006', '华北', '赵经理', '', '约50万', 12, 5000, 75],
];
const SCORED_CHANNEL = '已为 1 张表评分：5 人已评分，1 人未评分，1 人需校准。';

/** Loads the pane afresh (the page's fake workbook starts over too) and switches it to Chinese. */
async function openPaneInChinese(): Promise<void> {
  await page.goto(`${origin}/taskpane.html`);
  await page
    .getByRole('radiogroup', { name: /窗格语言|Pane language/ })
    .getByRole('radio', { name: '中文' })
    .check();
  await page.getByRole('heading', { level: 1, name: '业绩考核' }).waitFor();
}

/** Insert: two roles, Chinese sheets, a cycle. */
async function insertSalesAndChannel(): Promise<void> {
  await page.getByRole('checkbox', { name: '销售' }).check();
  await page.getByRole('textbox', { name: '考核周期' }).fill('2025年上半年');
  await page.getByRole('button', { name: '插入模板' }).click();
  await page.getByText(/^已添加工作表：/).waitFor();
}

/** A manager fills in the channel sheet, makes it the active sheet and clicks Score. */
async function fillAndScoreChannel(): Promise<void> {
  await call((api, at) => api.fillScores(at.sheet, at.rows), { sheet: CHANNEL, rows: CHANNEL_ROWS });
  await call((api, sheet) => api.activate(sheet), CHANNEL);
  await page.getByRole('button', { name: '为当前表评分' }).click();
  await page.getByText(SCORED_CHANNEL).waitFor();
}

async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

beforeAll(async () => {
  // Fail, never skip: CI installs chromium, and a missing browser must not pass as green.
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  const built = await buildForE2e(path.join(OUT, 'e2e-build'));
  site = built.site;
  server = http.createServer(
    staticHandler({ '/': site, '/office-js/': path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist') }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    viewport: { width: 380, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Routes run newest first: the CDN route answers office.js, this one stops everything else external.
  requests = await watchExternalRequests(
    context,
    page,
    (url) => url.startsWith(`${origin}/`),
    (script) => script.startsWith(OFFICE_CDN) || script.startsWith(`${origin}/office-js/`),
  );
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const local = await page.request.get(`${origin}/office-js/${route.request().url().slice(OFFICE_CDN.length)}`);
    await route.fulfill({ response: local });
  });
  await page.addInitScript({ path: built.fakeScript });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

test('the initial task pane JavaScript is under 300 KB gzip', () => {
  const size = measure(site);
  expect(size.files.length).toBeGreaterThan(0);
  expect(size.gzipBytes).toBeLessThan(BUDGET_BYTES);
});

test('the built JavaScript parses as ES2017, the newest syntax Excel 2019 on Windows (EdgeHTML 18) reads', () => {
  // acorn is webpack's own parser, so it is installed wherever the build runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const acorn = require('acorn') as { parse: (src: string, opts: { ecmaVersion: number }) => unknown };
  const scripts = fs.readdirSync(site).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  for (const file of scripts) {
    expect(() => acorn.parse(fs.readFileSync(path.join(site, file), 'utf8'), { ecmaVersion: 2017 })).not.toThrow();
  }
});

test('insert templates, type scores, score the sheet: the summary, checks and Go to cell work in Chromium', async () => {
  await openPaneInChinese();

  // The user's own sheet named 渠道专员 must survive the insert.
  await insertSalesAndChannel();
  const sheets = await e2e((api) => api.sheetNames());
  expect(sheets).toEqual(expect.arrayContaining(['Sheet1', '渠道专员', CHANNEL, '销售']));
  expect(await e2e((api) => api.values('渠道专员', 'A1'))).toEqual([['我自己的表']]);

  // Hand-computed from the default rules: 99.5 优秀; 80 and 82.5 良好; 67.3 合格; 41 待改进, also the
  // low Tukey outlier of the five scored (fences 44.5-105.3); 杨磊's "约50万" is vague, so incomplete.
  await fillAndScoreChannel();
  const table = page.getByRole('table', { name: CHANNEL });
  const grades = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent)));
  expect(Object.fromEntries(grades)).toEqual({ 优秀: '1', 良好: '2', 合格: '1', 待改进: '1' });

  // The vague value is a row problem with a Go to cell that selects it in the workbook.
  const problems = page.getByRole('region', { name: /^数据问题/ });
  await expect(problems.getByText(/杨磊/).count()).resolves.toBeGreaterThan(0);
  await problems
    .getByRole('button', { name: /^定位到/ })
    .first()
    .click();
  await page.waitForFunction(
    (sheet) => (window as unknown as { __e2e: E2eApi }).__e2e.selection()?.sheet === sheet,
    CHANNEL,
  );

  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, 'taskpane.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
  expect(requests.product()).toEqual([]);
});

test('the scored pane passes axe in Chromium, colour contrast included', async () => {
  expect(await axeViolations()).toEqual([]);
});

test('Score on a sheet that is not an assessment sheet names the assessment sheets', async () => {
  await page.evaluate(() => (window as unknown as { __e2e: E2eApi }).__e2e.activate('Sheet1'));
  await page.getByRole('button', { name: '为当前表评分' }).click();
  await page.getByText('“Sheet1”不是考核表。').waitFor();
  await expect(page.getByRole('button', { name: '转到 渠道专员 (2)' }).count()).resolves.toBe(1);
  await expect(page.getByRole('button', { name: '转到 销售' }).count()).resolves.toBe(1);
});

test('calibration: score, show flagged rows only, record a grade for the selected flagged employee with a reason, see the log row', async () => {
  // Its own workbook, through the pane as a user would: it does not rely on the tests above.
  await openPaneInChinese();
  await insertSalesAndChannel();
  await fillAndScoreChannel();
  // Excel recalculates the formulas the Score wrote; the fake stores them only, so the test fills in the
  // engine's results explicitly (test/support/recalculateFromEngine.ts).
  expect(await e2e((api) => api.recalculateFromEngine())).toBeGreaterThan(0);

  const calibration = page.getByRole('region', { name: '校准', exact: true });
  await calibration.getByRole('button', { name: '仅显示标记行' }).click();
  await calibration.getByText(`${CHANNEL}：仅显示 1 个标记行。`).waitFor();
  const header = await call((api, sheet) => api.scoresHeaderRow(sheet), CHANNEL);
  const chen = header + 5; // 陈静, the fifth row typed: the low outlier
  const filter = await call((api, sheet) => api.autoFilter(sheet), CHANNEL);
  expect(filter.criteria).toEqual([{ column: expect.any(Number), filterOn: 'Values', values: ['需校准', 'Flagged'] }]);
  expect(filter.hiddenRows).toEqual([1, 2, 3, 4, 6].map((i) => header + i));
  await expect(calibration.getByRole('button', { name: '显示全部行' }).count()).resolves.toBe(1);

  // The user clicks a cell in 陈静's row, then Use selected cell.
  await call((api, at) => api.select(at.sheet, at.cell), { sheet: CHANNEL, cell: `C${chen}` });
  await calibration.getByRole('button', { name: '使用所选单元格' }).click();
  await calibration.getByText('陈静 · E005').waitFor();
  const details = await calibration
    .locator('dl')
    .evaluate((dl) =>
      Array.from(dl.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
  expect(Object.fromEntries(details)).toMatchObject({
    工作表: `${CHANNEL}，第 ${chen} 行`,
    加权得分: '41',
    等级: '待改进',
    校准等级: '无',
  });
  expect(Object.fromEntries(details).标记原因).toBe('加权得分41.0低于本表下限44.5：请核查目标是否设置过高。');

  // Without a reason: said next to the field, nothing written.
  await calibration.getByRole('combobox', { name: /^校准等级/ }).selectOption('合格');
  await calibration.getByRole('textbox', { name: /^决定人/ }).fill('评审小组（王、赵）');
  await calibration.getByRole('button', { name: '记录校准' }).click();
  await calibration.getByText('请填写调整等级的原因。').waitFor();
  expect(await e2e((api) => api.logRows())).toEqual([]);

  const reason = '新开拓区域，目标偏高，经评审小组复核后上调';
  await calibration.getByRole('textbox', { name: /^原因/ }).fill(reason);
  await calibration.getByRole('button', { name: '记录校准' }).click();
  await calibration.getByText('已记录：陈静 校准为 合格。').waitFor();
  const shown = await calibration
    .getByRole('table', { name: /^校准记录/ })
    .locator('tr')
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
  const date = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const expected = ['陈静', 'E005', CHANNEL, 41, '待改进', '合格', reason, '评审小组（王、赵）', date];
  expect(shown).toEqual(expected.map(String));
  // In the workbook: the log row on the Calibration sheet, and the calibrated grade in 陈静's row.
  // The date is stored as a date (its serial number), shown as YYYY-MM-DD.
  expect(await e2e((api) => api.logRows())).toEqual([[...expected.slice(0, -1), dateSerial(date)]]);
  const row = await call((api, at) => api.values(at.sheet, `A${at.row}:AZ${at.row}`)[0], { sheet: CHANNEL, row: chen });
  expect(row).toContain('合格');

  fs.mkdirSync(OUT, { recursive: true });
  await calibration.screenshot({ path: path.join(OUT, 'calibration.png') });

  await calibration.getByRole('button', { name: '显示全部行' }).click();
  await calibration.getByText(`${CHANNEL}：已显示全部行。`).waitFor();
  expect(await call((api, sheet) => api.autoFilter(sheet), CHANNEL)).toMatchObject({ criteria: [], hiddenRows: [] });

  expect(await axeViolations()).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(requests.product()).toEqual([]);
});

test('talent grid: potentials typed, Score, a box of the grid filters the Scores table to its people, again shows all', async () => {
  await openPaneInChinese();
  await insertSalesAndChannel();
  await call((api, at) => api.fillScores(at.sheet, at.rows), { sheet: CHANNEL, rows: CHANNEL_ROWS });
  // The calibration panel's potentials, in the Potential column of the computed block (4 indicators).
  const header = await call((api, sheet) => api.scoresHeaderRow(sheet), CHANNEL);
  const cols = computedColumns(5 + 4 + 1, 4);
  const potential = cellAddress(header + 1, cols.potential);
  await call((api, at) => api.setCells(at.sheet, at.cell, at.grid), {
    sheet: CHANNEL,
    cell: potential,
    grid: [['高'], ['中'], ['高'], ['中'], ['低'], ['中']],
  });
  await call((api, sheet) => api.activate(sheet), CHANNEL);
  await page.getByRole('button', { name: '为当前表评分' }).click();
  await page.getByText(SCORED_CHANNEL).waitFor();
  expect(await e2e((api) => api.recalculateFromEngine())).toBeGreaterThan(0);

  const calibration = page.getByRole('region', { name: '校准', exact: true });
  const grid = calibration.getByRole('group', { name: `人才九宫格：${CHANNEL}` });
  const boxes = await grid.getByRole('button').allTextContents();
  expect(boxes).toHaveLength(9);
  // The people in the grid are the five scored (杨磊's vague value leaves him out, counted apart).
  expect(boxes.reduce((sum, b) => sum + Number(/(\d+) 人$/.exec(b)![1]), 0)).toBe(5);
  await calibration.getByText('未入格：已评分但未填潜力 0 人，尚未评分 1 人。').waitFor();
  const chosen = boxes.find((b) => !b.endsWith('：0 人'))!;
  const [box, count] = [chosen.split('：')[0], Number(/(\d+) 人$/.exec(chosen)![1])];
  await grid.getByRole('button', { name: chosen }).click();
  await calibration.getByText(`${CHANNEL}：仅显示"${box}"的 ${count} 人。`).waitFor();
  const filter = await call((api, sheet) => api.autoFilter(sheet), CHANNEL);
  expect(filter.criteria).toEqual([{ column: expect.any(Number), filterOn: 'Values', values: [box] }]);
  const shownRows = await call((api, at) => api.values(at.sheet, at.range), {
    sheet: CHANNEL,
    range: `${cellAddress(header + 1, cols.box)}:${cellAddress(header + 6, cols.box)}`,
  });
  const hidden = shownRows.flatMap((line, i) => (line[0] === box ? [] : [header + 1 + i]));
  expect(filter.hiddenRows).toEqual(hidden);
  expect(hidden).toHaveLength(6 - count);
  await expect(grid.getByRole('button', { name: chosen }).getAttribute('aria-pressed')).resolves.toBe('true');

  fs.mkdirSync(OUT, { recursive: true });
  await calibration.screenshot({ path: path.join(OUT, 'talent-grid.png') });
  await grid.getByRole('button', { name: chosen }).click();
  await calibration.getByText(`${CHANNEL}：已显示全部行。`).waitFor();
  expect(await call((api, sheet) => api.autoFilter(sheet), CHANNEL)).toMatchObject({ criteria: [], hiddenRows: [] });
  expect(await axeViolations()).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(requests.product()).toEqual([]);
});

test('indicators that change: HR asks for own targets, Score shows the new layout first, "Lay out and score" applies it', async () => {
  await openPaneInChinese();
  await insertSalesAndChannel();
  await fillAndScoreChannel();
  // 个人目标 (Own targets) = 是 for the first indicator: a target per employee for 渠道销售额.
  await call((api, sheet) => api.setCells(sheet, 'H7', [['是']]), CHANNEL);
  const before = await call((api, sheet) => api.values(sheet, 'F15:I19'), CHANNEL);
  await page.getByRole('button', { name: '为当前表评分' }).click();
  const scoring = page.getByRole('region', { name: '重新排列并评分' });
  await scoring.getByText('"渠道销售额目标"：新增空白个人目标列 J（空 = 用表内目标）。').waitFor();
  // Nothing is written before the user says so.
  expect(await call((api, sheet) => api.values(sheet, 'J14'), CHANNEL)).not.toEqual([['渠道销售额目标']]);
  await page.screenshot({ path: path.join(OUT, 'relayout.png'), fullPage: true });
  await scoring.getByRole('button', { name: '重新排列并评分' }).click();
  await page.waitForFunction(
    (sheet) => (window as unknown as { __e2e: E2eApi }).__e2e.values(sheet, 'J14')[0][0] === '渠道销售额目标',
    CHANNEL,
  );
  await page.getByText(SCORED_CHANNEL).waitFor();
  expect(await scoring.count()).toBe(0);
  expect(await call((api, sheet) => api.values(sheet, 'F15:I19'), CHANNEL)).toEqual(before);
  expect(pageErrors).toEqual([]);
});

test('next cycle: the pane builds the new workbook in the browser and Excel opens it', async () => {
  await openPaneInChinese();
  await insertSalesAndChannel();
  await fillAndScoreChannel();
  // Next cycle is folded away until asked for.
  await page.getByRole('button', { name: '下一周期', expanded: false }).click();
  await page.getByRole('textbox', { name: '新周期' }).fill('2025年下半年');
  await page.getByRole('button', { name: '在新工作簿中开始下一周期' }).click();
  await page.getByText(/^新工作簿已打开：带入 \d+ 名员工/).waitFor();
  expect(await e2e((api) => api.createdWorkbooks())).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('import: pasted rows from an HR export, the mapping checked, then imported into the sheet', async () => {
  await openPaneInChinese();
  await insertSalesAndChannel();
  await call((api, sheet) => api.activate(sheet), CHANNEL);
  const imports = page.getByRole('region', { name: '导入数据（CSV）' });
  await imports
    .getByRole('textbox')
    .fill(
      '员工编号,员工姓名,部门,直接上级,渠道销售额（万元）,新客户开发数量,获客成本,渠道维护效率\nE001,张伟,华东,王经理,120,23,3333,95\nE002,李娜,华东,王经理,80,15,5000,80\n',
    );
  await imports.getByRole('button', { name: '核对对应关系' }).click();
  await imports.getByText('导入将新增 2 人，更新 0 人；0 人数据未变。').waitFor();
  expect(await imports.getByRole('table', { name: '文件各列的读取方式' }).getByRole('row').count()).toBe(9);
  expect(await e2e((api) => api.values('渠道专员 (2)', 'A15:I15'))).toEqual([['', '', '', '', '', '', '', '', '']]);
  await imports.getByRole('button', { name: '导入' }).click();
  await imports.getByText('已导入"渠道专员 (2)"：新增 2 人，更新 0 人，0 人数据未变。').waitFor();
  expect(await e2e((api) => api.values('渠道专员 (2)', 'A15:I16'))).toEqual([
    ['张伟', 'E001', '华东', '王经理', '', 1200000, 23, 3333, 95],
    ['李娜', 'E002', '华东', '王经理', '', 800000, 15, 5000, 80],
  ]);
  await imports.screenshot({ path: path.join(OUT, 'import.png') });
  expect(pageErrors).toEqual([]);
});

test('feedback: the jump bar, then plans drafted for everyone who needs one, and Go to the plan', async () => {
  await openPaneInChinese();
  await insertSalesAndChannel();
  await fillAndScoreChannel();
  await page.getByRole('navigation', { name: '转到' }).getByRole('button', { name: '反馈' }).click();
  const feedback = page.getByRole('region', { name: '反馈与改进计划', exact: true });
  await feedback.getByRole('button', { name: '为所有需要的员工起草计划' }).click();
  // 陈静 (the fifth row typed) is the channel sheet's only Needs improvement: a 30-day plan.
  await feedback.getByText('已起草计划：陈静').waitFor();
  const sheets = await e2e((api) => api.sheetNames());
  expect(sheets).toEqual(expect.arrayContaining(['改进计划 陈静', '改进计划跟踪']));
  await feedback.getByRole('button', { name: '转到计划' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __e2e: E2eApi }).__e2e.selection()?.sheet === '改进计划 陈静',
  );
  expect(await e2e((api) => api.selection())).toEqual({ sheet: '改进计划 陈静', address: 'A1' });
  // Again: nothing new, the plan left as it is.
  await feedback.getByRole('button', { name: '为所有需要的员工起草计划' }).click();
  await feedback.getByText('陈静 已有计划：保持不变').waitFor();
  await feedback.screenshot({ path: path.join(OUT, 'feedback.png') });
  expect(pageErrors).toEqual([]);
});

test('at 320 px nothing scrolls sideways, in either language: scored, the checks, the import mapping', async () => {
  await page.setViewportSize({ width: 320, height: 900 });
  try {
    await openPaneInChinese();
    await insertSalesAndChannel();
    await fillAndScoreChannel();
    const imports = page.getByRole('region', { name: '导入数据（CSV）' });
    await imports
      .getByRole('textbox')
      .fill(
        'Employee ID,Employee name,Channel sales revenue (10k yuan),New customers developed,Customer acquisition cost\nE001,Zhang Wei,120,23,3333\n',
      );
    await imports.getByRole('button', { name: '核对对应关系' }).click();
    await imports.getByRole('table').waitFor();
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page
      .getByRole('radiogroup', { name: /窗格语言|Pane language/ })
      .getByRole('radio', { name: 'English' })
      .check();
    await page.getByRole('heading', { level: 1, name: 'Performance Review' }).waitFor();
    await page
      .getByRole('region', { name: 'Import data (CSV)' })
      .getByRole('button', { name: 'Check mapping' })
      .click();
    await page.getByRole('region', { name: 'Import data (CSV)' }).getByRole('table').waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUT, 'pane-320-en.png'), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 380, height: 900 });
  }
  expect(pageErrors).toEqual([]);
});

/**
 * APIs the pane's declared webviews lack (webview.ts): Safari 15 on Mac and iPad is the oldest; WebView2
 * and the browsers of Excel on the web are evergreen Chromium, Edge, Firefox, Safari. Internet Explorer
 * and EdgeHTML get the legacy page instead (the test below).
 */
const MISSING_IN_DECLARED_WEBVIEWS: { api: string; pattern: RegExp }[] = [
  { api: 'structuredClone (Safari 15.4)', pattern: /\bstructuredClone\(/ },
  { api: 'Object.hasOwn (Safari 15.4)', pattern: /\bObject\.hasOwn\(/ },
  // An array's findLast takes a callback; Tabster's own focusable.findLast({ container }) (Fluent's focus
  // management, in the Accordion) takes an object and is no array method.
  { api: 'Array.prototype.findLast (Safari 15.4)', pattern: /\.findLast(Index)?\((?!\{)/ },
  { api: 'Array.prototype.toSorted and kin (Safari 16)', pattern: /\.(toSorted|toReversed|toSpliced)\(/ },
  { api: 'Array.prototype.at (Safari 15.4)', pattern: /\.at\(-?\d/ },
  { api: 'Promise.withResolvers (Safari 17.4)', pattern: /Promise\.withResolvers\(/ },
];

test('the pane bundle calls no API the declared webviews lack', () => {
  const scripts = fs.readdirSync(site).filter((f) => /^taskpane\..*\.js$/.test(f));
  expect(scripts).toHaveLength(1);
  const bundle = fs.readFileSync(path.join(site, scripts[0]), 'utf8');
  // The check can fail: the APIs EdgeHTML 18 lacks are there, which is why it gets the legacy page.
  expect(bundle).toMatch(/\.flatMap\(/);
  expect(bundle).toMatch(/\bTextDecoder\b/);
  expect(MISSING_IN_DECLARED_WEBVIEWS.filter((m) => m.pattern.test(bundle)).map((m) => m.api)).toEqual([]);
  const findLast = MISSING_IN_DECLARED_WEBVIEWS.find((m) => m.api.startsWith('Array.prototype.findLast'))!.pattern;
  expect(
    ['xs.findLast((x) => x > 1)', 'xs.findLastIndex(f)', 'c.findLast({container:s})'].map((s) => findLast.test(s)),
  ).toEqual([true, true, false]);
});

test('in EdgeHTML 18 (Excel 2016 and 2019) the legacy page says what works, and the pane does not start', async () => {
  const cdp = await context.newCDPSession(page);
  const original = await page.evaluate(() => navigator.userAgent);
  const edgeHtml =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: edgeHtml });
  try {
    await page.goto(`${origin}/taskpane.html`);
    expect(await page.evaluate(() => navigator.userAgent)).toBe(edgeHtml);
    await page.getByRole('heading', { level: 1, name: /需要更新版本的 Excel|needs a newer Excel/ }).waitFor();
    await expect(page.getByText(/EdgeHTML/).count()).resolves.toBe(1);
    // The pane did not start: no pane heading, no button of it.
    await expect(page.getByRole('heading', { name: '业绩考核' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
  } finally {
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: original });
    await cdp.detach();
  }
  expect(pageErrors).toEqual([]);
});

// Last: it makes a request of "ours" on purpose, to show the check above can fail.
test("the external-request check: a request from our page is caught, office.js's own telemetry frame is not ours", async () => {
  await openPaneInChinese();
  const leak = 'https://leak.example.invalid/beacon';
  await page.evaluate((url) => {
    const script = document.createElement('script');
    script.textContent = `fetch(${JSON.stringify(url)}).catch(function () {})`;
    document.head.appendChild(script);
  }, leak);
  // office.js opens its telemetry frame from a 3-second timer after it loads: wait for it, whatever the speed.
  await page.waitForFunction(() => !!document.querySelector('iframe[src*="telemetryservice"]'), null, {
    timeout: 30_000,
  });
  // Both requests reach the route (and the protocol's events) a moment later: wait for them to be seen.
  for (let waited = 0; waited < 10_000 && !requests.all().includes(leak); waited += 50) await page.waitForTimeout(50);
  for (let waited = 0; waited < 10_000 && !requests.all().some((u) => u.includes('telemetryservice')); waited += 50)
    await page.waitForTimeout(50);
  expect(requests.all()).toEqual(expect.arrayContaining([leak, expect.stringContaining('telemetryservice')]));
  expect(requests.product()).toEqual([leak]);
});
