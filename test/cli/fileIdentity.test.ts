/** Files keep their identity: what --out may replace, locks, permissions, links, temporaries, zip bombs. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { readZip, writeZip } from '../../src/hosts/xlsx/zip';
import { lockPath } from '../../src/hosts/xlsx/lock';

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = tempDir();
  workbook = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', workbook)).code).toBe(0);
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(
    csv,
    'Employee ID,Name,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency\nE1,Ann,800000,15,5000,80\n',
  );
  expect((await cli('import', workbook, '--csv', csv)).code).toBe(0);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const copy = (name: string) => {
  const file = path.join(dir, name);
  fs.copyFileSync(workbook, file);
  return file;
};

describe('an existing --out that is not a workbook is never replaced', () => {
  test.each([
    ['import', 'data.csv', 'Name,Employee ID\n'],
    ['score', 'notes.txt', 'my notes'],
    ['calibrate', 'empty.xlsx', ''],
  ])('%s --out %s', async (command, name, content) => {
    const out = path.join(dir, name);
    fs.writeFileSync(out, content);
    const csv = path.join(dir, 'one.csv');
    fs.writeFileSync(csv, 'Employee ID,Name,New customers\nE1,Ann,16\n');
    const args: Record<string, string[]> = {
      import: ['import', workbook, '--csv', csv],
      score: ['score', workbook],
      calibrate: ['calibrate', workbook, '--employee', 'E1', '--grade', 'Good', '--reason', 'r', '--by', 'HR'],
    };
    for (const lang of ['en-US', 'zh-CN']) {
      const run = await cli(...args[command], '--out', out, '--lang', lang);
      expect(run.code).toBe(2);
      expect(run.err).toContain(
        lang === 'en-US' ? 'it exists and is not an Excel workbook' : '该文件已存在且不是 Excel 工作簿',
      );
    }
    expect(fs.readFileSync(out, 'utf8')).toBe(content);
  });
});

describe('the workbook keeps its identity when written', () => {
  test('mode 600 stays 600, and the owner stays', async () => {
    const file = copy('private.xlsx');
    fs.chmodSync(file, 0o600);
    const owner = fs.statSync(file);
    expect((await cli('score', file)).code).toBe(0);
    const after = fs.statSync(file);
    expect(after.mode & 0o777).toBe(0o600);
    expect([after.uid, after.gid]).toEqual([owner.uid, owner.gid]);
  });

  test('a symbolic link is written through: the real workbook changes, the link stays a link', async () => {
    const real = copy('real.xlsx');
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(real, link);
    const before = fs.readFileSync(real);
    expect((await cli('score', link)).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real).equals(before)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a read-only workbook is refused, in both languages, and stays as it was', async () => {
    const file = copy('readonly.xlsx');
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    const en = await cli('score', file, '--lang', 'en-US');
    expect(en.code).toBe(2);
    expect(en.err).toContain('permission denied or read-only');
    expect((await cli('score', file, '--lang', 'zh-CN')).err).toContain('没有权限或为只读');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
  });

  test('a workbook open in LibreOffice (its .~lock.NAME# beside it) is not replaced', async () => {
    const file = copy('inlibre.xlsx');
    const owner = path.join(dir, '.~lock.inlibre.xlsx#');
    fs.writeFileSync(owner, ',someone,host,01.01.2024 10:00,file:///home/someone/.config/libreoffice/4;');
    const before = fs.readFileSync(file);
    const run = await cli('score', file, '--lang', 'en-US');
    expect(run.code).toBe(2);
    expect(run.err).toContain('it is open in Excel (or another program)');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    fs.rmSync(owner);
  });

  test("a temporary left by a killed run is removed by the next write; another program's files are not", async () => {
    const file = copy('killed.xlsx');
    // A pid that is not running: a short-lived child that has exited.
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    const stale = path.join(dir, `.killed.xlsx.${child.pid}.abc123.tmp`);
    fs.writeFileSync(stale, Buffer.alloc(1024 * 1024));
    const running = path.join(dir, `.killed.xlsx.${process.ppid}.abc124.tmp`);
    fs.writeFileSync(running, 'in progress');
    const someoneElse = path.join(dir, '.killed.xlsx.notes.tmp');
    fs.writeFileSync(someoneElse, 'theirs');
    expect((await cli('score', file)).code).toBe(0);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    expect(fs.existsSync(someoneElse)).toBe(true);
    fs.rmSync(running);
    fs.rmSync(someoneElse);
  });
});

describe('a zip that inflates far beyond what it declares, or declares more than any workbook', () => {
  const bomb = (declare: 'small' | 'huge') => {
    const entries = readZip(fs.readFileSync(workbook));
    const sheet = entries.find((e) => /worksheets\/sheet\d+\.xml$/.test(e.name))!;
    const zeros = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const forged = entries.map((e) =>
      e === sheet
        ? { ...e, raw: zeros, compressedSize: zeros.length, size: declare === 'small' ? e.size : 0xfffffff0 }
        : e,
    );
    const file = path.join(dir, `bomb-${declare}.xlsx`);
    fs.writeFileSync(file, writeZip(forged));
    return file;
  };

  test.each([
    ['small', 'is damaged or incomplete'],
    ['huge', 'is not a workbook the tool can read'],
  ] as const)('declared %s: a message, not a crash, and nothing written', async (declare, message) => {
    const file = bomb(declare);
    const before = fs.readFileSync(file);
    const run = await cli('score', file, '--lang', 'en-US');
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err).not.toContain('Please report');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('two runs at once on one workbook: no write is lost', () => {
  let holder: ChildProcess | null = null;
  afterEach(() => {
    holder?.kill();
    holder = null;
  });

  test('a run waits while another holds the lock, then writes on what the other wrote', async () => {
    const file = copy('busy.xlsx');
    // Another run on this machine holds the lock (a live process), and lets go after a moment.
    const lock = lockPath(file);
    holder = spawn(process.execPath, [
      '-e',
      `setTimeout(() => require('fs').rmSync(${JSON.stringify(lock)}, { force: true }), 700); setTimeout(() => {}, 60000);`,
    ]);
    fs.writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: os.hostname(), at: Date.now() }));
    const started = Date.now();
    const run = await cli('calibrate', file, '--employee', 'E1', '--grade', 'Good', '--reason', 'panel', '--by', 'HR');
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(fs.existsSync(lockPath(file))).toBe(false);
  });

  test('a lock whose run has ended (killed) is taken over', async () => {
    const file = copy('orphan.xlsx');
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    fs.writeFileSync(lockPath(file), JSON.stringify({ pid: child.pid, host: os.hostname(), at: Date.now() }));
    expect((await cli('score', file)).code).toBe(0);
  });

  test('two real processes calibrating a moment apart: both log rows are kept', async () => {
    // The command line as installed (bin/ runs lib/), compiled from this source first.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
      cwd: path.join(__dirname, '..', '..'),
    });
    const file = copy('race.xlsx');
    const bin = path.join(__dirname, '..', '..', 'bin', 'perf-review.js');
    const run = (grade: string, reason: string) =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, [
          bin,
          'calibrate',
          file,
          '--employee',
          'E1',
          '--grade',
          grade,
          '--reason',
          reason,
          '--by',
          'HR',
        ]);
        p.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([run('Good', 'first panel'), run('Excellent', 'second panel')]);
    expect(codes).toEqual([0, 0]);
    const log = (await readWorkbook(file)).getWorksheet('Calibration')!;
    const reasons: unknown[] = [];
    log.eachRow((row) => row.eachCell((cell) => reasons.push(cell.value)));
    expect(reasons).toEqual(expect.arrayContaining(['first panel', 'second panel']));
  });
});
