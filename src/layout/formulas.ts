import { absAddress, cellAddress } from '../core/a1';
import { fill, labels } from '../core/labels';
import { RULE_NAMES as R } from '../core/names';
import { EMPLOYEE_FIELDS } from '../core/names';
import { duplicatePiece, statusPiece, type InputFault } from '../core/scoring';
import type { Indicator, Lang } from '../core/types';
import { computedColumns, placedColumns, type FormulaKey } from '../core/columns';
import { formulaText } from './plan';
import { TALENT_WORDS } from '../core/talentText';

export interface FormulaContext {
  indicators: readonly Indicator[];
  /** Column of Weight and Target in the Indicators table. */
  weightCol: number;
  targetCol: number;
  totalCell: { row: number; col: number };
  inputCol: number;
  /** Per indicator, the column of its own-target input; null when it has none. */
  ownCol: readonly (number | null)[];
  computedCol: number;
  /** Workbook language: the words the Status formula shows. */
  lang: Lang;
  /** How many points the Rules sheet's achievement-to-score curve has. */
  curvePoints: number;
  /** Absolute addresses of the sheet's outlier fences (statistics cells). */
  fences: { lower: string; upper: string };
  /** The Rules have the talent grid's cells (a workbook made before has not: no grid formulas then). */
  talentGrid: boolean;
}

/**
 * A level word's number (1 low .. 3 high, 0 none), either language, as core/talentGrid.ts levelOf: "="
 * compares without case and without wildcards (MATCH would read "*" and "?" as wildcards).
 */
export function levelFormula(text: string): string {
  const [zh, en] = [TALENT_WORDS['zh-CN'].levels, TALENT_WORDS['en-US'].levels];
  const is = (k: number) => `OR(${text}=${formulaText(zh[k])},${text}=${formulaText(en[k])})`;
  return `IF(${is(2)},3,IF(${is(1)},2,IF(${is(0)},1,0)))`;
}

/**
 * Score from an achievement cell: the Rules sheet's piecewise-linear curve, 100 above its last point.
 * The segment is chosen by comparisons with the curve's points, not by MATCH: the same choice as the
 * engine's matchAscending (the last point at or below), and LibreOffice recalculates it about a fifth
 * faster at 10,000 employees (npm run bench), because a lookup per score cell is what full
 * recalculation spends most on.
 */
