import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { labels } from '../src/core/labels';
import { eightIndicatorPreset } from '../test/support/workbooks';
import { readAssessmentSheets } from '../src/core/snapshot';
import { applyPlan, blankPackage, packageReader } from '../src/hosts/xlsx/workbook';
import { assessmentSheetOps } from '../src/layout/assessmentSheet';
import { calibrationSheetOps } from '../src/layout/calibrationSheet';
import { rulesSheetOps } from '../src/layout/rulesSheet';
import { talentGridSheetOps } from '../src/layout/talentGridSheet';
import { TALENT_WORDS } from '../src/core/talentText';
import { computedColumns } from '../src/core/columns';

const EIGHT = { ...eightIndicatorPreset(), title: { 'zh-CN': 'Bench', 'en-US': 'Bench' } };

/**
 * A workbook as HR has it before the first Score: Rules, one sheet of `count` employees x 8 indicators
 * in `teams` teams with as many supervisors (each team its own), a potential for most, Calibration and
 * the Talent grid.
 */
export function benchWorkbook(count: number, file: string, teams = 10): void {
  const pkg = blankPackage();
  applyPlan(pkg, rulesSheetOps(labels('en-US').rulesSheet, 'en-US'));
  applyPlan(pkg, assessmentSheetOps({ id: 'S1', sheet: 'Bench', preset: EIGHT, lang: 'en-US', cycle: '2026' }));
  applyPlan(pkg, calibrationSheetOps(labels('en-US').calibrationSheet, 'en-US'));
  applyPlan(pkg, talentGridSheetOps(TALENT_WORDS['en-US'].gridSheet, 'en-US'));
  const sheet = pkg.sheet('Bench');
  const header = readAssessmentSheets(pkg.definedNames(), packageReader(pkg))[0].scoresHeader;
  const first = header.r1 + 1;
  const potential = computedColumns(header.c2 + 1, EIGHT.indicators.length).potential;
  const levels = ['High', 'Medium', 'Low', ''];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const row = first + i;
    const cells = [
      `P${i}`,
      `E${i}`,
      `T${i % teams}`,
      `Boss ${i % teams}`,
      '',
      Math.round(2000000 * next()),
      Math.round(40 * next()),
      3000 + Math.round(4000 * next()),
      Math.round(600 * next()),
      next() / 10,
      Math.round(next() * 100),
      Math.round(next() * 100),
      Math.round(next() * 100),
    ];
    cells.forEach((value, j) => value !== '' && sheet.write(row, j + 1, { kind: 'value', value }));
    const level = levels[i % levels.length];
    if (level) sheet.write(row, potential, { kind: 'value', value: level });
  }
  fs.writeFileSync(file, pkg.toBytes());
}

export function cliBench(counts = [1000, 10000, 50000]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-bench-'));
  const lines: string[] = [];
  const main = path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js');
  if (!fs.existsSync(main)) return ['cli score: lib/ is not built (npm run build:cli)'];
  const runner = path.join(dir, 'peak.js');
  // A child process per run, so each figure is one command's own peak resident memory (maxRSS).
  fs.writeFileSync(
    runner,
    `require(${JSON.stringify(main)}).main(process.argv.slice(2), { out: () => {}, err: (t) => process.stderr.write(t + '\\n') }).then((code) => process.stdout.write(JSON.stringify({ code, peakKb: process.resourceUsage().maxRSS })));\n`,
  );
  const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p));
  const profile = path.join(dir, 'lo-profile');
  const libreOffice = (file: string): string => {
    if (!soffice) return '';
    const t0 = performance.now();
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        path.join(dir, 'lo'),
        file,
      ],
      { stdio: 'pipe', timeout: 900_000 },
    );
    return `; LibreOffice load and save of the same file ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  };
  // A first conversion creates LibreOffice's profile, so the timed ones measure loading and saving only.
  if (soffice) {
    benchWorkbook(10, path.join(dir, 'warm.xlsx'));
    libreOffice(path.join(dir, 'warm.xlsx'));
  }
  const score = (input: string, output: string) => {
    const start = performance.now();
    const out = execFileSync(process.execPath, [runner, 'score', input, '--out', output], { encoding: 'utf8' });
    const { code, peakKb } = JSON.parse(out) as { code: number; peakKb: number };
    return `${((performance.now() - start) / 1000).toFixed(1)} s, peak ${(peakKb / 1024).toFixed(0)} MB, exit ${code}, input ${(fs.statSync(input).size / 1e6).toFixed(1)} MB`;
  };
  for (const count of counts) {
    const file = path.join(dir, `bench-${count}.xlsx`);
    const scored = path.join(dir, `scored-${count}.xlsx`);
    benchWorkbook(count, file);
    lines.push(
      `cli score    ${String(count).padStart(6)} x 8, first score: ${score(file, scored)}${libreOffice(file)}`,
    );
    lines.push(
      `cli score    ${String(count).padStart(6)} x 8, scored again: ${score(scored, path.join(dir, `again-${count}.xlsx`))}${libreOffice(scored)}`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return lines;
}
