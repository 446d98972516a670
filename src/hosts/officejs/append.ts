/// <reference types="office-js" />
import { rangeAddress } from '../../core/a1';
import type { CellValue, RangeRef } from '../../core/types';
import { coreGrid } from './reads';

/**
 * Appending a row to a log (the calibration log) while co-authors may append too. The row's place comes
 * from a read, and the write goes in a later request: someone else's row can land there in between. So
 * what the row held just before the write is read in the same request as the write, and the row as
 * written is read back at the end; when the place was taken, theirs is put back and ours moves down.
 */

export interface AppendedRow {
  sheet: string;
  /** The row it went to (1-based). */
  row: number;
  /** As Excel read it back. */
  values: CellValue[];
}

export interface AppendCheck {
  sheet: string;
  range: RangeRef;
  before: Excel.Range;
  /** Queues the read-back into the writes' last request. */
  readBack(): void;
  written?: Excel.Range;
}

/** Queued before the writes: what the row holds just then. */
export function queueAppendCheck(context: Excel.RequestContext, at: { sheet: string; range: RangeRef }): AppendCheck {
  const sheet = context.workbook.worksheets.getItem(at.sheet);
  const check: AppendCheck = {
    ...at,
    before: sheet.getRange(rangeAddress(at.range)).load('values'),
    readBack: () => void (check.written = sheet.getRange(rangeAddress(at.range)).load('values')),
  };
  return check;
}

const isEmptyRow = (values: readonly unknown[]) => values.every((v) => v === '' || v === null || v === undefined);

/** After the writes: where our row is, moved down when a co-author's row had landed in its place. */
export async function appendRow(context: Excel.RequestContext, check: AppendCheck): Promise<AppendedRow> {
  const ours = check.written ? coreGrid(check.written.values)[0] : [];
  if (isEmptyRow(check.before.values[0])) return { sheet: check.sheet, row: check.range.r1, values: ours };
  const sheet = context.workbook.worksheets.getItem(check.sheet);
  const moved = await moveRow(context, sheet, check.range, check.before.values[0], ours);
  return { sheet: check.sheet, row: moved.at, values: moved.row };
}

/** How many rows below a taken log row are looked at for a free one, and how often it is tried. */
const LOOKAHEAD = 20;
const ATTEMPTS = 3;

/**
 * Someone appended between our read and our write, so our row went over theirs. Theirs is put back, and
 * ours goes to the first free row below (checked again in the same request as the write, a few times at
 * most): the log stays append-only and keeps both decisions.
 */
async function moveRow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  taken: RangeRef,
  theirs: unknown[],
  ours: CellValue[],
): Promise<{ row: CellValue[]; at: number }> {
  const width = taken.c2 - taken.c1 + 1;
  const takenRange = sheet.getRange(rangeAddress(taken));
  takenRange.values = [theirs as (string | number | boolean)[]];
  // Our row's look (the date's format) goes with it.
  const formats = takenRange.load('numberFormat');
  let from = taken.r1 + 1;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const below = sheet
      .getRange(rangeAddress({ r1: from, c1: taken.c1, r2: from + LOOKAHEAD - 1, c2: taken.c2 }))
      .load('values');
    // Bounded retries against another co-author's append, not a loop over the data.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const free = below.values.findIndex((r) => isEmptyRow(r));
    const at = from + (free < 0 ? LOOKAHEAD : free);
    const address = rangeAddress({ r1: at, c1: taken.c1, r2: at, c2: taken.c2 });
    // Loaded before the write, in the same request: what the row held just then.
    const check = sheet.getRange(address).load('values');
    const target = sheet.getRange(address);
    target.values = [ours.slice(0, width).map((v) => (v === null ? '' : v)) as (string | number | boolean)[]];
    target.numberFormat = formats.numberFormat;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (isEmptyRow(check.values[0])) return { row: ours, at };
    // Another append landed there too: put it back and look further down.
    target.values = check.values;
    from = at + 1;
  }
  // Said like Excel's own co-authoring conflict (errors.ts), in the user's language: wait and try again.
  throw Object.assign(new Error('the calibration log kept changing under co-authors'), { code: 'Conflict' });
}
