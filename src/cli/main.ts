import { calibrateCommand } from './commands/calibrate';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { planCommand } from './commands/plan';
import { nextCycleCommand } from './commands/nextCycle';
import { reportCommand } from './commands/report';
import { scoreCommand } from './commands/score';
import { templateCommand } from './commands/template';
import { drive, type CliCommand } from './driver';
import { CliError, guessLang, releaseLocks, type Output } from './io';
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

/** perf-review's entry: returns the exit code (0 done, 1 sheet error, 2 usage or file error). */
export async function main(argv: string[], io: Output = stdio): Promise<number> {
  const [command, ...rest] = argv;
  const t = cliText(guessLang());
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(t.usage);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`${t.unknownCommand(command)}\n\n${t.usage}`);
    return 2;
  }
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
