import { addTo } from '../core/collections';
import { cellAddress } from '../core/a1';
import type { CsvTable } from '../core/csv';
import type { IdConflict, ImportProblem } from '../core/importText';
import { idLooseKey, idMatchKey, isSummaryLine, looseName, nameKey } from '../core/identity';
import { EMPLOYEE_FIELDS, INDICATOR_COLUMNS, type EmployeeField } from '../core/names';
import { fill, LABELS, matchKey } from '../core/labels';
import type { AssessmentSnapshot } from '../core/snapshot';
import { LANGS, type CellValue } from '../core/types';
import { actualInputs } from '../core/inputLayout';
import { computedColumns } from '../core/columns';
import { isYes } from '../core/indicators';
import {
  headerKey,
  indicatorHeaders,
  matchColumns,
  understoodUnits,
  type ColumnMatch,
  type HeaderAlias,
} from '../core/vocabulary';
import type { PlanCell, PlanOp } from './plan';

/** A CSV row the import left alone because it could mean more than one employee. */
export interface AmbiguousLine {
  /** 1-based CSV line. */
  line: number;
  employee: string;
  /** Sheet rows the line could update (two rows share the ID or the name). */
  rows: number[];
  /** Other CSV lines naming the same employee. */
  lines: number[];
}

/** A column whose unit scaled its numbers ("渠道销售额（万元）" 88 -> 880000). */
export interface UnitConversion {
  header: string;
  factor: number;
  count: number;
  example: { before: number; after: number };
}

export interface ImportReport {
  updated: number;
  appended: number;
  /** Rows found whose cells already hold what the CSV says. */
  unchanged: number;
  /** Every header of the CSV, as written. */
  headers: string[];
  /** What each header was matched to (in CSV order): an employee field, an indicator, or nothing. */
  mapping: { header: string; field: EmployeeField | 'potential' | null; indicator: string | null; factor: number }[];
  /** CSV headers that match no employee field and no indicator. */
  unmatchedColumns: string[];
  /** 1-based CSV line numbers of rows without an employee ID or name. */
  skippedLines: number[];
  /** 1-based CSV lines of totals and averages (合计, Total...) without an Employee ID: not employees. */
  summaryLines: number[];
  /** Indicators the CSV has no column for. */
  missingIndicators: string[];
  ambiguous: AmbiguousLine[];
  conflicts: IdConflict[];
  conversions: UnitConversion[];
  /** Why the file is refused as a whole (with refused = 'problems'). */
  problems: ImportProblem[];
  /** Why nothing at all can be imported: no Employee ID or Name column, or no row found or added. */
  /** score-first: the Indicators table changed since the last Score, so the inputs are not in its order yet. */
  refused: 'no-key-column' | 'no-rows' | 'score-first' | 'problems' | null;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** The largest and smallest magnitudes a spreadsheet cell holds (Excel: 9.99999999999999E+307, 2.2251E-308). */
const CELL_MAX = 9.99999999999999e307;
const CELL_MIN = 2.2250738585072014e-308;

/**
 * A CSV field for an input cell: plain numbers become numbers (scaled by the column's unit), the rest
 * stays text for the checks; null for a number no cell can hold (too large, or too small to be told from 0).
 */
function inputValue(text: string, factor: number): CellValue | null {
  if (!PLAIN_NUMBER.test(text)) return text;
  const value = factor === 1 ? Number(text) : Number((Number(text) * factor).toPrecision(12));
  const mantissaNonZero = /[1-9]/.test(text.replace(/[eE].*$/, ''));
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude > CELL_MAX) return null;
  if (mantissaNonZero && magnitude < CELL_MIN) return null;
  return value;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return (a === null ? '' : String(a).trim()) === (b === null ? '' : String(b).trim());
}

const ID = EMPLOYEE_FIELDS.indexOf('employeeId');
const NAME = EMPLOYEE_FIELDS.indexOf('name');

