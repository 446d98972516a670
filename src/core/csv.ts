/**
 * CSV as Chinese Excel and CRMs export it: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030. A file
 * that is not clearly one of them, or not well-formed, is refused with the line it went wrong on: a
 * stray quote must never swallow the lines after it into one cell.
 */

/** The longest text a cell holds (Excel's limit); a longer field cannot be imported as it is. */
export const CELL_TEXT_LIMIT = 32767;

/** Why a CSV file cannot be read: each has its message in both languages (core/importText.ts). */
export type CsvProblem =
  | { kind: 'workbook' }
  | { kind: 'xls' }
  | { kind: 'utf16-no-bom'; endian: 'LE' | 'BE' }
  | { kind: 'binary' }
  | { kind: 'encoding-unclear' }
  | { kind: 'unterminated-quote'; line: number }
  | { kind: 'text-after-quote'; line: number }
  | { kind: 'too-many-fields'; line: number; fields: number; headers: number }
  | { kind: 'field-too-long'; line: number; column: number; length: number };

export class CsvError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(`CSV: ${problem.kind}`);
  }
}

/** Parsed records and, for each, the 1-based line of the file it starts on (blank lines and lines inside quotes counted). */
export interface CsvTable {
  rows: string[][];
  lines: number[];
}

/** A table built in code (the demo, tests): line numbers as if each row were one line. */
export function csvTable(rows: string[][]): CsvTable {
  return { rows, lines: rows.map((_, i) => i + 1) };
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a BOM: most ASCII characters have a zero byte beside them, on one side. */
function utf16Without(bytes: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'LE';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'BE';
  return null;
}

/**
 * GB18030 that reads as Chinese: every byte sequence valid, and nearly all two-byte characters in the
 * GB2312 range (lead and trail A1-FE) where the Chinese of names, teams and headers lives. Windows-1252,
 * Big5 and Shift-JIS bytes often decode too, but mostly to characters outside it.
 */
function plausibleGb18030(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (next >= 0x30 && next <= 0x39) {
      i += 3; // a four-byte GB18030 sequence: rare in real Chinese text
      pairs++;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && next >= 0xa1 && next <= 0xfe) common++;
    i++;
  }
  return pairs === 0 || common / pairs >= 0.9 ? text : null;
}

/** The text of a CSV file, or a CsvError saying what the file is when it is not text in an encoding read here. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  // A byte-order mark names the encoding; bytes that are not valid in it (GBK after a UTF-8 BOM, say) are
  // refused rather than turned into replacement characters.
  const strict = (encoding: string, from: number) => {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from)), encoding };
    } catch {
      throw new CsvError({ kind: 'encoding-unclear' });
    }
  };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict('utf-8', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return strict('utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return strict('utf-16be', 2);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new CsvError({ kind: 'workbook' });
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new CsvError({ kind: 'xls' });
  const endian = utf16Without(bytes);
  if (endian) throw new CsvError({ kind: 'utf16-no-bom', endian });
  if (bytes.subarray(0, 8192).includes(0)) throw new CsvError({ kind: 'binary' });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = plausibleGb18030(bytes);
    if (text === null) throw new CsvError({ kind: 'encoding-unclear' });
    return { text, encoding: 'gb18030' };
  }
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  for (const d of [',', '\t', ';']) if (firstLine.includes(d)) return d;
  return ',';
}

/**
 * RFC 4180 records; the delimiter is a comma, or a tab / semicolon when the header line has none. Blank
 * lines are skipped (their numbers still count). Refused, naming the line: a quote never closed, text
 * after a closing quote, a record with more fields than the header, a field longer than a cell holds.
 * A quote inside an unquoted field ("12" screen") is kept as a character, as Excel reads it.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    if (field.length > CELL_TEXT_LIMIT)
      throw new CsvError({ kind: 'field-too-long', line: rowLine, column: row.length + 1, length: field.length });
    row.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    if (row.some((c) => c.trim() !== '')) {
      rows.push(row);
      lines.push(rowLine);
      if (rows.length > 1 && row.length > rows[0].length && row.slice(rows[0].length).some((c) => c.trim() !== ''))
        throw new CsvError({ kind: 'too-many-fields', line: rowLine, fields: row.length, headers: rows[0].length });
    }
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (afterQuote) {
      if (ch === ' ' || ch === '\t') continue;
      throw new CsvError({ kind: 'text-after-quote', line });
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else field += ch;
  }
  if (quoted) throw new CsvError({ kind: 'unterminated-quote', line: quoteLine });
  if (field !== '' || row.length) endRow();
  return { rows, lines };
}
