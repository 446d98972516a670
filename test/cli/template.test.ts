import fs from 'node:fs';
import path from 'node:path';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { definedNames } from '../support/exceljsReader';

describe('perf-review template', () => {
  test.each([
    [
      'en-US',
      [
        'Rules',
        'Channel specialist',
        'Sales',
        'Planning and creative',
        'Media and support',
        'Goal cascade',
        '360 raters',
        'Calibration',
        'Talent grid',
        'Improvement plan',
      ],
      ['Channel sales revenue', 'New customers', 'Customer acquisition cost', 'Channel maintenance efficiency'],
    ],
    [
      'zh-CN',
      ['评分规则', '渠道专员', '销售', '策划', '媒介', '目标分解', '360度评估', '校准', '人才九宫格', '改进计划'],
      ['渠道销售额', '新客户开发数量', '客户获取成本', '渠道维护效率'],
    ],
  ])('%s: the Rules sheet, one sheet per role, the Improvement plan', async (lang, sheets, channelIndicators) => {
    const file = path.join(tempDir(), 'cycle.xlsx');
    const run = await cli(
      'template',
      '--lang',
      lang,
      '--roles',
      'channel,sales,planning,media',
      '--cycle',
      '2024 Q3',
      '--out',
      file,
    );
    expect(run.code).toBe(0);
    const workbook = await readWorkbook(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(sheets);
    const channel = workbook.getWorksheet(sheets[1])!;
    expect([7, 8, 9, 10].map((r) => channel.getCell(`B${r}`).value)).toEqual(channelIndicators);
    expect([7, 8, 9, 10].map((r) => channel.getCell(`C${r}`).value)).toEqual([40, 30, 20, 10]);
    expect([7, 8, 9].map((r) => channel.getCell(`D${r}`).value)).toEqual([800000, 15, 5000]);
    expect(channel.getCell('C11').formula).toBe('SUM(C7:C10)');
    expect(channel.getCell('D2').value).toBe('2024 Q3');
    const names = definedNames(workbook).map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(['PR_Lang', 'PR_CurveX', 'PR_GradeMin', 'PR_S1_Scores', 'PR_S4_Indicators', 'PR_Plan']),
    );
  });

  test('input and computed cells look different', async () => {
    const file = path.join(tempDir(), 'look.xlsx');
    await cli('template', '--lang', 'en-US', '--out', file);
    const ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    const fill = (cell: string) => (ws.getCell(cell).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    expect(fill('C7')).toBe('FFFFF2CC');
    expect(fill('C11')).toBe('FFEDEDED');
    expect(fill('J14')).toBe('FFD9D9D9');
    expect(fill('F14')).toBe('FFD9E1F2');
  });

  test('never overwrites a file', async () => {
    const file = path.join(tempDir(), 'taken.xlsx');
    fs.writeFileSync(file, 'mine');
    const run = await cli('template', '--lang', 'en-US', '--out', file);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/exists already/);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });

  test.each([
    [['template', '--lang', 'en-US'], /missing --out FILE/],
    [['template'], /^missing --out FILE\n\nUsage: perf-review template /],
    [['template', '--lang', 'zh-CN'], /^缺少 --out FILE\n\n用法：perf-review template /],
    [['template', '--lang', 'en-US', '--out', 'x.xlsx', '--roles', 'sales,chef'], /unknown role "chef"/],
    [['template', '--lang', 'zh-CN', '--out', 'x.xlsx', '--roles', 'sales,chef'], /未知岗位"chef"/],
    [['template', '--out', 'x.xlsx', '--lang', 'fr-FR'], /--lang must be zh-CN or en-US/],
    [['template', '--out', 'x.xlsx', '--colour', 'red'], /^"template" has no option --colour\./],
    [['bake'], /unknown command "bake"/],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(fs.existsSync('x.xlsx')).toBe(false);
  });
});

