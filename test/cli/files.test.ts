/** File errors are messages with exit 2, in the user's language, and nothing is left half-written (issue 7). */
import fs from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from '../support/cli';

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = tempDir();
  workbook = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', workbook)).code).toBe(0);
});

afterAll(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, bytes: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** An OLE2 compound file header, as .xls files and password-encrypted .xlsx files start. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

function expectNoStack(run: { out: string; err: string }) {
  expect(run.err).not.toMatch(/\n\s+at |Error:|TypeError|zip|inflate|fflate/i);
}

describe('an input that is not a workbook', () => {
  test.each([
    [
      'missing',
      () => path.join(dir, 'nope.xlsx'),
      'there is no such file. Check the name and the folder.',
      '文件不存在',
    ],
    ['a folder', () => dir, 'is a folder, not a workbook', '是文件夹'],
    [
      'an .xls file',
      () => write('old.xls', OLE2),
      'old-style Excel .xls file. Open it in Excel and save it as "Excel Workbook (*.xlsx)"',
      '旧版 Excel .xls 文件',
    ],
    [
      'a password-encrypted .xlsx',
      () => write('secret.xlsx', Buffer.concat([OLE2, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)])),
      'is protected with a password',
      '设有打开密码',
    ],
    [
      'a CSV given as the workbook',
      () => write('data.xlsx', 'Name,Employee ID\nZhang,E1\n'),
      'is a text file (CSV?), not a workbook. To bring CSV data into a workbook use "perf-review import',
      '是文本文件',
    ],
    [
      'a truncated workbook',
      () => write('cut.xlsx', fs.readFileSync(workbook).subarray(0, 3000)),
      'is damaged or incomplete (perhaps cut off while copying)',
      '已损坏或不完整',
    ],
    [
      'a zip that holds no workbook',
      () => write('other.xlsx', Buffer.from('504b0506000000000000000000000000000000000000', 'hex')),
      'is not an Excel workbook (.xlsx)',
      '不是 Excel 工作簿',
    ],
  ])('%s: exit 2 and a message saying what to do, in both languages', async (_, make, en, zh) => {
    const file = make();
    for (const command of [
      ['score', file],
      ['report', file],
      ['calibrate', file, '--employee', 'E1', '--grade', 'Good', '--reason', 'r', '--by', 'b'],
    ]) {
      const run = await cli(...command, '--lang', 'en-US');
      expect([command[0], run.code]).toEqual([command[0], 2]);
      expect(run.err).toContain(en);
      expectNoStack(run);
    }
    const zhRun = await cli('score', file, '--lang', 'zh-CN');
    expect(zhRun.err).toContain(zh);
  });

  test('a CSV that is a folder or missing', async () => {
    expect(await cli('import', workbook, '--csv', dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('is a folder'),
    });
    expect(await cli('import', workbook, '--csv', path.join(dir, 'none.csv'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('there is no such file'),
    });
  });
});

describe('an output that cannot be written: nothing is written, the input is unchanged', () => {
  const before = () => fs.readFileSync(workbook);

  test.each([
    [
      'its folder does not exist',
      () => path.join(dir, 'missing-folder', 'out.xlsx'),
      'its folder does not exist',
      '所在文件夹不存在',
    ],
    ['it is a folder', () => dir, 'it is a folder', '这是一个文件夹'],
  ])('%s', async (_, out, en, zh) => {
    const original = before();
    const run = await cli('score', workbook, '--out', out(), '--lang', 'en-US');
    expect(run.code).toBe(2);
    expect(run.err).toContain(en);
    expect(run.err).toContain('nothing was written');
    expectNoStack(run);
    expect((await cli('score', workbook, '--out', out(), '--lang', 'zh-CN')).err).toContain(zh);
    expect(fs.readFileSync(workbook).equals(original)).toBe(true);
  });

  test('a read-only folder: permission denied, no temporary file left behind', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a read-only folder cannot be simulated, so the target is a read-only file system path.
      const run = await cli('score', workbook, '--out', '/proc/perf-review-test.xlsx', '--lang', 'en-US');
      expect(run.code).toBe(2);
      expect(run.err).toContain('permission denied or read-only');
      return;
    }
    const locked = fs.mkdtempSync(path.join(dir, 'ro-'));
    fs.chmodSync(locked, 0o555);
    const run = await cli('score', workbook, '--out', path.join(locked, 'out.xlsx'), '--lang', 'en-US');
    expect(run.code).toBe(2);
    expect(run.err).toContain('permission denied or read-only');
    expect(fs.readdirSync(locked)).toEqual([]);
  });

  test('a workbook open in Excel (its ~$ owner file beside it) is not replaced', async () => {
    const copy = path.join(dir, 'open.xlsx');
    fs.copyFileSync(workbook, copy);
    fs.writeFileSync(path.join(dir, '~$open.xlsx'), 'owner');
    const original = fs.readFileSync(copy);
    const run = await cli('score', copy, '--lang', 'en-US');
    expect(run.code).toBe(2);
    expect(run.err).toContain('it is open in Excel (or another program). Close it there and run the command again');
    expect(fs.readFileSync(copy).equals(original)).toBe(true);
    fs.rmSync(path.join(dir, '~$open.xlsx'));
  });

  test('--out may be the input itself; the write goes through a temporary file renamed into place', async () => {
    const copy = path.join(dir, 'same.xlsx');
    fs.copyFileSync(workbook, copy);
    expect((await cli('score', copy, '--out', copy)).code).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await cli('score', copy, '--json')).code).toBe(0);
  });
});
