/// <reference types="office-js" />
import { excelRun } from './run';
import { catalogue } from '../../core/catalogue';
import { localDate } from '../../core/dates';
import { columnLetter, parseSheetRange, rangeAddress } from '../../core/a1';
import { LOG_COLUMNS, readCalibrationLog } from '../../core/calibrationLog';
import { labels } from '../../core/labels';
import { assessmentIds, EMPLOYEE_FIELDS, RULE_NAMES, sheetNames } from '../../core/names';
import { findName, readAssessmentSheets, readRules, type GridReader, type NamedRange } from '../../core/snapshot';
import { LANGS, type CellValue, type Check, type Lang } from '../../core/types';
import { planWorkbookCalibration } from '../../operations/calibrate';
import type { CalibrationRequest } from '../../layout/calibratePlan';
import { officeDisplayLanguage, requireMinimumApi } from './features';
import { activeCriteria, applyCriteria, filterAgain, filteredSheet, queueFilterLoad, showAllRows } from './filters';
import { queueProtection } from './protection';
import { assessmentSheets, scoresTables, type ScoresTable } from '../../core/scoresTables';
import { namedRanges } from './names';
import { resultOfRow, type ResultRow } from '../../layout/results';
import { coreGrid, EngineReads, lastRowOfUsed, loadForEngine, queueEngineSizes } from './reads';
import { applyPlan } from './writes';

/**
 * Calibration in Excel: the flagged-rows filter, the employee of the selected cell, and recording a
 * calibrated grade with its reason in the sheet and the calibration log. Each is one Excel.run with a
 * constant number of syncs, whatever the number of employees.
 */

export interface NotAssessmentSheet {
  notAssessmentSheet: { active: string; assessmentSheets: string[] };
}

export type FlaggedFilterOutcome = { sheet: string; flagged: number; on: boolean } | NotAssessmentSheet;

/** The employee of the selected cell: their results as the cells hold them, and the grades a panel may give. */
export type SelectedEmployee = ResultRow & {
  /** The Rules sheet's grade names, best first: what a calibrated grade may be. */
  grades: string[];
};

/** What the pane asks to record; the host dates it. */
export type CalibrationRequestInput = Omit<CalibrationRequest, 'date'>;

export interface CalibrationOutcome {
  errors: Check[];
  /** The appended calibration log row, read back after writing (LOG_COLUMNS order). */
  logRow?: CellValue[];
  /** Where it went: the log's sheet and row, and the employee's sheet. */
  logSheet?: string;
  logRowNumber?: number;
  sheet?: string;
}

/** Thrown before anything is read when Excel has no worksheet AutoFilter API (ExcelApi 1.9). */
export class FilterUnsupportedError extends Error {
  readonly code = 'filter-unsupported';
}

const FILTER_UNSUPPORTED = catalogue(
  "Filtering to flagged rows needs Excel 2021, Microsoft 365 or Excel on the web (ExcelApi 1.9). Flagged rows are highlighted: sort or filter the Flag column with Excel's own Sort & Filter.",
  '筛选标记行需要 Excel 2021、Microsoft 365 或网页版 Excel（ExcelApi 1.9）。标记行已用底色突出显示：可用 Excel 的“排序和筛选”对“标记”列排序或筛选。',
);

/**
 * The Flag column holds "" or the flagged word of the workbook's language. The filter keeps the word of
 * either language: after the Rules sheet's language is switched, the formulas keep the old word until the
 * next Score, and a filter on the new word alone would hide every row.
 */
export const FLAGGED_WORDS: readonly string[] = [...new Set(LANGS.map((l) => labels(l).flagged))];

/** The Scores table on `sheet` (by its defined name), with its computed columns; null on any other sheet. */
function scoresTableOn(names: readonly NamedRange[], sheet: string): ScoresTable | null {
  return scoresTables(names).find((t) => t.sheet.toLowerCase() === sheet.toLowerCase()) ?? null;
}

/**
 * The names the engine needs for one sheet: the Rules', the log's and that sheet's own (all of them
 * without a sheet). Without the other assessment sheets' names the engine does not read their tables.
 */
function namesOfSheet(names: readonly NamedRange[], sheet: string | undefined): NamedRange[] {
  if (sheet === undefined) return [...names];
  const own = new Set(
    assessmentIds(names.map((n) => n.name)).filter(
      (id) => findName(names, sheetNames(id).scores)?.sheet.toLowerCase() === sheet.toLowerCase(),
    ),
  );
  return names.filter((n) => {
    const id = /^PR_(S\d+)_/i.exec(n.name)?.[1];
    return id === undefined || own.has(id.toUpperCase());
  });
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [x.toLowerCase(), x])).values()];

