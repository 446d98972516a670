import { addTo } from '../core/collections';
import { WORD_WIDTHS } from '../core/wordWidths';
import { absAddress, cellAddress, columnLetter } from '../core/a1';
import type { SheetAssessment } from '../core/assess';
import { LOG_COLUMNS } from '../core/calibrationLog';
import { CALIBRATION_NAMES, employeeCol, indicatorCol } from '../core/names';
import { computedColumns } from '../core/columns';
import { labels } from '../core/labels';
import { quoteSheet } from '../core/messages';
import { RULE_NAMES as R } from '../core/names';
import type { Rules } from '../core/rules';
import type { AssessmentSnapshot } from '../core/snapshot';
import { retrospective, RETRO_HIGH, RETRO_LOW } from '../core/retrospective';
import { targetFormat } from './assessmentSheet';
import type { CellValue, EmployeeResult, Lang } from '../core/types';
import { distribution, targetFigures } from '../core/calibrationSummary';
import { sheetCharts } from './calibrationCharts';
import { TALENT_WORDS } from '../core/talentText';
import {
  READABLE_PRINT_SCALE,
  type ChartSpec,
  STYLE,
  f,
  formulaText,
  sheetHeadOps,
  v,
  type CellStyle,
  type PlanCell,
  type PlanOp,
} from './plan';

/** The log sits left (columns A-I, append-only); everything the Score run rewrites starts at column K. */
export const LOG_TOP = { row: 5, col: 1 };
const INDICATOR_WIDTH = Math.max(16, WORD_WIDTHS.indicators);

export const SUMMARY_COL = 11;
const SUMMARY_WIDTH = 16;

/** The Calibration sheet (校准) as inserted: title, note and the empty calibration log. */
export function calibrationSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const last = LOG_TOP.col + LOG_COLUMNS.length - 1;
  return [
    ...sheetHeadOps(sheet, l.calibrationTitle, l.calibrationNote, CALIBRATION_NAMES.sheet),
    { kind: 'cells', sheet, row: LOG_TOP.row - 1, col: 1, cells: [[v(l.logSection)], l.logHeader.map(v)] },
    { kind: 'style', sheet, range: { r1: LOG_TOP.row - 1, c1: 1, r2: LOG_TOP.row - 1, c2: 1 }, style: STYLE.section },
    {
      kind: 'style',
      sheet,
      range: { r1: LOG_TOP.row, c1: LOG_TOP.col, r2: LOG_TOP.row, c2: last },
      style: STYLE.header,
    },
    {
      kind: 'name',
      name: CALIBRATION_NAMES.log,
      sheet,
      range: { r1: LOG_TOP.row, c1: LOG_TOP.col, r2: LOG_TOP.row, c2: last },
    },
    {
      kind: 'columnWidths',
      sheet,
      // The log (A:J), the summary (K:Z: its L holds a team, a grade or an indicator, its N a team in the
      // flagged cases), a gap, the helper block by team (sheet, row, team, weighted score, final grade), a gap
      // and the helper block by supervisor (sheet, row, supervisor, weighted, final, qualitative, data-based).
      widths: [
        ...[14, 12, 18, 12, 14, 14, 36, 14, 12, 3],
        // (the rater table's qualitative and data-based means head columns Q and S: 11 wide)
        ...[20, INDICATOR_WIDTH, 10, 14, 7, 9, 11, 9, 11, 9, 7, 22, 9, 9, 9, 9],
        ...[3, WORD_WIDTHS.roles, 8, 16, 10, WORD_WIDTHS.grades],
        ...[3, WORD_WIDTHS.roles, 8, 16, 10, WORD_WIDTHS.grades, 10, 10],
      ],
    },
  ];
}