type Resolution =
  | { kind: 'row'; row: number }
  | { kind: 'new'; key: string }
  | { kind: 'ambiguous'; rows: number[] }
  | { kind: 'conflict'; row: number; name: string };

/**
 * Which row of the sheet a CSV line means: the row with its Employee ID (compared as people mean it:
 * full-width forms folded, invisible characters removed; "7" is "007" only when no other row could be
 * meant); else, by name, a row without an ID (the CSV then gives it one) or any row when the CSV has no
 * ID; else a new row. Two candidate rows make the line ambiguous, and an ID the sheet holds under
 * another name is a conflict: both are reported, never applied.
 */
function resolver(snapshot: AssessmentSnapshot) {
  const byId = new Map<string, number[]>();
  const byLooseId = new Map<string, number[]>();
  const byName = new Map<string, { row: number; hasId: boolean }[]>();
  const names = new Map<number, string>();
  for (const { row, cells } of snapshot.rows) {
    const id = idMatchKey(cells[ID]);
    if (id) {
      addTo(byId, id, row);
      addTo(byLooseId, idLooseKey(cells[ID]), row);
    }
    const name = nameKey(cells[NAME]);
    names.set(row, name);
    if (name) addTo(byName, name, { row, hasId: id !== '' });
  }
  return (id: string, name: string): Resolution | null => {
    const idk = idMatchKey(id);
    const namek = nameKey(name);
    if (!idk && !namek) return null;
    let idRows = idk ? (byId.get(idk) ?? []) : [];
    if (idk && idRows.length === 0) idRows = byLooseId.get(idLooseKey(id)) ?? [];
    if (idRows.length > 1) return { kind: 'ambiguous', rows: idRows };
    if (idRows.length === 1) {
      const sheetName = names.get(idRows[0]) ?? '';
      if (namek && sheetName && looseName(sheetName) !== looseName(namek))
        return { kind: 'conflict', row: idRows[0], name: sheetName };
      return { kind: 'row', row: idRows[0] };
    }
    const nameRows = (byName.get(namek) ?? []).filter((r) => !idk || !r.hasId).map((r) => r.row);
    if (namek && nameRows.length === 1) return { kind: 'row', row: nameRows[0] };
    if (namek && nameRows.length > 1) return { kind: 'ambiguous', rows: nameRows };
    return { kind: 'new', key: idk ? `id:${idLooseKey(id)}` : `name:${namek}` };
  };
}

/** Own-target columns of indicators that do not use own targets: the CSV holds targets the sheet would ignore. */
function ownTargetsOff(
  snapshot: AssessmentSnapshot,
  headers: readonly string[],
  indicators: readonly { name: string; ownTargets: boolean; row: number }[],
): ImportProblem[] {
  const ownCol = snapshot.indicatorRange.c1 + INDICATOR_COLUMNS.indexOf('ownTargets');
  const out: ImportProblem[] = [];
  for (const ind of indicators) {
    if (ind.ownTargets || !ind.name) continue;
    const words = new Set(
      indicatorHeaders(ind.name).flatMap((n) =>
        LANGS.map((l) => headerKey(fill(LABELS[l].ownHeader, { name: n })).key),
      ),
    );
    for (const header of headers)
      if (words.has(headerKey(header).key))
        out.push({
          kind: 'own-target-off',
          header: header.trim(),
          indicator: ind.name,
          cell: cellAddress(ind.row, ownCol),
        });
  }
  return out;
}

/**
 * Column problems: two columns for one target, data under a blank header, a unit that does not fit its
 * indicator. (A line wider than the header never gets here: the CSV parser refuses it.)
 */
