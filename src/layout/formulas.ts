import { absAddress, cellAddress } from '../core/a1';
import { labels } from '../core/labels';
import { RULE_NAMES as R } from '../core/names';
import { EMPLOYEE_FIELDS } from '../core/names';
import { duplicatePiece, statusPiece, type InputFault } from '../core/scoring';
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
  /** Absolute addresses of the sheet's outlier fences (statistics cells). */
  fences: { lower: string; upper: string };
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
export function rowFormulas(ctx: FormulaContext, row: number, duplicateOf: readonly number[] = []): (string | null)[] {
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
  // A row whose Employee ID other rows share is not scored (core/scoring.ts duplicateIds). Only those
  // rows get this formula, comparing their ID with the few rows named: linear, and live until corrected.
  const idCell = cellAddress(row, ctx.inputCol - EMPLOYEE_FIELDS.length + 1);
  const id = (cell: string) => `TRIM(${cell}&"")`;
  const duplicate = duplicateOf.length
    ? `AND(${id(idCell)}<>"",OR(${duplicateOf.map((r) => `${id(idCell)}=${id(cellAddress(r, ctx.inputCol - EMPLOYEE_FIELDS.length + 1))}`).join(',')}))`
    : null;
  const weightedFormula = `IF(AND(${weightsOk(ctx)},COUNT(${first}:${last})=${n}),ROUND((${terms.join('+')})/100,1),"")`;
  put(cols.weighted, duplicate ? `IF(${duplicate},"",${weightedFormula})` : weightedFormula);
  put(cols.grade, `IF(ISNUMBER(${weighted}),INDEX(${R.gradeName},MATCH(${weighted},${R.gradeMin},1)),"")`);
  // A row without any employee data is no employee: it shows nothing.
  const incomplete = `${formulaText(l.statusIncomplete)}&${pieces.join('&')}`;
  const status = `IF(ISNUMBER(${weighted}),${formulaText(l.statusScored)},IF(NOT(${weightsOk(ctx)}),${formulaText(l.statusWeights)},${incomplete}))`;
  put(
    cols.status,
    `IF(COUNTA(${rowInputs})=0,"",${duplicate ? `IF(${duplicate},${formulaText(l.statusIncomplete + duplicatePiece(ctx.lang, idCell, duplicateOf))}&${pieces.join('&')},${status})` : status})`,
  );
  put(cols.flagReason, flagReasonFormula(ctx, row));
  put(cols.flag, `IF(${cellAddress(row, cols.flagReason)}="","",${formulaText(l.flagged)})`);
  const calibrated = `TRIM(${cellAddress(row, cols.calibrated)}&"")`;
  put(cols.final, `IF(${calibrated}="",${cellAddress(row, cols.grade)},${calibrated})`);
  return out;
}

/** A label with {placeholders} as a formula: literal pieces joined with the expressions. */
export function templateFormula(template: string, parts: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const m = /^\{(\w+)\}$/.exec(piece);
      return m ? parts[m[1]] : formulaText(piece);
    })
    .join('&');
}

/** Mirrors core/calibration.ts flagEmployee: each piece ends with a space, the whole is trimmed. */
function flagReasonFormula(ctx: FormulaContext, row: number): string {
  const n = ctx.indicators.length;
  const cols = computedColumns(ctx.computedCol, n);
  const l = labels(ctx.lang);
  const w = cellAddress(row, cols.weighted);
  const { lower, upper } = ctx.fences;
  const piece = (template: string, parts: Record<string, string>) => `${templateFormula(template, parts)}&" "`;
  // ROUND before FIXED: FIXED alone rounds 28.749999999999996 differently in Excel and LibreOffice.
  const fixed = (x: string, digits: number) => `FIXED(ROUND(${x},${digits}),${digits},TRUE)`;
  const pieces = [
    `IF(AND(ISNUMBER(${w}),ISNUMBER(${upper})),IF(${w}>${upper},${piece(l.reasonHigh, { w: fixed(w, 1), fence: fixed(upper, 1) })},""),"")`,
    `IF(AND(ISNUMBER(${w}),ISNUMBER(${lower})),IF(${w}<${lower},${piece(l.reasonLow, { w: fixed(w, 1), fence: fixed(lower, 1) })},""),"")`,
  ];
  ctx.indicators.forEach((ind, i) => {
    if (ind.dimension !== 'quantitative') return;
    const a = cellAddress(row, cols.achievement(i));
    const pct = fixed(`${a}*100`, 1);
    const high = piece(l.reasonAchievementHigh, { name: formulaText(ind.name), pct, limit: fixed(`${R.achievementHigh}*100`, 0) });
    const low = piece(l.reasonAchievementLow, { name: formulaText(ind.name), pct, limit: fixed(`${R.achievementLow}*100`, 0) });
    pieces.push(`IF(ISNUMBER(${a}),IF(${a}>=${R.achievementHigh},${high},IF(${a}<=${R.achievementLow},${low},"")),"")`);
  });
  return `TRIM(${pieces.join('&')})`;
}
