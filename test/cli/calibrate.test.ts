import fs from 'node:fs';
import path from 'node:path';
import { cli, cellMap, readWorkbook, tempDir } from '../support/cli';
import { cellValue } from '../support/exceljsReader';
import { localDate } from '../../src/core/dates';

/** The English demo: Sun Li (E1006) is flagged for 218.8% revenue; Chen Jing (E1004) is Needs improvement. */
async function demo(): Promise<string> {
  const dir = tempDir();
  expect((await cli('demo', '--out', dir, '--lang', 'en-US')).code).toBe(0);
  return path.join(dir, 'demo.xlsx');
}

const SHEET = 'Channel specialist';

describe('flags and calibration through the command line', () => {
  test('score prints each flagged case with its reason; --json carries the flags', async () => {
    const file = await demo();
    const run = await cli('score', file);
    expect(run.out).toContain("'Channel specialist': 6 scored, 1 not scored, 1 flagged");
    expect(run.out).toContain('[flag] Sun Li: Channel sales revenue at 218.8% (>= 200%): check the data.');
    const json = JSON.parse((await cli('score', file, '--json')).out);
    const sunLi = json.sheets[0].employees.find((e: { name: string }) => e.name === 'Sun Li');
    expect(sunLi).toMatchObject({
      flagged: true,
      flagReason: 'Channel sales revenue at 218.8% (>= 200%): check the data.',
      finalGrade: 'Excellent',
    });
  });

  test('a calibrated grade is recorded with its reason: the cell, one log row, the final grade; nothing else changes', async () => {
    const file = await demo();
    const before = cellMap(await readWorkbook(file));
    const run = await cli(
      'calibrate',
      file,
      '--employee',
      'E1006',
      '--grade',
      'Good',
      '--reason',
      'One-off distributor order',
      '--by',
      'Panel: Wang (head), Liu (HRBP)',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('Calibrated Sun Li: Excellent -> Good, recorded in the calibration log');
    const workbook = await readWorkbook(file);
    const ws = workbook.getWorksheet(SHEET)!;
    // Sun Li is row 20; calibrated grade and final grade are the last two computed columns (W, X).
    expect(ws.getCell('W20').value).toBe('Good');
    expect(cellValue(ws.getCell('X20'))).toBe('Good');
    expect(cellValue(ws.getCell('S20'))).toBe('Excellent');
    const log = (workbook.getWorksheet('Calibration')!.getRow(6).values as unknown[]).slice(1, 10);
    expect(log).toEqual([
      'Sun Li',
      'E1006',
      SHEET,
      cellValue(ws.getCell('R20')),
      'Excellent',
      'Good',
      'One-off distributor order',
      'Panel: Wang (head), Liu (HRBP)',
      // A real date (ExcelJS reads a date-formatted cell as a Date), today's.
      new Date(`${localDate()}T00:00:00.000Z`),
    ]);
    const after = cellMap(workbook);
    const changed = [...after.keys()].filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)));
    // Only the calibrated cell, the log row and the Calibration sheet's live summary may differ.
    for (const key of changed)
      expect(key).toMatch(/^(Channel specialist!W20|Calibration!([A-I]6|[K-Z]\d+|A[A-Z]\d+))$/);
    expect(changed).toContain('Channel specialist!W20');
  });

  test('the log is append-only: a second calibration adds a row and keeps the first', async () => {
    const file = await demo();
    await cli(
      'calibrate',
      file,
      '--employee',
      'E1006',
      '--grade',
      'Good',
      '--reason',
      'One-off order',
      '--by',
      'Panel',
    );
    // The log's columns (A-I); the summary right of them follows the grades.
    const logColumns = (values: unknown) => (values as unknown[]).slice(1, 10);
    const first = logColumns((await readWorkbook(file)).getWorksheet('Calibration')!.getRow(6).values);
    await cli(
      'calibrate',
      file,
      '--employee',
      'Sun Li',
      '--grade',
      'Excellent',
      '--reason',
      'Order confirmed recurring',
      '--by',
      'Panel',
    );
    const log = (await readWorkbook(file)).getWorksheet('Calibration')!;
    expect(logColumns(log.getRow(6).values)).toEqual(first);
    expect((log.getRow(7).values as unknown[]).slice(1, 8)).toEqual([
      'Sun Li',
      'E1006',
      SHEET,
      expect.any(Number),
      'Excellent',
      'Excellent',
      'Order confirmed recurring',
    ]);
  });

  test.each([
    [
      ['--employee', 'E1006', '--grade', 'Superb', '--reason', 'x', '--by', 'Panel'],
      /"Superb" is not a grade of the Rules sheet/,
    ],
    [['--employee', 'E1007', '--grade', 'Good', '--reason', 'x', '--by', 'Panel'], /Zhou Jie is not scored yet/],
  ])('refused by the sheet, exit 1 and the file unchanged: %j', async (args, message) => {
    const file = await demo();
    const before = fs.readFileSync(file);
    const run = await cli('calibrate', file, ...args);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(message);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  // What the command names is the user's to give (the README's exit codes): a usage error, exit 2, no cell.
  test.each([
    [['--employee', 'E1006', '--grade', 'Good', '--by', 'Panel'], /^missing --reason\n\nUsage: perf-review calibrate /],
    [['--employee', 'E1006', '--grade', 'Good', '--reason', 'x'], /^missing --by\n\nUsage: perf-review calibrate /],
    [
      ['--employee', 'E9999', '--grade', 'Good', '--reason', 'x', '--by', 'Panel'],
      /^no employee "E9999" on this sheet\. Use the Employee ID or the name as it stands in the Scores table\. Nothing was written\.$/,
    ],
  ])('a usage error, exit 2, no cell named, the file unchanged: %j', async (args, message) => {
    const file = await demo();
    const before = fs.readFileSync(file);
    const run = await cli('calibrate', file, ...args);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/!A1/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('calibrating again to the same grade says so and writes nothing; another grade is recorded', async () => {
    const file = await demo();
    const args = ['--employee', 'E1006', '--grade', 'Good', '--reason', 'Order confirmed recurring', '--by', 'Panel'];
    expect((await cli('calibrate', file, ...args)).code).toBe(0);
    const before = fs.readFileSync(file);
    const again = await cli('calibrate', file, ...args);
    expect(again).toMatchObject({ code: 0, err: '' });
    expect(again.out).toBe('Sun Li is already calibrated to Good: nothing was recorded and the file was not written.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const other = await cli('calibrate', file, ...args.slice(0, 3), 'Pass', ...args.slice(4));
    expect(other.out).toContain('Calibrated Sun Li: Excellent -> Pass');
  });

  test('a calibrated grade typed straight into the sheet without a reason is reported', async () => {
    const file = await demo();
    const workbook = await readWorkbook(file);
    workbook.getWorksheet(SHEET)!.getCell('W16').value = 'Excellent';
    await workbook.xlsx.writeFile(file);
    const run = await cli('score', file);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `[warning] '${SHEET}'!W16: Wang Fang: the calibrated grade "Excellent" has no reason in the calibration log.`,
    );
    expect(cellValue((await readWorkbook(file)).getWorksheet(SHEET)!.getCell('X16'))).toBe('Excellent');
  });

  test('report carries flags, calibrated and final grades', async () => {
    const file = await demo();
    await cli(
      'calibrate',
      file,
      '--employee',
      'E1006',
      '--grade',
      'Good',
      '--reason',
      'One-off order',
      '--by',
      'Panel',
    );
    const rows = JSON.parse((await cli('report', file, '--json')).out);
    expect(rows.find((r: { name: string }) => r.name === 'Sun Li')).toMatchObject({
      flag: 'Flagged',
      grade: 'Excellent',
      calibratedGrade: 'Good',
      finalGrade: 'Good',
    });
  });
});
