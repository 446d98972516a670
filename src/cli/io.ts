import fs from 'node:fs';
import path from 'node:path';
import { mentionedAssessmentIds, RULE_NAMES } from '../core/names';
import type { Lang } from '../core/types';
import { LANGS, langOfCell } from '../core/types';
import { loadWorkbook, saveWorkbook, WorkbookFileError, type XlsxPackage } from '../hosts/xlsx/workbook';
import { acquireLock, LockBusyError } from '../hosts/xlsx/lock';
import { realTarget } from '../hosts/xlsx/files';
import { ZipError } from '../hosts/xlsx/zip';
import { cliText } from './text';

/** A failure the user can act on: exit code and message, no stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!(LANGS as readonly string[]).includes(value)) throw new CliError(2, cliText(guessLang()).badLang(value));
  return value as Lang;
}

/** The user's language before any workbook is read: from the environment's locale. */
export function guessLang(): Lang {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en-US';
}

/** A file error as the user's message (exit 2); anything else is passed on. */
export function fileError(e: unknown, lang: Lang): never {
  if (e instanceof WorkbookFileError) throw new CliError(2, cliText(lang).fileProblem[e.problem](e.file));
  if (e instanceof ZipError && e.file) throw new CliError(2, cliText(lang).fileProblem[e.kind](e.file));
  throw e;
}

/** Workbooks this run holds the lock of (hosts/xlsx/lock.ts), by real path: released when the command ends. */
const held = new Map<string, () => void>();

function lock(file: string, lang: Lang): void {
  const key = realTarget(file);
  if (held.has(key)) return;
  try {
    held.set(key, acquireLock(key));
  } catch (e) {
    if (e instanceof LockBusyError) throw new CliError(2, cliText(lang).fileProblem['out-busy'](file));
    throw e;
  }
}

/** Releases every workbook lock of this run (main calls it when a command ends, however it ends). */
export function releaseLocks(): void {
  for (const release of held.values()) release();
  held.clear();
}

/**
 * Opens a workbook to change it: its lock is taken first, so no other run writes it between this read
 * and this run's write.
 */
export function openWorkbook(file: string, lang: Lang): XlsxPackage {
  if (fs.existsSync(file) && fs.statSync(file).isFile()) lock(file, lang);
  try {
    return loadWorkbook(file);
  } catch (e) {
    return fileError(e, lang);
  }
}

export function writeWorkbook(pkg: XlsxPackage, file: string, lang: Lang): void {
  try {
    if (fs.existsSync(path.dirname(path.resolve(file)))) lock(file, lang);
    saveWorkbook(pkg, file);
  } catch (e) {
    fileError(e, lang);
  }
}

/** The workbook's own language (its Rules sheet), for messages when --lang is not given. */
export function workbookLang(pkg: XlsxPackage): Lang | undefined {
  const lang = pkg.definedNames().find((n) => n.name === RULE_NAMES.lang);
  if (!lang || !pkg.sheetNames.includes(lang.sheet)) return undefined;
  const value = pkg.sheet(lang.sheet).value(lang.range.r1, lang.range.c1);
  return langOfCell(value);
}

export function requireAssessmentSheets(pkg: XlsxPackage, file: string, lang: Lang): void {
  if (mentionedAssessmentIds(pkg.definedNames().map((n) => n.name)).length === 0)
    throw new CliError(2, cliText(lang).noAssessment(file));
}
