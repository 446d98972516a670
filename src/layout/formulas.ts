import { absAddress, cellAddress } from '../core/a1';
import { labels } from '../core/labels';
import { RULE_NAMES as R } from '../core/names';
import { EMPLOYEE_FIELDS } from '../core/names';
import { statusPiece, type InputFault } from '../core/scoring';
import type { Indicator, Lang } from '../core/types';
import { computedColumns } from './geometry';
import { formulaText } from './plan';

export interface FormulaContext {
  indicators: readonly Indicator[];
  /** Column of Weight and Target in the Indicators table. */
  weightCol: number;
  targetCol: number;
  totalCell: { row: number; col: number };
  inputCol: number;
  computedCol: number;
  /** Workbook language: the words the Status formula shows. */
  lang: Lang;
}

/** Score from an achievement cell: the Rules sheet's piecewise-linear curve, 100 above its last point. */
function curveScore(a: string): string {
  const m = `MATCH(${a},${R.curveX},1)`;
  return `INDEX(${R.curveY},${m})+(${a}-INDEX(${R.curveX},${m}))*INDEX(${R.curveSlope},${m})`;
}

function weightsOk(ctx: FormulaContext): string {
  return `ABS(${absAddress(ctx.totalCell.row, ctx.totalCell.col)}-100)<=${R.weightTolerance}`;
}

const PLACEHOLDER = '\u0000';

/** A Status piece whose cell address follows the row, so one formula fills the whole column. */
function piece(ctx: FormulaContext, x: string, name: string, fault: InputFault): string {
  const [before, after] = statusPiece(ctx.lang, PLACEHOLDER, name, fault).split(PLACEHOLDER);
  return `${formulaText(before)}&ADDRESS(ROW(${x}),COLUMN(${x}),4)&${formulaText(after)}`;
}
/**
 * The computed cells of one Scores row, left to right (null: no formula, the cell stays empty). Relative
 * references only move with the row, so the first row's formulas fill the whole column. Each mirrors the
 * engine (core/scoring.ts) operation for operation, so both give the same numbers.
 */
export function rowFormulas(ctx: FormulaContext, row: number): (string | null)[] {
  const n = ctx.indicators.length;
  const cols = computedColumns(ctx.computedCol, n);
  const out: (string | null)[] = new Array(cols.last - ctx.computedCol + 1).fill(null);
  const put = (col: number, formula: string) => (out[col - ctx.computedCol] = formula);
  const l = labels(ctx.lang);
  const pieces: string[] = [];
  const terms: string[] = [];

  ctx.indicators.forEach((ind, i) => {
    const x = cellAddress(row, ctx.inputCol + i);
    const weight = absAddress(ind.row, ctx.weightCol);
    const target = absAddress(ind.row, ctx.targetCol);
    const achievement = cellAddress(row, cols.achievement(i));
    const score = cellAddress(row, cols.score(i));
    let fault: string;
    if (ind.dimension === 'qualitative') {
      put(cols.score(i), `IF(AND(ISNUMBER(${x}),${x}>=0,${x}<=100),${x},"")`);
      fault = `IF(OR(${x}<0,${x}>100),${piece(ctx, x, ind.name, 'outOfRange')},"")`;
    } else {
      const lower = ind.direction === 'lower';
      put(cols.achievement(i), lower ? `IF(AND(ISNUMBER(${x}),${x}>0),${target}/${x},"")` : `IF(AND(ISNUMBER(${x}),${x}>=0),${x}/${target},"")`);
      put(cols.score(i), `IF(ISNUMBER(${achievement}),${curveScore(achievement)},"")`);
      fault = lower ? `IF(${x}<=0,${piece(ctx, x, ind.name, 'notPositive')},"")` : `IF(${x}<0,${piece(ctx, x, ind.name, 'negative')},"")`;
    }
    pieces.push(`IF(ISNUMBER(${x}),${fault},IF(ISBLANK(${x}),${piece(ctx, x, ind.name, 'missing')},${piece(ctx, x, ind.name, 'notNumber')}))`);
    terms.push(`${score}*${weight}`);
  });

  const first = cellAddress(row, cols.score(0));
  const last = cellAddress(row, cols.score(n - 1));
  const weighted = cellAddress(row, cols.weighted);
  const rowInputs = `${cellAddress(row, ctx.inputCol - EMPLOYEE_FIELDS.length)}:${cellAddress(row, ctx.inputCol + n - 1)}`;
  put(cols.weighted, `IF(AND(${weightsOk(ctx)},COUNT(${first}:${last})=${n}),ROUND((${terms.join('+')})/100,1),"")`);
  put(cols.grade, `IF(ISNUMBER(${weighted}),INDEX(${R.gradeName},MATCH(${weighted},${R.gradeMin},1)),"")`);
  // A row without any employee data is no employee: it shows nothing.
  put(
    cols.status,
    `IF(COUNTA(${rowInputs})=0,"",IF(ISNUMBER(${weighted}),${formulaText(l.statusScored)},IF(NOT(${weightsOk(ctx)}),${formulaText(l.statusWeights)},${formulaText(l.statusIncomplete)}&${pieces.join('&')})))`,
  );
  return out;
}
