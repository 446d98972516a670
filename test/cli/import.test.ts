import fs from 'node:fs';
import path from 'node:path';
import { cli, encodeGb18030, readWorkbook, tempDir } from '../support/cli';

async function template(lang: string, roles = 'channel') {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', roles, '--out', file)).code).toBe(0);
  return { dir, file };
}

const rowsOf = async (file: string, sheet: string, first = 15, count = 4) => {
  const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
  return Array.from({ length: count }, (_, i) => (ws.getRow(first + i).values as unknown[]).slice(1, 10));
};

describe('perf-review import', () => {
  test('a GB18030 CSV with Chinese headers (as Chinese Excel and CRMs write it)', async () => {
    const { dir, file } = await template('zh-CN');
    const csv = path.join(dir, 'crm.csv');
    fs.writeFileSync(
      csv,
      encodeGb18030(
        '姓名,工号,团队,直属上级,渠道销售额,新客户开发数量,客户获取成本,渠道维护效率,备注\r\n张伟,E1001,华东,李娜,880000,12,4800,85,好\r\n',
      ),
    );
    const run = await cli('import', file, '--csv', csv, '--source', 'CRM 2024-10');
    expect(run.code).toBe(0);
    expect(run.out).toContain('已导入"渠道专员"：更新 0 人，新增 1 人');
    expect(run.out).toContain('未匹配的列（已忽略）：备注');
    const [row] = await rowsOf(file, '渠道专员', 15, 1);
    expect(row).toEqual(['张伟', 'E1001', '华东', '李娜', undefined, 880000, 12, 4800, 85]);
    const log = (await readWorkbook(file)).getWorksheet('渠道专员')!.getCell('B4').value as string;
    expect(log).toMatch(/^CRM 2024-10 \(\d{4}-\d{2}-\d{2}\)$/);
  });

  test('UTF-8 with BOM, headers in either language, any case and spacing; update by Employee ID, append the rest', async () => {
    const { dir, file } = await template('en-US');
    const first = path.join(dir, 'first.csv');
    fs.writeFileSync(
      first,
      '\uFEFF NAME ,employee id,团队,Supervisor,channel sales revenue,New  Customers,Customer acquisition cost,Channel maintenance efficiency\nZhang Wei,E1001,East,Li Na,880000,12,4800,85\nWang Fang,E1002,East,Li Na,1000000,18,4200,90\n',
    );
    expect((await cli('import', file, '--csv', first)).out).toContain(
      "Imported into 'Channel specialist': 0 updated, 2 appended",
    );
    const second = path.join(dir, 'second.csv');
    fs.writeFileSync(second, 'Employee ID,Name,New customers\nE1002,Wang Fang,20\nE1003,Liu Yang,9\n,,5\n');
    const run = await cli('import', file, '--csv', second);
    expect(run.out).toContain("Imported into 'Channel specialist': 1 updated, 1 appended");
    expect(run.out).toContain('Rows without employee ID or name (skipped), CSV lines: 4');
    expect(run.out).toContain(
      'Indicators without a column in the CSV: Channel sales revenue, Customer acquisition cost, Channel maintenance efficiency',
    );
    expect(await rowsOf(file, 'Channel specialist', 15, 4)).toEqual([
      ['Zhang Wei', 'E1001', 'East', 'Li Na', undefined, 880000, 12, 4800, 85],
      ['Wang Fang', 'E1002', 'East', 'Li Na', undefined, 1000000, 20, 4200, 90],
      ['Liu Yang', 'E1003', undefined, undefined, undefined, undefined, 9],
      [],
    ]);
  });

  test("an English export fills a Chinese sheet: the presets' indicators match in either language", async () => {
    const { dir, file } = await template('zh-CN');
    const csv = path.join(dir, 'en.csv');
    fs.writeFileSync(
      csv,
      'Employee ID,Name,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency\nE1001,张伟,880000,12,4800,85\n',
    );
    const run = await cli('import', file, '--csv', csv);
    expect(run.out).not.toContain('未匹配');
    const [row] = await rowsOf(file, '渠道专员', 15, 1);
    expect(row).toEqual(['张伟', 'E1001', undefined, undefined, undefined, 880000, 12, 4800, 85]);
  });

  test('text that starts with = + - @ stays text, through import and scoring', async () => {
    const { dir, file } = await template('en-US');
    const csv = path.join(dir, 'evil.csv');
    const names = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2', '@SUM(A1)'];
    fs.writeFileSync(
      csv,
      [
        'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
        ...names.map((n, i) => `"${n.replace(/"/g, '""')}",E${i},=1+2,-T,880000,12,4800,85`),
      ].join('\n'),
    );
    expect((await cli('import', file, '--csv', csv)).code).toBe(0);
    expect((await cli('score', file)).code).toBe(0);
    const ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    names.forEach((name, i) => {
      const cell = ws.getCell(`A${15 + i}`);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name);
      expect(ws.getCell(`C${15 + i}`).value).toBe('=1+2');
    });
  });

  test('several assessment sheets need --sheet; an unknown one is a usage error', async () => {
    const { dir, file } = await template('en-US', 'channel,sales');
    const csv = path.join(dir, 'sales.csv');
    fs.writeFileSync(csv, 'Name,Employee ID,Sales revenue\nWu Min,E2001,1200000\n');
    expect(await cli('import', file, '--csv', csv)).toMatchObject({
      code: 2,
      err: expect.stringContaining('choose one with --sheet: Channel specialist, Sales'),
    });
    expect(await cli('import', file, '--csv', csv, '--sheet', 'Kitchen')).toMatchObject({
      code: 2,
      err: expect.stringContaining('no assessment sheet named "Kitchen"'),
    });
    expect((await cli('import', file, '--csv', csv, '--sheet', 'sales')).code).toBe(0);
    expect((await readWorkbook(file)).getWorksheet('Sales')!.getCell('F15').value).toBe(1200000);
  });
});

