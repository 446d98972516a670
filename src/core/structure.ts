import { cellAddress } from './a1';
import { isFormulaText } from './text';
import { placedColumns } from './columns';
import { LABELS, matchKey, type Labels } from './labels';
import { makeCheck } from './messages';
import { EMPLOYEE_FIELDS, INDICATOR_COLUMNS, type IndicatorColumn } from './names';
import { LANGS, type CellValue, type Check, type Lang, type RangeRef } from './types';

/** The header word of each Indicators table column (the template writes them; the check reads them). */
export const INDICATOR_LABELS: Record<IndicatorColumn, keyof Labels> = {
  dimension: 'dimension',
  name: 'indicator',
  weight: 'weight',
  target: 'target',
  direction: 'direction',
  unit: 'unit',
  source: 'dataSource',
  ownTargets: 'ownTargets',
  key: 'indicatorKey',
};

/** A header cell of the tool's tables that is not the column the tool has there. */
export interface StructureProblem {
  table: 'indicators' | 'scores';
  row: number;
  col: number;
  expected: keyof Labels;
  found: string;
  /** A column added to the table since the sheet was made holds HR's own (a header, a value). */
  added?: true;
}

const wordsOf = (label: keyof Labels) => LANGS.map((l) => matchKey(String(LABELS[l][label])));
const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Whether a row of headers still has the tool's columns where the tool keeps them. A column inserted into
 * or deleted from the table shows as a neighbour's word one place off (or, where `emptyIsShift`, as an
 * empty header); a header HR merely retitled (a word that is no column's) is accepted.
 */
function headerProblem(
  cells: readonly CellValue[],
  labels: readonly (keyof Labels | null)[],
  at: { row: number; col: number },
  table: StructureProblem['table'],
  emptyIsShift: boolean,
): StructureProblem | null {
  const all = new Map<string, keyof Labels>();
  for (const l of labels) if (l) for (const w of wordsOf(l)) all.set(w, l);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!label) continue;
    const found = text(cells[i]);
    const key = matchKey(found);
    if (wordsOf(label).includes(key)) continue;
    const other = all.get(key);
    if ((found === '' && emptyIsShift) || (other !== undefined && other !== label))
      return { table, row: at.row, col: at.col + i, expected: label, found };
  }
  return null;
}

/**
 * The structure the tool can prove of a sheet before it reads by position: the Indicators table's columns
 * (its defined name as wide as the tool made it, its headers in place), the employee fields' headers, and
 * the computed block's own headers (the tool writes them at every Score, so they must all be there).
 */
export function structureProblem(read: {
  indicatorsName: RangeRef;
  indicatorHeader: readonly CellValue[];
  fieldHeader: readonly CellValue[];
  scoresHeader: RangeRef;
  computedHeader: readonly CellValue[];
  computedFor: number;
}): StructureProblem | null {
  const ind = read.indicatorsName;
  const indicatorLabels = INDICATOR_COLUMNS.map((c) => INDICATOR_LABELS[c]);
  const width = ind.c2 - ind.c1 + 1;
  const headerAt = { row: ind.r1 - 1, col: ind.c1 };
  if (ind.r1 > 1) {
    // A wider name: a column was inserted inside the table; narrower: one was deleted.
    const cells = [...read.indicatorHeader];
    const problem = headerProblem(cells, indicatorLabels, headerAt, 'indicators', true);
    if (problem) return problem;
    if (width !== INDICATOR_COLUMNS.length) {
      const i = Math.min(width, INDICATOR_COLUMNS.length - 1);
      return {
        table: 'indicators',
        row: headerAt.row,
        col: ind.c1 + i,
        expected: indicatorLabels[i],
        found: text(cells[i]),
      };
    }
  }
  const h = read.scoresHeader;
  const fields = headerProblem(
    read.fieldHeader,
    EMPLOYEE_FIELDS.map((f) => f as keyof Labels),
    { row: h.r1, col: h.c1 },
    'scores',
    true,
  );
  if (fields) return fields;
  // The computed block's own headers (per-indicator ones are indicator names): a neighbour's word is a shift.
  const placed = placedColumns(0, read.computedFor);
  const computedLabels = placed.map((p) => (p.def.perIndicator ? null : p.def.label));
  const shifted = headerProblem(read.computedHeader, computedLabels, { row: h.r1, col: h.c2 + 1 }, 'scores', false);
  if (shifted) return shifted;
  // A column added since the sheet was made: its header is the tool's words, or empty (not yet written).
  for (const p of placed) {
    if (!('added' in p.def)) continue;
    const found = text(read.computedHeader[p.col]);
    if (found !== '' && !wordsOf(p.def.label).includes(matchKey(found)))
      return { table: 'scores', row: h.r1, col: h.c2 + 1 + p.col, expected: p.def.label, found, added: true };
  }
  return null;
}

/**
 * On a sheet whose added columns have no header yet (made before them), a value typed in one of their
 * cells is HR's own, right of the old table: the first such cell, or null.
 */
export function addedColumnValue(
  header: RangeRef,
  computedFor: number,
  computedHeader: readonly CellValue[],
  rows: readonly { row: number; computed: readonly CellValue[] }[],
): StructureProblem | null {
  const added = placedColumns(0, computedFor).filter((p) => 'added' in p.def && text(computedHeader[p.col]) === '');
  for (const { row, computed } of rows)
    for (const p of added) {
      const v = text(computed[p.col]);
      if (v !== '' && !isFormulaText(v))
        return { table: 'scores', row, col: header.c2 + 1 + p.col, expected: p.def.label, found: v, added: true };
    }
  return null;
}

/** The sheet error for a structure problem, naming the header cell. */
export function structureCheck(sheet: string, p: StructureProblem, lang: Lang): Check {
  if (p.added)
    return makeCheck(
      'table-column-taken',
      sheet,
      cellAddress(p.row, p.col),
      { expected: String(LABELS[lang][p.expected]), found: p.found },
      lang,
    );
  return makeCheck(
    'table-structure',
    sheet,
    cellAddress(p.row, p.col),
    { expected: String(LABELS[lang][p.expected]), found: p.found, table: p.table === 'indicators' ? 1 : 0 },
    lang,
  );
}