/** The helper blocks sit right of the summary: employees by team, then employees by supervisor. */
const HELPER_COL = SUMMARY_COL + SUMMARY_WIDTH + 1;
const HELPER_WIDTH = 5;
const RATER_HELPER_COL = HELPER_COL + HELPER_WIDTH + 1;
const RATER_HELPER_WIDTH = 7;
/** Every column Score writes on the Calibration sheet, right of the log: summary and helper blocks. */
export const SUMMARY_COLUMNS = { c1: SUMMARY_COL, c2: RATER_HELPER_COL + RATER_HELPER_WIDTH - 1 };

/** Where one assessment sheet's columns are, as absolute ranges over its employee rows. */
function sheetRanges(snapshot: AssessmentSnapshot, assessment: SheetAssessment, lastRow: number) {
  const first = snapshot.scoresHeader.r1 + 1;
  const last = Math.max(lastRow, first);
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, assessment.indicators.length);
  const q = quoteSheet(snapshot.sheet);
  const col = (c: number) => `${q}!${absAddress(first, c)}:${absAddress(last, c)}`;
  const stats = snapshot.statsCell ?? { row: 1, col: 9 };
  return {
    team: col(employeeCol(snapshot.scoresHeader.c1, 'team')),
    weighted: col(cols.weighted),
    final: col(cols.final),
    qual: col(cols.qualScore),
    quant: col(cols.quantScore),
    median: `${q}!${absAddress(stats.row + 1, stats.col + 1)}`,
  };
}

/** What a helper block groups by and which of each employee's cells it looks up, after its sheet and row. */
interface HelperSpec<K extends string> {
  col: number;
  section: string;
  header: readonly string[];
  groupOf: (e: EmployeeResult) => string;
  lookups: readonly {
    key: K;
    col: (x: CalibrationInput) => number;
    result: (e: EmployeeResult) => CellValue;
    /** Means of scores show one decimal, as the Scores table does. */
    numberFormat?: string;
  }[];
}

/** One group's rows in a helper block: its employees and, per looked-up column, the range of its cells. */
interface HelperGroup<K extends string> {
  group: string;
  members: EmployeeResult[];
  range: Record<K, string>;
}

/**
 * A helper block: every employee of every sheet, grouped (by team, by supervisor; in the order a Score
 * run found them), each row the employee's row number and live lookups of their cells (INDEX by row
 * number: constant time). A group's figures read only its own rows, so the Calibration sheet costs one
 * pass over the employees whatever the number of groups (scanning the whole Scores column once per team
 * would be teams x employees). Who belongs to a group is refreshed by each Score; the criterion on the
 * group's cell keeps an employee moved to another team since out of the old one.
 */