describe('perf-review import: own targets and a changed Indicators table', () => {
  test('a "渠道销售额目标" column fills the own-target column; scored against it: 550,000 of 500,000 is 110%', async () => {
    const { dir, file } = await template('zh-CN');
    const { XlsxPackage, saveWorkbook } = await import('../../src/hosts/xlsx/workbook');
    const pkg = XlsxPackage.read(fs.readFileSync(file));
    pkg.sheet('渠道专员').write(7, 8, { kind: 'value', value: '是' });
    saveWorkbook(pkg, file);
    expect((await cli('score', file)).code).toBe(0);
    const csv = path.join(dir, 'targets.csv');
    fs.writeFileSync(
      csv,
      [
        '工号,姓名,渠道销售额,新客户开发数量,客户获取成本,渠道维护效率,渠道销售额目标',
        'E1002,王芳,550000,12,4800,85,500000',
        'E1003,刘洋,880000,12,4800,85,',
      ].join('\n'),
    );
    expect((await cli('import', file, '--csv', csv)).code).toBe(0);
    const json = JSON.parse((await cli('score', file, '--json')).out);
    const [wang, liu] = json.sheets[0].employees;
    expect(wang.indicators[0]).toMatchObject({ target: 500000, ownTarget: true, achievement: 1.1 });
    expect(liu.indicators[0]).toMatchObject({ target: 800000, ownTarget: false, achievement: 1.1 });
    // The report reads the cells past the own-target column: the same results as the engine.
    const report = JSON.parse((await cli('report', file, '--json')).out);
    expect(report.map((r: { weighted: number; grade: string }) => [r.weighted, r.grade])).toEqual(
      [wang, liu].map((e) => [e.weightedScore, e.grade]),
    );
  });

  test('the Indicators table reordered and not scored yet: import refuses and writes nothing', async () => {
    const { dir, file } = await template('en-US');
    const { XlsxPackage, saveWorkbook } = await import('../../src/hosts/xlsx/workbook');
    const pkg = XlsxPackage.read(fs.readFileSync(file));
    const ws = pkg.sheet('Channel specialist');
    const first = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.value(7, c));
    const second = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.value(8, c));
    second.forEach((v, j) => ws.write(7, j + 1, v === null ? null : { kind: 'value', value: v }));
    first.forEach((v, j) => ws.write(8, j + 1, v === null ? null : { kind: 'value', value: v }));
    saveWorkbook(pkg, file);
    const before = fs.readFileSync(file);
    const csv = path.join(dir, 'crm.csv');
    fs.writeFileSync(csv, 'Employee ID,Name,Channel sales revenue\nE1,Zhang Wei,880000\n');
    const run = await cli('import', file, '--csv', csv);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      "the Indicators table of 'Channel specialist' changed since its last Score, so its input columns are not in its order yet. Score the sheet first (perf-review score), then import; nothing was written.",
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
