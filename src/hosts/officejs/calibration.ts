/// <reference types="office-js" />
import { excelRun } from './run';
import { catalogue } from '../../core/catalogue';
import { columnLetter, parseSheetRange, rangeAddress } from '../../core/a1';
import { labels } from '../../core/labels';
import { EMPLOYEE_FIELDS, RULE_NAMES } from '../../core/names';
import { findName, type NamedRange } from '../../core/snapshot';
import { LANGS, type Lang } from '../../core/types';
import { officeDisplayLanguage, requireMinimumApi } from './features';
import { activeCriteria, applyCriteria } from './filters';
import { assessmentSheets, scoresTables, type ScoresTable } from '../../core/scoresTables';
import { loadNames, namedRanges } from './names';
import { resultOfRow, type ResultRow } from '../../layout/results';
import { coreGrid, lastRowOfUsed } from './reads';

/**
 * Calibration in Excel: the flagged-rows filter and the employee of the selected cell (recording a
 * calibrated grade is a user command: operations/calibrate.ts through driver.ts). Each is one Excel.run
 * with a constant number of syncs, whatever the number of employees.
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

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

type FilterMode = 'on' | 'off' | 'toggle';

/** One column of the Scores table filtered to some values: the flagged rows, a talent-grid box. */
interface ColumnFilter {
  /** The sheet to filter (and show); the active sheet when not given. */
  sheet?: string;
  column: (cols: ScoresTable['cols']) => number;
  /** What the column keeps when filtering on (values filter). */
  values: readonly string[];
  /** Whether a row is one the filter keeps, from its cell's text: to count them. */
  keeps: (text: string) => boolean;
  mode: FilterMode;
}

/**
 * A filter on one column of a sheet's Scores table, with the worksheet AutoFilter over the table
 * (header to last row, as Score sheet applies it). Three syncs at most:
 *  1. the tool's names, the sheet and its AutoFilter (range and criteria);
 *  2. how far the table's columns go, and the column's values, to count the rows it keeps;
 *  3. the filter over the table, the column kept to its values when filtering on (values filter) or left
 *     without criteria when showing all rows. Criteria the user set on other columns are applied again:
 *     the button changes its own column's filter only. "Toggle" filters when the column does not filter
 *     yet (whatever else does).
 * With no row to keep, "on" shows all rows instead of an empty table, and says so (on: false, count: 0).
 */
async function columnFilter(
  spec: ColumnFilter,
  messageLang?: Lang,
): Promise<{ sheet: string; count: number; on: boolean } | NotAssessmentSheet> {
  const lang = messageLang ?? officeDisplayLanguage();
  const features = requireMinimumApi(lang);
  if (!features.autoFilter) throw new FilterUnsupportedError(FILTER_UNSUPPORTED.of(lang));
  return excelRun(async (context) => {
    const items = loadNames(context);
    const sheets = context.workbook.worksheets;
    const ws = (spec.sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(spec.sheet)).load('name');
    const current = ws.autoFilter.getRangeOrNullObject().load('address');
    const filter = ws.autoFilter.load('criteria');
    await context.sync();

    const names = namedRanges(items.items);
    const table = scoresTableOn(names, ws.name);
    if (!table) return { notAssessmentSheet: { active: ws.name, assessmentSheets: assessmentSheets(names) } };
    const { header, cols } = table;
    const col = spec.column(cols);
    // The table's own columns bound it (a note typed far below beside it is no row of it); the
    // column's values come in the same sync.
    const column = (c1: number, c2: number) => ws.getRange(`${columnLetter(c1)}:${columnLetter(c2)}`);
    const used = column(header.c1, cols.last).getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    const cells = column(col, col).getUsedRangeOrNullObject(true).load('rowIndex,values');
    if (spec.sheet !== undefined) ws.activate();
    await context.sync();
    const lastRow = lastRowOfUsed(used);
    if (lastRow <= header.r1) return { sheet: table.sheet, count: 0, on: false };
    const count = cells.isNullObject
      ? 0
      : cells.values.filter((line, i) => cells.rowIndex + 1 + i > header.r1 && spec.keeps(text(line[0]))).length;

    // The criteria by sheet column, so they survive the filter moving with the table.
    const firstCol = current.isNullObject ? header.c1 : (parseSheetRange(current.address)?.range.c1 ?? header.c1);
    const range = { r1: header.r1, c1: header.c1, r2: lastRow, c2: cols.last };
    const byColumn = activeCriteria(current.isNullObject ? [] : filter.criteria)
      .map((c) => ({ column: firstCol + c.column - header.c1, criteria: c.criteria }))
      .filter((c) => c.column >= 0 && c.column <= range.c2 - range.c1);
    const own = col - header.c1;
    const filtering = byColumn.some((c) => c.column === own);
    const on = (spec.mode === 'toggle' ? !filtering : spec.mode === 'on') && count > 0;
    const others = byColumn.filter((c) => c.column !== own);
    if (!current.isNullObject) ws.autoFilter.remove();
    ws.autoFilter.apply(ws.getRange(rangeAddress(range)));
    applyCriteria(ws, range, [
      ...others,
      ...(on
        ? [{ column: own, criteria: { filterOn: 'Values', values: [...spec.values] } as Excel.FilterCriteria }]
        : []),
    ]);
    await context.sync();
    return { sheet: table.sheet, count, on };
  });
}

/** The flagged-rows filter of the active sheet's Scores table (columnFilter on the Flag column). */
async function flaggedFilter(mode: FilterMode, messageLang?: Lang): Promise<FlaggedFilterOutcome> {
  const outcome = await columnFilter(
    { column: (cols) => cols.flag, values: FLAGGED_WORDS, keeps: (t) => t !== '', mode },
    messageLang,
  );
  return 'notAssessmentSheet' in outcome ? outcome : { sheet: outcome.sheet, flagged: outcome.count, on: outcome.on };
}

export type BoxFilterOutcome = { sheet: string; box: string; count: number; on: boolean } | NotAssessmentSheet;

/**
 * The calibration panel's talent-grid box: `sheet`'s Scores table filtered to the people of one box
 * (its Talent grid box column), the sheet shown; `box` null shows all rows again.
 */
export async function showBoxOnly(sheet: string, box: string | null, messageLang?: Lang): Promise<BoxFilterOutcome> {
  const key = (box ?? '').toLowerCase();
  const outcome = await columnFilter(
    {
      sheet,
      column: (cols) => cols.box,
      values: box === null ? [] : [box],
      keeps: (t) => t.toLowerCase() === key,
      mode: box === null ? 'off' : 'on',
    },
    messageLang,
  );
  return 'notAssessmentSheet' in outcome ? outcome : { ...outcome, box: box ?? '' };
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
    const items = loadNames(context);
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