function helperBlock<K extends string>(sheet: string, inputs: CalibrationInput[], top: number, spec: HelperSpec<K>) {
  const ops: PlanOp[] = [];
  const header = top + 1;
  const width = 2 + spec.lookups.length;
  ops.push({ kind: 'cells', sheet, row: top, col: spec.col, cells: [[v(spec.section)], spec.header.map(v)] });
  let row = header + 1;
  const blocks = inputs.map((x) => {
    const groups = new Map<string, EmployeeResult[]>();
    for (const e of x.assessment.employees) if (spec.groupOf(e) !== '') addTo(groups, spec.groupOf(e), e);
    const members = [...groups.values()].flat();
    if (members.length === 0) return [];
    const first = row;
    // The sheet's name once, on its first row; then one number per employee: the payload stays small.
    ops.push({
      kind: 'cells',
      sheet,
      row,
      col: spec.col,
      cells: members.map((e, i) => [i === 0 ? v(x.snapshot.sheet) : null, v(e.row)]),
    });
    const q = quoteSheet(x.snapshot.sheet);
    // The row number's column is fixed, its row follows the fill.
    const lookup = (col: number) =>
      `INDEX(${q}!$${columnLetter(col)}:$${columnLetter(col)},$${columnLetter(spec.col + 1)}${first})`;
    spec.lookups.forEach((l, k) =>
      ops.push({
        kind: 'fill',
        sheet,
        range: { r1: first, c1: spec.col + 2 + k, r2: first + members.length - 1, c2: spec.col + 2 + k },
        formula: lookup(l.col(x)),
        results: members.map(l.result),
      }),
    );
    const out: HelperGroup<K>[] = [];
    let r1 = first;
    for (const [group, list] of groups) {
      const r2 = r1 + list.length - 1;
      const range = {} as Record<K, string>;
      spec.lookups.forEach((l, k) => {
        range[l.key] = `${absAddress(r1, spec.col + 2 + k)}:${absAddress(r2, spec.col + 2 + k)}`;
      });
      out.push({ group, members: list, range });
      r1 = r2 + 1;
    }
    row += members.length;
    return out;
  });
  ops.push({ kind: 'style', sheet, range: { r1: top, c1: spec.col, r2: top, c2: spec.col }, style: STYLE.section });
  ops.push({
    kind: 'style',
    sheet,
    range: { r1: header, c1: spec.col, r2: header, c2: spec.col + width - 1 },
    style: STYLE.computedHeader,
  });
  if (row > header + 1) {
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: header + 1, c1: spec.col, r2: row - 1, c2: spec.col + width - 1 },
      style: STYLE.computed,
    });
    spec.lookups.forEach(
      (l, k) =>
        l.numberFormat &&
        ops.push({
          kind: 'style',
          sheet,
          range: { r1: header + 1, c1: spec.col + 2 + k, r2: row - 1, c2: spec.col + 2 + k },
          style: { numberFormat: l.numberFormat },
        }),
    );
  }
  return { ops, blocks };
}

const columnsOf = (x: CalibrationInput) =>
  computedColumns(x.snapshot.scoresHeader.c2 + 1, x.assessment.indicators.length);

/** Employees by team: the distribution per team and the team deviations read them. */
function teamHelper(sheet: string, inputs: CalibrationInput[], top: number, lang: Lang) {
  const l = labels(lang);
  return helperBlock(sheet, inputs, top, {
    col: HELPER_COL,
    section: l.helperSection,
    header: l.helperHeader,
    groupOf: (e) => e.team,
    lookups: [
      { key: 'team', col: (x) => employeeCol(x.snapshot.scoresHeader.c1, 'team'), result: (e) => e.team },
      { key: 'weighted', col: (x) => columnsOf(x).weighted, result: (e) => e.weighted ?? '' },
      { key: 'final', col: (x) => columnsOf(x).final, result: (e) => e.finalGrade ?? '' },
    ],
  });
}

/** Employees by direct supervisor: the rater effects read them. */
function supervisorHelper(sheet: string, inputs: CalibrationInput[], top: number, lang: Lang) {
  const t = TALENT_WORDS.of(lang);
  return helperBlock(sheet, inputs, top, {
    col: RATER_HELPER_COL,
    section: t.raterHelperSection,
    header: t.raterHelperHeader,
    groupOf: (e) => e.supervisor,
    lookups: [
      {
        key: 'supervisor',
        col: (x) => employeeCol(x.snapshot.scoresHeader.c1, 'supervisor'),
        result: (e) => e.supervisor,
      },
      { key: 'weighted', col: (x) => columnsOf(x).weighted, result: (e) => e.weighted ?? '' },
      { key: 'final', col: (x) => columnsOf(x).final, result: (e) => e.finalGrade ?? '' },
      { key: 'qual', col: (x) => columnsOf(x).qualScore, result: (e) => e.qualScore ?? '', numberFormat: '0.0' },
      { key: 'quant', col: (x) => columnsOf(x).quantScore, result: (e) => e.quantScore ?? '', numberFormat: '0.0' },
    ],
  });
}

export interface CalibrationInput {
  snapshot: AssessmentSnapshot;
  assessment: SheetAssessment;
  lastRow: number;
}

/**
 * What each Score run rewrites on the Calibration sheet (right of the log): grade distribution per
 * sheet and team with bars, team deviation, target distribution, and the flagged cases.
 */
