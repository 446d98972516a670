import fs from 'node:fs';
import type { Lang } from '../../core/types';
import type { ImportReport } from '../../layout/importPlan';
import { importOperation, type ImportRequest, type ImportResult } from '../../operations/import';
import { fieldHeaders } from '../../core/vocabulary';
import { applyPlan, type XlsxPackage } from '../../hosts/xlsx/workbook';
import { CsvError, decodeCsv, parseCsv, type CsvTable } from '../../core/csv';
import { csvProblemText, importProblemText, importText } from '../../core/importText';
import { planOn, type CliCommand } from '../driver';
import { usageError } from '../args';
import { CliError, type Output } from '../io';
import { cliText } from '../text';

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

/** Fills a Scores table from CSV rows and records the source and date in the sheet's data log (the demo). */
export function importRows(
  workbook: XlsxPackage,
  sheet: string,
  rows: CsvTable,
  source: string,
): ImportReport & { written: boolean } {
  const planned = planOn(importOperation, workbook, { csv: rows, source, sheet }, 'zh-CN');
  if ('early' in planned || !('report' in planned.outcome)) throw new Error(`no Scores table on ${sheet}`);
  applyPlan(workbook, planned.ops);
  return { ...planned.outcome.report, written: planned.ops.length > 0 };
}

/** The CSV's refusals and notes, as the user reads them; a refusal throws (nothing is written). */
function reportImport(report: ImportReport, sheet: string, csvFile: string, lang: Lang, io: Output): void {
  const t = cliText(lang);
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
  if (report.refused === 'score-first') throw new CliError(1, t.importScoreFirst(sheet));
  io.out(t.imported(report.updated, report.appended, sheet, report.unchanged));
  for (const c of report.conversions)
    io.out(t.converted(c.header, c.factor.toLocaleString('en-US'), c.count, c.example.before, c.example.after));
  if (report.unmatchedColumns.length) io.out(t.unmatchedColumns(report.unmatchedColumns.join(', ')));
  if (report.missingIndicators.length) io.out(t.missingIndicators(report.missingIndicators.join(', ')));
}

type ImportArgs = ImportRequest & { csvFile: string };

/** import: fills the Scores table from a CSV export; nothing else is touched. */
export const importCommand: CliCommand<ImportArgs, ImportResult> = {
  name: 'import',
  operation: importOperation,
  options: ['csv', 'sheet', 'source', 'out'],
  file: 'change',
  request({ options }, usage, lang) {
    const csvFile = options.csv as string | undefined;
    if (!csvFile) throw usageError(usage.missingOption('--csv DATA.csv'), 'import', lang);
    const source = (options.source as string | undefined) ?? csvFile.split(/[\\/]/).pop()!;
    return { csvFile, csv: { rows: [], lines: [] }, source, sheet: options.sheet as string | undefined };
  },
  load(request, lang) {
    let csv: CsvTable;
    try {
      csv = parseCsv(decodeCsv(readCsvFile(request.csvFile, lang)).text);
    } catch (e) {
      if (e instanceof CsvError) throw new CliError(2, csvProblemText(e.problem, request.csvFile, lang));
      throw e;
    }
    if (csv.rows.length === 0) throw new CliError(2, cliText(lang).emptyCsv(request.csvFile));
    return { ...request, csv };
  },
  report(outcome, { lang, t, io, request, planned }) {
    if ('notAssessmentSheet' in outcome)
      throw new CliError(2, t.chooseSheet(outcome.notAssessmentSheet.assessmentSheets.join(', ')));
    if ('noSuchSheet' in outcome)
      throw new CliError(2, t.noSuchSheet(outcome.noSuchSheet.wanted, outcome.noSuchSheet.assessmentSheets.join(', ')));
    reportImport(outcome.report, outcome.sheet, request.csvFile, lang, io);
    if (!planned?.ops.length) io.out(t.nothingChanged);
    return 0;
  },
};