/** More load rounds than this means the engine keeps asking for new ranges: a bug, not a workbook. */
const MAX_ROUNDS = 3;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

export { localDate };

type FilterMode = 'on' | 'off' | 'toggle';

/**
 * The flagged-rows filter of the active sheet's Scores table, with the worksheet AutoFilter over the
 * table (header to last row, as Score sheet applies it). Three syncs at most:
 *  1. the tool's names, the active sheet and its AutoFilter (range and criteria);
 *  2. how far the table's columns go, and the Flag column's values, to count the flagged rows;
 *  3. the filter over the table, the Flag column kept to the flagged word when filtering on (values
 *     filter) or left without criteria when showing all rows. Criteria the user set on other columns are
 *     applied again: the button changes the Flag column's filter only. "Toggle" filters when the Flag
 *     column does not filter yet (whatever else does).
 * With no flagged row, "on" shows all rows instead of an empty table, and says so (on: false, flagged: 0).
 */
async function flaggedFilter(mode: FilterMode, messageLang?: Lang): Promise<FlaggedFilterOutcome> {
  const lang = messageLang ?? officeDisplayLanguage();
  const features = requireMinimumApi(lang);
  if (!features.autoFilter) throw new FilterUnsupportedError(FILTER_UNSUPPORTED.of(lang));
  return excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
    const current = ws.autoFilter.getRangeOrNullObject().load('address');
    const filter = ws.autoFilter.load('criteria');
    await context.sync();

    const names = namedRanges(items.items);
    const table = scoresTableOn(names, ws.name);
    if (!table) return { notAssessmentSheet: { active: ws.name, assessmentSheets: assessmentSheets(names) } };
    const { header, cols } = table;
    // The table's own columns bound it (a note typed far below beside it is no row of it); the Flag
    // column's values come in the same sync.
    const column = (c1: number, c2: number) => ws.getRange(`${columnLetter(c1)}:${columnLetter(c2)}`);
    const used = column(header.c1, cols.last).getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    const flags = column(cols.flag, cols.flag).getUsedRangeOrNullObject(true).load('rowIndex,values');
    await context.sync();
    const lastRow = lastRowOfUsed(used);
    if (lastRow <= header.r1) return { sheet: table.sheet, flagged: 0, on: false };
    const flagged = flags.isNullObject
      ? 0
      : flags.values.filter((line, i) => flags.rowIndex + 1 + i > header.r1 && text(line[0]) !== '').length;

    // The criteria by sheet column, so they survive the filter moving with the table.
    const firstCol = current.isNullObject ? header.c1 : (parseSheetRange(current.address)?.range.c1 ?? header.c1);
    const range = { r1: header.r1, c1: header.c1, r2: lastRow, c2: cols.last };
    const byColumn = activeCriteria(current.isNullObject ? [] : filter.criteria)
      .map((c) => ({ column: firstCol + c.column - header.c1, criteria: c.criteria }))
      .filter((c) => c.column >= 0 && c.column <= range.c2 - range.c1);
    const flagColumn = cols.flag - header.c1;
    const flagFilters = byColumn.some((c) => c.column === flagColumn);
    const on = (mode === 'toggle' ? !flagFilters : mode === 'on') && flagged > 0;
    const others = byColumn.filter((c) => c.column !== flagColumn);
    if (!current.isNullObject) ws.autoFilter.remove();
    ws.autoFilter.apply(ws.getRange(rangeAddress(range)));
    applyCriteria(ws, range, [
      ...others,
      ...(on
        ? [{ column: flagColumn, criteria: { filterOn: 'Values', values: [...FLAGGED_WORDS] } as Excel.FilterCriteria }]
        : []),
    ]);
    await context.sync();
    return { sheet: table.sheet, flagged, on };
  });
}

/** The task pane's "Show flagged rows only" (true) and "Show all rows" (false), on the active sheet. */
export function showFlaggedOnly(on: boolean, messageLang?: Lang): Promise<FlaggedFilterOutcome> {
  return flaggedFilter(on ? 'on' : 'off', messageLang);
}

