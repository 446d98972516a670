import { columnLetter } from '../core/a1';
import { gradeTextColour } from '../core/gradeColours';
import type { ComputedColumns } from '../core/columns';
import { EMPLOYEE_FIELDS, RULE_NAMES as R } from '../core/names';
import type { Rules } from '../core/rules';
import type { RangeRef } from '../core/types';
import type { PlanOp } from './plan';

/**
 * How a Scores table's results look, as conditional formats that follow every edit: each grade's word
 * (the grade and the final grade) bold in the grade's own colour, the same four as the charts and the
 * pane; a row that is not scored yet (something typed, no weighted score) in grey italics. Colour never
 * stands alone: the word, the Status, stay. Each rule replaces the one of the columns' former places.
 */
export function resultLookOps(
  sheet: string,
  rows: { first: number; last: number },
  table: { c1: number; cols: ComputedColumns; was: ComputedColumns },
  rules: Pick<Rules, 'grades'>,
): PlanOp[] {
  const { first, last } = rows;
  const { cols, was } = table;
  const bands = rules.grades.length;
  const ops: PlanOp[] = [];
  const column = (c: number): RangeRef => ({ r1: first, c1: c, r2: last, c2: c });
  const gradeRule = (c: number, band: number) => `${columnLetter(c)}${first}=INDEX(${R.gradeName},${band + 1})`;
  for (const key of ['grade', 'final'] as const)
    for (let band = 0; band < bands; band++)
      ops.push({
        kind: 'highlight',
        sheet,
        range: column(cols[key]),
        formula: gradeRule(cols[key], band),
        fontColor: gradeTextColour(band, bands),
        bold: true,
        replaces: [gradeRule(was[key], band)],
      });
  // Something typed in the row's employee fields, and no weighted score.
  const fields = `$${columnLetter(table.c1)}${first}:$${columnLetter(table.c1 + EMPLOYEE_FIELDS.length - 1)}${first}`;
  const unscored = (weighted: number) => `AND(COUNTA(${fields})>0,NOT(ISNUMBER($${columnLetter(weighted)}${first})))`;
  ops.push({
    kind: 'highlight',
    sheet,
    range: { r1: first, c1: table.c1, r2: last, c2: cols.last },
    formula: unscored(cols.weighted),
    fontColor: '7F7F7F',
    italic: true,
    replaces: [unscored(was.weighted)],
  });
  return ops;
}
