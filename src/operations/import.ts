import type { CsvTable } from '../core/csv';
import { sheetNames } from '../core/names';
import { assessmentSheets } from '../core/scoresTables';
import {
  findName,
  readAssessmentSheets,
  type AssessmentSnapshot,
  type GridReader,
  type NamedRange,
} from '../core/snapshot';
import { localDate } from '../core/dates';
import { readHeaderAliases } from '../core/vocabulary';
import { planImport, type ImportReport } from '../layout/importPlan';
import type { PlanOp } from '../layout/plan';
import { sheetNamed, type Operation } from './operation';
import type { NotAssessmentSheet } from './score';

/**
 * An import on a whole workbook, as both hosts run it: the sheet's data line (the source and date are
 * added to it) and HR's header words from the Rules sheet, then planImport.
 */
export function planWorkbookImport(
  names: readonly NamedRange[],
  reader: GridReader,
  snapshot: AssessmentSnapshot,
  csv: CsvTable,
  source: string,
  today: string,
): { ops: PlanOp[]; report: ImportReport } {
  const logName = findName(names, sheetNames(snapshot.id).dataLog);
  const dataLog = logName
    ? {
        row: logName.range.r1,
        col: logName.range.c1,
        current: String(reader.values(logName.sheet, logName.range)[0][0] ?? ''),
        entry: `${source} (${today})`,
      }
    : null;
  return planImport(snapshot, csv, dataLog, readHeaderAliases(names, reader));
}

export interface ImportRequest {
  csv: CsvTable;
  /** Where the data came from, for the sheet's "Data imported" line (the CSV's file name by default). */
  source: string;
  /** The sheet to fill (the command line's --sheet); else the sheet the user is on, else the only one. */
  sheet?: string;
}

export type ImportResult =
  | { sheet: string; report: ImportReport }
  | NotAssessmentSheet
  /** --sheet names no assessment sheet. */
  | { noSuchSheet: { wanted: string; assessmentSheets: string[] } };

/** The sheet an import fills, from the request, the user's sheet, or the only assessment sheet. */
function importSheet(view: { names: readonly NamedRange[]; activeSheet?: string }, request: ImportRequest) {
  const sheets = assessmentSheets(view.names);
  const wanted = request.sheet ?? view.activeSheet;
  const sheet = wanted === undefined && sheets.length === 1 ? sheets[0] : sheetNamed(sheets, wanted);
  return { sheet, sheets, wanted };
}

/** A CSV export into one assessment sheet's Scores table; nothing else is touched. */
export const importOperation: Operation<ImportRequest, ImportResult> = {
  target: 'this-workbook',
  reach(view, request) {
    const { sheet, sheets, wanted } = importSheet(view, request);
    if (sheet) return { names: view.names, writes: [sheet], rulesAt: new Map() };
    if (request.sheet !== undefined)
      return { early: { noSuchSheet: { wanted: request.sheet, assessmentSheets: sheets } } };
    return { early: { notAssessmentSheet: { active: wanted ?? '', assessmentSheets: sheets } } };
  },
  plan(view, reader, request) {
    const sheet = importSheet(view, request).sheet!;
    const snapshot = readAssessmentSheets(view.names, reader).find((s) => s.sheet === sheet);
    if (!snapshot) throw new Error(`no Scores table on ${sheet}`);
    const { ops, report } = planWorkbookImport(
      view.names,
      reader,
      snapshot,
      request.csv,
      request.source,
      localDate(view.now),
    );
    return { ops, outcome: { sheet, report }, hasErrors: report.refused === 'score-first' };
  },
};