function curveScore(a: string, points: number): string {
  const at = (name: string, k: number) => `INDEX(${name},${k + 1})`;
  const segment = (k: number) => `${at(R.curveY, k)}+(${a}-${at(R.curveX, k)})*${at(R.curveSlope, k)}`;
  let formula = segment(points - 1);
  for (let k = points - 2; k >= 0; k--) formula = `IF(${a}<${at(R.curveX, k + 1)},${segment(k)},${formula})`;
  return formula;
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
/** How one computed column's formula is built for a row (null: no formula, the cell stays empty). */
type Builder = (indicator: number) => string | null;

/**
 * The computed cells of one Scores row, left to right in the column table's order (null: no formula).
 * One builder per formula column of core/columns.ts (the type makes a missing one a compile error).
 * Relative references only move with the row, so the first row's formulas fill the whole column. Each
 * mirrors the engine (core/scoring.ts) operation for operation, so both give the same numbers.
 */
export function rowFormulas(ctx: FormulaContext, row: number, duplicateOf: readonly number[] = []): (string | null)[] {
  const n = ctx.indicators.length;
  const cols = computedColumns(ctx.computedCol, n);
  const l = labels(ctx.lang);
  const input = (i: number) => cellAddress(row, ctx.inputCol + i);
  const at = (col: number) => cellAddress(row, col);
  const sheetTarget = (i: number) => absAddress(ctx.indicators[i].row, ctx.targetCol);
  const own = (i: number) => {
    const col = ctx.ownCol[i];
    return col === null || col === undefined ? null : cellAddress(row, col);
  };
  // The employee's own target where given, else the sheet's (core/scoring.ts ownTargetOf).
  const target = (i: number) => {
    const t = own(i);
    return t === null ? sheetTarget(i) : `IF(${t}="",${sheetTarget(i)},${t})`;
  };
  const ownName = (i: number) => fill(l.ownHeader, { name: ctx.indicators[i].name });
  const ownFault = (i: number) => {
    const t = own(i);
    if (t === null) return '""';
    return `IF(${t}="","",IF(ISNUMBER(${t}),IF(${t}<=0,${piece(ctx, t, ownName(i), 'notPositive')},""),${piece(ctx, t, ownName(i), 'notNumber')}))`;
  };
  const ownUsed = ctx.indicators
    .map((ind, i) => {
      const t = own(i);
      return t === null ? '' : `&IF(${t}="","",${formulaText(fill(l.statusOwnTarget, { name: ind.name }))})`;
    })
    .join('');
  /** The target is one a score can be computed from (an own target may be typed wrong). */
  const targetOk = (i: number) => {
    const t = own(i);
    return t === null ? '' : `,OR(${t}="",AND(ISNUMBER(${t}),${t}>0))`;
  };

  const faultPiece = (i: number) => {
    const ind = ctx.indicators[i];
    const x = input(i);
    // An own target is checked once the actual is right (core/scoring.ts): it is the fault's else branch.
    const otherwise = ind.dimension === 'quantitative' ? ownFault(i) : '""';
    const fault =
      ind.dimension === 'qualitative'
        ? `IF(OR(${x}<0,${x}>100),${piece(ctx, x, ind.name, 'outOfRange')},"")`
        : ind.direction === 'lower'
          ? `IF(${x}<=0,${piece(ctx, x, ind.name, 'notPositive')},${otherwise})`
          : `IF(${x}<0,${piece(ctx, x, ind.name, 'negative')},${otherwise})`;
    return `IF(ISNUMBER(${x}),${fault},IF(ISBLANK(${x}),${piece(ctx, x, ind.name, 'missing')},${piece(ctx, x, ind.name, 'notNumber')}))`;
  };
  const pieces = ctx.indicators.map((_, i) => faultPiece(i)).join('&');
  const rowInputs = `${at(ctx.inputCol - EMPLOYEE_FIELDS.length)}:${input(n - 1)}`;
  // A row whose Employee ID other rows share is not scored (core/scoring.ts duplicateIds). Only those
  // rows get this formula, comparing their ID with the few rows named: linear, and live until corrected.
  const idCol = ctx.inputCol - EMPLOYEE_FIELDS.length + 1;
  const id = (cell: string) => `TRIM(${cell}&"")`;
  const duplicate = duplicateOf.length
    ? `AND(${id(at(idCol))}<>"",OR(${duplicateOf.map((r) => `${id(at(idCol))}=${id(cellAddress(r, idCol))}`).join(',')}))`
    : null;

  const builders: Record<FormulaKey, Builder> = {
    achievement: (i) => {
      const ind = ctx.indicators[i];
      const x = input(i);
      if (ind.dimension === 'qualitative') return null;
      return ind.direction === 'lower'
        ? `IF(AND(ISNUMBER(${x}),${x}>0${targetOk(i)}),${target(i)}/${x},"")`
        : `IF(AND(ISNUMBER(${x}),${x}>=0${targetOk(i)}),${x}/${target(i)},"")`;
    },
    score: (i) => {
      const x = input(i);
      const achievement = at(cols.achievement(i));
      return ctx.indicators[i].dimension === 'qualitative'
        ? `IF(AND(ISNUMBER(${x}),${x}>=0,${x}<=100),${x},"")`
        : `IF(ISNUMBER(${achievement}),${curveScore(achievement, ctx.curvePoints)},"")`;
    },
    weighted: () => {
      const terms = ctx.indicators
        .map((ind, i) => `${at(cols.score(i))}*${absAddress(ind.row, ctx.weightCol)}`)
        .join('+');
      const formula = `IF(AND(${weightsOk(ctx)},COUNT(${at(cols.score(0))}:${at(cols.score(n - 1))})=${n}),ROUND((${terms})/100,1),"")`;
      return duplicate ? `IF(${duplicate},"",${formula})` : formula;
    },
    grade: () =>
      `IF(ISNUMBER(${at(cols.weighted)}),INDEX(${R.gradeName},MATCH(${at(cols.weighted)},${R.gradeMin},1)),"")`,
    status: () => {
      const incomplete = `${formulaText(l.statusIncomplete)}&${pieces}`;
      const status = `IF(ISNUMBER(${at(cols.weighted)}),${formulaText(l.statusScored)}${ownUsed},IF(NOT(${weightsOk(ctx)}),${formulaText(l.statusWeights)},${incomplete}))`;
      // A row without any employee data is no employee: it shows nothing.
      return `IF(COUNTA(${rowInputs})=0,"",${duplicate ? `IF(${duplicate},${formulaText(l.statusIncomplete + duplicatePiece(ctx.lang, at(idCol), duplicateOf))}&${pieces},${status})` : status})`;
    },
    flag: () => `IF(${at(cols.flagReason)}="","",${formulaText(l.flagged)})`,
    flagReason: () => flagReasonFormula(ctx, row),
    // Mirrors core/actions.ts: the final grade's action; the lowest grade twice in a row, the talk.
    action: () => {
      const final = at(cols.final);
      const previous = `TRIM(${at(ctx.inputCol - EMPLOYEE_FIELDS.length + EMPLOYEE_FIELDS.indexOf('previousGrade'))}&"")`;
      const band = `MATCH(${final},${R.gradeName},0)`;
      return `IF(${final}="","",IFERROR(IF(${band}=1,IF(${previous}=INDEX(${R.gradeName},1),${R.talkAction}&"",INDEX(${R.gradeAction},1)&""),INDEX(${R.gradeAction},${band})&""),""))`;
    },
    final: () => {
      const calibrated = `TRIM(${at(cols.calibrated)}&"")`;
      return `IF(${calibrated}="",${at(cols.grade)},${calibrated})`;
    },
    quantScore: () => dimensionMeanFormula(ctx, row, 'quantitative'),
    qualScore: () => dimensionMeanFormula(ctx, row, 'qualitative'),
    // Mirrors core/talentGrid.ts: the final grade's level by the Rules, in the workbook's words.
    performance: () => {
      if (!ctx.talentGrid) return null;
      const final = at(cols.final);
      const level = levelFormula(`TRIM(INDEX(${R.gradeLevel},MATCH(${final},${R.gradeName},0))&"")`);
      const words = TALENT_WORDS.of(ctx.lang).levels.map(formulaText).join(',');
      return `IF(${final}="","",IFERROR(CHOOSE(${level},${words}),""))`;
    },
    box: () => {
      if (!ctx.talentGrid) return null;
      const performance = levelFormula(at(cols.performance));
      const potential = levelFormula(`TRIM(${at(cols.potential)}&"")`);
      return `IF(OR(${performance}=0,${potential}=0),"",INDEX(${R.boxName},(3-${performance})*3+4-${potential})&"")`;
    },
  };
  return placedColumns(ctx.computedCol, n).map(({ def, indicator }) =>
    def.filledBy === 'panel' ? null : builders[def.key](indicator),
  );
}

/** One dimension's weighted mean of scores, as core/scoring.ts dimensionMean; no formula when it has none. */
function dimensionMeanFormula(ctx: FormulaContext, row: number, dimension: Indicator['dimension']): string | null {
  const cols = computedColumns(ctx.computedCol, ctx.indicators.length);
  const of = ctx.indicators.map((ind, i) => ({ ind, i })).filter((x) => x.ind.dimension === dimension);
  if (of.length === 0) return null;
  const weight = (ind: Indicator) => absAddress(ind.row, ctx.weightCol);
  const terms = of.map(({ ind, i }) => `${cellAddress(row, cols.score(i))}*${weight(ind)}`).join('+');
  const weights = of.map(({ ind }) => weight(ind)).join('+');
  const weighted = cellAddress(row, cols.weighted);
  return `IF(ISNUMBER(${weighted}),(${terms})/(${weights}),"")`;
}

/** A number as core/feedback.ts dataNumber writes it: whole numbers with separators, others with up to 3 decimals. */
export function dataNumberFormula(x: string): string {
  return `IF(${x}=INT(${x}),TEXT(${x},"#,##0"),TEXT(${x},"#,##0.###"))`;
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
    const high = piece(l.reasonAchievementHigh, {
      name: formulaText(ind.name),
      pct,
      limit: fixed(`${R.achievementHigh}*100`, 0),
    });
    const low = piece(l.reasonAchievementLow, {
      name: formulaText(ind.name),
      pct,
      limit: fixed(`${R.achievementLow}*100`, 0),
    });
    pieces.push(`IF(ISNUMBER(${a}),IF(${a}>=${R.achievementHigh},${high},IF(${a}<=${R.achievementLow},${low},"")),"")`);
  });
  return `TRIM(${pieces.join('&')})`;
}
