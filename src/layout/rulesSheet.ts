import { labels } from '../core/labels';
import { DIMENSION_LIST, DIRECTION_LIST, IMPORT_ALIASES_NAME, RULE_NAMES as R } from '../core/names';
import { curveSlopes, defaultRules } from '../core/rules';
import type { CellValue, Lang } from '../core/types';
import { LANG_NAMES } from '../core/types';
import { PAPER_NAMES } from '../core/rules';
import { TALENT_WORDS } from '../core/talentText';
import { WORD_WIDTHS } from '../core/wordWidths';
import { STYLE, f, v, type CellStyle, type PlanCell, type PlanOp } from './plan';

/** The Rules sheet (评分规则): every value an assessment formula reads, each under a defined name. */
export function rulesSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const d = defaultRules(lang);
  const ops: PlanOp[] = [{ kind: 'addSheet', sheet }];
  const { cells, style, name, section, setting } = rulesWriter(sheet, ops);

  cells(1, 1, [[v(l.rulesTitle)]]);
  style(1, 1, 1, 1, STYLE.title);
  cells(2, 1, [[v(l.rulesNote)]]);
  style(2, 1, 2, 1, STYLE.note);
  // Its name, not its code: HR reads "简体中文" (either is read back).
  setting(3, l.language, LANG_NAMES[lang], R.lang);
  // The paper every sheet the tool lays out prints on (A4 in China); a list of the two it knows.
  setting(4, l.paperSize, d.paper, R.paper);
  ops.push({
    kind: 'listValidation',
    sheet,
    range: { r1: 4, c1: 2, r2: 4, c2: 2 },
    items: PAPER_NAMES,
  });

  section(5, l.curveSection);
  cells(6, 1, [[v(l.achievement), v(l.score), v(l.slope)]]);
  style(6, 1, 6, 3, STYLE.header);
  const points = d.curve.x.length;
  const slopes = curveSlopes(d.curve);
  const last = 7 + points - 1;
  cells(
    7,
    1,
    d.curve.x.map((x, i) => {
      const r = 7 + i;
      return [v(x), v(d.curve.y[i]), r < last ? f(`(B${r + 1}-B${r})/(A${r + 1}-A${r})`, slopes[i]) : v(0)];
    }),
  );
  style(7, 1, last, 1, { ...STYLE.input, numberFormat: '0%' });
  style(7, 2, last, 2, STYLE.input);
  style(7, 3, last, 3, { ...STYLE.computed, numberFormat: '0.00' });
  name(R.curveX, 7, 1, last, 1);
  name(R.curveY, 7, 2, last, 2);
  name(R.curveSlope, 7, 3, last, 3);

  const gradeTop = last + 2;
  section(gradeTop, l.gradeSection);
  cells(gradeTop + 1, 1, [[v(l.minScore), v(l.grade), v(l.targetShare), v(l.resultAction)]]);
  style(gradeTop + 1, 1, gradeTop + 1, 4, STYLE.header);
  const g1 = gradeTop + 2;
  const g2 = g1 + d.grades.length - 1;
  // An optional target distribution: by default at most 20% Excellent (the top band).
  cells(
    g1,
    1,
    d.grades.map((g, i) => [v(g.min), v(g.name), v(i === d.grades.length - 1 ? 20 : null), v(g.action)]),
  );
  style(g1, 1, g2, 4, STYLE.input);
  style(g1, 4, g2, 4, { wrap: true });
  name(R.gradeMin, g1, 1, g2, 1);
  name(R.gradeName, g1, 2, g2, 2);
  name(R.gradeTarget, g1, 3, g2, 3);
  name(R.gradeAction, g1, 4, g2, 4);
  // The lowest grade twice in a row (guide step 5): its own words, next to the grades'.
  cells(g2 + 1, 1, [[v(l.talkRule), null, null, v(d.talkAction)]]);
  style(g2 + 1, 4, g2 + 1, 4, { ...STYLE.input, wrap: true });
  style(g2 + 1, 1, g2 + 1, 1, { wrap: true });
  name(R.talkAction, g2 + 1, 4);

  let row = g2 + 3;
  section(row++, l.policySection);
  setting(row++, l.quantMin, d.quantShare.min, R.quantMin);
  setting(row++, l.quantMax, d.quantShare.max, R.quantMax);
  setting(row++, l.qualMin, d.qualShare.min, R.qualMin);
  setting(row++, l.qualMax, d.qualShare.max, R.qualMax);
  setting(row++, l.indicatorMin, d.indicatorCount.min, R.indicatorMin);
  setting(row++, l.indicatorMax, d.indicatorCount.max, R.indicatorMax);
  setting(row++, l.weightTolerance, d.weightTolerance, R.weightTolerance);
  row++;
  const c = d.calibration;
  section(row++, l.calibrationSection);
  setting(row++, l.outlierK, c.outlierK, R.outlierK);
  setting(row++, l.outlierMinScored, c.outlierMinScored, R.outlierMinScored);
  setting(row++, l.achievementHigh, c.achievementHigh, R.achievementHigh, '0%');
  setting(row++, l.achievementLow, c.achievementLow, R.achievementLow, '0%');
  setting(row++, l.teamMinSize, c.teamMinSize, R.teamMinSize);
  setting(row++, l.teamGap, c.teamGap, R.teamGap);
  row++;
  section(row++, l.goalsSection);
  setting(row++, l.cascadeToleranceLabel, d.goals.cascadeTolerance, R.cascadeTolerance);
  setting(row++, l.cascadeFarLabel, d.goals.farFactor, R.cascadeFar);
  setting(row++, l.retroShareLabel, d.goals.retroShare, R.retroShare);
  setting(row++, l.raterGapLabel, d.goals.raterGap, R.raterGap);
  row++;
  section(row++, l.labelsSection);
  const higherRow = row;
  setting(row++, l.labelHigher, d.words.higher, R.wordHigher);
  setting(row++, l.labelLower, d.words.lower, R.wordLower);
  const quantRow = row;
  setting(row++, l.labelQuant, d.words.quantitative, R.wordQuantitative);
  setting(row++, l.labelQual, d.words.qualitative, R.wordQualitative);
  setting(row++, l.labelPanel, d.words.panel, R.wordPanel);
  name(DIRECTION_LIST, higherRow, 2, higherRow + 1, 2);
  name(DIMENSION_LIST, quantRow, 2, quantRow + 1, 2);
  row++;
  section(row++, l.wordingSection);
  setting(row++, l.vagueWords, l.vagueList, R.vagueWords);
  setting(row++, l.personWords, l.personList, R.personWords);
  row++;
  section(row++, l.aliasSection);
  cells(row, 1, [[v(l.aliasNote)]]);
  style(row, 1, row, 1, STYLE.note);
  row++;
  cells(row, 1, [[v(l.aliasHeader), v(l.aliasMeans)]]);
  style(row, 1, row, 2, STYLE.header);
  row++;
  style(row, 1, row + ALIAS_ROWS - 1, 2, STYLE.input);
  name(IMPORT_ALIASES_NAME, row, 1, row + ALIAS_ROWS - 1, 2);
  row += ALIAS_ROWS + 1;

  // The talent grid and the rater effects (added later, last: a workbook's earlier cells keep their place).
  const talent = talentRulesOps(sheet, row, lang);
  ops.push(...talent.ops);
  row = talent.nextRow;
  ops.push({ kind: 'columnWidths', sheet, widths: [40, 22, Math.max(18, WORD_WIDTHS.boxes), 48] });
  ops.push({
    kind: 'pageSetup',
    sheet,
    landscape: false,
    onePage: true,
    titleRows: null,
    printArea: { r1: 1, c1: 1, r2: row - 1, c2: 4 },
  });
  return ops;
}

