#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons as real PNGs with nothing but zlib, so the icons can be
 * regenerated without an image editor: `node scripts/make-icons.js` writes assets/*.png.
 * Three shapes: the app (a green tile with a rising bar chart), Score sheet (a green disc with a tick)
 * and Flagged rows (a green disc with a funnel over a flag-coloured row).
 * Edges are 4x4 supersampled so the small sizes stay smooth.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA rows -> PNG (colour type 6, 8 bits, filter 0 on every row). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `paint(u, v)` returns a colour or null for transparent, in unit coordinates (0..1, y down). */
function render(size, paint) {
  const SS = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const colour = paint((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return out;
}

function insideRoundedSquare(u, v, inset, radius) {
  const lo = inset,
    hi = 1 - inset;
  if (u < lo || u > hi || v < lo || v > hi) return false;
  const cx = Math.min(Math.max(u, lo + radius), hi - radius);
  const cy = Math.min(Math.max(v, lo + radius), hi - radius);
  return (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
}

/** A tile with three rising bars: the workbook's scores. */
function appIcon(u, v) {
  if (!insideRoundedSquare(u, v, 0.04, 0.16)) return null;
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.4],
    [0.64, 0.8, 0.22],
  ];
  for (const [x1, x2, top] of bars) if (u >= x1 && u <= x2 && v >= top && v <= 0.8) return WHITE;
  return GREEN;
}

function distanceToSegment(u, v, [x1, y1], [x2, y2]) {
  const dx = x2 - x1,
    dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(u - (x1 + t * dx), v - (y1 + t * dy));
}

/** A disc with a tick: "score and check this sheet". */
function scoreIcon(u, v) {
  if ((u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.46 ** 2) return null;
  const a = [0.28, 0.52],
    b = [0.44, 0.68],
    c = [0.74, 0.36];
  const stroke = 0.075;
  if (distanceToSegment(u, v, a, b) <= stroke || distanceToSegment(u, v, b, c) <= stroke) return WHITE;
  return GREEN;
}

/** Inside the triangle a-b-c (any winding). */
function insideTriangle(u, v, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (u - bx) * (ay - by) - (ax - bx) * (v - by);
  const d2 = (u - cx) * (by - cy) - (bx - cx) * (v - cy);
  const d3 = (u - ax) * (cy - ay) - (cx - ax) * (v - ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/** A disc with a funnel: "filter to the flagged rows". */
function flaggedIcon(u, v) {
  if ((u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.46 ** 2) return null;
  // The funnel's bowl (a triangle cut by its top edge) and its stem.
  if (v >= 0.26 && insideTriangle(u, v, [0.2, 0.26], [0.8, 0.26], [0.5, 0.6])) return WHITE;
  if (u >= 0.44 && u <= 0.56 && v >= 0.5 && v <= 0.78) return WHITE;
  return GREEN;
}

const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, paint: appIcon })),
  ...[16, 32, 80].map((size) => ({ file: `score-${size}.png`, size, paint: scoreIcon })),
  ...[16, 32, 80].map((size) => ({ file: `flagged-${size}.png`, size, paint: flaggedIcon })),
];

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    fs.writeFileSync(path.join(dir, icon.file), encodePng(icon.size, render(icon.size, icon.paint)));
    console.log(`assets/${icon.file} ${icon.size}x${icon.size}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, render };
