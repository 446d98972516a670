import fs from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { cli, tempDir } from '../support/cli';
import { packageParts, sheetParts } from '../support/packages';

/** The Rules' paper size: A4 by default (Chinese offices), Letter when HR says so; anything else is said. */
describe('Rules: paper size', () => {
  let file: string;
  beforeEach(async () => {
    const dir = tempDir();
    expect((await cli('demo', '--out', dir, '--lang', 'en-US')).code).toBe(0);
    file = path.join(dir, 'demo.xlsx');
  });

  const setPaper = (value: string) => {
    const pkg = XlsxPackage.read(fs.readFileSync(file));
    pkg.sheet('Rules').write(4, 2, { kind: 'value', value });
    fs.writeFileSync(file, pkg.toBytes());
  };
  const paperOf = (sheet: string) => {
    const parts = packageParts(file);
    return /<pageSetup[^>]*paperSize="(\d+)"/.exec(strFromU8(parts.get(sheetParts(parts).get(sheet)!)!))?.[1];
  };

  test('A4 on the Rules (a drop-down of A4 and Letter), and on every sheet the tool lays out', () => {
    const pkg = XlsxPackage.read(fs.readFileSync(file));
    expect([pkg.sheet('Rules').value(4, 1), pkg.sheet('Rules').value(4, 2)]).toEqual([
      'Paper size (A4 or Letter)',
      'A4',
    ]);
    expect(pkg.sheet('Rules').elements('dataValidations')[0]).toContain(
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B4"><formula1>&quot;A4,Letter&quot;</formula1>',
    );
    expect(paperOf('Calibration')).toBe('9');
  });

  test('Letter: the Calibration sheet prints on Letter at the next Score, and so do the plans drafted', async () => {
    setPaper('letter');
    expect((await cli('score', file)).code).toBe(0);
    expect(paperOf('Calibration')).toBe('1');
    expect((await cli('plan', file, '--all', '--date', '2024-10-10')).code).toBe(0);
    const plans = [...sheetParts(packageParts(file)).keys()].filter((s) => s.startsWith('Improvement plan '));
    expect(plans.length).toBeGreaterThan(0);
    for (const sheet of plans) expect(paperOf(sheet)).toBe('1');
  });

  test('a size the tool does not know is a warning naming the cell; A4 is used', async () => {
    setPaper('B5');
    const run = await cli('score', file, '--json');
    const json = JSON.parse(run.out);
    // A warning, not an error: every sheet is scored all the same.
    expect(run.code).toBe(0);
    expect(json.sheets.map((s: { blocked: boolean }) => s.blocked)).toEqual([false, false]);
    const check = json.rulesChecks.find((c: { code: string }) => c.code === 'rules-paper');
    expect(check).toMatchObject({ severity: 'warning', sheet: 'Rules', cell: 'B4' });
    expect(check.message).toBe(
      'Rules!B4: "B5" is not a paper size the tool prints on: A4 is used. Enter A4 or Letter.',
    );
    expect(paperOf('Calibration')).toBe('9');
  });
});