/** Rows HR has for their own import headers. */
const ALIAS_ROWS = 12;

/** The cell helpers of a Rules sheet being written: each pushes its op onto `ops`. */
function rulesWriter(sheet: string, ops: PlanOp[]) {
  const cells = (row: number, col: number, rows: PlanCell[][]) =>
    ops.push({ kind: 'cells', sheet, row, col, cells: rows });
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
    ops.push({ kind: 'style', sheet, range: { r1, c1, r2, c2 }, style: s });
  const name = (n: string, r1: number, c1: number, r2 = r1, c2 = c1) =>
    ops.push({ kind: 'name', name: n, sheet, range: { r1, c1, r2, c2 } });
  const section = (row: number, text: string) => {
    cells(row, 1, [[v(text)]]);
    style(row, 1, row, 1, STYLE.section);
  };
  /** A label in column A and an editable value in column B under a name. */
  const setting = (row: number, label: string, value: CellValue, n: string, numberFormat?: string) => {
    cells(row, 1, [[v(label), v(value)]]);
    // A label or a word list longer than its column wraps onto more lines rather than being cut.
    style(row, 1, row, 1, { wrap: true });
    style(row, 2, row, 2, { ...STYLE.input, wrap: true, ...(numberFormat ? { numberFormat } : {}) });
    name(n, row, 2);
  };
  return { cells, style, name, section, setting };
}

