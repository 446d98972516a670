import type ExcelJS from 'exceljs';
import type { Lang } from '../../src/core/types';
import { textWidth } from '../../src/core/text';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { plainValue } from '../support/exceljsReader';

/** What a cell shows, as its number format writes it (the formats the tool uses). */
function shown(cell: ExcelJS.Cell): string {
  const value = plainValue(cell.value);
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const format = cell.numFmt ?? 'General';
  if (format === ';;;') return '';
  if (format.endsWith('%')) return `${(value * 100).toFixed(/\.0+%/.exec(format)?.[0].length ?? 0)}%`;
  if (format === '0.0') return value.toFixed(1);
  if (format === '0') return value.toFixed(0);
  if (format.startsWith('#,##0')) return Math.round(value).toLocaleString('en-US');
  return String(Number(value.toPrecision(10)));
}

/**
 * Cells whose text is wider than their column: cut by the next cell, or spilling over it. Wrapped cells,
 * hidden (collapsed) columns and the headings that run over an empty row (titles, notes, section names)
 * are meant to; everything else must fit.
 */
function tooWide(workbook: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell, col) => {
        const column = ws.getColumn(col);
        if (column.hidden || cell.alignment?.wrapText || cell.isMerged) return;
        if ((cell.font?.size ?? 11) >= 12 || cell.font?.italic) return;
        const text = shown(cell);
        const needs = textWidth(text) * (cell.font?.bold ? 1.1 : 1);
        // Centred across its group (a group's heading): the group's empty cells are its width.
        let has = column.width ?? 9.14;
        if (cell.alignment?.horizontal === 'centerContinuous')
          for (let c = col + 1; ; c++) {
            const next = row.getCell(c);
            if (next.alignment?.horizontal !== 'centerContinuous' || shown(next) !== '') break;
            has += ws.getColumn(c).width ?? 9.14;
          }
        // The last value of its row may run on over empty cells up to the sheet's print area's edge
        // (a flagged case's reason on the Calibration sheet): it prints in full and covers nothing.
        const area = /:\$?([A-Z]+)\$?\d+$/.exec(String(ws.pageSetup.printArea ?? ''))?.[1];
        if (needs > has && area)
          for (let c = col + 1; c <= ws.getColumn(area).number && needs > has; c++) {
            if (shown(row.getCell(c)) !== '') break;
            has += ws.getColumn(c).width ?? 9.14;
          }
        if (needs > has) problems.push(`${ws.name}!${cell.address} "${text}" needs ${needs.toFixed(0)}, has ${has}`);
      }),
    ),
  );
  return problems;
}

describe.each<Lang>(['zh-CN', 'en-US'])('the demo workbook in %s', (lang) => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const dir = tempDir();
    expect((await cli('demo', '--out', dir, '--lang', lang)).code).toBe(0);
    workbook = await readWorkbook(`${dir}/demo.xlsx`);
  });

  test('every value fits its column: nothing is cut, nothing spills into the next cell', () => {
    expect(tooWide(workbook)).toEqual([]);
  });

  test('what prints: A4, readable scale or one page, titles repeated on assessment sheets, print areas set', () => {
    const setups = new Map<string, Partial<ExcelJS.PageSetup>>();
    workbook.eachSheet((ws) => setups.set(ws.name, ws.pageSetup));
    const [channel, sales] = lang === 'zh-CN' ? ['渠道专员', '销售'] : ['Channel specialist', 'Sales'];
    for (const name of [channel, sales]) {
      expect(setups.get(name)).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 75 });
      expect(setups.get(name)?.printTitlesRow).toBe('14:14');
      expect(setups.get(name)?.printTitlesColumn).toBe('A:B');
    }
    const calibration = setups.get(lang === 'zh-CN' ? '校准' : 'Calibration');
    expect(calibration).toMatchObject({ scale: 75 });
    expect(calibration?.printArea).toMatch(/^A1:Z\d+$/);
    expect(setups.get(lang === 'zh-CN' ? '改进计划' : 'Improvement plan')?.printArea).toBe('A1:G32');
    for (const setup of setups.values()) expect(setup.paperSize).toBe(9);
  });
});
