import { calibrateOperation, type CalibrateRequest, type CalibrateResult } from '../../operations/calibrate';
import type { CliCommand } from '../driver';
import { usageError } from '../args';
import { CliError } from '../io';
import { checkMessage, type CheckCode } from '../../core/messages';
import type { Check, Lang } from '../../core/types';
import type { CliText } from '../text';

/** Checks that mean the command named nobody (or two people): usage errors on the command line. */
const NOT_FOUND: CheckCode[] = ['calibrate-unknown-employee', 'calibrate-ambiguous'];

/** Whom the command names is the user's to give: an employee not found is a usage error (exit 2), not the sheet's. */
export function refuseNotFound(errors: readonly Check[], t: CliText, lang: Lang): void {
  const notFound = errors.find((e) => NOT_FOUND.includes(e.code));
  if (notFound) throw new CliError(2, t.noSuchEmployee(checkMessage(notFound, lang)));
}
import { refused } from '../format';

/** calibrate: records the panel's grade with its reason in the sheet and the calibration log. */
export const calibrateCommand: CliCommand<CalibrateRequest, CalibrateResult> = {
  name: 'calibrate',
  operation: calibrateOperation,
  options: ['sheet', 'employee', 'grade', 'reason', 'by', 'out'],
  file: 'change',
  // The Final grade and the Calibration sheet's cached results, as Excel would show them on opening.
  refreshResults: true,
  request({ options }, usage, lang) {
    // All four are the user's to give: a missing one is a usage error (exit 2), not a sheet error.
    const missing = ['employee', 'grade', 'reason', 'by'].find((o) => typeof options[o] !== 'string' || !options[o]);
    if (missing) throw usageError(usage.missingOption(`--${missing}`), 'calibrate', lang);
    return {
      employee: String(options.employee),
      grade: String(options.grade),
      reason: String(options.reason ?? ''),
      decidedBy: String(options.by ?? ''),
      sheet: options.sheet as string | undefined,
    };
  },
  report(outcome, { lang, t, io, request }) {
    refuseNotFound(outcome.errors, t, lang);
    if (outcome.unchanged) {
      io.out(t.calibrateSame(outcome.employee!.name || outcome.employee!.employeeId, request.grade));
      return 0;
    }
    if (outcome.errors.length) return refused(outcome.errors, t.notWritten, lang, io);
    const who = outcome.employee!;
    io.out(t.calibrated(who.name || who.employeeId, who.grade ?? '', request.grade));
    return 0;
  },
};
