import { calibrateOperation, type CalibrateRequest, type CalibrateResult } from '../../operations/calibrate';
import type { CliCommand } from '../driver';
import { CliError } from '../io';
import { checkLine } from '../format';

/** calibrate: records the panel's grade with its reason in the sheet and the calibration log. */
export const calibrateCommand: CliCommand<CalibrateRequest, CalibrateResult> = {
  operation: calibrateOperation,
  options: ['sheet', 'employee', 'grade', 'reason', 'by', 'out'],
  file: 'change',
  // The Final grade and the Calibration sheet's cached results, as Excel would show them on opening.
  refreshResults: true,
  request({ options }, usage) {
    const missing = ['employee', 'grade'].find((o) => !options[o]);
    if (missing) throw new CliError(2, `${usage.missingOption(`--${missing}`)}\n\n${usage.usage}`);
    return {
      employee: String(options.employee),
      grade: String(options.grade),
      reason: String(options.reason ?? ''),
      decidedBy: String(options.by ?? ''),
      sheet: options.sheet as string | undefined,
    };
  },
  report(outcome, { lang, t, io, request }) {
    if (outcome.errors.length) {
      for (const e of outcome.errors) io.out(checkLine(e, lang));
      io.out(t.notWritten);
      return 1;
    }
    const who = outcome.employee!;
    io.out(t.calibrated(who.name || who.employeeId, who.grade ?? '', request.grade));
    return 0;
  },
};
