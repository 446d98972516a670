/// <reference types="office-js" />
import { excelRun } from './run';
import { cellAddress, columnLetter } from '../../core/a1';
import { assessmentIds, sheetNames } from '../../core/names';
import { cellInput } from './cellInput';
import { assessmentSheets, scoresTables } from '../../core/scoresTables';
import { findName, type NamedRange } from '../../core/snapshot';
import { lastRowOfUsed } from './reads';
import { loadNames, namedRanges } from './names';

/** The status line of the assessment sheet `sheet` (its id's PR_Sx_Status name), if it has one. */
function statusCellOf(names: readonly NamedRange[], sheet: string): NamedRange | undefined {
  const id = assessmentIds(names.map((n) => n.name)).find(
    (i) => findName(names, sheetNames(i).scores)?.sheet.toLowerCase() === sheet.toLowerCase(),
  );
  return id ? findName(names, sheetNames(id).status) : undefined;
}

/**
 * For the ribbon command, which has no UI: writes a message into the status line of the active sheet
 * when it is an assessment sheet, else of the first assessment sheet, and selects it, so the message is
 * where the user looks. The status line is the tool's own cell (every Score sheet rewrites it). Two
 * syncs. Returns false when the workbook has no assessment sheet to show it on.
 */
export async function showOnStatusLine(
  message: (active: string, assessmentSheets: string[]) => string,
): Promise<boolean> {
  return excelRun(async (context) => {
    const items = loadNames(context);
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    const names = namedRanges(items.items);
    const sheets = assessmentSheets(names);
    const target = sheets.find((s) => s.toLowerCase() === active.name.toLowerCase()) ?? sheets[0];
    const status = target ? statusCellOf(names, target) : undefined;
    if (!status) return false;
    const ws = context.workbook.worksheets.getItem(status.sheet);
    const cell = ws.getRange(cellAddress(status.range.r1, status.range.c1));
    cell.formulas = [[cellInput({ value: message(active.name, sheets) })]];
    ws.activate();
    cell.select();
    await context.sync();
    return true;
  });
}

/**
 * Before a long command from the ribbon: the size of the active sheet's Scores table (rows under its
 * header, as far as its key columns go), and `message(rows)` on its status line, the selection left where
 * it is. Two syncs. null when the active sheet is not an assessment sheet (nothing written).
 */
export async function announceOnStatusLine(message: (rows: number) => string): Promise<{ rows: number } | null> {
  return excelRun(async (context) => {
    const items = loadNames(context);
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    const names = namedRanges(items.items);
    const table = scoresTables(names).find((t) => t.sheet.toLowerCase() === active.name.toLowerCase());
    const status = table ? statusCellOf(names, table.sheet) : undefined;
    if (!table || !status) return null;
    const ws = context.workbook.worksheets.getItem(table.sheet);
    const keys = `${columnLetter(table.header.c1)}:${columnLetter(table.header.c1 + 1)}`;
    const used = ws.getRange(keys).getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    await context.sync();
    const rows = Math.max(0, lastRowOfUsed(used) - table.header.r1);
    ws.getRange(cellAddress(status.range.r1, status.range.c1)).formulas = [[cellInput({ value: message(rows) })]];
    await context.sync();
    return { rows };
  });
}