export function calibrationSummaryOps(
  sheet: string,
  previousLastRow: number,
  inputs: CalibrationInput[],
  rules: Rules,
  lang: Lang,
  /** The calibration log's last row (its header when empty): the print area covers it. */
  logLastRow = 0,
): PlanOp[] {
  const l = labels(lang);
  const grades = rules.grades.length;
  const ops: PlanOp[] = [];
  const c0 = SUMMARY_COL;
  if (previousLastRow >= LOG_TOP.row - 1)
    ops.push({
      kind: 'clear',
      sheet,
      range: { r1: LOG_TOP.row - 1, c1: c0, r2: previousLastRow, c2: SUMMARY_COLUMNS.c2 },
    });
  const rows: PlanCell[][] = [];
  const styles: { row: number; kind: 'section' | 'header' }[] = [];
  const top = LOG_TOP.row - 1;
  const at = () => top + rows.length;
  const section = (title: string) => {
    if (rows.length) rows.push([]);
    styles.push({ row: at(), kind: 'section' });
    rows.push([v(title)]);
  };
  const header = (cells: PlanCell[]) => {
    styles.push({ row: at(), kind: 'header' });
    rows.push(cells);
  };
  const gradeName = (k: number) => `INDEX(${R.gradeName},${k})`;
  const best = Array.from({ length: grades }, (_, i) => grades - i);

  section(l.distributionSection);
  header([
    v(l.distributionSheet),
    v(l.distributionTeam),
    v(l.distributionGraded),
    ...best.flatMap((k) => [f(gradeName(k), rules.grades[k - 1].name), v(l.distributionShare)]),
  ]);
  const countCol = (i: number) => c0 + 3 + 2 * i;
  const distributionRow = (
    sheetName: string,
    team: string | null,
    range: { team: string; final: string },
    employees: readonly EmployeeResult[],
  ) => {
    const r = at();
    const graded = cellAddress(r, c0 + 2);
    const figures = distribution(employees, rules);
    const counts = best.map((k, i) => {
      const criterion = team === null ? '' : `${range.team},${formulaText(team)},`;
      return [
        f(`COUNTIFS(${criterion}${range.final},${gradeName(k)})`, figures.grades[i].count),
        f(`IF(${graded}>0,${cellAddress(r, countCol(i))}/${graded},"")`, figures.grades[i].share),
      ];
    });
    rows.push([
      v(sheetName),
      v(team ?? l.allTeams),
      f(`SUM(${best.map((_, i) => cellAddress(r, countCol(i))).join(',')})`, figures.graded),
      ...counts.flat(),
    ]);
  };
  const ranges = inputs.map((x) => sheetRanges(x.snapshot, x.assessment, x.lastRow));
  const helper = teamHelper(sheet, inputs, top, lang);
  const supervisors = supervisorHelper(sheet, inputs, top, lang);
  const firstDistribution = at();
  /** Per sheet: the rows of its teams in the distribution table, for its chart by team. */
  const teamRows: { r1: number; r2: number }[] = [];
  inputs.forEach((x, s) => {
    const employees = x.assessment.employees;
    distributionRow(x.snapshot.sheet, null, ranges[s], employees);
    const first = at();
    for (const block of helper.blocks[s]) distributionRow(x.snapshot.sheet, block.group, block.range, block.members);
    teamRows.push({ r1: first, r2: at() - 1 });
  });
  const shares = { r1: firstDistribution, r2: at() - 1 };

  section(l.teamSection);
  header(l.teamHeader.map(v));
  inputs.forEach((x, s) => {
    // Only the teams beyond the Rules' gap at this Score are listed; their figures and notes stay live.
    const deviating = new Map(x.assessment.teamDeviations.map((d) => [d.team, d]));
    for (const { group: team, range } of helper.blocks[s].filter((b) => deviating.has(b.group))) {
      const d = deviating.get(team)!;
      const r = at();
      const [scored, median, sheetMedian, gap] = [2, 3, 4, 5].map((k) => cellAddress(r, c0 + k));
      const member = `(${range.team}=${formulaText(team)})*ISNUMBER(${range.weighted})`;
      rows.push([
        v(x.snapshot.sheet),
        v(team),
        f(`SUMPRODUCT(${member})`, d.scored),
        f(`IF(${scored}>0,AGGREGATE(17,6,${range.weighted}/(${member}),2),"")`, d.median),
        f(`IF(ISNUMBER(${ranges[s].median}),${ranges[s].median},"")`, d.sheetMedian),
        f(`IF(AND(ISNUMBER(${median}),ISNUMBER(${sheetMedian})),${median}-${sheetMedian},"")`, d.gap),
        f(
          `IF(AND(ISNUMBER(${gap}),${scored}>=${R.teamMinSize}),IF(ABS(${gap})>=${R.teamGap},IF(${gap}>0,${formulaText(l.lenient)},${formulaText(l.harsh)}),""),"")`,
          d.gap > 0 ? l.lenient : l.harsh,
        ),
      ]);
    }
  });

  const t = TALENT_WORDS.of(lang);
  section(t.raterSection);
  header(t.raterHeader.map(v));
  /** Rows whose figures are points (one decimal) and shares (percent), for their formats. */
  const raterRows: number[] = [];
  inputs.forEach((x, s) => {
    const effects = x.assessment.raterEffects;
    const all = at();
    raterRows.push(all);
    const sheetCell = (k: number) => absAddress(all, c0 + k);
    const top = `INDEX(${R.gradeName},${grades})`;
    const r = ranges[s];
    const ifAny = (n: string, value: string) => `IF(${n}>0,${value},"")`;
    rows.push([
      v(x.snapshot.sheet),
      v(l.allTeams),
      f(`COUNT(${r.weighted})`, effects.sheet.people),
      f(ifAny(sheetCell(2), `AVERAGE(${r.weighted})`), effects.sheet.meanWeighted ?? ''),
      v(null),
      f(ifAny(sheetCell(2), `COUNTIFS(${r.final},${top})/${sheetCell(2)}`), effects.sheet.topShare ?? ''),
      f(ifAny(`COUNT(${r.qual})`, `AVERAGE(${r.qual})`), effects.sheet.meanQual ?? ''),
      v(null),
      f(ifAny(`COUNT(${r.quant})`, `AVERAGE(${r.quant})`), effects.sheet.meanQuant ?? ''),
      v(null),
      v(null),
    ]);
    for (const group of supervisors.blocks[s]) {
      const figures = effects.supervisors.find((e) => e.supervisor === group.group)!;
      const row = at();
      raterRows.push(row);
      const cell = (k: number) => cellAddress(row, c0 + k);
      const g = group.range;
      const member = `(${g.supervisor}=${formulaText(group.group)})`;
      const scored = `${member}*ISNUMBER(${g.weighted})`;
      const counted = (range: string) => `SUMPRODUCT(${member}*ISNUMBER(${range}))`;
      const meanOf = (range: string) =>
        `IF(${counted(range)}>0,SUMPRODUCT(${member}*ISNUMBER(${range}),${range})/${counted(range)},"")`;
      const vsSheet = (own: string, base: string) => `IF(AND(ISNUMBER(${own}),ISNUMBER(${base})),${own}-${base},"")`;
      const difference = `(${cell(7)}-${cell(9)})`;
      const note =
        `IF(${cell(2)}<${R.raterMinPeople},${formulaText(t.raterTooFew)},` +
        `IF(AND(ISNUMBER(${cell(7)}),ISNUMBER(${cell(9)})),` +
        `IF(${difference}>=${R.raterEffectGap},${formulaText(t.raterLenient)},` +
        `IF(${difference}<=-${R.raterEffectGap},${formulaText(t.raterSevere)},"")),""))`;
      const noteText = { lenient: t.raterLenient, severe: t.raterSevere, tooFew: t.raterTooFew, '': '' }[figures.note];
      rows.push([
        v(x.snapshot.sheet),
        v(group.group),
        f(`SUMPRODUCT(${scored})`, figures.people),
        f(ifAny(cell(2), `SUMPRODUCT(${scored},${g.weighted})/${cell(2)}`), figures.meanWeighted ?? ''),
        f(vsSheet(cell(3), sheetCell(3)), figures.weightedGap ?? ''),
        f(ifAny(cell(2), `SUMPRODUCT(${scored}*(${g.final}=${top}))/${cell(2)}`), figures.topShare ?? ''),
        f(meanOf(g.qual), figures.meanQual ?? ''),
        f(vsSheet(cell(6), sheetCell(6)), figures.qualGap ?? ''),
        f(meanOf(g.quant), figures.meanQuant ?? ''),
        f(vsSheet(cell(8), sheetCell(8)), figures.quantGap ?? ''),
        f(note, noteText),
      ]);
    }
  });

  section(l.targetSection);
  header(l.targetHeader.map(v));
  /** Per sheet: its grades' rows in the target table (best first), for its grade chart. */
  const targetRows: { r1: number; r2: number }[] = [];
  inputs.forEach((x, s) => {
    targetRows.push({ r1: at(), r2: at() + best.length - 1 });
    best.forEach((k) => {
      const r = at();
      const [target, count, allowed] = [2, 3, 4].map((c) => cellAddress(r, c0 + c));
      const graded = `COUNTIFS(${ranges[s].final},"?*")`;
      const t = targetFigures(x.assessment.employees, rules.grades[k - 1]);
      rows.push([
        v(x.snapshot.sheet),
        f(gradeName(k), rules.grades[k - 1].name),
        f(`IF(ISNUMBER(INDEX(${R.gradeTarget},${k})),INDEX(${R.gradeTarget},${k}),"")`, t.target),
        f(`COUNTIFS(${ranges[s].final},${gradeName(k)})`, t.count),
        f(`IF(ISNUMBER(${target}),ROUNDDOWN(${target}/100*${graded},0),"")`, t.allowed),
        f(`IF(ISNUMBER(${allowed}),${count}-${allowed},"")`, t.over),
      ]);
    });
  });

  section(l.retroSection);
  header(l.retroHeader.map(v));
  const percents: number[] = [];
  const targets: { row: number; format: string }[] = [];
  inputs.forEach((x) => {
    const { snapshot, assessment } = x;
    const first = snapshot.scoresHeader.r1 + 1;
    const last = Math.max(x.lastRow, first);
    const cols = computedColumns(snapshot.scoresHeader.c2 + 1, assessment.indicators.length);
    for (const r of retrospective(assessment.employees, assessment.indicators, rules)) {
      const ind = assessment.indicators[r.indicator];
      const range = `${quoteSheet(snapshot.sheet)}!${absAddress(first, cols.achievement(r.indicator))}:${absAddress(last, cols.achievement(r.indicator))}`;
      const row = at();
      const [n, below, above] = [3, 5, 6].map((k) => cellAddress(row, c0 + k));
      percents.push(row);
      targets.push({ row, format: targetFormat(ind.target) });
      const share = (criterion: string) => `IF(${n}>0,COUNTIF(${range},"${criterion}")/${n},"")`;
      rows.push([
        v(snapshot.sheet),
        v(ind.name),
        f(
          `${quoteSheet(snapshot.sheet)}!${absAddress(ind.row, indicatorCol(snapshot.indicatorRange.c1, 'target'))}`,
          ind.target,
        ),
        f(`COUNT(${range})`, r.measured),
        f(`IF(${n}>0,MEDIAN(${range}),"")`, r.median ?? ''),
        f(share(`<${RETRO_LOW}`), r.below ?? ''),
        f(share(`>${RETRO_HIGH}`), r.above ?? ''),
        f(
          `IF(${n}=0,"",IF(${below}*100>${R.retroShare},${formulaText(l.retroTooHigh)},IF(${above}*100>${R.retroShare},${formulaText(l.retroTooLow)},"")))`,
          r.note,
        ),
      ]);
    }
  });

  section(l.flaggedSection);
  header(l.flaggedHeader.map(v));
  for (const x of inputs)
    for (const e of x.assessment.employees)
      if (e.flagged)
        rows.push([
          v(x.snapshot.sheet),
          v(e.name),
          v(e.employeeId),
          v(e.team),
          v(e.weighted),
          v(e.grade),
          v(e.flagReason),
        ]);

  // Native charts below the tables, one band of rows per assessment sheet: they read the tables' live
  // cells, so they follow every edit between Scores.
  section(l.chartsSection);
  const charts: ChartSpec[] = [];
  inputs.forEach((x, s) => {
    const rowsOf = { targets: targetRows[s], teams: teamRows[s] };
    const made = sheetCharts(x.snapshot, rowsOf, { row: at(), col: c0 }, rules, lang);
    for (const chart of made) while (at() <= chart.at.r2) rows.push([]);
    charts.push(...made);
  });
  ops.push({
    kind: 'cells',
    sheet,
    row: top,
    col: c0,
    cells: rows.map((r) => [...r, ...new Array(SUMMARY_WIDTH - r.length).fill(null)]),
  });
  ops.push({ kind: 'charts', sheet, charts });
  ops.push(...helper.ops, ...supervisors.ops);
  // Shares as percentages.
  if (shares.r2 >= shares.r1)
    best.forEach((_, i) =>
      ops.push({
        kind: 'style',
        sheet,
        range: { r1: shares.r1, c1: countCol(i) + 1, r2: shares.r2, c2: countCol(i) + 1 },
        style: { numberFormat: '0.0%' },
      }),
    );
  for (const t of targets)
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: t.row, c1: c0 + 2, r2: t.row, c2: c0 + 2 },
      style: { numberFormat: t.format },
    });
  // The rater table's rows follow one another: one format per column over all of them.
  if (raterRows.length) {
    const [r1, r2] = [raterRows[0], raterRows[raterRows.length - 1]];
    const format = (k: number, style: CellStyle) =>
      ops.push({ kind: 'style', sheet, range: { r1, c1: c0 + k, r2, c2: c0 + k }, style });
    for (const k of [3, 4, 6, 7, 8, 9]) format(k, { numberFormat: '0.0' });
    format(5, { numberFormat: '0.0%' });
  }
  for (const row of percents)
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: row, c1: c0 + 4, r2: row, c2: c0 + 6 },
      style: { numberFormat: '0.0%' },
    });
  // The log and the summary print landscape at a readable scale (fitted to one page wide they printed
  // at 4 pt); the helper block right of them does not print.
  const lastLogRow = Math.max(logLastRow, top + rows.length - 1, LOG_TOP.row);
  ops.push({
    kind: 'pageSetup',
    sheet,
    landscape: true,
    scale: READABLE_PRINT_SCALE,
    paper: rules.paper,
    // Each sheet's charts on a page of their own, never cut across two.
    rowBreaks: charts.filter((c) => c.type === 'columns').map((c) => c.at.r1),
    titleRows: null,
    printArea: { r1: 1, c1: 1, r2: lastLogRow, c2: c0 + SUMMARY_WIDTH - 1 },
  });
  // Headers wrap ("Target, at most (%)"): two lines tall, so they never print over the first data row.
  for (const s of styles) if (s.kind === 'header') ops.push({ kind: 'rowHeight', sheet, row: s.row, height: 30 });
  for (const s of styles)
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: s.row, c1: c0, r2: s.row, c2: s.kind === 'section' ? c0 : c0 + SUMMARY_WIDTH - 1 },
      style: s.kind === 'section' ? STYLE.section : STYLE.computedHeader,
    });
  return ops;
}
