import fs from 'node:fs';
import path from 'node:path';
import { cli, cliInLocale, readWorkbook, tempDir } from '../support/cli';
import { csvLine } from '../../src/cli/format';

describe('perf-review report and demo', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    expect((await cli('demo', '--out', path.join(dir, 'zh'), '--lang', 'zh-CN')).code).toBe(0);
    expect((await cli('demo', '--out', path.join(dir, 'en'), '--lang', 'en-US')).code).toBe(0);
  });

  test("demo: a channel team and a sales team, the guide's example among them, a summary of grades", async () => {
    const run = await cli('demo', '--out', path.join(dir, 'again'), '--lang', 'en-US');
    expect(run.code).toBe(0);
    expect(run.out).toContain("'Channel specialist': 6 scored, 1 not scored");
    expect(run.out).toContain('Excellent 2 · Good 1 · Pass 2 · Needs improvement 1');
    expect(run.out).toContain("'Sales': 5 scored, 1 not scored");
    expect(run.out).toContain("The guide's example (Zhang Wei): weighted score 79.9, grade Pass");
    // Each person's grade, the sample data's deliberate errors as such, and what to open.
    expect(run.out).toMatch(/^ {2}Zhang Wei +E1001 +79\.9 +Pass$/m);
    expect(run.out).toMatch(/^ {2}Zhou Jie +E1007 +not scored$/m);
    expect(run.out).toMatch(
      /The sample data holds a few errors on purpose.*\n.*Zhou Jie: "New customers" is the vague value "about 14"/,
    );
    expect(run.out).toContain(
      `Open ${path.join(dir, 'again', 'demo.xlsx')} in Excel or LibreOffice. Look at 'Channel specialist'`,
    );
    expect(fs.existsSync(path.join(dir, 'again', 'channel.csv'))).toBe(true);
    const workbook = await readWorkbook(path.join(dir, 'again', 'demo.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Rules',
      'Channel specialist',
      'Sales',
      'Goal cascade',
      '360 raters',
      'Calibration',
      'Talent grid',
      'Improvement plan',
    ]);
  });

  test("demo speaks the terminal's language: a Chinese terminal gets a Chinese workbook and Chinese words", async () => {
    const run = await cliInLocale('zh_CN.UTF-8', 'demo', '--out', path.join(dir, 'terminal'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^演示工作簿 .*demo\.xlsx：按人力资源的做法搭建/);
    expect(run.out).toMatch(/^ {2}张伟 +E1001 +79\.9 +合格$/m);
    expect(run.out).toContain('示例数据中故意放了几处错误');
    const workbook = await readWorkbook(path.join(dir, 'terminal', 'demo.xlsx'));
    expect(workbook.worksheets[0].name).toBe('评分规则');
  });

  test('report reads the results as they stand in the cells, across workbooks', async () => {
    const files = [path.join(dir, 'zh', 'demo.xlsx'), path.join(dir, 'en', 'demo.xlsx')];
    const run = await cli('report', ...files, '--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out);
    expect(rows).toHaveLength(26);
    expect(rows[0]).toMatchObject({
      file: files[0],
      sheet: '渠道专员',
      name: '张伟',
      employeeId: 'E1001',
      weighted: 79.9,
      grade: '合格',
      status: '已评分',
    });
    expect(rows[13]).toMatchObject({ sheet: 'Channel specialist', name: 'Zhang Wei', weighted: 79.9, grade: 'Pass' });
    expect(rows.find((r: { name: string }) => r.name === 'Zhou Jie')).toMatchObject({
      weighted: null,
      grade: '',
      status: 'Not scored: G21 (New customers) not a number.',
    });
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
    expect(lines[0]).toBe(
      '\uFEFF文件,工作表,姓名,工号,团队,直属上级,加权得分,等级,状态,标记,标记原因,校准等级,最终等级,潜力,绩效水平,九宫格,结果应用',
    );
    expect(lines[1]).toBe(
      `${file},渠道专员,张伟,E1001,华东渠道组,李娜,79.9,合格,已评分,,,,合格,中,中,中坚,维持现有职责`,
    );
    const json = JSON.parse((await cli('report', file, '--json')).out);
    // The talent grid's cells too: the demo panel's potential 中, performance 中 (合格), the box 中坚.
    expect(json.find((r: { name: string }) => r.name === '张伟')).toMatchObject({
      actionText: '维持现有职责',
      action: 'keep',
      potential: '中',
      performanceLevel: '中',
      box: '中坚',
    });
    const table = await cli('report', file);
    expect(table.out.split('\n')[1]).toMatch(
      /^\S+demo\.xlsx\s+渠道专员\s+张伟\s+E1001\s+华东渠道组\s+李娜\s+79\.9\s+合格\s+已评分\s+合格\s+中\s+中\s+中坚\s+维持现有职责$/,
    );
  });

  test('--csv neutralises text that a spreadsheet would run (= + - @ tab CR); --json keeps it raw', async () => {
    const work = tempDir();
    const file = path.join(work, 'team.xlsx');
    expect((await cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', file)).code).toBe(0);
    const names = ['=HYPERLINK("http://evil.example","x")', '@SUM(A1)', '+1+1', '-2'];
    const csv = path.join(work, 'evil.csv');
    const header =
      'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency';
    fs.writeFileSync(
      csv,
      [header, ...names.map((n, i) => `"${n.replace(/"/g, '""')}",E${i},=1+2,Li,880000,12,4800,85`)].join('\n'),
    );
    expect((await cli('import', file, '--csv', csv)).code).toBe(0);
    expect((await cli('score', file)).code).toBe(0);
    const lines = (await cli('report', file, '--csv')).out.split('\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(2, 5))).toEqual([
      ['"\'=HYPERLINK(""http://evil.example""', '""x"")"', 'E0'],
      ["'@SUM(A1)", 'E1', "'=1+2"],
      ["'+1+1", 'E2', "'=1+2"],
      ["'-2", 'E3', "'=1+2"],
    ]);
    // Import trims a leading tab; a CSV line written from other text still guards it, and CR too.
    expect(csvLine(['\tTab', '\rCR', -2, 'a-b'])).toBe(`'\tTab,"'\rCR",-2,a-b`);
    // Numbers stay numbers (the weighted score 79.9 is not prefixed).
    expect(lines[1]).toContain(',79.9,');
    const json = JSON.parse((await cli('report', file, '--json')).out);
    expect(json.map((r: { name: string }) => r.name)).toEqual(names);
  });
});
