import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { assessmentIds } from '../core/names';
import type { Lang } from '../core/types';
import { LANGS } from '../core/types';
import { definedNames } from '../hosts/exceljs/reader';
import { loadWorkbook } from '../hosts/exceljs/workbook';
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

export async function openWorkbook(file: string, lang: Lang): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new CliError(2, cliText(lang).fileMissing(file));
  try {
    return await loadWorkbook(file);
  } catch (e) {
    throw new CliError(2, cliText(lang).notWorkbook(file, (e as Error).message));
  }
}

/** The workbook's own language (its Rules sheet), for messages when --lang is not given. */
export function workbookLang(workbook: ExcelJS.Workbook): Lang | undefined {
  const lang = definedNames(workbook).find((n) => n.name === 'PR_Lang');
  if (!lang) return undefined;
  const value = workbook.getWorksheet(lang.sheet)?.getCell(lang.range.r1, lang.range.c1).value;
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value) ? (value as Lang) : undefined;
}

export function requireAssessmentSheets(workbook: ExcelJS.Workbook, file: string, lang: Lang): void {
  if (assessmentIds(definedNames(workbook).map((n) => n.name)).length === 0) throw new CliError(2, cliText(lang).noAssessment(file));
}
