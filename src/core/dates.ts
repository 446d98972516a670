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