function columnProblems(
  columns: readonly ColumnMatch[],
  csv: CsvTable,
  indicators: readonly { unit: string }[],
): ImportProblem[] {
  const out: ImportProblem[] = [];
  columns.forEach((c, at) => {
    if (c.duplicateOf !== undefined)
      out.push({ kind: 'duplicate-column', header: c.header.trim(), first: columns[c.duplicateOf].header.trim() });
    if (c.unknownUnit !== undefined && c.target?.kind === 'indicator')
      out.push({
        kind: 'unit-unknown',
        header: c.header.trim(),
        unit: c.unknownUnit,
        understood: understoodUnits(indicators[c.target.index].unit),
      });
    if (!c.header.trim()) {
      const i = csv.rows.findIndex((r, k) => k > 0 && (r[at] ?? '').trim() !== '');
      if (i > 0) out.push({ kind: 'blank-header', column: at + 1, line: csv.lines[i] });
    }
  });
  return out;
}

/**
 * Fills the Scores table from CSV rows: an existing employee is updated in the matched columns only;
 * others are appended after the last employee. Empty CSV fields leave a cell alone, and a cell that
 * already holds the value is not written, so importing the same file twice changes nothing. Nothing
 * outside the Scores input columns is touched but the data log cell; when the CSV has no key column, no
 * row can be imported, or any column or number cannot be read as it is, nothing at all is planned.
 */
