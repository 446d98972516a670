import { strictIsoDate } from '../../core/dates';
import { draftOperation, type DraftRequest, type DraftResult } from '../../operations/plans';
import type { CliCommand } from '../driver';
import { CliError } from '../io';
import { checkLine } from '../format';

/**
 * plan: drafts the feedback and improvement plan (the one-on-one brief and Table 2) of one employee, or
 * of everyone whose result action is a 30-day plan or a performance talk, each on a sheet of its own.
 * A plan drafted before is left as it is; with nothing new the file is not written.
 */
export const planCommand: CliCommand<DraftRequest, DraftResult> = {
  operation: draftOperation,
  options: ['sheet', 'employee', 'date', 'all', 'out'],
  file: 'change',
  request({ options }, usage) {
    if ((options.employee === undefined) === !options.all) throw new CliError(2, `${usage.planWhom}\n\n${usage.usage}`);
    const date = options.date as string | undefined;
    if (date !== undefined && strictIsoDate(date) === null) throw new CliError(2, usage.badDate(date));
    return {
      employee: options.employee === undefined ? undefined : String(options.employee),
      sheet: options.sheet as string | undefined,
      date,
    };
  },
  report(outcome, { lang, t, io }) {
    if (outcome.errors.length) {
      for (const e of outcome.errors) io.out(checkLine(e, lang));
      io.out(t.notWritten);
      return 1;
    }
    for (const w of outcome.warnings) io.out(checkLine(w, lang));
    for (const p of outcome.existing) io.out(t.planExists(p.employee, p.sheet));
    if (!outcome.drafted.length) io.out(outcome.existing.length ? t.planNothingWritten : t.planNone);
    for (const p of outcome.drafted) io.out(t.planDrafted(p.employee, p.sheet));
    return 0;
  },
};
