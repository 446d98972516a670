/// <reference types="office-js" />
import type { RangeRef } from '../../core/types';

/**
 * One number format for a whole range. Office applies a single string to every cell (OfficeDev/
 * office-js-docs-pr#2013), so the request does not grow with the rows; but Microsoft's reference now
 * describes only the 2-D array the typings declare. So the first request that sets one uses the string,
 * and when Excel refuses it (InvalidArgument at Range.numberFormat) the add-in switches to the array for
 * the rest of the session and sends that request's remaining writes again (writes.ts).
 */
let form: 'string' | 'grid' | undefined;

/** Queues the format on the range, in the form this Excel takes. */
export function setNumberFormat(range: Excel.Range, area: RangeRef, format: string): void {
  if (form === 'grid') {
    const row = new Array<string>(area.c2 - area.c1 + 1).fill(format);
    range.numberFormat = Array.from({ length: area.r2 - area.r1 + 1 }, () => row.slice());
  } else (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Whether the form is still to be learnt (no request with a number format has been answered yet). */
export function numberFormatFormUnknown(): boolean {
  return form === undefined;
}

/** A request with number formats went through: the string form works here. */
export function numberFormatStringWorks(): void {
  form ??= 'string';
}

/**
 * A request failed: true when it was the string form Excel refused (then the array form is used from
 * now on, and nothing after the refused call was applied).
 */
export function numberFormatStringRefused(error: unknown): boolean {
  const e = error as { code?: string; debugInfo?: { errorLocation?: string } } | null;
  if (form !== undefined || e?.code !== 'InvalidArgument' || !/numberFormat/i.test(e.debugInfo?.errorLocation ?? ''))
    return false;
  form = 'grid';
  return true;
}

/** Tests: forget what was learnt. */
export function resetNumberFormatForm(): void {
  form = undefined;
}
