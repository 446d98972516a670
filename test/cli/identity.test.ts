/** Employee identity and real export headers (issue 7): nothing is updated when two rows could be meant. */
import fs from 'node:fs';
import path from 'node:path';
import { cli, encodeGb18030, readWorkbook, tempDir } from '../support/cli';
import { IMPORT_ALIASES_NAME } from '../../src/core/names';
import { definedNames } from '../support/exceljsReader';

async function template(lang: string, roles = 'channel') {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', roles, '--out', file)).code).toBe(0);
  return { dir, file };
}

async function importCsv(file: string, dir: string, text: string | Buffer, ...more: string[]) {
  const csv = path.join(dir, `data-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(csv, text);
  return cli('import', file, '--csv', csv, ...more);
}

const rows = async (file: string, sheet: string, count: number) => {
  const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
  return Array.from({ length: count }, (_, i) => (ws.getRow(15 + i).values as unknown[]).slice(1, 10));
};

const HEADER_EN =
  'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency';

describe('headers of real exports', () => {
  test('Chinese HR export: 员工编号, 员工姓名, 部门, 直接上级, a unit in brackets is applied and reported', async () => {
    const { dir, file } = await template('zh-CN');
    const run = await importCsv(
      file,
      dir,
      encodeGb18030(
        '员工编号,员工姓名,部门,直接上级,渠道销售额（万元）,新客户开发数量(家),获客成本(元),渠道维护效率\r\nE1001,张伟,华东,李娜,88,12,4800,85\r\nE1002,王芳,华东,李娜,100.5,18,4200,90\r\n',
      ),
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('已导入"渠道专员"：更新 0 人，新增 2 人');
    expect(run.out).toContain('列"渠道销售额（万元）"：按单位将 2 个数值乘以 10,000（如 88 -> 880000）');
    expect(run.out).not.toContain('未匹配');
    expect(await rows(file, '渠道专员', 2)).toEqual([
      ['张伟', 'E1001', '华东', '李娜', undefined, 880000, 12, 4800, 85],
      ['王芳', 'E1002', '华东', '李娜', undefined, 1005000, 18, 4200, 90],
    ]);
  });

  test('CRM-style English export: Emp ID, Employee Name, Department, Manager, CAC, full-width and odd spacing', async () => {
    const { dir, file } = await template('en-US');
    const run = await importCsv(
      file,
      dir,
      'Emp ID,Employee  Name,Department,Manager,Channel Sales Revenue (yuan),New Customers,CAC,Channel_Maintenance_Efficiency,Region\nE1,Zhang Wei,East,Li Na,880000,12,4800,85,North\n',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain("Imported into 'Channel specialist': 0 updated, 1 appended");
    expect(run.out).toContain('Columns not matched (ignored): Region');
    expect(run.out).not.toContain('multiplied');
    expect(await rows(file, 'Channel specialist', 1)).toEqual([
      ['Zhang Wei', 'E1', 'East', 'Li Na', undefined, 880000, 12, 4800, 85],
    ]);
  });

  test('no column names the employee: nothing is written, exit 2, the message lists what was seen and what is expected', async () => {
    const { dir, file } = await template('en-US');
    const before = fs.readFileSync(file);
    const run = await importCsv(file, dir, 'Account Owner,Opportunity Amount,Stage\nZhang,880000,Won\n');
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      'no column names the employee, so no row can be matched and nothing was written. Headers found: Account Owner, Opportunity Amount, Stage.',
    );
    expect(run.err).toContain(
      'Expected an Employee ID column (工号, Employee ID, 编号, 员工编号, 员工ID, 员工工号) or a Name column (姓名, Name, 员工, 员工姓名, 名字, 人员)',
    );
    expect(run.out).not.toContain('Wrote');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const zh = await importCsv(file, dir, 'Account Owner,Stage\nZhang,Won\n', '--lang', 'zh-CN');
    expect(zh.err).toContain('没有可识别员工的列，无法匹配任何行，未写入任何内容。找到的列：Account Owner, Stage。');
  });

  test('a CSV whose every row lacks ID and name imports no row: exit 2, nothing written', async () => {
    const { dir, file } = await template('en-US');
    const before = fs.readFileSync(file);
    const run = await importCsv(file, dir, `${HEADER_EN}\n,,East,Li,1,2,3,4\n`);
    expect(run.code).toBe(2);
    expect(run.out).toContain('Rows without employee ID or name (skipped), CSV lines: 2');
    expect(run.err).toContain('no row could be imported (see above), so nothing was written.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('importing the same CSV twice changes nothing the second time', async () => {
    const { dir, file } = await template('en-US');
    const csv = path.join(dir, 'crm.csv');
    fs.writeFileSync(
      csv,
      `${HEADER_EN}\nZhang Wei,E1,East,Li Na,880000,12,4800,85\nWang Fang,E2,East,Li Na,1000000,18,4200,90\n`,
    );
    expect((await cli('import', file, '--csv', csv)).code).toBe(0);
    const once = fs.readFileSync(file);
    const again = await cli('import', file, '--csv', csv);
    expect(again.code).toBe(0);
    expect(again.out).toContain('0 updated, 0 appended, 2 already up to date');
    expect(again.out).toContain('Nothing changed');
    expect(fs.readFileSync(file).equals(once)).toBe(true);
  });

  test('an ID header the tool does not know: employees are found by name, not appended again', async () => {
    const { dir, file } = await template('en-US');
    await importCsv(
      file,
      dir,
      `${HEADER_EN}\nZhang Wei,E1,East,Li Na,880000,12,4800,85\nWang Fang,E2,East,Li Na,1000000,18,4200,90\n`,
    );
    const run = await importCsv(file, dir, 'Personnel code,Name,New customers\nE1,Zhang Wei,13\nE2,Wang Fang,19\n');
    expect(run.out).toContain("Imported into 'Channel specialist': 2 updated, 0 appended");
    expect(run.out).toContain('Columns not matched (ignored): Personnel code');
    const [a, b, c] = await rows(file, 'Channel specialist', 3);
    expect([a[5 + 1], b[5 + 1], c]).toEqual([13, 19, []]);
  });

  test("HR's own header words on the Rules sheet are understood", async () => {
    const { dir, file } = await template('zh-CN');
    const workbook = await readWorkbook(file);
    const at = definedNames(workbook).find((n) => n.name === IMPORT_ALIASES_NAME)!;
    const ws = workbook.getWorksheet(at.sheet)!;
    ws.getCell(at.range.r1, at.range.c1).value = '人员代码';
    ws.getCell(at.range.r1, at.range.c1 + 1).value = '工号';
    ws.getCell(at.range.r1 + 1, at.range.c1).value = '渠道业绩';
    ws.getCell(at.range.r1 + 1, at.range.c1 + 1).value = '渠道销售额';
    await workbook.xlsx.writeFile(file);
    const run = await importCsv(file, dir, '人员代码,姓名,渠道业绩\nE9,赵六,900000\n');
    expect(run.code).toBe(0);
    expect(run.out).not.toContain('未匹配');
    expect((await rows(file, '渠道专员', 1))[0].slice(0, 6)).toEqual([
      '赵六',
      'E9',
      undefined,
      undefined,
      undefined,
      900000,
    ]);
  });
});

describe('employee identity', () => {
  test('rows sharing an Employee ID: both are row problems; an import naming that ID leaves both alone', async () => {
    const { dir, file } = await template('en-US');
    await importCsv(
      file,
      dir,
      `${HEADER_EN}\nZhang Wei,E1,East,Li Na,880000,12,4800,85\nWang Fang,E2,East,Li Na,1000000,18,4200,90\n`,
    );
    const workbook = await readWorkbook(file);
    workbook.getWorksheet('Channel specialist')!.getCell('B16').value = 'E1';
    await workbook.xlsx.writeFile(file);
    const score = await cli('score', file);
    expect(score.out).toContain(
      '\'Channel specialist\'!B15: Zhang Wei: Employee ID "E1" is also on row 16 (Wang Fang).',
    );
    expect(score.out).toContain(
      '\'Channel specialist\'!B16: Wang Fang: Employee ID "E1" is also on row 15 (Zhang Wei).',
    );
    const before = await rows(file, 'Channel specialist', 2);
    const run = await importCsv(file, dir, 'Employee ID,Name,Channel sales revenue\nE1,Liu Yang,500000\n');
    expect(run.out).toContain(
      'CSV line 2 ("E1") left alone: it could be row 15, 16 of the sheet. Give each employee their own Employee ID, then import again.',
    );
    expect(run.code).toBe(2);
    expect(await rows(file, 'Channel specialist', 2)).toEqual(before);
  });

  test('two CSV lines for one employee: neither is applied', async () => {
    const { dir, file } = await template('en-US');
    const run = await importCsv(
      file,
      dir,
      `${HEADER_EN}\nZhang Wei,E1,East,Li Na,880000,12,4800,85\nZhang Wei,E1,East,Li Na,990000,12,4800,85\nWang Fang,E2,East,Li Na,1000000,18,4200,90\n`,
    );
    expect(run.out).toContain('CSV line 2 ("E1") left alone: CSV line 3 names the same employee.');
    expect(run.out).toContain('CSV line 3 ("E1") left alone: CSV line 2 names the same employee.');
    expect(run.out).toContain('0 updated, 1 appended');
    expect((await rows(file, 'Channel specialist', 2)).map((r) => r[1])).toEqual(['E2', undefined]);
  });

  test('calibrate refuses an ambiguous employee and says what to give; the same ID on two sheets is named', async () => {
    const { dir, file } = await template('en-US', 'channel,sales');
    await importCsv(
      file,
      dir,
      `${HEADER_EN}\nZhang Wei,E1,East,Li Na,880000,12,4800,85\nZhang Wei,E2,East,Li Na,1000000,18,4200,90\n`,
      '--sheet',
      'Channel specialist',
    );
    await importCsv(
      file,
      dir,
      'Name,Employee ID,Sales revenue,New customers,Customer satisfaction,Teamwork\nWang Fang,E2,1000000,20,80,80\n',
      '--sheet',
      'Sales',
    );
    const score = await cli('score', file);
    expect(score.out).toContain(
      `'Channel specialist'!B16: Zhang Wei: Employee ID "E2" is also on sheet Sales row 15 (Wang Fang, E2).`,
    );
    expect(score.out).toContain(
      `Sales!B15: Wang Fang: Employee ID "E2" is also on sheet 'Channel specialist' row 16 (Zhang Wei, E2).`,
    );
    const before = fs.readFileSync(file);
    const byName = await cli(
      'calibrate',
      file,
      '--employee',
      'Zhang Wei',
      '--grade',
      'Good',
      '--reason',
      'r',
      '--by',
      'panel',
    );
    expect(byName.code).toBe(2);
    expect(byName.err).toContain(
      `"Zhang Wei" could be more than one employee: 'Channel specialist' row 15 (Zhang Wei, E1); 'Channel specialist' row 16 (Zhang Wei, E2). Nothing was recorded: give the Employee ID of the one you mean.`,
    );
    const bySheets = await cli(
      'calibrate',
      file,
      '--employee',
      'E2',
      '--grade',
      'Good',
      '--reason',
      'r',
      '--by',
      'panel',
    );
    expect(bySheets.code).toBe(2);
    expect(bySheets.err).toContain(
      `"E2" could be more than one employee: 'Channel specialist' row 16 (Zhang Wei, E2); Sales row 15 (Wang Fang, E2). Nothing was recorded: give the Employee ID and the sheet (--sheet) of the one you mean.`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(
      (
        await cli(
          'calibrate',
          file,
          '--employee',
          'E2',
          '--sheet',
          'Sales',
          '--grade',
          'Good',
          '--reason',
          'r',
          '--by',
          'panel',
        )
      ).code,
    ).toBe(0);
  });
});
