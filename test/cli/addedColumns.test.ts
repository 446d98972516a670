import fs from 'node:fs';
import { channelWorkbook, cli, tempDir } from '../support/cli';
import { XlsxPackage, applyPlan, blankPackage, packageReader, saveWorkbook } from '../../src/hosts/xlsx/workbook';
import { rulesSheetOps } from '../../src/layout/rulesSheet';
import { assessmentSheetOps } from '../../src/layout/assessmentSheet';
import { TALENT_WORDS } from '../../src/core/talentText';
import { TALENT_RULE_NAMES } from '../../src/core/names';
import { channel, scoringOf, snapshotOf } from '../support/workbooks';
import { computedColumns } from '../../src/core/columns';
import { cellAddress } from '../../src/core/a1';

/**
 * A sheet made before the talent grid and the rater effects: the columns added since (Data-based score
 * ... Previous potential) lie right of its old table, where HR may have put their own. Score claims
 * them only while they are empty.
 */
const SHEET = 'Channel specialist';
const cols = computedColumns(10, 4);

/** A scored sheet as an older version left it (nothing in the added columns), then HR's own there. */
async function olderSheet(own: (sheet: ReturnType<XlsxPackage['sheet']>) => void): Promise<string> {
  const file = await channelWorkbook(tempDir(), 'team.xlsx', 'en-US', [
    'Zhang Wei,E1001,East,Li Na,880000,12,4800,85',
    'Wang Fang,E1002,East,Li Na,1000000,18,4200,90',
  ]);
  expect((await cli('score', file)).code).toBe(0);
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  const sheet = pkg.sheet(SHEET);
  for (let col = cols.quantScore; col <= cols.last; col++)
    for (let row = 13; row <= 20; row++) sheet.write(row, col, null);
  own(sheet);
  saveWorkbook(pkg, file);
  return file;
}

test("HR's own column there, by its header, is refused naming the cell; nothing is written", async () => {
  const file = await olderSheet((sheet) => {
    sheet.write(14, cols.quantScore, { kind: 'value', value: 'Notes' });
    sheet.write(15, cols.quantScore, { kind: 'value', value: 'ask Li Na' });
  });
  const before = fs.readFileSync(file);
  const run = await cli('score', file);
  expect(run.code).toBe(1);
  expect(run.out).toContain(
    `[error] '${SHEET}'!${cellAddress(14, cols.quantScore)}: this cell holds "Notes", where the Scores table now has its column "Data-based score" (added for the talent grid and the rater effects). Move your column further right, then score again; nothing was written.`,
  );
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});

test('a value typed there under no header is refused too; once moved, the table grows by the new columns', async () => {
  const file = await olderSheet((sheet) => sheet.write(16, cols.box, { kind: 'value', value: 'call back' }));
  const before = fs.readFileSync(file);
  const run = await cli('score', file);
  expect(run.code).toBe(1);
  expect(run.out).toContain(`'${SHEET}'!${cellAddress(16, cols.box)}: this cell holds "call back"`);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  pkg.sheet(SHEET).write(16, cols.box, null);
  saveWorkbook(pkg, file);
  expect((await cli('score', file)).code).toBe(0);
  const after = XlsxPackage.read(fs.readFileSync(file)).sheet(SHEET);
  expect([after.value(14, cols.quantScore), after.value(14, cols.box)]).toEqual([
    'Data-based score',
    'Talent grid box',
  ]);
});

test('a Rules sheet from before the talent grid gets its block below what it holds at the next Score, said once', () => {
  const lang = 'en-US';
  const all = rulesSheetOps('Rules', lang);
  const top = all.findIndex(
    (op) =>
      op.kind === 'cells' &&
      JSON.stringify(op.cells[0]?.[0]) === JSON.stringify({ value: TALENT_WORDS[lang].rulesSection }),
  );
  const blockRow = (all[top] as { row: number }).row;
  // The Rules sheet as a version before the grid wrote it: nothing from the block's row down.
  const older = all.filter(
    (op) =>
      !(op.kind === 'name' && TALENT_RULE_NAMES.includes(op.name)) &&
      !(
        (op.kind === 'cells' && op.row >= blockRow) ||
        ((op.kind === 'style' || op.kind === 'listValidation') && op.range.r1 >= blockRow)
      ),
  );
  const pkg = blankPackage();
  applyPlan(pkg, older);
  applyPlan(pkg, assessmentSheetOps({ id: 'S1', sheet: SHEET, preset: channel, lang, cycle: '2024 Q3' }));
  const header = snapshotOf(pkg).scoresHeader.r1;
  ['Zhang Wei', 'E1001', 'East', 'Li Na', '', 880000, 12, 4800, 85].forEach((value, j) =>
    pkg.sheet(SHEET).write(header + 1, j + 1, value === '' ? null : { kind: 'value', value }),
  );
  pkg.sheet(SHEET).write(header + 1, cols.potential, { kind: 'value', value: 'High' });
  const lastRulesRow = packageReader(pkg).lastRow('Rules');
  const first = scoringOf(pkg);
  expect(first.rulesChecks.map((c) => [c.code, c.sheet, c.cell])).toEqual([
    ['rules-talent-added', 'Rules', `A${lastRulesRow + 2}`],
  ]);
  // Scored with the defaults already: 79.9 Pass is medium performance, potential High: Growth employee.
  expect(first.sheets[0].employees[0]).toMatchObject({ performanceLevel: 'Medium', box: 'Growth employee' });
  applyPlan(pkg, first.ops);
  expect(pkg.definedNames().filter((n) => TALENT_RULE_NAMES.includes(n.name))).toHaveLength(6);
  expect(pkg.sheet('Rules').value(lastRulesRow + 2, 1)).toBe(TALENT_WORDS[lang].rulesSection);
  const again = scoringOf(pkg);
  expect(again.rulesChecks).toEqual([]);
  expect(again.sheets[0].employees[0].box).toBe('Growth employee');
});
