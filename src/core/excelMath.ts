/**
 * ROUND as Excel and LibreOffice compute it: half away from zero, after trimming the binary noise
 * beyond 15 significant digits (so 79.95 rounds to 80.0 as the user reads it, not 79.9).
 */
export function excelRound(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const raw = Math.abs(value) * factor;
  // Far from a tie, binary noise cannot change the result: skip the costly decimal trim.
  const fraction = raw - Math.floor(raw);
  const scaled = Math.abs(fraction - 0.5) > 1e-6 ? raw : Number(raw.toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}