/** The ribbon's Flagged rows: filters when the sheet's AutoFilter filters nothing, else shows all rows. */
export function toggleFlaggedOnly(messageLang?: Lang): Promise<FlaggedFilterOutcome> {
  return flaggedFilter('toggle', messageLang);
}

/**
 * The employee in the active cell's row on an assessment sheet, as the sheet shows it (Excel's own
 * formula results), with the Rules' grade names for the calibrated-grade choice. Two syncs: the names
 * and the active cell, then that row of the Scores table and the grade names. null anywhere else (another
 * sheet, the header or above, a row without a name or ID).
 */
export async function selectedEmployee(): Promise<SelectedEmployee | null> {
  requireMinimumApi();
  return excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    const cell = context.workbook.getActiveCell().load('address');
    await context.sync();

    const names = namedRanges(items.items);
    const at = parseSheetRange(cell.address);
    const table = at ? scoresTableOn(names, at.sheet) : null;
    if (!at || !table || at.range.r1 <= table.header.r1) return null;
    const { header, cols } = table;
    const row = at.range.r1;
    const sheet = context.workbook.worksheets.getItem(table.sheet);
    const cells = sheet.getRange(rangeAddress({ r1: row, c1: header.c1, r2: row, c2: cols.last })).load('values');
    const gradeNames = findName(names, RULE_NAMES.gradeName);
    const grades = gradeNames
      ? context.workbook.worksheets.getItem(gradeNames.sheet).getRange(rangeAddress(gradeNames.range)).load('values')
      : null;
    await context.sync();

    const [values] = coreGrid(cells.values);
    const first = cols.achievement(0) - header.c1;
    const result = resultOfRow(
      table.sheet,
      row,
      values,
      values.slice(first),
      header.c2 - header.c1 + 1 - EMPLOYEE_FIELDS.length,
    );
    if (!result.name && !result.employeeId) return null;
    return {
      ...result,
      grades: grades
        ? grades.values
            .map((line) => text(line[0]))
            .filter(Boolean)
            .reverse()
        : [],
    };
  });
}

/**
 * Records a calibrated grade: validated by the engine (planWorkbookCalibration: reason and decider given,
 * a grade of the Rules, a scored employee of the sheet), then the Calibrated grade cell and one row
 * appended to the calibration log, dated today. With any error nothing is written. Syncs, whatever the
 * number of employees: the names; the sizes of the sheets read; every range the engine reads (one
 * batch unless the sheet holds megabytes, see packReads); only when the computed block holds values,
 * such as earlier calibrated grades, those values; the two writes with the new log row read back in the
 * same request. So 4, or 5. Only the employee's own assessment sheet is read when `sheet` is given.
 *
 * No Score run follows, unlike the command line (which must refresh ExcelJS's cached results): in Excel
 * the Final grade, the grade distribution and the target over/under are live formulas and recalculate
 * by themselves; what only a Score run writes (flags, the flagged-case list, team deviation, the status
 * line's counts) depends on the weighted scores, which a calibration never changes.
 */
