import fs from 'node:fs';
import path from 'node:path';
import { XlsxPackage, saveWorkbook, scoreWorkbook } from '../src/hosts/xlsx/workbook';
import { macroRunner, sofficePath } from '../test/support/libreoffice';
import { benchWorkbook } from './cliScore';

/** A LibreOffice Basic macro: opens a workbook hidden, times a full recalculation and one edit (ms). */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub TimeRecalc(path As String, sheetName As String, cellName As String, outPath As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), &quot;_blank&quot;, 0, args())
  t0 = GetSystemTicks()
  doc.calculateAll()
  t1 = GetSystemTicks()
  cell = doc.Sheets.getByName(sheetName).getCellRangeByName(cellName)
  t2 = GetSystemTicks()
  cell.setValue(cell.getValue() + 1)
  doc.calculate()
  t3 = GetSystemTicks()
  f = FreeFile()
  Open outPath For Output As #f
  Print #f, (t1 - t0) &amp; &quot; &quot; &amp; (t3 - t2)
  Close #f
  doc.close(True)
End Sub
</script:module>
`;

/**
 * Live formulas that stay fast when the workbook grows: a scored workbook in LibreOffice, a full
 * recalculation and one edit of an actual value, timed by a macro inside LibreOffice, with 10 teams
 * (each with its supervisor) and with one team and supervisor per 10 employees. The per-team and
 * per-supervisor figures read only their own rows, so the second should cost about what the first does.
 */
export function recalcBench(counts = [1000, 10000, 50000]): string[] {
  if (!sofficePath()) return ['recalc: LibreOffice is not installed'];
  const lo = macroRunner(MACRO);
  const dir = lo.dir;
  const lines: string[] = [];
  for (const count of counts) {
    const figures: string[] = [];
    for (const teams of [10, Math.max(1, Math.floor(count / 10))]) {
      const file = path.join(dir, `scored-${count}-${teams}.xlsx`);
      benchWorkbook(count, file, teams);
      const pkg = XlsxPackage.read(fs.readFileSync(file));
      scoreWorkbook(pkg, 'en-US');
      saveWorkbook(pkg, file);
      const out = path.join(dir, `times-${count}-${teams}.txt`);
      lo.call(`TimeRecalc("${file}","Bench","F20","${out}")`);
      const [full, edit] = fs.readFileSync(out, 'utf8').trim().split(/\s+/).map(Number);
      figures.push(
        `${teams} teams and supervisors: full ${(full / 1000).toFixed(2)} s, one edit ${(edit / 1000).toFixed(2)} s`,
      );
    }
    lines.push(`recalc  ${String(count).padStart(6)} x 8 in LibreOffice: ${figures.join('; ')}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return lines;
}
