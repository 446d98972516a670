/**
 * What is a row of the Scores table is decided by its key columns (a name or an Employee ID), never by
 * any non-empty cell: a note typed below the table, or the user's own total line, is not an employee,
 * and Score never writes over a cell of the user's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { channel, setCell, snapshotOf, workbookWith, type EmployeeRow } from '../support/workbooks';
import { saveWorkbook, type XlsxPackage } from '../../src/hosts/xlsx/workbook';
import { cellAddress } from '../../src/core/a1';
import { computedColumns } from '../../src/core/columns';
import type { Lang } from '../../src/core/types';

const EMPLOYEES: EmployeeRow[] = [
  ['Ann', 'E1', 'East', 'Li', '', 900000, 18, 4000, 90],
  ['Bob', 'E2', 'East', 'Li', '', 800000, 15, 5000, 80],
  ['Cy', 'E3', 'West', 'Wu', '', 700000, 12, 5500, 75],
];

function saved(pkg: XlsxPackage): string {
  const file = path.join(tempDir(), 'team.xlsx');
  saveWorkbook(pkg, file);
  return file;
}

/** The sheet, the first data row and the computed columns of a channel workbook. */
function geometry(pkg: XlsxPackage) {
  const s = snapshotOf(pkg);
  return {
    sheet: s.sheet,
    first: s.scoresHeader.r1 + 1,
    cols: computedColumns(s.scoresHeader.c2 + 1, 4),
    header: s.scoresHeader,
  };
}

describe('below the table is not the table', () => {
  test('a note a few rows below, and one far below in a computed column, survive Score; nothing is filled down to them', async () => {
    const pkg = workbookWith(channel, EMPLOYEES);
    const { sheet, first, cols } = geometry(pkg);
    const near = cellAddress(first + 5, cols.grade);
    const far = cellAddress(first + 400, cols.weighted);
    setCell(pkg, sheet, near, 'Checked by HR on Monday');
    setCell(pkg, sheet, far, 'archive note');
    const file = saved(pkg);
    const run = await cli('score', file, '--json');
    expect(run.code).toBe(0);
    const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
    expect(ws.getCell(near).value).toBe('Checked by HR on Monday');
    expect(ws.getCell(far).value).toBe('archive note');
    // The last employee's row has its formulas; the rows below have none.
    expect(ws.getCell(first + 2, cols.weighted).formula).toBeTruthy();
    for (const row of [first + 3, first + 4, first + 6, first + 399])
      expect(ws.getCell(row, cols.weighted).value).toBeNull();
    expect(JSON.parse(run.out).sheets[0].employees).toHaveLength(3);
  });

  test.each([
    ['en-US', 'Total'],
    ['zh-CN', '合计'],
    ['en-US', 'Average'],
    ['zh-CN', '平均'],
    ['zh-CN', '平均分'],
    ['en-US', 'Grand Total:'],
  ] as const)(
    '%s: a "%s" line of the user\'s own formulas under the table is not graded, and keeps its formulas',
    async (lang, word) => {
      const pkg = workbookWith(channel, EMPLOYEES, lang);
      const { sheet, first, cols, header } = geometry(pkg);
      const total = first + 3;
      const input = header.c1 + 5;
      const fn = /Total|合计/.test(word) ? 'SUM' : 'AVERAGE';
      const sheetXml = pkg.sheet(sheet);
      setCell(pkg, sheet, cellAddress(total, header.c1), word);
      for (let k = 0; k < 4; k++) {
        const col = cellAddress(first, input + k).replace(/\d+/, '');
        sheetXml.write(total, input + k, {
          kind: 'formula',
          formula: `${fn}(${col}${first}:${col}${first + 2})`,
          result: 0,
        });
      }
      sheetXml.write(total, cols.weighted, {
        kind: 'formula',
        formula: `AVERAGE(${cellAddress(first, cols.weighted)}:${cellAddress(first + 2, cols.weighted)})`,
        result: 0,
      });
      const file = saved(pkg);
      const run = await cli('score', file, '--json');
      expect(run.code).toBe(0);
      const result = JSON.parse(run.out).sheets[0];
      expect(result.employees.map((e: { name: string }) => e.name)).toEqual(['Ann', 'Bob', 'Cy']);
      const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
      expect(ws.getCell(total, cols.weighted).formula).toMatch(/^AVERAGE\(/);
      expect(ws.getCell(total, input).formula).toMatch(new RegExp(`^${fn}\\(`));
      expect(ws.getCell(total, cols.grade).value).toBeNull();
      expect((await cli('report', file, '--json')).out).not.toContain(word);
    },
  );
});

describe("inside the table, a cell Score would write over is the user's: a sheet error, nothing written", () => {
  test.each([
    ['en-US', 'note', 'holds "Ask Li about Q3", inside the Scores table where Score writes its formulas'],
    ['zh-CN', 'note', '此单元格有"Ask Li about Q3"，位于评分表内'],
    ['en-US', 'subtotal', 'labelled as a total'],
    ['zh-CN', 'subtotal', '标为合计行'],
  ] as const)('%s: a %s on a row between employees', async (lang: Lang, kind, message) => {
    const rows: EmployeeRow[] = [EMPLOYEES[0], ['', '', '', '', ''], EMPLOYEES[1], EMPLOYEES[2]];
    const pkg = workbookWith(channel, rows, lang);
    const { sheet, first, cols, header } = geometry(pkg);
    const cell = cellAddress(first + 1, cols.grade);
    if (kind === 'note') setCell(pkg, sheet, cell, 'Ask Li about Q3');
    else {
      setCell(pkg, sheet, cellAddress(first + 1, header.c1), lang === 'zh-CN' ? '小计' : 'Subtotal');
      setCell(pkg, sheet, cell, 'Ask Li about Q3');
    }
    const file = saved(pkg);
    const before = fs.readFileSync(file);
    const run = await cli('score', file);
    expect(run.code).toBe(1);
    expect(run.out + run.err).toContain(`${cell}`);
    expect(run.out + run.err).toContain(message);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test("an empty row between employees gets the formulas as before (they are the tool's own)", async () => {
    const rows: EmployeeRow[] = [EMPLOYEES[0], ['', '', '', '', ''], EMPLOYEES[1]];
    const file = saved(workbookWith(channel, rows));
    expect((await cli('score', file)).code).toBe(0);
    // Scored again: the formulas on the empty row are recognised as Score's own.
    expect((await cli('score', file)).code).toBe(0);
  });
});

describe('import never appends a new employee over a note or a total line under the table', () => {
  test.each([
    ['en-US', 'line 2 is a new employee, whose row under the table holds "Total"'],
    ['zh-CN', '第 2 行是新员工，但表格下方要写入的这一行已有"Total"'],
  ] as const)('%s', async (lang, message) => {
    const pkg = workbookWith(channel, EMPLOYEES, lang);
    const { sheet, first, header } = geometry(pkg);
    setCell(pkg, sheet, cellAddress(first + 3, header.c1), 'Total');
    const file = saved(pkg);
    const csv = path.join(path.dirname(file), 'new.csv');
    fs.writeFileSync(csv, 'Employee ID,Name,New customers\nE9,Dee,12\n');
    const before = fs.readFileSync(file);
    const run = await cli('import', file, '--csv', csv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err).toContain(cellAddress(first + 3, header.c1));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
