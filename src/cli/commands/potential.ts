import { potentialOperation, type PotentialRequest, type PotentialResult } from '../../operations/potential';
import type { CliCommand } from '../driver';
import { usageError } from '../args';
import { refused } from '../format';
import { refuseNotFound } from './calibrate';

/** potential: the calibration panel's view of an employee's potential, for the talent grid. */
export const potentialCommand: CliCommand<PotentialRequest, PotentialResult> = {
  name: 'potential',
  operation: potentialOperation,
  options: ['sheet', 'employee', 'potential', 'out'],
  file: 'change',
  // The box and the Talent grid's cached results, as Excel would show them on opening.
  refreshResults: true,
  request({ options }, usage, lang) {
    if (typeof options.employee !== 'string' || !options.employee)
      throw usageError(usage.missingOption('--employee'), 'potential', lang);
    if (typeof options.potential !== 'string') throw usageError(usage.missingOption('--potential'), 'potential', lang);
    return {
      employee: String(options.employee),
      potential: String(options.potential),
      sheet: options.sheet as string | undefined,
    };
  },
  report(outcome, { lang, t, io }) {
    refuseNotFound(outcome.errors, t, lang);
    if (outcome.errors.length) return refused(outcome.errors, t.notWritten, lang, io);
    const who = outcome.employee!.name || outcome.employee!.employeeId;
    io.out(
      outcome.unchanged ? t.potentialSame(who, outcome.potential ?? '') : t.potentialSet(who, outcome.potential ?? ''),
    );
    return 0;
  },
};
