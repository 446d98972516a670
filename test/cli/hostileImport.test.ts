import fs from 'node:fs';
import path from 'node:path';
import { cli, encodeGb18030, readWorkbook, tempDir } from '../support/cli';
import { channel, workbookWith } from '../support/workbooks';
import { saveWorkbook } from '../../src/hosts/xlsx/workbook';

/** A channel template in the language, with the file's bytes to prove a refused import writes nothing. */
async function template(lang: 'zh-CN' | 'en-US', roles = 'channel') {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', roles, '--out', file)).code).toBe(0);
  return { dir, file };
}

async function importing(lang: 'zh-CN' | 'en-US', csvText: string | Buffer, before?: string) {
  const { dir, file } = await template(lang);
  if (before !== undefined) {
    const first = path.join(dir, 'first.csv');
    fs.writeFileSync(first, before);
    expect((await cli('import', file, '--csv', first)).code).toBe(0);
  }
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(csv, csvText);
  const bytes = fs.readFileSync(file);
  const run = await cli('import', file, '--csv', csv);
  return { run, file, unchanged: () => fs.readFileSync(file).equals(bytes) };
}

const EN_HEAD = 'Employee ID,Name,Channel sales revenue,New customers\n';
const ZH_HEAD = '工号,姓名,渠道销售额,新客户开发数量\n';

const namesOf = async (file: string, sheet: string, count = 4) => {
  const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
  return Array.from({ length: count }, (_, i) => [ws.getCell(15 + i, 1).value, ws.getCell(15 + i, 2).value]);
};

describe('a malformed CSV is refused with its real line number, nothing written', () => {
  test.each([
    [
      'en-US',
      `${EN_HEAD}E1,Ann,100,1\n\nE2,"Bob,200,2\nE3,Cy,300,3\n`,
      'line 4: a quote (") opens a field that is never closed',
    ],
    ['zh-CN', `${ZH_HEAD}E1,张伟,100,1\nE2,"李娜,200,2\n`, '第 3 行：引号（"）开始的字段没有结束'],
    ['en-US', `${EN_HEAD}E1,"Ann"x,100,1\n`, 'line 2: text follows a closing quote'],
    // A quoted field over two lines counts both: the bad line is the 4th of the file.
    ['en-US', `${EN_HEAD}E1,"Ann\nSmith",100,1\nE2,Bob,200,2,9\n`, 'line 4 has 5 fields but the header has 4'],
    ['zh-CN', `${ZH_HEAD}E1,张伟,100,1,多余\n`, '第 2 行有 5 个字段，而表头只有 4 个'],
    ['en-US', `${EN_HEAD}E1,"${'x'.repeat(40000)}",100,1\n`, 'line 2, column 2: a field of 40,000 characters'],
  ] as const)('%s: %#', async (lang, text, message) => {
    const { run, unchanged } = await importing(lang, text);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(unchanged()).toBe(true);
  });

  test('a quote inside an unquoted field is a character, as Excel reads it', async () => {
    const { run, file } = await importing('en-US', `${EN_HEAD}E1,"Ann ""A"" Lee",100,1\nE2,Bob 12" Li,200,2\n`);
    expect(run.code).toBe(0);
    expect(await namesOf(file, 'Channel specialist', 2)).toEqual([
      ['Ann "A" Lee', 'E1'],
      ['Bob 12" Li', 'E2'],
    ]);
  });
});

describe('numbers a cell cannot hold', () => {
  test.each([
    ['en-US', '1e309', 'line 2, column "Channel sales revenue": "1e309" is a number no spreadsheet cell can hold'],
    ['zh-CN', '1e-400', '第 2 行"渠道销售额"列："1e-400"是单元格无法保存的数值'],
    ['en-US', '-2e308', '"-2e308" is a number no spreadsheet cell can hold'],
  ] as const)('%s %s is refused, naming the line and column', async (lang, value, message) => {
    const head = lang === 'en-US' ? EN_HEAD : ZH_HEAD;
    const { run, unchanged } = await importing(lang, `${head}E1,Ann,${value},1\n`);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(unchanged()).toBe(true);
  });

  test('0, 1e-300 and 1e300 are numbers a cell holds', async () => {
    const { run } = await importing('en-US', `${EN_HEAD}E1,Ann,0,1e-300\nE2,Bob,1e300,0.0\n`);
    expect(run.code).toBe(0);
  });
});

