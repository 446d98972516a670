import path from 'node:path';
import { nextCycleOperation, type NextCycleRequest, type NextCycleResult } from '../../operations/nextCycle';
import type { CliCommand } from '../driver';
import { usageError } from '../args';
import { refused } from '../format';

/**
 * next-cycle: a new workbook for the next cycle from this one (operations/nextCycle.ts): same indicators,
 * weights, targets and people, inputs empty, Previous grade = this cycle's final grade, the open
 * improvement measures listed. The old file is only read; the new one is never written over an existing file.
 */
export const nextCycleCommand: CliCommand<NextCycleRequest, NextCycleResult> = {
  name: 'next-cycle',
  operation: nextCycleOperation,
  options: ['cycle', 'out'],
  file: 'into-new',
  request({ positionals, options }, usage, lang) {
    const cycle = options.cycle as string | undefined;
    if (!cycle || cycle === 'true') throw usageError(usage.missingOption('--cycle "2024 Q4"'), 'next-cycle', lang);
    if (!options.out) throw usageError(usage.missingOption('--out NEW'), 'next-cycle', lang);
    return { cycle, from: path.basename(positionals[0]) };
  },
  report(outcome, { lang, t, io }) {
    if (outcome.errors.length) return refused(outcome.errors, t.nextCycleNotWritten, lang, io);
    for (const s of outcome.sheets) io.out(t.nextCycleSheet(s.sheet, s.employees, s.graded));
    io.out(t.nextCycleMeasures(outcome.openMeasures));
    if (outcome.rulesNotCopied.length) io.out(t.nextCycleRules(outcome.rulesNotCopied.join(', ')));
    return 0;
  },
};
