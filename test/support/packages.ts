import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { PlanOp } from '../../src/layout/plan';
import { cellAddress } from '../../src/core/a1';

/** Every part of an .xlsx package, uncompressed. */
export function packageParts(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(fs.readFileSync(file))));
}

/** Parts whose bytes differ (or that appear or disappear) between two packages. */
export function changedParts(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>): string[] {
  const out: string[] = [];
  for (const [p, bytes] of before) {
    const now = after.get(p);
    if (!now) out.push(`-${p}`);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(now)) !== 0) out.push(p);
  }
  for (const p of after.keys()) if (!before.has(p)) out.push(`+${p}`);
  return out.sort();
}

/** The part path of each worksheet, read from workbook.xml and its relationships (independently of the tool). */
export function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(parts.get('xl/workbook.xml')!);
  const rels = strFromU8(parts.get('xl/_rels/workbook.xml.rels')!);
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])![1],
      /Target="([^"]+)"/.exec(m[0])![1],
    ]),
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/
      .exec(m[0])![1]
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'");
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])![1])!;
    out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

const PYTHON = '/usr/bin/python3';
const TOOL = path.join(__dirname, 'openpyxl_tool.py');

/** openpyxl (python3-openpyxl from Debian) writes the file as HR's other tools do. */
export function openpyxlDecorate(src: string, out: string): void {
  execFileSync(PYTHON, [TOOL, 'decorate', src, out], { stdio: 'pipe' });
}

/** Adds HR's own chart to the Calibration sheet with openpyxl (which drops the charts it read). */
export function openpyxlCalibrationChart(src: string, out: string): void {
  execFileSync(PYTHON, [TOOL, 'calibration-chart', src, out], { stdio: 'pipe' });
}

/** Deletes a defined name with openpyxl, as HR does in Excel's Name Manager. */
export function openpyxlDeleteName(src: string, out: string, name: string): void {
  execFileSync(PYTHON, [TOOL, 'delete-name', src, out, name], { stdio: 'pipe' });
}

/** Every cell of every sheet, read by openpyxl: "sheet!A1" -> value or "=formula". */
export function openpyxlCells(file: string): Map<string, unknown> {
  return new Map(
    Object.entries(JSON.parse(execFileSync(PYTHON, [TOOL, 'dump', file], { encoding: 'utf8', maxBuffer: 1 << 28 }))),
  );
}

/** Every cell a plan writes, as "sheet!A1". */
export function plannedCells(ops: readonly PlanOp[]): Set<string> {
  const out = new Set<string>();
  const add = (sheet: string, r: number, c: number) => out.add(`${sheet}!${cellAddress(r, c)}`);
  for (const op of ops) {
    if (op.kind === 'cells')
      op.cells.forEach((line, i) => line.forEach((c, j) => c !== null && add(op.sheet, op.row + i, op.col + j)));
    if (op.kind === 'fill' || op.kind === 'clear')
      for (let r = op.range.r1; r <= op.range.r2; r++)
        for (let c = op.range.c1; c <= op.range.c2; c++) add(op.sheet, r, c);
  }
  return out;
}

/** Cells whose content differs between two dumps. */
export function changedCells(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}
