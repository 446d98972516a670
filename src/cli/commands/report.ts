import type { ResultRow } from '../../layout/results';
import { reportOperation } from '../../operations/report';
import { planOn } from '../driver';
import { parse, usageError, usageLang } from '../args';
import { guessLang, openWorkbook, parseLang, workbookLang, type Output } from '../io';
import { csvLine, textTable } from '../format';
import { cliText } from '../text';
import type { Lang } from '../../core/types';
import { labels } from '../../core/labels';

/** report: consolidates the results as they stand in many workbooks' cells (HR collecting every file). */
export async function reportCommand(argv: string[], io: Output): Promise<number> {
  // --csv is a switch here (import's --csv takes a file).
  const asCsv = argv.includes('--csv');
  const { positionals, options } = parse(
    argv.filter((a) => a !== '--csv'),
    ['json'],
    'report',
  );
  const asked = parseLang(options.lang as string | undefined);
  if (asCsv && options.json) {
    const lang = asked ?? usageLang(argv);
    throw usageError(cliText(lang).reportFormat, 'report', lang);
  }
  if (positionals.length === 0)
    throw usageError(cliText(asked ?? guessLang()).missingOption('FILE...'), 'report', asked ?? guessLang());
  const rows: (ResultRow & { file: string })[] = [];
  let lang: Lang | undefined = asked;
  for (const file of positionals) {
    const workbook = openWorkbook(file, asked ?? guessLang());
    lang ??= workbookLang(workbook);
    const planned = planOn(reportOperation, workbook, {}, lang ?? guessLang());
    for (const row of 'early' in planned ? planned.early : planned.outcome) rows.push({ file, ...row });
  }
  const t = cliText(lang ?? guessLang());
  const cells = rows.map((r) => [
    r.file,
    r.sheet,
    r.name,
    r.employeeId,
    r.team,
    r.supervisor,
    r.weighted,
    r.grade,
    r.status,
    r.flag,
    r.flagReason,
    r.calibratedGrade,
    r.finalGrade,
    r.potential,
    r.performanceLevel,
    r.box,
    r.actionText,
  ]);
  // The last four columns are the sheets' own headers.
  const l = labels(lang ?? guessLang());
  const header = [...t.reportHeader, l.potential, l.performanceLevel, l.talentBox, l.resultAction];
  if (options.json) io.out(JSON.stringify(rows, null, 2));
  else if (asCsv) io.out('\uFEFF' + [header, ...cells].map(csvLine).join('\n'));
  else if (rows.length === 0) io.out(t.noResults);
  else io.out(textTable([header, ...cells.map((r) => r.map((c) => (c === null ? '' : String(c))))]));
  return 0;
}
