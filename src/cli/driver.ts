import fs from 'node:fs';
import type { Lang } from '../core/types';
import type { Operation, Planned, WorkbookView } from '../operations/operation';
import { applyPlan, newWorkbook, packageReader, scoreWorkbook, type XlsxPackage } from '../hosts/xlsx/workbook';
import { parse, type OptionName, type Parsed } from './args';
import {
  CliError,
  guessLang,
  openWorkbook,
  parseLang,
  requireAssessmentSheets,
  workbookLang,
  writeWorkbook,
  type Output,
} from './io';
import { cliText, type CliText } from './text';

/**
 * The command line's one driver: every workbook command (src/operations) runs through here, so what a
 * file needs is done once: the arguments, the language of the messages (--lang, else the workbook's,
 * else the system's), the workbook's lock, the plan applied in memory, one atomic save, the exit code
 * (0 done, 1 a sheet error with nothing written, 2 a usage or file error).
 */
export interface CliCommand<Request, Outcome> {
  operation: Operation<Request, Outcome>;
  /** Options beyond --lang and --help. */
  options: OptionName[];
  /**
   * What FILE is: 'change' a workbook written back (or to --out); 'into-new' a workbook read, the plan
   * building a new one at --out; 'new' no FILE, the plan building a new workbook at --out.
   */
  file: 'change' | 'into-new' | 'new';
  /** The language of a new workbook (the template's sheets) when --lang is not given. */
  newLang?: Lang;
  /** The request from the arguments; a usage error is a CliError (exit 2) before any file is opened. */
  request(args: Parsed, usage: CliText): Request;
  /** What the request needs from other files, read once the workbook's language is known (the CSV). */
  load?(request: Request, lang: Lang): Request;
  /**
   * Prints the outcome and returns the exit code (1: nothing is written). Called before anything is
   * written; a refusal throws a CliError.
   */
  report(outcome: Outcome, ctx: ReportContext<Request, Outcome>): number;
  /** The file's cached results (what viewers show before Excel recalculates) refreshed by scoring after the writes. */
  refreshResults?: boolean;
  /** The outcome alone is printed (--json): no "Wrote" line. */
  quiet?(request: Request): boolean;
}

export interface ReportContext<Request, Outcome> {
  lang: Lang;
  t: CliText;
  io: Output;
  request: Request;
  planned?: Planned<Outcome>;
  /** The workbook read (FILE) and the one written. */
  file: string;
  out: string;
}

/**
 * A command whose request is its options as given and whose printout is the operation's own description
 * (Operation.describe): one line in main's command table.
 */
export function plainCommand<Request, Outcome>(
  operation: Operation<Request, Outcome> & { describe(outcome: Outcome, lang: Lang): string[] },
  options: OptionName[],
): CliCommand<Request, Outcome> {
  return {
    operation,
    options,
    file: 'change',
    request: (args) => Object.fromEntries(options.map((o) => [o, args.options[o]])) as Request,
    report(outcome, { lang, io, planned }) {
      for (const line of operation.describe(outcome, lang)) io.out(line);
      return planned?.hasErrors ? 1 : 0;
    },
  };
}

/** A workbook as the operations see it, with the messages' language. */
export function viewOf(pkg: XlsxPackage, lang: Lang): WorkbookView {
  const names = pkg.definedNames();
  return { names, allNames: names.map((n) => n.name), sheetNames: pkg.sheetNames, messageLang: lang, now: new Date() };
}

/** Plans an operation on a workbook in memory: its outcome, or its plan. */
export function planOn<Request, Outcome>(
  operation: Operation<Request, Outcome>,
  pkg: XlsxPackage,
  request: Request,
  lang: Lang,
): { early: Outcome } | Planned<Outcome> {
  const view = viewOf(pkg, lang);
  const reach = operation.reach(view, request);
  if ('early' in reach) return reach;
  return operation.plan({ ...view, names: reach.names }, packageReader(pkg), request);
}

function usageError(t: CliText, what: string): CliError {
  return new CliError(2, `${t.missingOption(what)}\n\n${t.usage}`);
}

/** Runs one command: the arguments to the exit code. */
export async function drive<Request, Outcome>(
  command: CliCommand<Request, Outcome>,
  argv: string[],
  io: Output,
): Promise<number> {
  const args = parse(argv, command.options);
  const asked = parseLang(args.options.lang as string | undefined);
  const usage = cliText(asked ?? (command.file === 'new' ? command.newLang : undefined) ?? guessLang());
  const file = args.positionals[0];
  if (command.file !== 'new' && !file) throw usageError(usage, 'FILE');
  const request = command.request(args, usage);
  const out = (args.options.out as string | undefined) ?? file;
  if (!out) throw usageError(usage, command.file === 'new' ? '--out FILE' : '--out NEW');

  const workbook = command.file === 'new' ? newWorkbook() : openWorkbook(file, asked ?? guessLang());
  const lang = asked ?? (command.file === 'new' ? command.newLang : workbookLang(workbook)) ?? guessLang();
  const t = cliText(lang);
  if (command.file !== 'change' && fs.existsSync(out)) throw new CliError(2, t.exists(out));
  if (command.file !== 'new') requireAssessmentSheets(workbook, file, lang);

  const loaded = command.load ? command.load(request, lang) : request;
  const result = planOn(command.operation, workbook, loaded, lang);
  const planned = 'early' in result ? undefined : result;
  const ctx = { lang, t, io, request: loaded, planned, file: file ?? out, out };
  const code = command.report('early' in result ? result.early : result.outcome, ctx);
  if (code !== 0 || !planned || planned.hasErrors || !planned.ops.length) return code || (planned?.hasErrors ? 1 : 0);

  const target = command.operation.target === 'new-workbook' ? newWorkbook() : workbook;
  applyPlan(target, planned.ops);
  if (command.refreshResults) scoreWorkbook(target, lang);
  writeWorkbook(target, out, lang);
  if (!command.quiet?.(loaded)) io.out(t.wrote(out));
  return 0;
}
