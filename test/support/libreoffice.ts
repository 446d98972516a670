import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * LibreOffice Calc as an independent formula engine: converts .xlsx files headless with a profile that
 * forces a full recalculation on load (otherwise it keeps the cached results the file carries).
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Recalculates each file in LibreOffice; returns the paths of the recalculated copies, in order. */
export function recalculate(files: string[]): string[] {
  return convert(files, 'xlsx:Calc MS Excel 2007 XML', 'xlsx');
}

/** Each file printed by LibreOffice (recalculated first) to PDF; returns the PDFs' paths, in order. */
export function printToPdf(files: string[]): string[] {
  return convert(files, 'pdf', 'pdf');
}

function convert(files: string[], target: string, extension: string): string[] {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-lo-'));
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  const outDir = path.join(work, 'out');
  fs.mkdirSync(outDir);
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return files.map((f) => {
    const out = path.join(outDir, path.basename(f).replace(/\.xlsx$/, `.${extension}`));
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${f}`);
    return out;
  });
}

/**
 * LibreOffice with a Basic module of ours (Standard.Module1) in a fresh profile: `call` runs one of its
 * macros headless (`Module1.Name("arg", ...)`). The first start creates the profile's Standard library,
 * then the module replaces Module1.
 */
export function macroRunner(moduleXml: string): { call: (macro: string) => void; dir: string } {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-lo-macro-'));
  const profile = path.join(dir, 'profile');
  const run = (args: string[]) =>
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], {
      stdio: 'pipe',
      timeout: 1_800_000,
    });
  const warm = path.join(dir, 'warm.csv');
  fs.writeFileSync(warm, 'a\n1\n');
  run(['--convert-to', 'xlsx', '--outdir', path.join(dir, 'warm'), warm]);
  fs.writeFileSync(path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), moduleXml);
  return { call: (macro) => void run([`macro:///Standard.Module1.${macro}`]), dir };
}
