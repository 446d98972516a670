import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/types';
import { loadWorkbook } from '../hosts/xlsx/workbook';
import { COMMAND_HELP, commandHelpText, type CommandName } from './help';
import { CliError, guessLang, workbookLang } from './io';
import { cliText } from './text';

export interface Parsed {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

const OPTIONS = {
  lang: { type: 'string' },
  roles: { type: 'string' },
  cycle: { type: 'string' },
  out: { type: 'string' },
  csv: { type: 'string' },
  sheet: { type: 'string' },
  source: { type: 'string' },
  json: { type: 'boolean' },
  employee: { type: 'string' },
  grade: { type: 'string' },
  reason: { type: 'string' },
  potential: { type: 'string' },
  by: { type: 'string' },
  date: { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options of every command. */
export type OptionName = keyof typeof OPTIONS;

/**
 * The language a command speaks in before (or without) reading its workbook, by the one rule: --lang when
 * given, else the language of the workbook FILE names (when it is one), else the system's locale, else
 * English (io.ts guessLang).
 */
export function usageLang(argv: readonly string[]): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = at < 0 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice(7) : argv[at + 1];
  if (asked && (LANGS as readonly string[]).includes(asked)) return asked as Lang;
  const file = argv.find((a) => !a.startsWith('-') && /\.xlsx$/i.test(a));
  if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
    try {
      return workbookLang(loadWorkbook(file)) ?? guessLang();
    } catch {
      // Not a workbook: the file error comes later, in the locale's language.
    }
  }
  return guessLang();
}

/** A usage error: what is wrong, then the command's own usage, in the user's language (exit 2). */
export function usageError(message: string, command: CommandName | undefined, lang: Lang): CliError {
  const t = cliText(lang);
  const usage = command ? commandHelpText(COMMAND_HELP.of(lang)[command], t.usageWord) : t.usage;
  return new CliError(2, `${message}\n\n${usage}`);
}

/** Options shared by every command; a command rejects those it does not take, naming them. */
export function parse(argv: string[], allowed: OptionName[], command?: CommandName): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const lang = usageLang(argv);
    const option = /'(-{1,2}[^' ]+)/.exec((e as Error).message)?.[1] ?? String(argv.find((a) => a.startsWith('-')));
    const code = (e as { code?: string }).code;
    const message =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? cliText(lang).optionNeedsValue(option)
        : cliText(lang).unknownOption(option, command ?? '');
    throw usageError(message, command, lang);
  }
  for (const key of Object.keys(parsed.values)) {
    if (!allowed.includes(key as OptionName) && key !== 'lang' && key !== 'help') {
      const lang = usageLang(argv);
      throw usageError(cliText(lang).unknownOption(`--${key}`, command ?? ''), command, lang);
    }
  }
  return { positionals: parsed.positionals, options: parsed.values as Parsed['options'] };
}
