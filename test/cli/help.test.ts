/**
 * A newcomer's first commands: help for every command, the version, unknown options named, and one rule
 * for the language of what the command line says (--lang, else the workbook's, else the system's locale,
 * else English), with the README's exit codes (0 done, 1 a sheet error, 2 a usage or file error).
 */
import fs from 'node:fs';
import path from 'node:path';
import { COMMAND_NAMES } from '../../src/cli/help';
import { cli, cliInLocale, tempDir } from '../support/cli';

async function workbook(lang: 'zh-CN' | 'en-US'): Promise<string> {
  const file = path.join(tempDir(), 'book.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', 'channel', '--out', file)).code).toBe(0);
  return file;
}

test.each(COMMAND_NAMES)(
  '"%s --help" and "help" of it print its own help, exit 0, and do nothing else',
  async (name) => {
    const dir = tempDir();
    const asked = await cli(name, '--help', '--out', path.join(dir, 'out'));
    expect(asked.code).toBe(0);
    expect(asked.out).toMatch(new RegExp(`^Usage: perf-review ${name}`));
    expect(asked.out).toContain('--');
    expect(await cli('help', name)).toEqual(asked);
    // demo --help builds no demo, template --help writes no workbook.
    expect(fs.readdirSync(dir)).toEqual([]);
  },
);

test('help follows the language rule: the locale, --lang, and the workbook named', async () => {
  expect((await cliInLocale('zh_CN.UTF-8', 'score', '--help')).out).toMatch(/^用法：perf-review score 文件/);
  expect((await cli('score', '--help', '--lang', 'zh-CN')).out).toMatch(/^用法：/);
  const zh = await workbook('zh-CN');
  expect((await cli('score', zh, '--help')).out).toMatch(/^用法：/);
  expect((await cli('help')).out).toContain('Run "perf-review help COMMAND" for the options of a command.');
});

test('--version prints the version of package.json', async () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  expect(await cli('--version')).toEqual({ code: 0, out: `perf-review ${version}`, err: '' });
});

test("an unknown option is named in the user's language, with the command's usage, exit 2", async () => {
  const en = await cli('score', 'x.xlsx', '--bogus');
  expect(en.code).toBe(2);
  expect(en.err).toMatch(/^"score" has no option --bogus\. .*\n\nUsage: perf-review score FILE/);
  const zh = await cliInLocale('zh_CN.UTF-8', 'score', 'x.xlsx', '--bogus');
  expect(zh.err).toMatch(/^"score"没有选项 --bogus。.*\n\n用法：perf-review score 文件/);
  const value = await cli('score', 'x.xlsx', '--out');
  expect(value).toMatchObject({ code: 2 });
  expect(value.err).toMatch(/^--out needs a value/);
  // Never Node's own parser words.
  expect(en.err + zh.err + value.err).not.toMatch(/Unknown option '|ERR_PARSE_ARGS/);
});

test("on a Chinese workbook a usage error is Chinese like its file errors, whatever the terminal's language", async () => {
  const zh = await workbook('zh-CN');
  const run = await cli('import', zh);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/^缺少 --csv DATA\.csv\n\n用法：perf-review import/);
  const en = await workbook('en-US');
  expect((await cliInLocale('zh_CN.UTF-8', 'import', en)).err).toMatch(/^missing --csv DATA\.csv\n\nUsage:/);
});

test('exit codes as the README says: 0 done, 2 a usage or file error (1, a sheet error: calibrate.test.ts)', async () => {
  const file = await workbook('en-US');
  expect((await cli('score', file)).code).toBe(0);
  expect((await cli('score', path.join(tempDir(), 'missing.xlsx'))).code).toBe(2);
  expect((await cli('report', file, '--csv', '--json')).code).toBe(2);
  expect((await cli('report', file, '--csv', '--json')).err).toMatch(/^choose one of --json and --csv, not both/);
  expect((await cli('bake')).code).toBe(2);
  expect((await cli()).code).toBe(2);
});

test('--roles takes the role names in either language', async () => {
  const dir = tempDir();
  const run = await cli('template', '--roles', '渠道,销售专员,Media and support', '--out', path.join(dir, 'a.xlsx'));
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/unknown role "销售专员"/);
  const ok = await cli(
    'template',
    '--roles',
    '渠道, 销售, Media and support, planning',
    '--out',
    path.join(dir, 'b.xlsx'),
  );
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/渠道专员.*销售.*媒介.*策划/s);
});

test('score with nothing to change leaves the file alone and says so (written: false in --json)', async () => {
  const file = await workbook('en-US');
  expect((await cli('score', file)).out).toMatch(/Wrote /);
  const stat = fs.statSync(file);
  const bytes = fs.readFileSync(file);
  const again = await cli('score', file);
  expect(again.code).toBe(0);
  expect(again.out).toMatch(/Nothing changed: .* the file was not written\.$/);
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
  expect(JSON.parse((await cli('score', file, '--json')).out).written).toBe(false);
});
