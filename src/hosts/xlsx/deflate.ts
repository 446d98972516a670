import zlib from 'node:zlib';

/**
 * Raw DEFLATE for the zip container: Node's zlib for the command line (fast on a 100 MB sheet). The task
 * pane's build swaps this module for deflate.browser.ts (webpack.config.js), which uses fflate.
 */
/** Inflates at most `maxBytes` (+1, so that more is seen as more): zlib stops there instead of filling memory. */
export function inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
  return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes + 1) });
}

export function deflateRaw(data: Uint8Array, level: 3 | 6): Uint8Array {
  return zlib.deflateRawSync(data, { level });
}

/** zlib's CRC-32 where this Node has it (20.15 and later), else none (zip.ts computes it). */
export const nativeCrc32 = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
