import fs from 'node:fs';
import path from 'node:path';
import { macroRunner } from './libreoffice';

/** An edit a person makes in LibreOffice Calc between two runs of the tool. */
export type Edit =
  | { op: 'insertColumn' | 'deleteColumn' | 'insertRow' | 'deleteRow'; sheet: string; index: number }
  | { op: 'renameSheet'; sheet: string; to: string }
  /** Sorts rows first..last (1-based) of the used columns by column `key` (0-based), descending. */
  | { op: 'sortRows'; sheet: string; first: number; last: number; key: number };

/**
 * A LibreOffice Basic macro applying each line of a job file ("in|out|sheet|op|a|b|c") and saving the
 * result as .xlsx, as a person editing in Calc and saving would: Calc moves the defined names, formulas
 * and cells itself.
 */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub EditAll(jobPath As String)
  f = FreeFile()
  Open jobPath For Input As #f
  Do While Not EOF(f)
    Line Input #f, job
    If Len(job) &gt; 0 Then EditOne(Split(job, &quot;|&quot;))
  Loop
  Close #f
End Sub

Sub EditOne(p)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(p(0)), &quot;_blank&quot;, 0, args())
  sh = doc.Sheets.getByName(p(2))
  Select Case p(3)
    Case &quot;insertColumn&quot;
      sh.Columns.insertByIndex(CLng(p(4)), 1)
    Case &quot;deleteColumn&quot;
      sh.Columns.removeByIndex(CLng(p(4)), 1)
    Case &quot;insertRow&quot;
      sh.Rows.insertByIndex(CLng(p(4)), 1)
    Case &quot;deleteRow&quot;
      sh.Rows.removeByIndex(CLng(p(4)), 1)
    Case &quot;renameSheet&quot;
      sh.setName(p(4))
    Case &quot;sortRows&quot;
      used = sh.createCursor()
      used.gotoEndOfUsedArea(False)
      rng = sh.getCellRangeByPosition(0, CLng(p(4)) - 1, used.getRangeAddress().EndColumn, CLng(p(5)) - 1)
      Dim fields(0) As New com.sun.star.table.TableSortField
      fields(0).Field = CLng(p(6))
      fields(0).IsAscending = False
      Dim desc(0) As New com.sun.star.beans.PropertyValue
      desc(0).Name = &quot;SortFields&quot;
      desc(0).Value = fields()
      rng.sort(desc())
  End Select
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(ConvertToURL(p(1)), out())
  doc.close(True)
End Sub
</script:module>
`;

/** Applies each edit to a copy of its file in LibreOffice (one start for all); returns the edited copies. */
export function editInLibreOffice(jobs: { file: string; edit: Edit }[]): string[] {
  const lo = macroRunner(MACRO);
  const outs = jobs.map((_, i) => path.join(lo.dir, `edited-${i}.xlsx`));
  const lines = jobs.map(({ file, edit }, i) => {
    const args =
      edit.op === 'renameSheet' ? [edit.to] : edit.op === 'sortRows' ? [edit.first, edit.last, edit.key] : [edit.index];
    return [file, outs[i], edit.sheet, edit.op, ...args].join('|');
  });
  const job = path.join(lo.dir, 'jobs.txt');
  fs.writeFileSync(job, lines.join('\n') + '\n');
  lo.call(`EditAll("${job}")`);
  for (const out of outs) if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return outs;
}