export async function calibrateEmployee(
  request: CalibrationRequestInput,
  sheet?: string,
  messageLang?: Lang,
): Promise<CalibrationOutcome> {
  const features = requireMinimumApi(messageLang);
  return excelRun(async (context) => {
    const items = context.workbook.names.load('items/name,items/type,items/formula');
    await context.sync();

    // Only the Rules', the log's and the employee's sheet's names: the other sheets are not downloaded.
    const names = namesOfSheet(namedRanges(items.items), sheet);
    const full = { ...request, date: localDate() };
    const plan = (reader: GridReader) => planWorkbookCalibration(names, reader, full, sheet, messageLang);
    // Everything the engine may read, so that one round of loads is enough: planWorkbookCalibration
    // stops at the first problem, which on cells not yet loaded is before it reads the sheets.
    const everything = (reader: GridReader) => {
      readRules(names, reader, messageLang ?? 'zh-CN');
      readCalibrationLog(names, reader);
      readAssessmentSheets(names, reader);
      plan(reader);
    };

    const reads = new EngineReads();
    const read = unique(names.map((n) => n.sheet));
    const sized = queueEngineSizes(context, reads, everything);
    // The employee's sheet and the log's: every sheet read but the Rules (whose names say which it is).
    const rulesSheet = names.find((n) => n.name.toLowerCase() === RULE_NAMES.lang.toLowerCase())?.sheet;
    const refuseProtected = queueProtection(
      context,
      read.filter((s) => s !== rulesSheet),
      messageLang ?? officeDisplayLanguage(),
    );
    // The assessment sheets' filters ("flagged rows only" while calibrating): the rows are shown while
    // the engine reads them (getSpecialCells over hidden rows is unspecified), then filtered again.
    const filters = features.autoFilter
      ? read.filter((s) => assessmentSheets(names).includes(s)).map((s) => queueFilterLoad(context, s))
      : [];
    await context.sync();
    refuseProtected();
    sized();
    const filtered = filters.flatMap((f) => filteredSheet(f) ?? []);
    showAllRows(context, filtered);
    try {
      await loadForEngine(context, reads, features, everything, MAX_ROUNDS);
      const result = plan(reads.begin());
      if (result.errors.length) return { errors: result.errors };
      const log = readCalibrationLog(names, reads.begin());
      if (!log) throw new Error('the engine planned a calibration without a calibration log');
      const logRange = { r1: log.nextRow, c1: log.col, r2: log.nextRow, c2: log.col + LOG_COLUMNS.length - 1 };
      // What the log's next row held just before our write, read in the same request: a co-author may
      // have appended there since we read the log.
      const logSheet = context.workbook.worksheets.getItem(log.sheet);
      const before = logSheet.getRange(rangeAddress(logRange)).load('values');
      const written: { range?: Excel.Range } = {};
      await applyPlan(context, result.ops, features, {
        last: (s) => void (written.range = s.sheet(log.sheet).getRange(rangeAddress(logRange)).load('values')),
      });
      let logRow = written.range ? coreGrid(written.range.values)[0] : undefined;
      let logRowNumber = log.nextRow;
      if (!isEmptyRow(before.values[0])) {
        const moved = await moveLogRow(context, logSheet, logRange, before.values[0], logRow ?? []);
        logRow = moved.row;
        logRowNumber = moved.at;
      }
      return { errors: [], logRow, logSheet: log.sheet, logRowNumber, sheet: result.sheet };
    } finally {
      if (filtered.length) {
        filterAgain(context, filtered);
        // A filter that cannot come back leaves every row shown: no reason to fail the calibration.
        await context.sync().catch(() => undefined);
      }
    }
  });
}

const isEmptyRow = (values: readonly unknown[]) => values.every((v) => v === '' || v === null || v === undefined);

/** How many rows below a taken log row are looked at for a free one, and how often it is tried. */
const LOG_LOOKAHEAD = 20;
const LOG_ATTEMPTS = 3;

/**
 * Co-authoring: someone appended to the calibration log between our read and our write, so our row went
 * over theirs. Theirs is put back, and ours goes to the first free row below (checked again in the same
 * request as the write, a few times at most): the log stays append-only and keeps both decisions.
 */
async function moveLogRow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  taken: { r1: number; c1: number; r2: number; c2: number },
  theirs: unknown[],
  ours: CellValue[],
): Promise<{ row: CellValue[]; at: number }> {
  const width = taken.c2 - taken.c1 + 1;
  const takenRange = sheet.getRange(rangeAddress(taken));
  takenRange.values = [theirs as (string | number | boolean)[]];
  // Our row's look (the date's format) goes with it.
  const formats = takenRange.load('numberFormat');
  let from = taken.r1 + 1;
  for (let attempt = 0; attempt < LOG_ATTEMPTS; attempt++) {
    const below = sheet
      .getRange(rangeAddress({ r1: from, c1: taken.c1, r2: from + LOG_LOOKAHEAD - 1, c2: taken.c2 }))
      .load('values');
    // Bounded retries against another co-author's append, not a loop over the data.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const free = below.values.findIndex((r) => isEmptyRow(r));
    const at = from + (free < 0 ? LOG_LOOKAHEAD : free);
    const address = rangeAddress({ r1: at, c1: taken.c1, r2: at, c2: taken.c2 });
    // Loaded before the write, in the same request: what the row held just then.
    const check = sheet.getRange(address).load('values');
    const target = sheet.getRange(address);
    target.values = [ours.slice(0, width).map((v) => (v === null ? '' : v)) as (string | number | boolean)[]];
    target.numberFormat = formats.numberFormat;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (isEmptyRow(check.values[0])) return { row: ours, at };
    // Another append landed there too: put it back and look further down.
    target.values = check.values;
    from = at + 1;
  }
  throw new Error('the calibration log kept changing under co-authors: try again');
}