export function planImport(
  snapshot: AssessmentSnapshot,
  csv: CsvTable,
  dataLog: { row: number; col: number; current: string; entry: string } | null,
  aliases: readonly HeaderAlias[] = [],
): { ops: PlanOp[]; report: ImportReport } {
  const [headers, ...records] = csv.rows;
  const nameAt = INDICATOR_COLUMNS.indexOf('name');
  const unitAt = INDICATOR_COLUMNS.indexOf('unit');
  const ownAt = INDICATOR_COLUMNS.indexOf('ownTargets');
  const text = (v: CellValue) => (v === null ? '' : String(v).trim());
  const indicators = snapshot.indicatorCells.map((r, i) => ({
    name: text(r[nameAt]),
    unit: text(r[unitAt]),
    ownTargets: isYes(r[ownAt] ?? null),
    row: snapshot.indicatorRange.r1 + i,
  }));
  // Own-target columns by their header ("Channel sales revenue target" / "渠道销售额目标", either language).
  const ownInputs = snapshot.inputTags.flatMap((tag, at) => {
    if (tag?.kind !== 'own') return [];
    const header = snapshot.inputHeaders[at];
    const i = indicators.findIndex((ind) =>
      LANGS.some((l) => fill(LABELS[l].ownHeader, { name: ind.name }) === header),
    );
    const name = i >= 0 ? indicators[i].name : header;
    return [{ headers: [header, ...LANGS.map((l) => fill(LABELS[l].ownHeader, { name }))], index: at }];
  });
  const columns: ColumnMatch[] = matchColumns(headers, indicators, aliases, ownInputs);
  const fieldColumn = (field: string) =>
    columns.findIndex((c) => c.target?.kind === 'field' && c.target.field === field && c.duplicateOf === undefined);
  const idColumn = fieldColumn('employeeId');
  const nameColumn = fieldColumn('name');
  const width = EMPLOYEE_FIELDS.length + Math.max(indicators.length, snapshot.inputHeaders.length);
  const position = (c: ColumnMatch) =>
    c.target!.kind === 'field' ? c.target!.index : EMPLOYEE_FIELDS.length + c.target!.index;
  // The actual inputs follow the Indicators table's order once scored; until then nothing is imported.
  const actualHeaders = actualInputs(snapshot.inputTags).map((at) => snapshot.inputHeaders[at]);
  const laidOut =
    actualHeaders.length === indicators.length &&
    actualHeaders.every((h, i) => matchKey(h) === matchKey(indicators[i].name));
  const unmatched = columns.filter((c) => !c.target && c.header.trim());
  const problems = [
    ...columnProblems(columns, csv, indicators),
    ...ownTargetsOff(
      snapshot,
      unmatched.map((c) => c.header),
      indicators,
    ),
  ];
  const report: ImportReport = {
    updated: 0,
    appended: 0,
    unchanged: 0,
    headers: headers.map((h) => h.trim()),
    mapping: columns.map((c) => ({
      header: c.header.trim(),
      field: c.target?.kind === 'field' ? c.target.field : c.target?.kind === 'potential' ? 'potential' : null,
      indicator:
        c.target?.kind === 'indicator'
          ? indicators[c.target.index].name
          : c.target?.kind === 'own'
            ? snapshot.inputHeaders[c.target.index]
            : null,
      factor: c.factor,
    })),
    unmatchedColumns: unmatched.map((c) => c.header.trim()),
    skippedLines: [],
    summaryLines: [],
    missingIndicators: indicators
      .filter((_, i) => !columns.some((c) => c.target?.kind === 'indicator' && c.target.index === i))
      .map((x) => x.name),
    ambiguous: [],
    conflicts: [],
    conversions: [],
    problems: [],
    refused: null,
  };
  if (idColumn < 0 && nameColumn < 0) return { ops: [], report: { ...report, refused: 'no-key-column' } };
  if (!laidOut) return { ops: [], report: { ...report, refused: 'score-first' } };

  const resolve = resolver(snapshot);
  const field = (record: string[], at: number) => (at >= 0 ? (record[at] ?? '').trim() : '');
  // First pass: who each line means. Two lines meaning the same employee are both left alone.
  const meant = records.map((record, i) => {
    const id = field(record, idColumn);
    const name = field(record, nameColumn);
    const summary = isSummaryLine(id, name);
    return { line: csv.lines[i + 1], record, summary, to: summary ? null : resolve(id, name) };
  });
  const byTarget = new Map<string, number[]>();
  for (const m of meant) {
    if (!m.to || m.to.kind === 'ambiguous' || m.to.kind === 'conflict') continue;
    const key = m.to.kind === 'row' ? `row:${m.to.row}` : m.to.key;
    addTo(byTarget, key, m.line);
  }
  // Lines that could be one person whatever the sheet holds: the same ID, or the same name where one has
  // no ID. Both are left alone, so the outcome does not depend on what an earlier import appended.
  const byIdKey = new Map<string, number[]>();
  const byNameKey = new Map<string, { line: number; hasId: boolean }[]>();
  for (const m of meant) {
    if (m.summary) continue;
    const id = idLooseKey(field(m.record, idColumn));
    const name = nameKey(field(m.record, nameColumn));
    if (id) addTo(byIdKey, id, m.line);
    if (name) addTo(byNameKey, name, { line: m.line, hasId: id !== '' });
  }
  const sameLines = (record: string[]): number[] => {
    const id = idLooseKey(field(record, idColumn));
    const name = nameKey(field(record, nameColumn));
    const byName = (byNameKey.get(name) ?? []).filter((o) => !o.hasId || !id).map((o) => o.line);
    return [...(id ? (byIdKey.get(id) ?? []) : []), ...(name ? byName : [])];
  };
  const current = new Map(snapshot.rows.map((r) => [r.row, r.cells]));
  // The Potential sits in the computed block (the panel's column): written as text, where it is now.
  const potentialCol = computedColumns(snapshot.scoresHeader.c2 + 1, snapshot.computedFor).potential;
  const potentialAt = potentialCol - (snapshot.scoresHeader.c2 + 1);
  const potentialNow = new Map(snapshot.rows.map((r, i) => [r.row, snapshot.computed[i]?.[potentialAt] ?? null]));
  const potentials: { row: number; value: string }[] = [];
  const conversions = new Map<number, UnitConversion>();
  let nextRow = snapshot.rows.length ? snapshot.rows[snapshot.rows.length - 1].row + 1 : snapshot.scoresHeader.r1 + 1;
  const writes: { row: number; cells: PlanCell[] }[] = [];
  for (const { line, record, summary, to } of meant) {
    const who = field(record, idColumn) || field(record, nameColumn);
    if (summary) {
      report.summaryLines.push(line);
      continue;
    }
    if (!to) {
      report.skippedLines.push(line);
      continue;
    }
    if (to.kind === 'ambiguous') {
      report.ambiguous.push({ line, employee: who, rows: to.rows, lines: [] });
      continue;
    }
    if (to.kind === 'conflict') {
      report.conflicts.push({
        line,
        id: field(record, idColumn),
        name: field(record, nameColumn),
        row: to.row,
        sheetName: to.name,
      });
      continue;
    }
    const lines = [...new Set([...byTarget.get(to.kind === 'row' ? `row:${to.row}` : to.key)!, ...sameLines(record)])];
    if (lines.length > 1) {
      report.ambiguous.push({
        line,
        employee: who,
        rows: to.kind === 'row' ? [to.row] : [],
        lines: lines.filter((l) => l !== line),
      });
      continue;
    }
    const row = to.kind === 'row' ? to.row : nextRow++;
    const occupied = to.kind === 'new' ? snapshot.below.get(row) : undefined;
    if (occupied)
      problems.push({ kind: 'append-occupied', line, cell: cellAddress(row, occupied.col), value: occupied.value });
    const now = current.get(row) ?? [];
    const cells = new Array<PlanCell>(width).fill(null);
    let changed = false;
    columns.forEach((column, at) => {
      const raw = (record[at] ?? '').trim();
      if (!column.target || column.duplicateOf !== undefined || raw === '') return;
      if (column.target.kind === 'potential') {
        if (sameValue(potentialNow.get(row) ?? null, raw)) return;
        potentials.push({ row, value: raw });
        changed = true;
        return;
      }
      const target = position(column);
      // The row's own ID and name, as the sheet writes them, stay: the line was matched to them.
      if (to.kind === 'row' && target === ID && idMatchKey(now[ID]) !== '') return;
      if (to.kind === 'row' && target === NAME && looseName(now[NAME]) === looseName(raw)) return;
      // Employee fields are text (an ID such as 007 keeps its zeros); inputs may be numbers.
      const value = column.target.kind === 'field' ? raw : inputValue(raw, column.factor);
      if (value === null) {
        problems.push({ kind: 'number-range', line, header: column.header.trim(), value: raw });
        return;
      }
      if (column.factor !== 1 && typeof value === 'number') {
        const seen = conversions.get(at) ?? {
          header: column.header.trim(),
          factor: column.factor,
          count: 0,
          example: { before: Number(raw), after: value },
        };
        seen.count++;
        conversions.set(at, seen);
      }
      if (sameValue(now[target] ?? null, value)) return;
      cells[target] = { value };
      changed = true;
    });
    if (to.kind === 'new') report.appended++;
    else if (changed) report.updated++;
    else report.unchanged++;
    if (changed && cells.some((c) => c !== null)) writes.push({ row, cells });
  }
  report.conversions = [...conversions.values()];
  if (problems.length) return { ops: [], report: { ...report, problems, refused: 'problems' } };
  if (report.updated + report.appended + report.unchanged === 0)
    return { ops: [], report: { ...report, refused: 'no-rows' } };
  const ops: PlanOp[] = writes
    .sort((a, b) => a.row - b.row)
    .map(({ row, cells }) => ({
      kind: 'cells',
      sheet: snapshot.sheet,
      row,
      col: snapshot.scoresHeader.c1,
      cells: [cells],
    }));
  for (const { row, value } of potentials)
    ops.push({ kind: 'cells', sheet: snapshot.sheet, row, col: potentialCol, cells: [[{ value }]] });
  // The data line names each source once: a second import of the same file on the same day adds nothing.
  if (dataLog && ops.length && !dataLog.current.split('; ').includes(dataLog.entry))
    ops.push({
      kind: 'cells',
      sheet: snapshot.sheet,
      row: dataLog.row,
      col: dataLog.col,
      cells: [[{ value: dataLog.current ? `${dataLog.current}; ${dataLog.entry}` : dataLog.entry }]],
    });
  return { ops, report };
}
