import fs from 'node:fs';
import path from 'node:path';
import { cli, readWorkbook, tempDir } from '../support/cli';

describe('perf-review report and demo', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    expect((await cli('demo', '--out', path.join(dir, 'zh'))).code).toBe(0);
    expect((await cli('demo', '--out', path.join(dir, 'en'), '--lang', 'en-US')).code).toBe(0);
  });

  test("demo: a channel team and a sales team, the guide's example among them, a summary of grades", async () => {
    const run = await cli('demo', '--out', path.join(dir, 'again'), '--lang', 'en-US');
    expect(run.code).toBe(0);
    expect(run.out).toContain("'Channel specialist': 6 scored, 1 not scored");
    expect(run.out).toContain('Excellent 2 · Good 1 · Pass 2 · Needs improvement 1');
    expect(run.out).toContain("'Sales': 5 scored, 1 not scored");
    expect(run.out).toContain("The guide's example (Zhang Wei): weighted score 79.9, grade Pass");
    expect(fs.existsSync(path.join(dir, 'again', 'channel.csv'))).toBe(true);
    const workbook = await readWorkbook(path.join(dir, 'again', 'demo.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Rules', 'Channel specialist', 'Sales', 'Calibration', 'Improvement plan']);
  });

  test('report reads the results as they stand in the cells, across workbooks', async () => {
    const files = [path.join(dir, 'zh', 'demo.xlsx'), path.join(dir, 'en', 'demo.xlsx')];
    const run = await cli('report', ...files, '--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out);
    expect(rows).toHaveLength(26);
    expect(rows[0]).toMatchObject({ file: files[0], sheet: '渠道专员', name: '张伟', employeeId: 'E1001', weighted: 79.9, grade: '合格', status: '已评分' });
    expect(rows[13]).toMatchObject({ sheet: 'Channel specialist', name: 'Zhang Wei', weighted: 79.9, grade: 'Pass' });
    expect(rows.find((r: { name: string }) => r.name === 'Zhou Jie')).toMatchObject({ weighted: null, grade: '', status: 'Not scored: G21 (New customers) not a number.' });
  });

  test('report does not recompute: a value typed into a result cell is what it reports', async () => {
    const file = path.join(dir, 'en', 'demo.xlsx');
    const workbook = await readWorkbook(file);
    const edited = path.join(dir, 'edited.xlsx');
    workbook.getWorksheet('Sales')!.getCell('R16').value = 12.3;
    await workbook.xlsx.writeFile(edited);
    const rows = JSON.parse((await cli('report', edited, '--json')).out);
    expect(rows.find((r: { name: string }) => r.name === 'Zheng Hao').weighted).toBe(12.3);
  });

  test('--csv for Excel (UTF-8 with BOM) and a text table by default', async () => {
    const file = path.join(dir, 'zh', 'demo.xlsx');
    const csv = await cli('report', file, '--csv');
    const lines = csv.out.split('\n');
    expect(lines[0]).toBe('\uFEFF文件,工作表,姓名,工号,团队,直属上级,加权得分,等级,状态,标记,标记原因,校准等级,最终等级');
    expect(lines[1]).toBe(`${file},渠道专员,张伟,E1001,华东渠道组,李娜,79.9,合格,已评分,,,,合格`);
    const table = await cli('report', file);
    expect(table.out.split('\n')[1]).toMatch(/^\S+demo\.xlsx\s+渠道专员\s+张伟\s+E1001\s+华东渠道组\s+李娜\s+79\.9\s+合格\s+已评分\s+合格$/);
  });
});
