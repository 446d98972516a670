import { deflateRaw, inflateRaw, nativeCrc32 } from './deflate';

/**
 * The zip container of an .xlsx, read and written with raw DEFLATE (deflate.ts: Node's zlib; in the pane, fflate). Parts the tool does not change are
 * copied in their compressed form, so they come out exactly as they went in and cost nothing to keep.
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  /** The compressed bytes as stored in the file. */
  raw: Uint8Array;
}

export class ZipError extends Error {
  /** The workbook file, where the package knows it (hosts/xlsx/package.ts). */
  file = '';
  constructor(
    readonly kind: 'damaged' | 'encrypted' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of the zip format (zlib's own where this Node has it: deflate.ts). */
export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * What the tool inflates at most: far above any real workbook (a sheet of 50,000 employees is about 100 MB
 * of XML), far below what would exhaust memory. A zip that declares more is not a workbook read here.
 */
export const MAX_PART_BYTES = 1 << 30;
export const MAX_TOTAL_BYTES = 2 * (1 << 30) - 1;

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipError('damaged', 'no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('damaged', 'zip64 is not supported');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new ZipError('damaged', 'bad central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new ZipError('encrypted', name);
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50)
      throw new ZipError('damaged', `bad local header of ${name}`);
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (start + compressedSize > bytes.length) throw new ZipError('damaged', `${name} is cut off`);
    if (method !== 0 && method !== 8) throw new ZipError('damaged', `${name}: compression method ${method}`);
    entries.push({
      name,
      method,
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size: view.getUint32(at + 24, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      raw: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (entries.some((e) => e.size > MAX_PART_BYTES) || total > MAX_TOTAL_BYTES)
    throw new ZipError('too-large', `${total} bytes uncompressed`);
  return entries;
}

/** A part's bytes, never more than its declared size (a zip bomb declares little and inflates to gigabytes). */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  try {
    const data = entry.method === 0 ? entry.raw : inflateRaw(entry.raw, entry.size);
    if (data.length !== entry.size || crc32(data) !== entry.crc) throw new Error('checksum');
    return data;
  } catch {
    throw new ZipError('damaged', `${entry.name} does not decompress`);
  }
}

function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    date: (Math.max(0, now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

export function deflateEntry(name: string, data: Uint8Array, now = new Date()): ZipEntry {
  // Large parts (a sheet of 50,000 employees is 100 MB of XML) at level 3: twice as fast as 6, 15% larger.
  const raw = deflateRaw(data, data.length > 4_000_000 ? 3 : 6);
  return { name, method: 8, crc: crc32(data), compressedSize: raw.length, size: data.length, ...dosTime(now), raw };
}

/** The fields a local header and a central directory record share, in the same order (from `at`). */
function sharedFields(header: DataView, at: number, e: ZipEntry, nameLength: number): void {
  header.setUint16(at, 0x0800, true); // UTF-8 names
  header.setUint16(at + 2, e.method, true);
  header.setUint16(at + 4, e.time, true);
  header.setUint16(at + 6, e.date, true);
  header.setUint32(at + 8, e.crc, true);
  header.setUint32(at + 12, e.compressedSize, true);
  header.setUint32(at + 16, e.size, true);
  header.setUint16(at + 20, nameLength, true);
}

/** Byte arrays one after the other (what Buffer.concat does, in any JavaScript). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const record = (size: number) => {
    const bytes = new Uint8Array(size);
    return { bytes, view: new DataView(bytes.buffer) };
  };
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const local = record(30 + name.length);
    local.view.setUint32(0, 0x04034b50, true);
    local.view.setUint16(4, 20, true);
    sharedFields(local.view, 6, e, name.length);
    local.bytes.set(name, 30);
    const dir = record(46 + name.length);
    dir.view.setUint32(0, 0x02014b50, true);
    dir.view.setUint16(4, 20, true);
    dir.view.setUint16(6, 20, true);
    sharedFields(dir.view, 8, e, name.length);
    dir.view.setUint32(42, offset, true);
    dir.bytes.set(name, 46);
    chunks.push(local.bytes, e.raw);
    central.push(dir.bytes);
    offset += local.bytes.length + e.raw.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = record(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, centralSize, true);
  end.view.setUint32(16, offset, true);
  return concatBytes([...chunks, ...central, end.bytes]);
}
