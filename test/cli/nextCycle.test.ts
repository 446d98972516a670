import fs from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from '../support/cli';
import { XlsxPackage, saveWorkbook } from '../../src/hosts/xlsx/workbook';
import type { Lang } from '../../src/core/types';
import { fill, labels } from '../../src/core/labels';
import { computedColumns } from '../../src/core/columns';

/**
 * perf-review next-cycle: the next cycle's workbook from this one. The guide's rule across cycles: the
 * lowest grade twice in a row leads to the performance talk, so the new file's Previous grade is this
 * cycle's final grade, and scoring the new file sees it.
 */
const HEADERS: Record<Lang, string> = {
  'en-US':
    'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
  'zh-CN': '姓名,工号,团队,直属上级,渠道销售额,新客户开发数量,客户获取成本（CAC）,渠道维护效率',
};
const SHEET: Record<Lang, string> = { 'en-US': 'Channel specialist', 'zh-CN': '渠道专员' };
const WEAK = (name: string) => `${name},E1004,North,Zhao,400000,6,7000,60`;
const STRONG = (name: string) => `${name},E1001,East,Li Na,1200000,20,3000,98`;

async function cycle(lang: Lang, dir: string, file: string, rows: string[], cycleName: string | null) {
  if (cycleName !== null)
    expect(
      (await cli('template', '--lang', lang, '--roles', 'channel', '--cycle', cycleName, '--out', file)).code,
    ).toBe(0);
  const csv = path.join(dir, `data-${path.basename(file)}.csv`);
  fs.writeFileSync(csv, [HEADERS[lang], ...rows].join('\n'));
  expect((await cli('import', file, '--csv', csv)).code).toBe(0);
  return JSON.parse((await cli('score', file, '--json')).out);
}

