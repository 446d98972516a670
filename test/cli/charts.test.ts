import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { cellValue } from '../support/exceljsReader';
import { printToPdf } from '../support/libreoffice';
import { openpyxlCalibrationChart, packageParts, sheetParts } from '../support/packages';

const SCHEMAS = path.join(__dirname, '..', 'schemas', 'ooxml');

/** xmllint's verdict on a part against an OOXML schema: '' when valid, its complaints otherwise. */
function schemaErrors(xml: string, schema: string): string {
  const file = path.join(tempDir(), 'part.xml');
  fs.writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

const parts = (file: string, prefix: string) =>
  [...packageParts(file).entries()].filter(([p]) => p.startsWith(prefix)).map(([p, b]) => [p, strFromU8(b)] as const);

describe('native charts on the Calibration sheet', () => {
  let file: string;
  beforeAll(async () => {
    const dir = tempDir();
    expect((await cli('demo', '--out', dir, '--lang', 'en-US')).code).toBe(0);
    file = path.join(dir, 'demo.xlsx');
  });

  test('per assessment sheet a grade distribution and a chart by team, valid against the OOXML schemas', () => {
    const charts = parts(file, 'xl/charts/');
    expect(charts).toHaveLength(4);
    for (const [, xml] of charts) expect(schemaErrors(xml, 'dml-chart.xsd')).toBe('');
    const [drawing] = parts(file, 'xl/drawings/drawing');
    expect(schemaErrors(drawing[1], 'dml-spreadsheetDrawing.xsd')).toBe('');
    const names = [...drawing[1].matchAll(/cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['PR_Chart_S1_Grades', 'PR_Chart_S1_Teams', 'PR_Chart_S2_Grades', 'PR_Chart_S2_Teams']);
    // The validator does fail: the same chart with its title after its plot area is refused.
    const [, first] = charts[0];
    const title = /<c:title>[\s\S]*?<\/c:title>/.exec(first)![0];
    const moved = first.replace(title, '').replace('</c:plotArea>', `</c:plotArea>${title}`);
    expect(schemaErrors(moved, 'dml-chart.xsd')).toMatch(/title.*not expected|Element.*title/);
  });

  test("the charts read the live tables: the grade chart its sheet's target rows, the team chart its teams", async () => {
    const xml = parts(file, 'xl/charts/').map(([, x]) => x);
    const grades = xml.find((x) => x.includes('Grade distribution: Channel specialist'))!;
    const refs = [...grades.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    const workbook = await readWorkbook(file);
    const calibration = workbook.getWorksheet('Calibration')!;
    const values = (ref: string) => {
      // $L$16:$L$19, or $L$9 for one cell.
      const [, c1, r1, r2 = r1] = /!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(ref)!;
      const out = [];
      for (let r = Number(r1); r <= Number(r2); r++) out.push(cellValue(calibration.getCell(`${c1}${r}`)));
      return out;
    };
    expect(values(refs[0])).toEqual(['Excellent', 'Good', 'Pass', 'Needs improvement']);
    // The demo's channel sheet: 2 excellent, 1 good, 2 pass, 1 needs improvement; 1 excellent allowed (20 %).
    expect(values(refs[1])).toEqual([2, 1, 2, 1]);
    expect(values(refs[3])).toEqual([1, null, null, null]);
    // Each grade's column in the grade's colour, the same four as the pane's and the sheets'.
    const points = [...grades.matchAll(/<c:dPt><c:idx val="(\d)"\/>[\s\S]*?srgbClr val="(\w+)"/g)];
    expect(points.map((m) => [m[1], m[2]])).toEqual([
      ['0', '5B9B3A'],
      ['1', '4F81BD'],
      ['2', 'E8A33D'],
      ['3', 'C0504D'],
    ]);
    const teams = xml.find((x) => x.includes('Grades by team: Sales'))!;
    const teamRefs = [...teams.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    expect(values(teamRefs[0])).toEqual(['Sales team 1']);
    // Best grade first, each series a grade's count column: 0 excellent, 3 good, 2 pass, 0 needs improvement.
    expect([teamRefs[1], teamRefs[3], teamRefs[5], teamRefs[7]].map((r) => values(r)[0])).toEqual([0, 3, 2, 0]);
  });

  test("scored again, the same charts are written in place; HR's own chart on the sheet stays", async () => {
    const withHrChart = path.join(tempDir(), 'hr.xlsx');
    openpyxlCalibrationChart(file, withHrChart);
    // openpyxl keeps the charts it read, but renames them all ("Chart 1"...): the tool knows its own again
    // by their titles, word for word.
    expect(parts(withHrChart, 'xl/charts/')).toHaveLength(5);
    for (let i = 0; i < 2; i++) expect((await cli('score', withHrChart)).code).toBe(0);
    const charts = parts(withHrChart, 'xl/charts/').map(([, x]) => x);
    expect(charts).toHaveLength(5);
    expect(charts.filter((x) => x.includes('HR own chart'))).toHaveLength(1);
    const drawing = parts(withHrChart, 'xl/drawings/').find(([p]) => p.endsWith('.xml') && !p.includes('_rels'))!;
    expect([...drawing[1].matchAll(/name="PR_Chart_/g)]).toHaveLength(4);
    expect([...drawing[1].matchAll(/name="Chart \d+"/g)]).toHaveLength(1);
  });

  test("each sheet's charts start a page of their own: a chart is never printed cut in two", () => {
    const drawing = parts(file, 'xl/drawings/drawing')[0][1];
    // The grade charts' top rows (0-based in the anchors).
    const tops = [...drawing.matchAll(/name="PR_Chart_S\d_Grades"/g)].map((m) => {
      const anchor = drawing.slice(drawing.lastIndexOf('twoCellAnchor', m.index), m.index);
      return Number(/<(?:xdr:)?row>(\d+)<\/(?:xdr:)?row>/.exec(anchor)![1]);
    });
    const all = packageParts(file);
    const calibration = strFromU8(all.get(sheetParts(all).get('Calibration')!)!);
    const breaks = [...calibration.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(tops).toHaveLength(2);
    // A break's id is the last row of a page, 0-based: the 1-based row before the chart's = its 0-based top.
    expect(breaks).toEqual(tops);
  });

  test("LibreOffice draws them: the PDF of the workbook has the charts' titles and legends", () => {
    const [pdf] = printToPdf([file]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const title of [
      'Grade distribution: Channel specialist',
      'Grades by team: Channel specialist',
      'Grade distribution: Sales',
      'Grades by team: Sales',
    ])
      expect(text).toContain(title);
  });
});
