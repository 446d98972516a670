import { deflateSync, inflateSync } from 'fflate';

/** Raw DEFLATE in the browser (the task pane builds workbooks too: the next cycle's), with fflate. */
/** Inflates into a buffer of the declared size: fflate stops at its end (zip.ts then sees the size is wrong). */
export function inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
  return inflateSync(data, { out: new Uint8Array(maxBytes) });
}

export function deflateRaw(data: Uint8Array, level: 3 | 6): Uint8Array {
  return deflateSync(data, { level });
}

/** No native CRC-32 in a browser: zip.ts computes it. */
export const nativeCrc32: ((d: Uint8Array) => number) | undefined = undefined;
