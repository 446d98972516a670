/// <reference types="office-js" />
import { excelRun } from './run';

/** "Go to cell": activates the sheet and selects the cell, in one sync. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
