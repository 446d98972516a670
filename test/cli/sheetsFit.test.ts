import type ExcelJS from 'exceljs';
import type { Lang } from '../../src/core/types';
import { textWidth } from '../../src/core/text';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { plainValue } from '../support/exceljsReader';
import { packageParts, sheetParts } from '../support/packages';
import { strFromU8 } from 'fflate';

/** What a cell shows, as its number format writes it (the formats the tool uses). */
function shown(cell: ExcelJS.Cell): string {
  const value = plainValue(cell.value);
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const format = cell.numFmt ?? 'General';
  if (format === ';;;') return '';
  if (format.endsWith('%')) return `${(value * 100).toFixed(/\.(0+)%/.exec(format)?.[1].length ?? 0)}%`;
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
  let file: string;
  beforeAll(async () => {
    const dir = tempDir();
    expect((await cli('demo', '--out', dir, '--lang', lang)).code).toBe(0);
    file = `${dir}/demo.xlsx`;
    workbook = await readWorkbook(file);
  });

  test('every value fits its column: nothing is cut, nothing spills into the next cell', () => {
    expect(tooWide(workbook)).toEqual([]);
  });

  test('formats: amounts with thousands separators like their targets, rates and scores as the table reads them', () => {
    const ws = workbook.getWorksheet(lang === 'zh-CN' ? '渠道专员' : 'Channel specialist')!;
    expect([ws.getCell('D7').numFmt, ws.getCell('F15').numFmt, shown(ws.getCell('F15'))]).toEqual([
      '#,##0',
      '#,##0',
      '880,000',
    ]);
    // Achievement as a rate, the weighted score with one decimal, the scored count without.
    expect(['J15', 'R15', 'I2'].map((a) => ws.getCell(a).numFmt)).toEqual(['0.0%', '0.0', '0']);
  });

  test('grades in their own colours, bold (the word stays); a row not scored yet in grey italics', () => {
    const parts = packageParts(file);
    const channel = strFromU8(parts.get(sheetParts(parts).get(lang === 'zh-CN' ? '渠道专员' : 'Channel specialist')!)!);
    const styles = strFromU8(parts.get('xl/styles.xml')!);
    const dxfs = [...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '').matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)];
    const rule = (formula: string) => {
      const m = new RegExp(`dxfId="(\\d+)" priority="(\\d+)"><formula>${formula}</formula>`).exec(channel);
      return m ? { dxf: dxfs[Number(m[1])][1], priority: Number(m[2]) } : null;
    };
    // Grade (S) and Final grade (X), lowest grade first: red, amber, blue, green, as the charts.
    const colours = ['9C2A27', '7A4F00', '2F5597', '2E6417'];
    for (const col of ['S', 'X'])
      colours.forEach((colour, k) =>
        expect(rule(`${col}15=INDEX\\(PR_GradeName,${k + 1}\\)`)?.dxf).toBe(
          `<font><b/><color rgb="FF${colour}"/></font>`,
        ),
      );
    expect(rule('AND\\(COUNTA\\(\\$A15:\\$E15\\)&gt;0,NOT\\(ISNUMBER\\(\\$R15\\)\\)\\)')?.dxf).toBe(
      '<font><i/><color rgb="FF7F7F7F"/></font>',
    );
    // Every rule its own priority.
    const priorities = [...channel.matchAll(/priority="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(priorities).size).toBe(priorities.length);
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
