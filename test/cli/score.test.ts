import fs from 'node:fs';
import path from 'node:path';
import { cli, cellMap, readWorkbook, tempDir } from '../support/cli';
import { cellValue } from '../support/exceljsReader';
import { XlsxPackage, saveWorkbook } from '../../src/hosts/xlsx/workbook';

async function scoredTemplate(rows: (string | number)[][]): Promise<string> {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  await cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', file);
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(
    csv,
    [
      'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency',
      ...rows.map((r) => r.join(',')),
    ].join('\n'),
  );
  expect((await cli('import', file, '--csv', csv)).code).toBe(0);
  return file;
}

const GUIDE = ['Zhang Wei', 'E1001', 'East', 'Li Na', 880000, 12, 4800, 85];

describe('perf-review score', () => {
  test("writes live formulas with their results; the guide's example is 79.9 Pass", async () => {
    const file = await scoredTemplate([GUIDE, ['Wang Fang', 'E1002', 'East', 'Li Na', '80万', '约50', 4200, 90]]);
    const run = await cli('score', file);
    expect(run.code).toBe(0);
    expect(run.out).toContain("'Channel specialist': 1 scored, 1 not scored");
    expect(run.out).toContain(`[row] 'Channel specialist'!G16: Wang Fang: "New customers" is the vague value "约50"`);
    expect(run.out).toContain(
      `[info] 'Channel specialist'!F16: "80万" was read as 800000 and written back as a number.`,
    );
    const ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    expect(ws.getCell('R15').formula).toMatch(
      /^IF\(AND\(ABS\(\$C\$11-100\)<=PR_WeightTol,COUNT\(N15:Q15\)=4\),ROUND\(/,
    );
    expect([cellValue(ws.getCell('R15')), cellValue(ws.getCell('S15')), cellValue(ws.getCell('T15'))]).toEqual([
      79.9,
      'Pass',
      'Scored',
    ]);
    expect(ws.getCell('F16').value).toBe(800000);
    expect(ws.getCell('G16').value).toBe('约50');
    expect(cellValue(ws.getCell('T16'))).toBe('Not scored: G16 (New customers) not a number.');
  });

  test('--json carries per sheet the checks and per employee achievements, scores, grade and status', async () => {
    const file = await scoredTemplate([GUIDE]);
    const run = await cli('score', file, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    const [employee] = json.sheets[0].employees;
    expect(employee).toMatchObject({
      name: 'Zhang Wei',
      employeeId: 'E1001',
      weightedScore: 79.9,
      grade: 'Pass',
      status: 'scored',
      action: 'keep',
      actionText: 'Keep current duties',
    });
    expect(
      employee.indicators.map((i: { name: string; score: number }) => [i.name, Math.round(i.score * 100) / 100]),
    ).toEqual([
      ['Channel sales revenue', 85],
      ['New customers', 70],
      ['Customer acquisition cost', 82.08],
      ['Channel maintenance efficiency', 85],
    ]);
    expect(json.sheets[0].checks.map((c: { code: string }) => c.code)).toEqual([
      'quant-share',
      'qual-share',
      'indicator-count',
    ]);
  });

  test('a sheet error: printed, exit 1, the workbook left byte-for-byte unchanged, no --out written', async () => {
    const file = await scoredTemplate([GUIDE]);
    const workbook = await readWorkbook(file);
    workbook.getWorksheet('Channel specialist')!.getCell('C7').value = 45;
    await workbook.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    const out = path.join(path.dirname(file), 'out.xlsx');
    const run = await cli('score', file, '--out', out);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      `[error] 'Channel specialist'!C11: the weights total 105, not 100. Adjust the weights so they total 100.`,
    );
    expect(run.out).toContain('Sheet errors: nothing was written.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(out)).toBe(false);
    const zh = await cli('score', file, '--lang', 'zh-CN');
    expect(zh.out).toContain(`[错误] 'Channel specialist'!C11: 权重合计为 105，不等于100。`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test.each([
    ['C8', null, 'weight-invalid'],
    ['B9', null, 'name-missing'],
    ['A10', 'Soft', 'dimension-invalid'],
    ['B8', 'Channel sales revenue', 'duplicate-name'],
    ['D9', 0, 'target-invalid'],
    ['E7', null, 'direction-invalid'],
  ])('sheet error %s = %j (%s): exit 1, byte-for-byte unchanged', async (cell, value, code) => {
    const file = await scoredTemplate([GUIDE]);
    const workbook = await readWorkbook(file);
    workbook.getWorksheet('Channel specialist')!.getCell(cell).value = value;
    await workbook.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    const run = await cli('score', file, '--json');
    expect(run.code).toBe(1);
    const checks = JSON.parse(run.out).sheets[0].checks;
    expect(checks.find((c: { code: string }) => c.code === code)).toMatchObject({ severity: 'error', cell });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('the written workbook asks Excel to recalculate every formula on open', async () => {
    const file = await scoredTemplate([GUIDE]);
    await cli('score', file);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test('scoring twice: the second run changes nothing', async () => {
    const file = await scoredTemplate([GUIDE, ['Wang Fang', 'E1002', 'East', 'Li Na', '80万', 18, 0, 90]]);
    await cli('score', file);
    const first = cellMap(await readWorkbook(file));
    await cli('score', file);
    const second = cellMap(await readWorkbook(file));
    expect([...second.entries()]).toEqual([...first.entries()]);
    expect(first.get('Channel specialist!F16')).toBe(800000);
  });

  test('a computed cell typed over is restored and reported', async () => {
    const file = await scoredTemplate([GUIDE]);
    await cli('score', file);
    const workbook = await readWorkbook(file);
    workbook.getWorksheet('Channel specialist')!.getCell('S15').value = 'Excellent';
    await workbook.xlsx.writeFile(file);
    const run = await cli('score', file);
    expect(run.out).toContain(
      `'Channel specialist'!S15: this computed cell had been typed over with "Excellent"; its formula is restored.`,
    );
    const ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    expect(ws.getCell('S15').formula).toMatch(/^IF\(ISNUMBER\(R15\),INDEX\(PR_GradeName/);
    expect(cellValue(ws.getCell('S15'))).toBe('Pass');
  });

  test.each([
    [['score'], 2, /missing FILE/],
    [['score', '/nonexistent/x.xlsx'], 2, /cannot read \/nonexistent\/x.xlsx/],
  ])('%j exits %d', async (argv, code, message) => {
    const run = await cli(...argv, '--lang', 'en-US');
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
  });

  test('a file that is not a workbook, or a workbook without assessment sheets, exits 2', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(text, 'not a zip');
    expect(await cli('score', text, '--lang', 'en-US')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/is a text file \(CSV\?\), not a workbook/),
    });
    const empty = path.join(dir, 'empty.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Mine').getCell('A1').value = 'hello';
    await wb.xlsx.writeFile(empty);
    expect(await cli('score', empty, '--lang', 'en-US')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/has no assessment sheet/),
    });
  });
});

test('a note typed far below, beside the table, is neither read nor filled: the formulas end at the last employee', async () => {
  const file = await scoredTemplate([GUIDE]);
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  pkg.sheet('Channel specialist').write(90000, 52, { kind: 'value', value: 'note to self' });
  saveWorkbook(pkg, file);
  const run = await cli('score', file);
  expect(run.code).toBe(0);
  expect(run.out).toContain("'Channel specialist': 1 scored, 0 not scored");
  const ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
  expect(ws.getCell('R15').formula).toMatch(/^IF\(/);
  expect(ws.getCell('R16').formula).toBeUndefined();
  expect(ws.getCell('AZ90000').value).toBe('note to self');
  expect(ws.autoFilter).toBe('A14:AE15');
});
