import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { cellValue } from '../support/exceljsReader';
import { recalculate } from '../support/libreoffice';
import { editInLibreOffice } from '../support/libreofficeEdit';
import type { Lang } from '../../src/core/types';
import { labels } from '../../src/core/labels';

/**
 * perf-review plan: the one-on-one brief and Table 2 drafted from the data. The guide's own example
 * (channel specialist: revenue 880,000, 12 new customers, CAC 4,800, maintenance 85) through the engine
 * (the cached text) and through LibreOffice's recalculation of the live lines.
 */
const HEADERS: Record<Lang, string> = {
  'en-US':
    'Name,Employee ID,Team,Supervisor,Previous grade,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
  'zh-CN': '姓名,工号,团队,直属上级,上期等级,渠道销售额,新客户开发数量,客户获取成本（CAC）,渠道维护效率',
};

async function workbook(lang: Lang, rows: string[]): Promise<string> {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', 'channel', '--cycle', '2024 Q3', '--out', file)).code).toBe(
    0,
  );
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(csv, [HEADERS[lang], ...rows].join('\n'));
  expect((await cli('import', file, '--csv', csv)).code).toBe(0);
  expect((await cli('score', file)).code).toBe(0);
  return file;
}

const GUIDE = 'Zhang Wei,E1001,East,Li Na,,880000,12,4800,85';
const WEAK = 'Chen Jing,E1004,North,Zhao,Needs improvement,400000,6,7000,60';

/** The plan sheet's column B from row 1 down, as the cells hold them (cached or recalculated). */
function columnB(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(String(cellValue(ws.getCell(r, 2)) ?? ''));
  return out;
}

