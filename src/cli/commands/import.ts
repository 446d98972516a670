import { localDate } from '../../core/dates';
import fs from 'node:fs';
import { readAssessmentSheets, type AssessmentSnapshot } from '../../core/snapshot';
import type { Lang } from '../../core/types';
import type { ImportReport } from '../../layout/importPlan';
import { planWorkbookImport } from '../../operations/import';
import { fieldHeaders } from '../../core/vocabulary';
import { applyPlan, packageReader, type XlsxPackage } from '../../hosts/xlsx/workbook';
import { parse } from '../args';
import { CsvError, decodeCsv, parseCsv, type CsvTable } from '../../core/csv';
import { csvProblemText, importProblemText, importText } from '../../core/importText';
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

function chooseSheet(snapshots: AssessmentSnapshot[], wanted: string | undefined, lang: Lang): AssessmentSnapshot {
  const t = cliText(lang);
  const list = snapshots.map((s) => s.sheet).join(', ');
  if (wanted === undefined) {
    if (snapshots.length === 1) return snapshots[0];
    throw new CliError(2, t.chooseSheet(list));
  }
  const found =
    snapshots.find((s) => s.sheet === wanted) ?? snapshots.find((s) => s.sheet.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new CliError(2, t.noSuchSheet(wanted, list));
  return found;
}

function readCsvFile(file: string, lang: Lang): Buffer {
  const t = cliText(lang);
  if (!fs.existsSync(file)) throw new CliError(2, t.fileProblem.missing(file));
  if (fs.statSync(file).isDirectory()) throw new CliError(2, t.fileProblem.directory(file));
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(2, t.fileProblem.unreadable(file));
  }
}

/** Fills a Scores table from CSV rows and records the source and date in the sheet's data log. */
export function importRows(
  workbook: XlsxPackage,
  snapshot: AssessmentSnapshot,
  rows: CsvTable,
  source: string,
  today: string,
): ImportReport & { written: boolean } {
  const { ops, report } = planWorkbookImport(
    workbook.definedNames(),
    packageReader(workbook),
    snapshot,
    rows,
    source,
    today,
  );
  applyPlan(workbook, ops);
  return { ...report, written: ops.length > 0 };
}

/** import: fills the Scores table from a CSV export; nothing else is touched. */
export async function importCommand(argv: string[], io: Output): Promise<number> {
  const { positionals, options } = parse(argv, ['csv', 'sheet', 'source', 'out']);
  const asked = parseLang(options.lang as string | undefined);
  const file = positionals[0];
  const csvFile = options.csv as string | undefined;
  const usage = cliText(asked ?? guessLang());
  if (!file || !csvFile)
    throw new CliError(2, `${usage.missingOption(!file ? 'FILE' : '--csv DATA.csv')}\n\n${usage.usage}`);
  const workbook = openWorkbook(file, asked ?? guessLang());
  const lang = asked ?? workbookLang(workbook) ?? guessLang();
  const t = cliText(lang);
  requireAssessmentSheets(workbook, file, lang);
  let rows: CsvTable;
  try {
    rows = parseCsv(decodeCsv(readCsvFile(csvFile, lang)).text);
  } catch (e) {
    if (e instanceof CsvError) throw new CliError(2, csvProblemText(e.problem, csvFile, lang));
    throw e;
  }
  if (rows.rows.length === 0) throw new CliError(2, t.emptyCsv(csvFile));
  const snapshot = chooseSheet(
    readAssessmentSheets(workbook.definedNames(), packageReader(workbook)),
    options.sheet as string | undefined,
    lang,
  );
  const source = (options.source as string | undefined) ?? csvFile.split(/[\\/]/).pop()!;
  const report = importRows(workbook, snapshot, rows, source, localDate());
  const out = (options.out as string | undefined) ?? file;
  const it = importText(lang);
  if (report.refused === 'problems')
    throw new CliError(
      2,
      [`${csvFile}: ${it.refusedAll}`, ...report.problems.map((p) => `  - ${importProblemText(p, lang)}`)].join('\n'),
    );
  for (const a of report.ambiguous) io.out(t.ambiguousLine(a.line, a.employee, a.rows.join(', '), a.lines.join(', ')));
  for (const c of report.conflicts) io.out(it.conflict(c));
  if (report.skippedLines.length) io.out(t.skippedLines(report.skippedLines.join(', ')));
  if (report.summaryLines.length) io.out(it.summaryLines(report.summaryLines.join(', ')));
  const seen = report.headers.join(', ');
  if (report.refused === 'no-key-column') {
    const expected = (['employeeId', 'name'] as const).map((f) => fieldHeaders(f).slice(0, 6).join(', ')).join(' | ');
    throw new CliError(2, t.noKeyColumn(csvFile, seen, expected));
  }
  if (report.refused === 'no-rows') throw new CliError(2, t.noRows(csvFile, seen));
  if (report.refused === 'score-first') throw new CliError(1, t.importScoreFirst(snapshot.sheet));
  io.out(t.imported(report.updated, report.appended, snapshot.sheet, report.unchanged));
  for (const c of report.conversions)
    io.out(t.converted(c.header, c.factor.toLocaleString('en-US'), c.count, c.example.before, c.example.after));
  if (report.unmatchedColumns.length) io.out(t.unmatchedColumns(report.unmatchedColumns.join(', ')));
  if (report.missingIndicators.length) io.out(t.missingIndicators(report.missingIndicators.join(', ')));
  if (!report.written && out === file) {
    io.out(t.nothingChanged);
    return 0;
  }
  writeWorkbook(workbook, out, lang);
  io.out(t.wrote(out));
  return 0;
}