/**
 * The talent grid and rater effects block of the Rules sheet, from row `top`: each grade's performance
 * level, the nine boxes, the thresholds. Written last on a new Rules sheet, and below what an older
 * Rules sheet holds when Score finds it without (operations/score.ts).
 */
export function talentRulesOps(sheet: string, top: number, lang: Lang): { ops: PlanOp[]; nextRow: number } {
  const d = defaultRules(lang);
  const ops: PlanOp[] = [];
  const { cells, style, name, section, setting } = rulesWriter(sheet, ops);
  let row = top;
  const t = TALENT_WORDS.of(lang);
  section(row++, t.rulesSection);
  cells(row, 1, [[v(t.rulesNote)]]);
  style(row++, 1, row - 1, 1, STYLE.note);
  cells(row, 1, [t.gradeLevelHeader.map(v)]);
  style(row, 1, row, 2, STYLE.header);
  row++;
  const levelsTop = row;
  cells(
    row,
    1,
    d.grades.map((g, i) => [f(`INDEX(${R.gradeName},${i + 1})&""`, g.name), v(t.levels[d.talent.gradeLevels[i] - 1])]),
  );
  row += d.grades.length;
  style(levelsTop, 1, row - 1, 1, STYLE.computed);
  style(levelsTop, 2, row - 1, 2, STYLE.input);
  name(R.gradeLevel, levelsTop, 2, row - 1, 2);
  ops.push({ kind: 'listValidation', sheet, range: { r1: levelsTop, c1: 2, r2: row - 1, c2: 2 }, items: t.levels });
  row++;
  cells(row, 1, [t.boxHeader.map(v)]);
  style(row, 1, row, 4, STYLE.header);
  row++;
  const boxesTop = row;
  const level = (box: number, of: 'performance' | 'potential') =>
    t.levels[2 - (of === 'performance' ? Math.floor(box / 3) : box % 3)];
  cells(
    row,
    1,
    d.talent.boxes.map((b, i) => [v(level(i, 'performance')), v(level(i, 'potential')), v(b.name), v(b.action)]),
  );
  row += d.talent.boxes.length;
  style(boxesTop, 1, row - 1, 2, STYLE.computed);
  style(boxesTop, 3, row - 1, 4, STYLE.input);
  style(boxesTop, 4, row - 1, 4, { wrap: true });
  name(R.boxName, boxesTop, 3, row - 1, 3);
  name(R.boxAction, boxesTop, 4, row - 1, 4);
  row++;
  const r = d.raterEffects;
  setting(row++, t.raterMinPeople, r.minPeople, R.raterMinPeople);
  setting(row++, t.raterEffectGap, r.gap, R.raterEffectGap);
  setting(row++, t.raterMinRatings, r.minRatings, R.raterMinRatings);
  return { ops, nextRow: row };
}
