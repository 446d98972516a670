import { parseArgs } from 'node:util';
import { CliError, guessLang } from './io';
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
  by: { type: 'string' },
  date: { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options of every command. */
export type OptionName = keyof typeof OPTIONS;

/** Options shared by every command; a command rejects those it does not take. */
export function parse(argv: string[], allowed: OptionName[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(2, `${(e as Error).message}\n\n${cliText(guessLang()).usage}`);
  }
  for (const key of Object.keys(parsed.values)) {
    if (!allowed.includes(key as keyof typeof OPTIONS) && key !== 'lang' && key !== 'help')
      throw new CliError(2, `--${key}?\n\n${cliText(guessLang()).usage}`);
  }
  return { positionals: parsed.positionals, options: parsed.values as Parsed['options'] };
}
