import type { CellValue } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as the user's clock says it, YYYY-MM-DD (not UTC: in China UTC is yesterday until 08:00). */
export function localDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-11-27 14:05" in local time. */
export function localDateTime(now: Date = new Date()): string {
  return `${localDate(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Day 0 of Excel's 1900 date system, as the serial numbers count it (it counts 1900-02-29, so from 1899-12-30). */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** "2026-12-01" as the serial number Excel and LibreOffice store for that date. */
export function dateSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
}

/** A date serial as "YYYY-MM-DD" (the time of day, if any, left out). */
export function isoDate(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}

/** A cell that holds a date: its serial number shown as "YYYY-MM-DD", text as it is. */
export function dateText(v: CellValue): string {
  return typeof v === 'number' ? isoDate(v) : v === null ? '' : String(v).trim();
}

export const DATE_FORMAT = 'yyyy-mm-dd';

/** Whether y-m-d is a day of the calendar (2024-02-30 is not). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "YYYY-MM-DD" of a real calendar day, else null ("2024-02-30", "2024-2-3", "tomorrow"). */
export function strictIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text.trim());
  return m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? m[0] : null;
}

/**
 * A date as people type it in either locale: 2024-11-30, 2024/11/30, 2024.11.30, 2024年11月30日 (year
 * first), 30.11.2024 (day first, with dots). `impossible` for a form that names no real day (2024-02-30);
 * null when the text is not a date at all. Slashes with the year last (11/30/2024) are not read: day and
 * month could be either way round.
 */
export function readTypedDate(text: string): { iso: string } | { impossible: true } | null {
  const t = text.trim().replace(/\s+/g, '');
  const yearFirst = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/.exec(t);
  const dayFirst = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const parts = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number);
  if (!isCalendarDate(y, m, d)) return { impossible: true };
  return { iso: `${y}-${pad(m)}-${pad(d)}` };
}
