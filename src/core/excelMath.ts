/**
 * ROUND as Excel and LibreOffice compute it: half away from zero, after trimming the binary noise
 * beyond 15 significant digits (so 79.95 rounds to 80.0 as the user reads it, not 79.9).
 */
export function excelRound(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}