describe('identity: an ID is matched as people mean it, and an ID under another name is refused', () => {
  const before = `${EN_HEAD}007,Ce Wu,100,1\nE06,Dan Li,200,2\n`;
  test.each(['7', '００７', '007\u200b', '\u00a0007', 'Ｅ06', 'e06\ufeff'])(
    'ID "%s" finds the row already there, and the sheet keeps its own form of the ID',
    async (id) => {
      const who = /e06/i.test(id.normalize('NFKC')) ? 'Dan Li' : 'Ce Wu';
      const { run, file } = await importing('en-US', `${EN_HEAD}${id},${who},999,9\n`, before);
      expect(run.code).toBe(0);
      expect(run.out).toContain('1 updated, 0 appended');
      expect(await namesOf(file, 'Channel specialist', 3)).toEqual([
        ['Ce Wu', '007'],
        ['Dan Li', 'E06'],
        [null, null],
      ]);
    },
  );

  test('"7" is not guessed when both 007 and 07 stand on the sheet', async () => {
    const file = path.join(tempDir(), 'typed.xlsx');
    saveWorkbook(
      workbookWith(channel, [
        ['Ce Wu', '007', '', '', '', 1, 1, 1, 1],
        ['Ce Wu', '07', '', '', '', 2, 2, 2, 2],
      ]),
      file,
    );
    const csv = path.join(path.dirname(file), 'data.csv');
    fs.writeFileSync(csv, `${EN_HEAD}7,Ce Wu,999,9\n`);
    const run = await cli('import', file, '--csv', csv);
    expect(run.code).toBe(2);
    expect(run.out).toContain('CSV line 2 ("7") left alone: it could be row 15, 16 of the sheet');
    expect(await namesOf(file, 'Channel specialist', 3)).toEqual([
      ['Ce Wu', '007'],
      ['Ce Wu', '07'],
      [null, null],
    ]);
  });

  test.each([
    ['en-US', 'CSV line 2 left alone: Employee ID "E8" is on row 15 under the name "Ce Wu", not "Ding Yi"'],
    ['zh-CN', 'CSV 第 2 行未导入：工号"E8"在表中第 15 行，姓名为"Ce Wu"，而不是"Ding Yi"'],
  ] as const)('%s: an ID on a row under another name renames no one', async (lang, message) => {
    const head = lang === 'en-US' ? EN_HEAD : ZH_HEAD;
    const { run, unchanged } = await importing(lang, `${head}E8,Ding Yi,999,9\n`, `${head}E8,Ce Wu,100,1\n`);
    expect(run.out).toContain(message);
    expect(run.code).toBe(2);
    expect(unchanged()).toBe(true);
  });
});

