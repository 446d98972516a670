import { strictIsoDate } from '../../core/dates';
import { draftOperation, type DraftRequest, type DraftResult } from '../../operations/plans';
import type { CliCommand } from '../driver';
import { usageError } from '../args';
import { refuseNotFound } from './calibrate';
import { checkLine, refused } from '../format';
import { CliError } from '../io';

/**
 * plan: drafts the feedback and improvement plan (the one-on-one brief and Table 2) of one employee, or
 * of everyone whose result action is a 30-day plan or a performance talk, each on a sheet of its own.
 * A plan drafted before is left as it is; with nothing new the file is not written.
 */
export const planCommand: CliCommand<DraftRequest, DraftResult> = {
  name: 'plan',
  operation: draftOperation,
  options: ['sheet', 'employee', 'date', 'all', 'out'],
  file: 'change',
  request({ options }, usage, lang) {
    if ((options.employee === undefined) === !options.all) throw usageError(usage.planWhom, 'plan', lang);
    const date = options.date as string | undefined;
    if (date !== undefined && strictIsoDate(date) === null) throw new CliError(2, usage.badDate(date));
    return {
      employee: options.employee === undefined ? undefined : String(options.employee),
      sheet: options.sheet as string | undefined,
      date,
    };
  },
  report(outcome, { lang, t, io }) {
    refuseNotFound(outcome.errors, t, lang);
    if (outcome.errors.length) return refused(outcome.errors, t.notWritten, lang, io);
    for (const w of outcome.warnings) io.out(checkLine(w, lang));
    for (const p of outcome.existing) io.out(t.planExists(p.employee, p.sheet));
    if (!outcome.drafted.length) io.out(outcome.existing.length ? t.planNothingWritten : t.planNone);
    for (const p of outcome.drafted) io.out(t.planDrafted(p.employee, p.sheet));
    return 0;
  },
};
