import { localDate } from '../../core/dates';
import { planWorkbookCalibration } from '../../operations/calibrate';
import { applyPlan, packageReader, scoreWorkbook } from '../../hosts/xlsx/workbook';
import { parse } from '../args';
import { checkLine } from '../format';
import {
  CliError,
  guessLang,
  openWorkbook,
  parseLang,
  requireAssessmentSheets,
  workbookLang,
  writeWorkbook,
  type Output,
} from '../io';
import { cliText } from '../text';

/** calibrate: records the panel's grade with its reason in the sheet and the calibration log. */
export async function calibrateCommand(argv: string[], io: Output): Promise<number> {
  const { positionals, options } = parse(argv, ['sheet', 'employee', 'grade', 'reason', 'by', 'out']);
  const asked = parseLang(options.lang as string | undefined);
  const file = positionals[0];
  const usage = cliText(asked ?? guessLang());
  const missing = !file ? 'FILE' : ['employee', 'grade'].find((o) => !options[o]);
  if (missing)
    throw new CliError(2, `${usage.missingOption(missing === 'FILE' ? missing : `--${missing}`)}\n\n${usage.usage}`);
  const workbook = openWorkbook(file, asked ?? guessLang());
  const lang = asked ?? workbookLang(workbook) ?? guessLang();
  requireAssessmentSheets(workbook, file, lang);
  const plan = planWorkbookCalibration(
    workbook.definedNames(),
    packageReader(workbook),
    {
      employee: String(options.employee),
      grade: String(options.grade),
      reason: String(options.reason ?? ''),
      decidedBy: String(options.by ?? ''),
      date: localDate(),
    },
    options.sheet as string | undefined,
    lang,
  );
  const t = cliText(lang);
  if (plan.errors.length) {
    for (const e of plan.errors) io.out(checkLine(e, lang));
    io.out(t.notWritten);
    return 1;
  }
  applyPlan(workbook, plan.ops);
  // Refresh the cached results (Final grade, Calibration sheet) as Excel would on opening.
  scoreWorkbook(workbook, lang);
  const out = (options.out as string | undefined) ?? file;
  writeWorkbook(workbook, out, lang);
  io.out(
    t.calibrated(plan.employee!.name || plan.employee!.employeeId, plan.employee!.grade ?? '', String(options.grade)),
  );
  io.out(t.wrote(out));
  return 0;
}