describe('sheets people read and print', () => {
  test('the sheet freezes the Scores header and names, and prints landscape at a readable scale, header, names and IDs repeated, the detail collapsed', async () => {
    const dir = (await import('../support/cli')).tempDir();
    const file = (await import('node:path')).join(dir, 'demo');
    expect((await cli('demo', '--out', file, '--lang', 'en-US')).code).toBe(0);
    const { packageParts, sheetParts } = await import('../support/packages');
    const parts = packageParts(`${file}/demo.xlsx`);
    const xml = (name: string) => Buffer.from(parts.get(sheetParts(parts).get(name)!)!).toString('utf8');
    const channel = xml('Channel specialist');
    expect(channel).toMatch(
      /<pane xSplit="1" ySplit="14" topLeftCell="B15" activePane="bottomRight" state="frozen"\/>/,
    );
    // At 75 %, not fitted to one page wide (3 pt): pages across, the names and IDs repeated on each.
    expect(channel).toMatch(/<sheetPr><pageSetUpPr fitToPage="0"\/><\/sheetPr>/);
    expect(channel).toMatch(/<pageSetup[^>]*orientation="landscape"[^>]*scale="75"[^>]*pageOrder="overThenDown"/);
    // The per-indicator achievements and scores (J:Q) grouped and collapsed; the button on R.
    for (const col of [10, 17])
      expect(channel).toContain(
        `<col min="${col}" max="${col}" width="12" customWidth="1" outlineLevel="1" hidden="1"/>`,
      );
    expect(channel).toContain('<col min="18" max="18" width="10" customWidth="1" collapsed="1"/>');
    expect(channel).toMatch(/<sheetFormatPr [^>]*outlineLevelCol="1"/);
    // The indicators' stored keys are kept in the cells and shown to nobody.
    expect(channel).toMatch(/<c r="I7" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">K1</);
    // A4 (paperSize 9), what Chinese offices print on, on every sheet the tool lays out (Excel's default is Letter).
    for (const name of ['Rules', 'Channel specialist', 'Sales', 'Calibration', 'Talent grid', 'Improvement plan'])
      expect(xml(name)).toMatch(/<pageSetup[^>]*paperSize="9"/);
    const workbook = Buffer.from(parts.get('xl/workbook.xml')!).toString('utf8');
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="1">'Channel specialist'!\$A:\$B,'Channel specialist'!\$14:\$14<\/definedName>/,
    );
    // No print area on an assessment sheet: Excel prints the rows as the table grows.
    expect(workbook).not.toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">/);
    expect(workbook).toMatch(
      /<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Channel specialist'!\$A\$14:\$AE\$21<\/definedName>/,
    );
    expect(xml('Rules')).toMatch(/orientation="portrait"/);
  });
});

describe('header groups', () => {
  test('the indicator names stand under their group: actual values, achievement, score; HR text in that row stays', async () => {
    const { tempDir, readWorkbook } = await import('../support/cli');
    const path = await import('node:path');
    const file = path.join(tempDir(), 'team.xlsx');
    expect((await cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', file)).code).toBe(0);
    let ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    // Scores header on row 14: inputs F-I, achievements J-M, scores N-Q; the groups' words on row 13.
    expect([ws.getCell('F13').value, ws.getCell('J13').value, ws.getCell('N13').value]).toEqual([
      'Actual values (input)',
      'Achievement (actual vs target)',
      'Score (0-100)',
    ]);
    expect([ws.getCell('J14').value, ws.getCell('N14').value, ws.getCell('Q14').value]).toEqual([
      'Channel sales revenue',
      'Channel sales revenue',
      'Channel maintenance efficiency',
    ]);
    // HR writes a note over the score columns; Score leaves it, and still writes the other groups' words.
    const { XlsxPackage, saveWorkbook } = await import('../../src/hosts/xlsx/workbook');
    const fs = await import('node:fs');
    const pkg = XlsxPackage.read(fs.readFileSync(file));
    pkg.sheet('Channel specialist').write(13, 15, { kind: 'value', value: 'see the panel minutes' });
    saveWorkbook(pkg, file);
    expect((await cli('score', file)).code).toBe(0);
    ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    expect([ws.getCell('N13').value, ws.getCell('O13').value, ws.getCell('J13').value]).toEqual([
      'Score (0-100)',
      'see the panel minutes',
      'Achievement (actual vs target)',
    ]);
  });
});

test('scores print with one decimal, as the weighted score and the grade bands read (85.0, not 85.00)', async () => {
  const { tempDir, readWorkbook } = await import('../support/cli');
  const path = await import('node:path');
  const dir = tempDir();
  expect((await cli('demo', '--out', dir, '--lang', 'en-US')).code).toBe(0);
  const sheet = (await readWorkbook(path.join(dir, 'demo.xlsx'))).getWorksheet('Channel specialist')!;
  const formats = new Set<string>();
  sheet.getRow(15).eachCell((cell) => formats.add(String(cell.numFmt ?? '')));
  expect(formats).toContain('0.0');
  expect(formats).toContain('0.0%');
  expect(formats).not.toContain('0.00');
});
