/// <reference types="office-js" />
import { catalogue } from '../../core/catalogue';
import type { Lang } from '../../core/types';

/**
 * A protected sheet (Review > Protect Sheet) refuses every write with a generic error, after the writes
 * queued before it have been applied. So a command that writes loads the protection of every sheet it
 * will write, with its first reads, and stops before writing anything when one is protected, naming it
 * and saying how to unprotect it.
 */
export class ProtectedSheetError extends Error {
  readonly code = 'sheet-protected';
  constructor(
    readonly sheet: string,
    message: string,
  ) {
    super(message);
  }
}

const PROTECTED = catalogue(
  (sheet: string) =>
    `The sheet "${sheet}" is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet), try again, then protect it again if you wish.`,
  (sheet: string) =>
    `工作表"${sheet}"受保护，因此未写入任何内容。请先取消保护（审阅 > 撤消工作表保护）后重试，之后可再次保护。`,
);

/** Queues the protection loads; after the sync, the returned function throws for the first protected sheet. */
export function queueProtection(context: Excel.RequestContext, sheets: readonly string[], lang: Lang): () => void {
  const loads = sheets.map((sheet) => ({
    sheet,
    protection: context.workbook.worksheets.getItem(sheet).protection.load('protected'),
  }));
  return () => {
    const locked = loads.find((l) => l.protection.protected);
    if (locked) throw new ProtectedSheetError(locked.sheet, PROTECTED.of(lang)(locked.sheet));
  };
}
