/**
 * The command line's one driver (src/cli/driver.ts) with an operation made here, as a new command would
 * be: a pure operation module and one line in the command table (plainCommand). The driver alone opens,
 * locks, applies, saves and picks the exit code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogue } from '../../src/core/catalogue';
import { cellAddress } from '../../src/core/a1';
import { readAssessmentSheets } from '../../src/core/snapshot';
import { assessmentSheets } from '../../src/core/scoresTables';
import type { Operation } from '../../src/operations/operation';
import { drive, plainCommand } from '../../src/cli/driver';
import { releaseLocks } from '../../src/cli/io';
import { cli, readWorkbook, tempDir } from '../support/cli';

const WORDS = catalogue(
  { count: (sheet: string, n: number) => `${sheet}: ${n} employees`, none: 'No such sheet.' },
  { count: (sheet: string, n: number) => `${sheet}：${n} 名员工`, none: '没有此工作表。' },
);

/** Counts a sheet's employees and, asked to, writes the count under the sheet's title (A2). */
const headcount: Operation<{ sheet?: string; all?: boolean }, { sheet: string; employees: number } | null> & {
  describe(outcome: { sheet: string; employees: number } | null, lang: 'zh-CN' | 'en-US'): string[];
} = {
  target: 'this-workbook',
  reach: (view) => ({ names: view.names, writes: assessmentSheets(view.names), rulesAt: new Map() }),
  plan(view, reader, request) {
    const snapshot = readAssessmentSheets(view.names, reader).find((s) => s.sheet === request.sheet);
    if (!snapshot) return { ops: [], outcome: null, hasErrors: true };
    const employees = snapshot.rows.length;
    const ops = request.all
      ? [{ kind: 'cells' as const, sheet: snapshot.sheet, row: 2, col: 1, cells: [[{ value: employees }]] }]
      : [];
    return { ops, outcome: { sheet: snapshot.sheet, employees }, hasErrors: false };
  },
  describe: (outcome, lang) => [outcome ? WORDS.of(lang).count(outcome.sheet, outcome.employees) : WORDS.of(lang).none],
};

async function demoFile(lang: 'zh-CN' | 'en-US'): Promise<string> {
  const dir = tempDir();
  expect((await cli('demo', '--out', dir, '--lang', lang)).code).toBe(0);
  return path.join(dir, 'demo.xlsx');
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await drive(plainCommand('score', headcount, ['sheet', 'all', 'out']), argv, {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    return { code, out, err };
  } finally {
    releaseLocks();
  }
}

test('a new command is an operation and one line: it reads, prints in the workbook language, writes nothing unasked', async () => {
  const file = await demoFile('zh-CN');
  const before = fs.readFileSync(file);
  const result = await run(file, '--sheet', '渠道专员');
  expect(result).toEqual({ code: 0, out: ['渠道专员：7 名员工'], err: [] });
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});

test('its writes are applied and saved by the driver, to --out, the original left alone', async () => {
  const file = await demoFile('en-US');
  const before = fs.readFileSync(file);
  const out = path.join(path.dirname(file), 'counted.xlsx');
  const result = await run(file, '--sheet', 'Channel specialist', '--all', '--out', out);
  expect(result.out).toEqual(['Channel specialist: 7 employees', `Wrote ${out}`]);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  const json = JSON.parse((await cli('score', out, '--json')).out);
  expect(json.sheets[0].sheet).toBe('Channel specialist');
  const book = await readWorkbook(out);
  expect(book.getWorksheet('Channel specialist')!.getCell(cellAddress(2, 1)).value).toBe(7);
});

test('an outcome with errors exits 1 and writes nothing; a usage error exits 2 before any file is read', async () => {
  const file = await demoFile('en-US');
  const before = fs.readFileSync(file);
  expect(await run(file, '--sheet', 'Nowhere', '--all')).toEqual({ code: 1, out: ['No such sheet.'], err: [] });
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  await expect(run('--sheet', 'x')).rejects.toMatchObject({ exitCode: 2 });
  await expect(run(file, '--bogus')).rejects.toMatchObject({ exitCode: 2 });
});