describe.each(['en-US', 'zh-CN'] as Lang[])('perf-review next-cycle (%s)', (lang) => {
  const low = lang === 'zh-CN' ? '待改进' : 'Needs improvement';
  const top = lang === 'zh-CN' ? '优秀' : 'Excellent';
  let dir: string;
  let old: string;

  beforeAll(async () => {
    dir = tempDir();
    old = path.join(dir, 'q3.xlsx');
    const scored = await cycle(lang, dir, old, [WEAK('Chen Jing'), STRONG('Zhang Wei')], '2024 Q3');
    expect(scored.sheets[0].employees.map((e: { finalGrade: string }) => e.finalGrade)).toEqual([low, top]);
    // The 30-day plan for Chen Jing, one measure written in and still open, one marked done.
    expect((await cli('plan', old, '--all', '--date', '2024-10-08')).code).toBe(0);
    const pkg = XlsxPackage.read(fs.readFileSync(old));
    const measures = pkg.definedNames().find((n) => /^PR_P1_Measures$/.test(n.name))!;
    const sheet = pkg.sheet(measures.sheet);
    sheet.write(measures.range.r1, 2, { kind: 'value', value: 'Visit 3 new distributors a week' });
    sheet.write(measures.range.r1 + 1, 2, { kind: 'value', value: 'Weekly CRM review with Zhao' });
    sheet.write(measures.range.r1 + 1, 6, { kind: 'value', value: lang === 'zh-CN' ? '已完成' : 'Done' });
    // The panel's potentials (Chen Jing's typed in the other language): the next cycle shows them as before.
    const potential = computedColumns(10, 4).potential;
    pkg.sheet(SHEET[lang]).write(15, potential, { kind: 'value', value: 'Medium' });
    pkg.sheet(SHEET[lang]).write(16, potential, { kind: 'value', value: '高' });
    saveWorkbook(pkg, old);
  }, 60_000);

  test('the new file: same indicators and people, inputs empty, previous grade = final grade; the talk follows', async () => {
    const before = fs.readFileSync(old);
    const next = path.join(dir, 'q4.xlsx');
    const run = await cli('next-cycle', old, '--cycle', '2024 Q4', '--out', next);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      lang === 'zh-CN'
        ? `'${SHEET[lang]}'：带入 2 名员工，录入值为空；其中 2 人的上期等级为本周期的最终等级。`
        : `'${SHEET[lang]}': 2 employees carried, inputs empty; Previous grade = this cycle's final grade for 2.`,
    );
    expect(fs.readFileSync(old).equals(before)).toBe(true);

    const pkg = XlsxPackage.read(fs.readFileSync(next));
    const ws = pkg.sheet(SHEET[lang]);
    expect(ws.value(2, 4)).toBe('2024 Q4');
    // Employees with their previous grade, no inputs: nobody is scored until the new actuals come.
    expect([15, 16].map((r) => [ws.value(r, 1), ws.value(r, 5), ws.value(r, 6)])).toEqual([
      ['Chen Jing', low, null],
      ['Zhang Wei', top, null],
    ]);
    // Potential as typed, in Previous potential; this cycle's Potential is the panel's to judge afresh.
    const cols = computedColumns(10, 4);
    expect([15, 16].map((r) => [ws.value(r, cols.previousPotential), ws.value(r, cols.potential)])).toEqual([
      ['Medium', null],
      ['高', null],
    ]);
    // This cycle's plans and calibration log stay in the old file.
    expect(pkg.definedNames().some((n) => /^PR_P\d+_/.test(n.name))).toBe(false);
    // The open measure is listed, the done one is not.
    const open = pkg.sheet(lang === 'zh-CN' ? '上期未完成措施' : 'Open measures');
    expect([open.value(5, 1), open.value(5, 2), open.value(5, 5)]).toEqual([
      'Chen Jing',
      'E1004',
      'Visit 3 new distributors a week',
    ]);
    expect(open.value(6, 5)).toBeNull();

    // Needs improvement again in the new cycle: the performance talk.
    const scored = await cycle(lang, dir, next, [WEAK('Chen Jing'), STRONG('Zhang Wei')], null);
    const [chen, zhang] = scored.sheets[0].employees;
    expect([chen.finalGrade, chen.action]).toEqual([low, 'talk']);
    expect([zhang.finalGrade, zhang.action]).toEqual([top, 'star']);
  });

  test("the Cycle log: the previous cycle's indicators, and what HR changed since, listed by Score", async () => {
    const next = path.join(dir, 'q4-log.xlsx');
    expect((await cli('next-cycle', old, '--cycle', '2024 Q4', '--out', next)).code).toBe(0);
    const l = labels(lang);
    // HR raises the revenue target and moves 10 points of weight from new customers to revenue.
    const pkg = XlsxPackage.read(fs.readFileSync(next));
    const ws = pkg.sheet(SHEET[lang]);
    ws.write(7, 3, { kind: 'value', value: 50 });
    ws.write(7, 4, { kind: 'value', value: 900000 });
    ws.write(8, 3, { kind: 'value', value: 20 });
    saveWorkbook(pkg, next);
    expect((await cli('score', next)).code).toBe(0);
    const log = XlsxPackage.read(fs.readFileSync(next)).sheet(l.cycleLogSheet);
    expect(log.value(2, 1)).toBe(fill(l.cycleLogNote, { previous: '2024 Q3', file: 'q3.xlsx', cycle: '2024 Q4' }));
    expect([6, 7, 8, 9].map((r) => [4, 5, 6].map((c) => log.value(r, c)))).toEqual([
      [lang === 'zh-CN' ? '渠道销售额' : 'Channel sales revenue', 40, 800000],
      [lang === 'zh-CN' ? '新客户开发数量' : 'New customers', 30, 15],
      [lang === 'zh-CN' ? '客户获取成本' : 'Customer acquisition cost', 20, 5000],
      [lang === 'zh-CN' ? '渠道维护效率' : 'Channel maintenance efficiency', 10, null],
    ]);
    const revenue = lang === 'zh-CN' ? '渠道销售额' : 'Channel sales revenue';
    const customers = lang === 'zh-CN' ? '新客户开发数量' : 'New customers';
    expect([6, 7, 8, 9].map((r) => [10, 11, 12, 13].map((c) => log.value(r, c)))).toEqual([
      [revenue, l.cycleWeight, 40, 50],
      [revenue, l.cycleTarget, 800000, 900000],
      [customers, l.cycleWeight, 30, 20],
      [null, null, null, null],
    ]);
  });

  test('an existing --out is never overwritten; a sheet with errors writes nothing', async () => {
    const taken = path.join(dir, 'taken.xlsx');
    fs.writeFileSync(taken, 'mine');
    const run = await cli('next-cycle', old, '--cycle', '2024 Q4', '--out', taken);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(taken, 'utf8')).toBe('mine');

    const broken = path.join(dir, 'broken.xlsx');
    const pkg = XlsxPackage.read(fs.readFileSync(old));
    pkg.sheet(SHEET[lang]).write(7, 3, { kind: 'value', value: 45 });
    saveWorkbook(pkg, broken);
    const out = path.join(dir, 'never.xlsx');
    const refused = await cli('next-cycle', broken, '--cycle', '2024 Q4', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(lang === 'zh-CN' ? '权重合计为 105，不等于100' : 'the weights total 105, not 100');
    expect(refused.out).toContain(
      lang === 'zh-CN'
        ? '开始下一周期需要本周期已评分且没有错误：未写入任何内容。'
        : 'The next cycle needs this one scored without errors: nothing was written.',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});
