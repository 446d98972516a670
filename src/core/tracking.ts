import type { CellValue } from './types';

/**
 * The weekly review of improvement measures (guide step 5: the department head checks progress every
 * week): a measure is overdue when its deadline has passed and its status is not done; stale when it
 * has had no progress note for more than 7 days (counted from the conversation while there is none).
 * Mirrors the register's formulas (layout/registerSheet.ts); dates are Excel serials.
 */
export const STALE_DAYS = 7;

export interface MeasureRow {
  measure: string;
  deadline: CellValue;
  status: string;
  noteDate: CellValue;
}

const isDone = (status: string, done: string) => status.trim().toLowerCase() === done.toLowerCase();

export function overdue(m: MeasureRow, today: number, done: string): boolean {
  return typeof m.deadline === 'number' && m.deadline < today && !isDone(m.status, done);
}

export function stale(m: MeasureRow, today: number, conversation: CellValue, done: string): boolean {
  if (m.measure.trim() === '' || isDone(m.status, done)) return false;
  const since = typeof m.noteDate === 'number' ? m.noteDate : typeof conversation === 'number' ? conversation : null;
  return since !== null && today - since > STALE_DAYS;
}
