import { calibrateCommand } from './commands/calibrate';
import { potentialCommand } from './commands/potential';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { planCommand } from './commands/plan';
import { nextCycleCommand } from './commands/nextCycle';
import { reportCommand } from './commands/report';
import { scoreCommand } from './commands/score';
import { templateCommand } from './commands/template';
import { drive, type CliCommand } from './driver';
import { CliError, guessLang, releaseLocks, type Output } from './io';
import fs from 'node:fs';
import path from 'node:path';
import { usageLang } from './args';
import { COMMAND_HELP, commandHelpText, isCommandName } from './help';
import { cliText } from './text';
import { ZipError } from '../hosts/xlsx/zip';

type Runner = (argv: string[], io: Output) => Promise<number>;
const driven =
  <Request, Outcome>(command: CliCommand<Request, Outcome>): Runner =>
  (argv, io) =>
    drive(command, argv, io);

/** The command table: a workbook command is its operation run by the driver (driver.ts). */
const COMMANDS: Record<string, Runner> = {
  template: driven(templateCommand),
  import: driven(importCommand),
  score: driven(scoreCommand),
  calibrate: driven(calibrateCommand),
  potential: driven(potentialCommand),
  plan: driven(planCommand),
  'next-cycle': driven(nextCycleCommand),
  // Many workbooks in, a table out; and the demo, several commands in a row.
  report: reportCommand,
  demo: demoCommand,
};

// Output piped into a command that stops reading (head, less) is not an error of ours. Once per process:
// a test runner loads this module once per test file.
const EPIPE_HANDLED = Symbol.for('perf-review.epipe');
const streams = [process.stdout, process.stderr] as (NodeJS.WriteStream & { [EPIPE_HANDLED]?: true })[];
for (const stream of streams)
  if (!stream[EPIPE_HANDLED]) {
    stream[EPIPE_HANDLED] = true;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }

const stdio: Output = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** The package's version, from its package.json (lib/cli or src/cli: two folders up). */
function version(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The overall usage, or one command's help, in the language of the rule (args.ts usageLang). */
function help(topic: string | undefined, argv: readonly string[]): string {
  const lang = usageLang(argv);
  const t = cliText(lang);
  if (topic && isCommandName(topic)) return commandHelpText(COMMAND_HELP.of(lang)[topic], t.usageWord);
  return `${t.usage}\n\n${t.helpHint}`;
}

const HELP = ['--help', '-h'];

/** perf-review's entry: returns the exit code (0 done, 1 sheet error, 2 usage or file error). */
export async function main(argv: string[], io: Output = stdio): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V' || command === 'version') {
    io.out(cliText(guessLang()).version(version()));
    return 0;
  }
  if (!command) {
    io.out(help(undefined, argv));
    return 2;
  }
  if (HELP.includes(command) || command === 'help') {
    io.out(
      help(
        rest.find((a) => !a.startsWith('-')),
        rest,
      ),
    );
    return 0;
  }
  const run = COMMANDS[command];
  if (!run || !isCommandName(command)) {
    const lang = usageLang(rest);
    io.err(`${cliText(lang).unknownCommand(command)}\n\n${help(undefined, rest)}`);
    return 2;
  }
  // A command's help does nothing else (demo --help writes no demo).
  if (rest.some((a) => HELP.includes(a))) {
    io.out(help(command, rest));
    return 0;
  }
  const t = cliText(guessLang());
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    // A part of a workbook found damaged when first read (parts are inflated on demand).
    if (e instanceof ZipError && e.file) {
      io.err(cliText(guessLang()).fileProblem[e.kind](e.file));
      return 2;
    }
    // Never a stack trace: say what failed; nothing was written (writes are atomic and come last).
    io.err(t.internalError(e instanceof Error ? e.message : String(e)));
    return 2;
  } finally {
    releaseLocks();
  }
}
