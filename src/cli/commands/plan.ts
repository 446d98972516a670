import { localDate, strictIsoDate } from '../../core/dates';
import { planWorkbookDrafts } from '../../operations/plans';
import { applyPlan, packageReader } from '../../hosts/xlsx/workbook';
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

/**
 * plan: drafts the feedback and improvement plan (the one-on-one brief and Table 2) of one employee, or
 * of everyone whose result action is a 30-day plan or a performance talk, each on a sheet of its own.
 * A plan drafted before is left as it is; with nothing new the file is not written.
 */
export async function planCommand(argv: string[], io: Output): Promise<number> {
  const { positionals, options } = parse(argv, ['sheet', 'employee', 'date', 'all', 'out']);
  const asked = parseLang(options.lang as string | undefined);
  const file = positionals[0];
  const usage = cliText(asked ?? guessLang());
  if (!file) throw new CliError(2, `${usage.missingOption('FILE')}\n\n${usage.usage}`);
  if ((options.employee === undefined) === !options.all) throw new CliError(2, `${usage.planWhom}\n\n${usage.usage}`);
  const date = (options.date as string | undefined) ?? localDate();
  if (strictIsoDate(date) === null) throw new CliError(2, usage.badDate(date));
  const workbook = openWorkbook(file, asked ?? guessLang());
  const lang = asked ?? workbookLang(workbook) ?? guessLang();
  requireAssessmentSheets(workbook, file, lang);
  const t = cliText(lang);
  const outcome = planWorkbookDrafts(
    workbook.definedNames(),
    packageReader(workbook),
    workbook.sheetNames,
    {
      employee: options.employee === undefined ? undefined : String(options.employee),
      sheet: options.sheet as string | undefined,
      date,
      today: localDate(),
    },
    lang,
  );
  if (outcome.errors.length) {
    for (const e of outcome.errors) io.out(checkLine(e, lang));
    io.out(t.notWritten);
    return 1;
  }
  for (const w of outcome.warnings) io.out(checkLine(w, lang));
  for (const p of outcome.existing) io.out(t.planExists(p.employee, p.sheet));
  if (!outcome.drafted.length) {
    io.out(outcome.existing.length ? t.planNothingWritten : t.planNone);
    return 0;
  }
  applyPlan(workbook, outcome.ops);
  const out = (options.out as string | undefined) ?? file;
  writeWorkbook(workbook, out, lang);
  for (const p of outcome.drafted) io.out(t.planDrafted(p.employee, p.sheet));
  io.out(t.wrote(out));
  return 0;
}