describe('what a CSV file is, when it is not a CSV read here', () => {
  const utf16 = (text: string, endian: 'LE' | 'BE') => {
    const le = Buffer.from(text, 'utf16le');
    return endian === 'LE' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]));
  };
  test.each([
    ['Windows-1252', Buffer.from(`${EN_HEAD}E1,M\xfcller Jos\xe9,100,1\n`, 'latin1'), 'may be Windows-1252, Big5'],
    // 張偉 and 陳靜 in Big5.
    [
      'Big5',
      Buffer.concat([
        Buffer.from(`${EN_HEAD}E1,`),
        Buffer.from([0xb1, 0x69, 0xb0, 0xb6]),
        Buffer.from(',100,1\nE2,'),
        Buffer.from([0xb3, 0xaf, 0xc0, 0x52]),
        Buffer.from(',1,1\n'),
      ]),
      'may be Windows-1252, Big5',
    ],
    // 山田 in Shift-JIS.
    [
      'Shift-JIS',
      Buffer.concat([Buffer.from(`${EN_HEAD}E1,`), Buffer.from([0x8e, 0x52, 0x93, 0x63]), Buffer.from(',100,1\n')]),
      'Shift-JIS',
    ],
    [
      'UTF-16 LE without BOM',
      utf16(`${EN_HEAD}E1,Ann,100,1\n`, 'LE'),
      'UTF-16 little-endian text without a byte-order mark',
    ],
    [
      'UTF-16 BE without BOM',
      utf16(`${EN_HEAD}E1,Ann,100,1\n`, 'BE'),
      'UTF-16 big-endian text without a byte-order mark',
    ],
  ] as const)('%s is refused, saying how to save as UTF-8', async (_, bytes, message) => {
    const { run, unchanged } = await importing('en-US', bytes);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err).toContain('CSV UTF-8');
    expect(unchanged()).toBe(true);
  });

  test('UTF-16 BE with a BOM is read', async () => {
    const le = Buffer.from(`\ufeff${EN_HEAD}E1,Ann,100,1\n`, 'utf16le');
    const { run } = await importing('en-US', Buffer.from(le.map((_, i) => le[i ^ 1])));
    expect(run.code).toBe(0);
    expect(run.out).toContain('0 updated, 1 appended');
  });

  test('an .xlsx given as --csv says it is a workbook (zh-CN)', async () => {
    const { dir, file } = await template('zh-CN');
    const run = await cli('import', file, '--csv', file);
    expect(run.code).toBe(2);
    expect(run.err).toContain('这是 Excel 工作簿（.xlsx），不是 CSV 文件');
    expect(run.err).not.toContain('PK');
    expect(fs.readdirSync(dir)).toEqual(['team.xlsx']);
  });
});

describe('units and columns the import cannot read as they are', () => {
  test.each([
    ['en-US', 'Channel sales revenue (USD)', 'the unit "USD" is not one this indicator can be read in (yuan, 元'],
    ['zh-CN', '渠道销售额（万美元）', '单位"万美元"不是该指标可用的单位'],
    ['en-US', 'Channel sales revenue (%)', 'the unit "%" is not one'],
    ['en-US', 'New customers (万元)', 'the unit "万元" is not one'],
  ] as const)('%s: "%s" refuses the file, naming the column', async (lang, header, message) => {
    const { run, unchanged } = await importing(lang, `Employee ID,Name,${header}\nE1,Ann,88\n`);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(unchanged()).toBe(true);
  });

  test('units that fit are applied or accepted: (万元) scales, (家) and (accounts) on a count', async () => {
    const { run, file } = await importing(
      'en-US',
      'Employee ID,Name,Channel sales revenue (万元),New customers (家)\nE1,Ann,88,12\n',
    );
    expect(run.code).toBe(0);
    const ws = (await readWorkbook(file)).getWorksheet('Channel specialist')!;
    expect([ws.getCell('F15').value, ws.getCell('G15').value]).toEqual([880000, 12]);
  });

  test.each([
    ['en-US', 'New customers,New accounts', 'columns "New customers" and "New accounts" both hold the same data'],
    ['zh-CN', '新客户开发数量,新客户数', '"新客户开发数量"列和"新客户数"列是同一项数据'],
  ] as const)('%s: two columns for one indicator are refused', async (lang, headers, message) => {
    const { run, unchanged } = await importing(lang, `Employee ID,Name,${headers}\nE1,Ann,12,99\n`);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(unchanged()).toBe(true);
  });

  test.each([
    ['en-US', 'column 3 has no header but holds data (first on line 3)'],
    ['zh-CN', '第 3 列没有表头，但有数据（第 3 行起）'],
  ] as const)('%s: a column without a header that holds data is refused', async (lang, message) => {
    const { run, unchanged } = await importing(lang, `Employee ID,Name,,New customers\nE1,Ann,,12\nE2,Bob,77,3\n`);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(unchanged()).toBe(true);
  });
});

