#!/usr/bin/env node
/**
 * The task pane's initial JavaScript: every script taskpane.html loads from the build, gzipped.
 * `node scripts/bundle-size.js [dist]` prints it and exits 1 above the 300 KB budget (issue 3).
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUDGET_BYTES = 300 * 1024;

function initialScripts(distDir) {
  const html = fs.readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

function measure(distDir) {
  const files = initialScripts(distDir).map((src) => {
    const bytes = fs.readFileSync(path.join(distDir, src));
    return { file: src, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const gzipBytes = files.reduce((n, f) => n + f.gzipBytes, 0);
  return { files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzipBytes, budgetBytes: BUDGET_BYTES };
}

if (require.main === module) {
  const result = measure(path.resolve(process.argv[2] ?? 'dist'));
  for (const f of result.files)
    console.log(`${f.file}: ${(f.bytes / 1024).toFixed(1)} KB, gzip ${(f.gzipBytes / 1024).toFixed(1)} KB`);
  console.log(
    `initial task pane JS: gzip ${(result.gzipBytes / 1024).toFixed(1)} KB (budget ${result.budgetBytes / 1024} KB)`,
  );
  if (result.files.length === 0 || result.gzipBytes > result.budgetBytes) process.exit(1);
}

module.exports = { measure, BUDGET_BYTES };
