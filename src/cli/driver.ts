import fs from 'node:fs';
import type { Lang } from '../core/types';
import type { Operation, Planned, WorkbookView } from '../operations/operation';
import { applyPlan, newWorkbook, packageReader, scoreWorkbook, type XlsxPackage } from '../hosts/xlsx/workbook';
import { parse, usageError, type OptionName, type Parsed } from './args';
import type { CommandName } from './help';
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
  name: CommandName;
  operation: Operation<Request, Outcome>;
  /** Options beyond --lang and --help. */
  options: OptionName[];
  /**
   * What FILE is: 'change' a workbook written back (or to --out); 'into-new' a workbook read, the plan
   * building a new one at --out; 'new' no FILE, the plan building a new workbook at --out.
   */
  file: 'change' | 'into-new' | 'new';
  /** The request from the arguments; a usage error is a CliError (exit 2) before any file is opened. */
  request(args: Parsed, t: CliText, lang: Lang): Request;
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
  /** Whether the plan changes the file (when false nothing is written, even without errors). */
  changes: boolean;
}

/**
 * A command whose request is its options as given and whose printout is the operation's own description
 * (Operation.describe): one line in main's command table.
 */
export function plainCommand<Request, Outcome>(
  name: CommandName,
  operation: Operation<Request, Outcome> & { describe(outcome: Outcome, lang: Lang): string[] },
  options: OptionName[],
): CliCommand<Request, Outcome> {
  return {
    name,
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

/** FILE opened (and locked) when it is a file; a file error kept for after the usage checks. */
function tryOpen(file: string | undefined, asked: Lang | undefined): { workbook?: XlsxPackage; error?: unknown } {
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return {};
  try {
    return { workbook: openWorkbook(file, asked ?? guessLang()) };
  } catch (error) {
    return { error };
  }
}

/** Runs one command: the arguments to the exit code. */
export async function drive<Request, Outcome>(
  command: CliCommand<Request, Outcome>,
  argv: string[],
  io: Output,
): Promise<number> {
  const args = parse(argv, command.options, command.name);
  const asked = parseLang(args.options.lang as string | undefined);
  const file = args.positionals[0];
  // The workbook first, for its language: usage errors speak it too (file errors wait for their turn).
  const opened = command.file === 'new' ? undefined : tryOpen(file, asked);
  const lang = asked ?? (opened?.workbook && workbookLang(opened.workbook)) ?? guessLang();
  const t = cliText(lang);
  const missing = (what: string) => usageError(t.missingOption(what), command.name, lang);
  if (command.file !== 'new' && !file) throw missing('FILE');
  const request = command.request(args, t, lang);
  const out = (args.options.out as string | undefined) ?? file;
  if (!out) throw missing(command.file === 'new' ? '--out FILE' : '--out NEW');
  if (opened?.error) throw opened.error;
  const workbook = opened?.workbook ?? (command.file === 'new' ? newWorkbook() : openWorkbook(file, lang));
  if (command.file !== 'change' && fs.existsSync(out)) throw new CliError(2, t.exists(out));
  if (command.file !== 'new') requireAssessmentSheets(workbook, file, lang);

  const loaded = command.load ? command.load(request, lang) : request;
  const result = planOn(command.operation, workbook, loaded, lang);
  const planned = 'early' in result ? undefined : result;
  // Applied in memory first, so the printout can say whether the file will change at all.
  const target = command.operation.target === 'new-workbook' ? newWorkbook() : workbook;
  const applied = planned && !planned.hasErrors && planned.ops.length > 0;
  if (applied) {
    applyPlan(target, planned.ops);
    if (command.refreshResults) scoreWorkbook(target, lang);
  }
  const changes = applied && (command.file !== 'change' || out !== file || target.differsFromRead());
  const ctx = { lang, t, io, request: loaded, planned, file: file ?? out, out, changes: !!changes };
  const code = command.report('early' in result ? result.early : result.outcome, ctx);
  if (code !== 0 || !planned || planned.hasErrors) return code || (planned?.hasErrors ? 1 : 0);
  if (!changes) {
    // Nothing would change: the file is left as it is (its date too).
    if (applied && !command.quiet?.(loaded)) io.out(t.fileUnchanged(out));
    return 0;
  }
  writeWorkbook(target, out, lang);
  if (!command.quiet?.(loaded)) io.out(t.wrote(out));
  return 0;
}
