/**
 * Nothing of the user's is dropped (issue 7): workbooks written by openpyxl and by LibreOffice, with a
 * comment, a chart, a picture, a hyperlink, an extra sheet and a defined name of the user's, go through
 * import, score and calibrate. Every package part the command did not mean to change comes out byte for
 * byte, and every cell that changed is one the command meant to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { cli, tempDir } from '../support/cli';
import { recalculate } from '../support/libreoffice';
import {
  changedCells,
  changedParts,
  openpyxlCells,
  openpyxlDecorate,
  packageParts,
  plannedCells,
  sheetParts,
} from '../support/packages';
import { XlsxPackage, packageReader } from '../../src/hosts/xlsx/workbook';
import { planWorkbookScoring } from '../../src/operations/score';

const SHEET = 'Channel specialist';
const HEADER =
  'Name,Employee ID,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency';
const CSV = `${HEADER}\nZhang Wei,E1,East,Li Na,880000,12,4800,85\nWang Fang,E2,East,Li Na,1000000,18,4200,90\nSun Li,E3,West,Li Na,1750000,20,3900,95\nChen Jing,E4,West,Li Na,500000,8,6500,60\nLiu Yang,E5,West,Li Na,900000,15,5000,80\n`;

let dir: string;
const sources = new Map<string, string>();

beforeAll(() => {
  dir = tempDir();
  const template = path.join(dir, 'template.xlsx');
  return cli('template', '--lang', 'en-US', '--roles', 'channel', '--out', template).then(() => {
    const byOpenpyxl = path.join(dir, 'openpyxl.xlsx');
    openpyxlDecorate(template, byOpenpyxl);
    sources.set('openpyxl', byOpenpyxl);
    // The same workbook as LibreOffice writes it (its own chart, comment and drawing XML).
    const [byLibreOffice] = recalculate([byOpenpyxl]);
    const lo = path.join(dir, 'libreoffice.xlsx');
    fs.copyFileSync(byLibreOffice, lo);
    sources.set('libreoffice', lo);
  });
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function userParts(parts: Map<string, Uint8Array>): string[] {
  return [...parts.keys()].filter((p) => /chart|drawing|comment|media|vmlDrawing|\.vml$/.test(p));
}

describe.each(['openpyxl', 'libreoffice'])('a workbook written by %s', (source) => {
  let file: string;
  beforeAll(() => {
    file = path.join(dir, `${source}-work.xlsx`);
    fs.copyFileSync(sources.get(source)!, file);
  });

  test('it has what HR added: a comment, a chart, a picture, an extra sheet, a defined name', () => {
    const parts = packageParts(file);
    const kinds = userParts(parts).join(' ');
    expect(kinds).toMatch(/chart/);
    expect(kinds).toMatch(/comment/);
    expect(kinds).toMatch(/media/);
    expect(sheetParts(parts).has('My notes')).toBe(true);
    expect(strFromU8(parts.get('xl/workbook.xml')!)).toContain('MyBudget');
  });

  test('import changes only the Scores rows and the data line of its sheet', async () => {
    const before = packageParts(file);
    const cellsBefore = openpyxlCells(file);
    const csv = path.join(dir, `${source}.csv`);
    fs.writeFileSync(csv, CSV);
    const run = await cli('import', file, '--csv', csv);
    expect(run.code).toBe(0);
    const after = packageParts(file);
    expect(changedParts(before, after)).toEqual([sheetParts(before).get(SHEET)]);
    const changed = changedCells(cellsBefore, openpyxlCells(file));
    expect(changed.length).toBeGreaterThan(30);
    for (const cell of changed)
      expect([cell, /^Channel specialist!(([A-I])(1[5-9])|B4)$/.test(cell)]).toEqual([cell, true]);
  });

  test('score changes only the cells it plans, in the assessment, Calibration and Talent grid sheets (and styles, the workbook part)', async () => {
    const before = packageParts(file);
    const cellsBefore = openpyxlCells(file);
    const pkg = XlsxPackage.read(fs.readFileSync(file));
    const planned = plannedCells(planWorkbookScoring(pkg.definedNames(), packageReader(pkg)).ops);
    const run = await cli('score', file);
    expect(run.code).toBe(0);
    const after = packageParts(file);
    const sheets = sheetParts(before);
    const allowed = [
      sheets.get(SHEET),
      sheets.get('Calibration'),
      sheets.get('Talent grid'),
      'xl/styles.xml',
      'xl/workbook.xml',
    ];
    // The tool's first charts on the Calibration sheet: new parts, their relationships and content types.
    const calibrationRels = sheets.get('Calibration')!.replace(/([^/]+)$/, '_rels/$1.rels');
    const chartParts = /^\+xl\/(charts\/chart\d+\.xml|drawings\/(drawing\d+\.xml|_rels\/drawing\d+\.xml\.rels))$/;
    const parts = changedParts(before, after);
    for (const p of parts)
      expect([
        p,
        allowed.includes(p) ||
          chartParts.test(p) ||
          [calibrationRels, `+${calibrationRels}`, '[Content_Types].xml'].includes(p),
      ]).toEqual([p, true]);
    expect(parts).toContain(sheets.get(SHEET));
    for (const p of userParts(before))
      expect(Buffer.compare(Buffer.from(before.get(p)!), Buffer.from(after.get(p)!))).toBe(0);
    expect(
      Buffer.compare(
        Buffer.from(before.get(sheets.get('My notes')!)!),
        Buffer.from(after.get(sheets.get('My notes')!)!),
      ),
    ).toBe(0);
    const changed = changedCells(cellsBefore, openpyxlCells(file));
    expect(changed.length).toBeGreaterThan(50);
    for (const cell of changed) expect([cell, planned.has(cell)]).toEqual([cell, true]);
    // The user's defined name is still there, written as it was.
    const workbookXml = strFromU8(after.get('xl/workbook.xml')!);
    const name = /<definedName\b[^>]*name="MyBudget"[^>]*>[^<]*<\/definedName>/.exec(
      strFromU8(before.get('xl/workbook.xml')!),
    )![0];
    expect(workbookXml).toContain(name);
    // Scoring again changes no cell.
    const once = openpyxlCells(file);
    expect((await cli('score', file)).code).toBe(0);
    expect(changedCells(once, openpyxlCells(file))).toEqual([]);
  });

  test('calibrate writes the Calibrated grade cell and one log row; the rest as it was', async () => {
    const cellsBefore = openpyxlCells(file);
    const before = packageParts(file);
    const run = await cli(
      'calibrate',
      file,
      '--employee',
      'E3',
      '--grade',
      'Good',
      '--reason',
      'One-off distributor order',
      '--by',
      'Panel',
    );
    expect(run.code).toBe(0);
    const changed = changedCells(cellsBefore, openpyxlCells(file));
    expect(changed.filter((c) => !c.startsWith('Calibration!'))).toEqual(['Channel specialist!W17']);
    expect(changed.filter((c) => c.startsWith('Calibration!')).length).toBeGreaterThanOrEqual(9);
    for (const p of userParts(before))
      expect(Buffer.compare(Buffer.from(before.get(p)!), Buffer.from(packageParts(file).get(p)!))).toBe(0);
  });

  test('the result opens in LibreOffice and openpyxl, the user content intact', () => {
    const [reopened] = recalculate([file]);
    const cells = openpyxlCells(reopened);
    expect(cells.get('My notes!B5')).toBe('=SUM(B2:B4)');
    expect(cells.get('Channel specialist!A15')).toBe('Zhang Wei');
    expect(userParts(packageParts(reopened)).join(' ')).toMatch(/chart/);
  }, 120_000);
});
