/// <reference types="office-js" />
import { mentionedAssessmentIds } from '../../core/names';
import { excelRun } from './run';

/** Where a workbook stands in the cycle, for the pane to open there. */
export type WorkbookStage = 'setup' | 'scoring';

/**
 * 'setup' while the workbook has no assessment sheet of the tool's (templates and import come first),
 * 'scoring' once it has one. One sync: the workbook's names.
 */
export function workbookStage(): Promise<WorkbookStage> {
  return excelRun(async (context) => {
    // Only the names are read (loadNames also loads what the commands parse).
    const names = context.workbook.names.load('items/name');
    await context.sync();
    return mentionedAssessmentIds(names.items.map((n) => n.name)).length ? 'scoring' : 'setup';
  });
}
