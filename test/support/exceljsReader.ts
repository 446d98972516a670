import type { Cell, Workbook, Worksheet, CellValue as ExcelCellValue } from 'exceljs';
/**
 * ExcelJS as an independent reader of the files LibreOffice, openpyxl and the tool write (tests only:
 * the product reads and writes packages itself, src/hosts/xlsx).
 */
import { parseSheetRange } from '../../src/core/a1';
import {
  readAssessmentSheets,
  type AssessmentSnapshot,
  type GridReader,
  type NamedRange,
} from '../../src/core/snapshot';
import type { CellValue, RangeRef } from '../../src/core/types';

/** An ExcelJS cell value as the core sees it (the cached result for formulas, text for rich text). */
export function plainValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value)
      return plainValue((value as { result?: ExcelCellValue }).result ?? null);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return value.error;
    if ('text' in value) return String(value.text);
  }
  return null;
}

export function definedNames(workbook: Workbook): NamedRange[] {
  const out: NamedRange[] = [];
  for (const { name, ranges } of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    const parsed = ranges.length === 1 ? parseSheetRange(ranges[0]) : null;
    if (parsed && name.startsWith('PR_')) out.push({ name, ...parsed });
  }
  return out;
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet named ${name}`);
  return ws;
}

/** A cell's value; for formula cells the cached result (ExcelJS's `value` drops a result of 0 or ""). */
export function cellValue(cell: Cell): CellValue {
  return cell.formula ? plainValue((cell.result as ExcelCellValue) ?? null) : plainValue(cell.value);
}

function grid<T>(ws: Worksheet, r: RangeRef, read: (cell: Cell) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.r1; row <= r.r2; row++) {
    const line: T[] = [];
    const wsRow = ws.getRow(row);
    for (let col = r.c1; col <= r.c2; col++) {
      line.push(read(wsRow.getCell(col)));
    }
    out.push(line);
  }
  return out;
}

export function workbookReader(workbook: Workbook): GridReader {
  return {
    values: (name, r) => grid(sheet(workbook, name), r, cellValue),
    formulas: (name, r) =>
      grid(sheet(workbook, name), r, (cell) => (cell.formula ? `=${cell.formula}` : plainValue(cell.value))),
    lastRow: (name) => lastRowWithValue(sheet(workbook, name)),
  };
}

export function lastRowWithValue(ws: Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = n;
  });
  return last;
}

/** The first assessment sheet of a workbook as ExcelJS reads it. */
export function exceljsSnapshot(workbook: Workbook): AssessmentSnapshot {
  return readAssessmentSheets(definedNames(workbook), workbookReader(workbook))[0];
}