function planSheet(wb: ExcelJS.Workbook, prefix: string): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => w.name.startsWith(prefix));
  if (!ws) throw new Error(`no sheet ${prefix}… in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

describe('perf-review plan', () => {
  test.each([
    [
      'en-US' as Lang,
      'Improvement plan Zhang Wei',
      [
        'Channel sales revenue 880,000 vs target 800,000, achievement 110% (CRM)',
        'Customer acquisition cost 4,800 vs target at most 5,000, achievement 104% (Finance system)',
        'Channel maintenance efficiency: panel score 85 (360-degree feedback)',
      ],
      ['New customers 12 vs target 15, achievement 80% (CRM)'],
    ],
    [
      'zh-CN' as Lang,
      '改进计划 张伟',
      [
        '渠道销售额 880,000（目标 800,000），达成率 110%（CRM系统）',
        '客户获取成本 4,800（目标 ≤5,000），达成率 104%（财务系统）',
        '渠道维护效率：评分 85（360度评估）',
      ],
      ['新客户开发数量 12（目标 15），达成率 80%（CRM系统）'],
    ],
  ])(
    "the guide's example (%s): highlights and areas to improve with their data and source, the same after LibreOffice recalculates",
    async (lang, sheetName, highlights, areas) => {
      const row = lang === 'en-US' ? GUIDE : GUIDE.replace('Zhang Wei', '张伟');
      const file = await workbook(lang, [row]);
      const run = await cli('plan', file, '--employee', 'E1001', '--date', '2024-10-10');
      expect(run.code).toBe(0);
      const cached = columnB(planSheet(await readWorkbook(file), sheetName));
      const [recalculatedFile] = recalculate([file]);
      const recalculatedWb = new ExcelJS.Workbook();
      await recalculatedWb.xlsx.readFile(recalculatedFile);
      const live = columnB(planSheet(recalculatedWb, sheetName));
      for (const b of [cached, live]) {
        for (const line of [...highlights, ...areas]) expect(b).toContain(line);
        // Highlights come before the areas to improve.
        expect(b.indexOf(highlights[0])).toBeLessThan(b.indexOf(areas[0]));
      }
      expect(live).toEqual(cached);
      // Nothing ranks the employee against anyone.
      expect(cached.join('\n')).not.toMatch(/rank|排名|第\s*\d+\s*名/i);
    },
    120_000,
  );

  test('--all drafts for the 30-day plan and the talk only, with the deadline 30 days on; drafting again writes nothing', async () => {
    const file = await workbook('en-US', [GUIDE, WEAK]);
    const run = await cli('plan', file, '--all', '--date', '2024-10-10');
    expect(run.code).toBe(0);
    expect(run.out).toContain("Drafted the improvement plan of Chen Jing on sheet 'Improvement plan Chen Jing'");
    expect(run.out).not.toContain('Zhang Wei');
    const wb = await readWorkbook(file);
    const ws = planSheet(wb, 'Improvement plan Chen Jing');
    expect(cellValue(ws.getCell('F5'))).toBe('Needs improvement twice in a row: formal performance talk');
    const deadlines = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const value = ws.getCell(r, 5).value;
      if (value instanceof Date) deadlines.push(value.toISOString().slice(0, 10));
    }
    expect(deadlines).toEqual(['2024-11-09', '2024-11-09', '2024-11-09']);
    // Printed for the employee: A to G on one page; the bookkeeping (stored ID, sheet id in H4:H5) is in
    // its cells but shown to nobody, and column H (as at the conversation date) stays on screen.
    expect(ws.pageSetup.printArea).toMatch(/^A1:G\d+$/);
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 9 });
    for (const cell of ['H4', 'H5']) {
      expect(cellValue(ws.getCell(cell))).not.toBe('');
      expect(ws.getCell(cell).numFmt).toBe(';;;');
    }

    // Drafting again changes nothing (what the manager wrote stays): the file is not even written.
    const before = fs.readFileSync(file);
    const again = await cli('plan', file, '--all', '--date', '2024-10-11');
    expect(again.code).toBe(0);
    expect(again.out).toContain("Chen Jing already has a plan on sheet 'Improvement plan Chen Jing': left as it is");
    expect(again.out).toContain('Nothing new to draft: the workbook was not written.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('an actual changed after the conversation: the live line follows and the plan says its data changed', async () => {
    const file = await workbook('en-US', [GUIDE]);
    expect((await cli('plan', file, '--employee', 'Zhang Wei', '--date', '2024-10-10')).code).toBe(0);
    const wb = await readWorkbook(file);
    wb.getWorksheet('Channel specialist')!.getCell('G15').value = 16;
    const edited = path.join(tempDir(), 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const [out] = recalculate([edited]);
    const recalculatedWb = new ExcelJS.Workbook();
    await recalculatedWb.xlsx.readFile(out);
    const ws = planSheet(recalculatedWb, 'Improvement plan Zhang Wei');
    expect(columnB(ws)).toContain('New customers 16 vs target 15, achievement 107% (CRM)');
    expect(cellValue(ws.getCell('A7'))).toBe(
      'The data changed after the conversation date: compare with the column "As at the conversation date".',
    );
  }, 120_000);

  test('errors: nobody named, not scored, no --employee or --all; nothing written', async () => {
    const file = await workbook('en-US', [GUIDE, 'Wang Fang,E1002,East,Li Na,,,12,4800,85']);
    const before = fs.readFileSync(file);
    const unknown = await cli('plan', file, '--employee', 'E9999');
    // Whom the command names is the user's to give: a usage error (exit 2), no cell.
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no employee "E9999" on this sheet');
    expect(unknown.err).not.toContain('!A1');
    const unscored = await cli('plan', file, '--employee', 'E1002');
    expect(unscored.code).toBe(1);
    expect(unscored.out).toContain("Wang Fang is not scored yet: the plan states the scores' data.");
    const neither = await cli('plan', file);
    expect(neither.code).toBe(2);
    expect(neither.err + neither.out).toContain('give --employee ID|NAME, or --all');
    const badDate = await cli('plan', file, '--all', '--date', '10/10/2024');
    expect(badDate.code).toBe(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

test("what the manager wrote is checked against the guide's wording rules, as warnings naming the cell", async () => {
  const file = await workbook('zh-CN', ['陈静,E1004,华北,赵经理,待改进,400000,6,7000,60']);
  expect((await cli('plan', file, '--all', '--date', '2024-10-10')).code).toBe(0);
  const wb = await readWorkbook(file);
  const ws = planSheet(wb, '改进计划 陈静');
  let first = 0;
  for (let r = 1; r <= ws.rowCount && !first; r++) if (ws.getCell(r, 1).value === '改进项') first = r + 1;
  expect(first).toBeGreaterThan(0);
  // Row 1: fine. Row 2: vague, no number, no owner. Row 3: about the person, its deadline emptied.
  ws.getCell(first, 2).value = '每周拜访2家新渠道，每月参加1次行业展会';
  ws.getCell(first, 3).value = '陈静';
  ws.getCell(first + 1, 2).value = '大概多拜访一些客户';
  ws.getCell(first + 2, 2).value = '改掉态度差的问题，每周复盘1次';
  ws.getCell(first + 2, 3).value = '赵经理';
  ws.getCell(first + 2, 5).value = null;
  await wb.xlsx.writeFile(file);
  const before = fs.readFileSync(file);
  const run = await cli('plan', file, '--all');
  expect(run.code).toBe(0);
  const sheet = '改进计划 陈静';
  const lines = run.out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('[警告]'));
  expect(lines).toEqual([
    `[警告] '${sheet}'!B${first + 1}: "大概"是模糊表述。请写明数字及其来源（指南：禁止用"大概""可能"），例如"每周拜访2家新渠道"。`,
    `[警告] '${sheet}'!B${first + 1}: 该措施没有数字。请使其可衡量，例如"每周拜访2家新渠道，每月参加1次行业展会"。`,
    `[警告] '${sheet}'!C${first + 1}: 该措施没有责任人。请写明由谁执行（员工本人、上级）。`,
    `[警告] '${sheet}'!B${first + 2}: "态度差"针对的是人而不是事。指南：不说"你不够努力"，而说"本月客户拜访量较目标少8次"。`,
    `[警告] '${sheet}'!E${first + 2}: 该措施没有完成期限。请填写截止日期。`,
  ]);
  // Checking writes nothing.
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});

test('the Plans register lists every measure row of every plan; Overdue and Stale follow the calendar', async () => {
  const day = (offset: number) => {
    const d = new Date();
    d.setHours(0, 0, 0, 0);
    d.setDate(d.getDate() + offset);
    return d;
  };
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const file = await workbook('en-US', [WEAK, 'Li Lei,E1005,South,Zhao,,300000,5,9000,50']);
  const run = await cli('plan', file, '--all', '--date', iso(day(-20)));
  expect(run.code).toBe(0);
  const wb = await readWorkbook(file);
  const register = wb.getWorksheet('Plans register')!;
  expect((register.getRow(3).values as unknown[]).slice(1, 14)).toEqual([
    ...['Employee', 'Team', 'Plan', 'Item', 'Measure', 'Owner', 'Deadline', 'Status', 'Progress note'],
    ...['Date of the note', 'Overdue', 'Stale', 'Result action'],
  ]);
  // Three areas to improve and two spare rows per plan, as the plans have them.
  const listed = [];
  for (let r = 4; r <= register.rowCount; r++)
    listed.push([cellValue(register.getCell(r, 1)), cellValue(register.getCell(r, 4)) ?? '']);
  expect(listed.slice(0, 5)).toEqual([
    ['Chen Jing', 'Channel sales revenue'],
    ['Chen Jing', 'New customers'],
    ['Chen Jing', 'Customer acquisition cost'],
    ['Chen Jing', ''],
    ['Chen Jing', ''],
  ]);
  // Li Lei's panel score 50 is an area to improve too: four areas.
  expect(listed.filter(([name]) => name === 'Li Lei')).toHaveLength(6);

  // The manager's week: a measure past its deadline, one done, one with an old note, one with a fresh note.
  const plan = planSheet(wb, 'Improvement plan Chen Jing');
  let first = 0;
  for (let r = 1; r <= plan.rowCount && !first; r++) if (plan.getCell(r, 1).value === 'Item to improve') first = r + 1;
  const write = (row: number, values: Record<number, unknown>) =>
    Object.entries(values).forEach(
      ([col, value]) => (plan.getCell(row, Number(col)).value = value as ExcelJS.CellValue),
    );
  write(first, { 2: 'Visit 2 new channels a week', 3: 'Chen Jing', 5: day(-1) });
  write(first + 1, { 2: 'Call 5 lapsed customers a week', 3: 'Chen Jing', 5: day(-1), 6: 'Done' });
  write(first + 2, { 2: 'Review 3 campaigns a month', 3: 'Zhao', 5: day(10), 7: 'first review held', 8: day(-10) });
  write(first + 3, { 2: 'Join 1 trade fair a month', 3: 'Chen Jing', 5: day(10), 7: 'booked', 8: day(-2) });
  const edited = path.join(tempDir(), 'week.xlsx');
  await wb.xlsx.writeFile(edited);
  const [out] = recalculate([edited]);
  const live = new ExcelJS.Workbook();
  await live.xlsx.readFile(out);
  const ws = live.getWorksheet('Plans register')!;
  const flags = [4, 5, 6, 7].map((r) => [5, 11, 12].map((c) => cellValue(ws.getCell(r, c)) ?? ''));
  expect(flags).toEqual([
    ['Visit 2 new channels a week', 'Overdue', 'No progress for over 7 days'],
    ['Call 5 lapsed customers a week', '', ''],
    ['Review 3 campaigns a month', '', 'No progress for over 7 days'],
    ['Join 1 trade fair a month', '', ''],
  ]);
  // The HRBP's monthly summary by team, right of the register.
  const summary = [3, 4, 5].map((r) => [15, 16, 17, 18, 19, 20].map((c) => cellValue(ws.getCell(r, c)) ?? ''));
  expect(summary).toEqual([
    ['Team (monthly summary)', 'On 30-day plans', 'Talks due', 'Measures open', 'Done', 'Overdue'],
    ['North', 0, 1, 3, 1, 1],
    ['South', 1, 0, 0, 0, 0],
  ]);
  // As drafted (no measure yet), the cached summary is the engine's and LibreOffice agrees.
  const drafted = [4, 5].map((r) => [15, 16, 17, 18, 19, 20].map((c) => cellValue(register.getCell(r, c)) ?? ''));
  expect(drafted).toEqual([
    ['North', 0, 1, 0, 0, 0],
    ['South', 1, 0, 0, 0, 0],
  ]);
  const [again] = recalculate([file]);
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.readFile(again);
  const recomputed = [4, 5].map((r) =>
    [15, 16, 17, 18, 19, 20].map((c) => cellValue(fresh.getWorksheet('Plans register')!.getCell(r, c)) ?? ''),
  );
  expect(recomputed).toEqual(drafted);
}, 120_000);

describe('deadlines typed as text, and impossible dates', () => {
  test.each([
    [
      'zh-CN',
      '2024年11月30日',
      '截止日期"2024年11月30日"是文本而不是日期，永远不会显示为逾期。请按日期填写：2024-11-30。',
    ],
    [
      'en-US',
      '30.11.2024',
      'the deadline "30.11.2024" is text, not a date, so it is never shown as Overdue. Enter it as a date: 2024-11-30.',
    ],
    ['en-US', '2024/2/30', 'the deadline "2024/2/30" is not a date (or no such day)'],
    ['zh-CN', '月底前', '截止日期"月底前"不是日期（或没有这一天）。请按日期填写'],
    [
      'zh-CN',
      'note:2024年10月3日',
      '记录日期"2024年10月3日"是文本而不是日期，永远不会显示为无进展。请按日期填写：2024-10-03。',
    ],
    ['en-US', 'note:last Friday', 'the date of the note "last Friday" is not a date (or no such day)'],
  ] as const)('%s "%s": a warning naming the cell', async (lang, given, message) => {
    const note = given.startsWith('note:');
    const typed = given.replace(/^note:/, '');
    const file = await workbook(lang, [lang === 'zh-CN' ? '陈静,E1004,华北,赵经理,,400000,6,7000,60' : WEAK]);
    expect((await cli('plan', file, '--all', '--date', '2024-10-10')).code).toBe(0);
    const wb = await readWorkbook(file);
    const ws = wb.worksheets.find(
      (w) => /^(改进计划 |Improvement plan )/.test(w.name) && w.name !== 'Improvement plan',
    )!;
    let first = 0;
    for (let r = 1; r <= ws.rowCount && !first; r++)
      if ([labels('zh-CN').planItem, labels('en-US').planItem].includes(String(ws.getCell(r, 1).value))) first = r + 1;
    expect(first).toBeGreaterThan(0);
    ws.getCell(first, 2).value = lang === 'zh-CN' ? '每周拜访2家新渠道' : 'Visit 2 new channels a week';
    ws.getCell(first, 3).value = 'HR';
    ws.getCell(first, note ? 8 : 5).value = typed;
    await wb.xlsx.writeFile(file);
    const run = await cli('plan', file, '--all');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`'${ws.name}'!${note ? 'H' : 'E'}${first}: ${message}`);
  });

  test.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-2-3'])(
    'plan --date %s is refused, nothing written',
    async (date) => {
      const file = await workbook('en-US', [WEAK]);
      const before = fs.readFileSync(file);
      const run = await cli('plan', file, '--all', '--date', date);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`--date must be a day of the calendar as YYYY-MM-DD, not "${date}"`);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    },
  );
});

test('sorted in LibreOffice after the plans: the register lists no plan under another employee, and its team counts stay right', async () => {
  const file = await workbook('en-US', [WEAK, 'Li Lei,E1005,South,Zhao,,300000,5,9000,50', GUIDE]);
  expect((await cli('plan', file, '--all', '--date', '2024-10-10')).code).toBe(0);
  // Sorted by Employee ID, descending: rows 15-17 hold E1005, E1004, E1001 instead of E1004, E1005, E1001.
  const [sorted] = editInLibreOffice([
    { file, edit: { op: 'sortRows', sheet: 'Channel specialist', first: 15, last: 17, key: 1 } },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sorted);
  const ws = wb.getWorksheet('Plans register')!;
  const byPlan = new Map<string, unknown[]>();
  for (let r = 4; r <= ws.rowCount; r++) {
    const plan = String(cellValue(ws.getCell(r, 3)) ?? '');
    if (plan && !byPlan.has(plan)) byPlan.set(plan, [cellValue(ws.getCell(r, 1)), cellValue(ws.getCell(r, 2)) ?? '']);
  }
  const moved = ' (its Scores row now holds another employee: see the plan)';
  expect(Object.fromEntries(byPlan)).toEqual({
    'Improvement plan Chen Jing': [`E1004${moved}`, ''],
    'Improvement plan Li Lei': [`E1005${moved}`, ''],
  });
  // No team gains a plan that is not its own.
  const summary = [4, 5].map((r) => [15, 16, 17].map((c) => cellValue(ws.getCell(r, c)) ?? ''));
  expect(summary).toEqual([
    ['North', 0, 0],
    ['South', 0, 0],
  ]);
}, 120_000);