describe('total and average lines of a CSV are not employees', () => {
  test.each([
    ['en-US', 'Total', 'Total and average lines (not employees, skipped), CSV lines: 4'],
    ['en-US', 'Average:', 'CSV lines: 4'],
    ['zh-CN', '合计', '合计、平均等汇总行（不是员工，已跳过），CSV 行号：4'],
    ['zh-CN', '平均', 'CSV 行号：4'],
    ['zh-CN', '小计', 'CSV 行号：4'],
  ] as const)('%s "%s"', async (lang, word, message) => {
    const head = lang === 'en-US' ? EN_HEAD : ZH_HEAD;
    const { run, file } = await importing(lang, `${head}E1,Ann,100,1\nE2,Bob,300,3\n,${word},400,4\n`);
    expect(run.code).toBe(0);
    expect(run.out).toContain(message);
    expect(run.out).toMatch(/0 updated, 2 appended|更新 0 人，新增 2 人/);
    const sheet = lang === 'en-US' ? 'Channel specialist' : '渠道专员';
    expect((await namesOf(file, sheet, 3)).map((r) => r[0])).toEqual(['Ann', 'Bob', null]);
  });
});

describe('own targets in a CSV for an indicator that does not use them', () => {
  test.each([
    ['en-US', 'Channel sales revenue target', 'does not use own targets. Set "Own targets" to Yes in cell H7'],
    ['zh-CN', '渠道销售额目标', '指标"渠道销售额"未启用个人目标。请在考核指标表的 H7 单元格填"是"'],
    ['zh-CN', 'Channel sales revenue target', '未启用个人目标'],
  ] as const)('%s "%s" is refused, naming the Indicators cell', async (lang, header, message) => {
    const { run, unchanged } = await importing(lang, `Employee ID,Name,${header}\nE1,Ann,500000\n`);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(unchanged()).toBe(true);
  });
});

describe('more of each class', () => {
  test('the same ID with the name in another case or width is the same person, updated, not renamed', async () => {
    const { run, file } = await importing('en-US', `${EN_HEAD}E8,ce  WU,999,9\n`, `${EN_HEAD}E8,Ce Wu,100,1\n`);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 updated, 0 appended');
    expect(await namesOf(file, 'Channel specialist', 1)).toEqual([['Ce Wu', 'E8']]);
  });

  test('a UTF-8 byte-order mark before GBK bytes is refused, not read as replacement characters', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(ZH_HEAD),
      encodeGb18030('E1,张伟,100,1\n'),
    ]);
    const { run, unchanged } = await importing('zh-CN', bytes);
    expect(run.code).toBe(2);
    expect(run.err).toContain('无法确定文件的编码');
    expect(unchanged()).toBe(true);
  });

  test.each([
    ['Channel sales revenue (RMB 万元)', 880000],
    ['Channel sales revenue（人民币千元）', 88000],
    ['Channel sales revenue (人民币)', 88],
  ])('"%s": the currency word around the scale is read, 88 -> %d', async (header, value) => {
    const { run, file } = await importing('en-US', `Employee ID,Name,${header}\nE1,Ann,88\n`);
    expect(run.code).toBe(0);
    expect((await readWorkbook(file)).getWorksheet('Channel specialist')!.getCell('F15').value).toBe(value);
  });

  test('a CSV line labelled Total in its ID column, with no name, is not an employee', async () => {
    const { run, file } = await importing('en-US', `${EN_HEAD}E1,Ann,100,1\nTotal,,100,1\n`);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Total and average lines (not employees, skipped), CSV lines: 3');
    expect((await namesOf(file, 'Channel specialist', 2)).map((r) => r[1])).toEqual(['E1', null]);
  });
});
