const pad = (n: number) => String(n).padStart(2, '0');

/** Today as the user's clock says it, YYYY-MM-DD (not UTC: in China UTC is yesterday until 08:00). */
export function localDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-11-27 14:05" in local time. */
export function localDateTime(now: Date = new Date()): string {
  return `${localDate(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
