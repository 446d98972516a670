import { absAddress, cellAddress } from '../core/a1';
import type { SheetAssessment } from '../core/assess';
import { LOG_COLUMNS } from '../core/calibrationLog';
import { CALIBRATION_NAMES } from '../core/names';
import { computedColumns } from '../core/columns';
import { labels } from '../core/labels';
import { quoteSheet } from '../core/messages';
import { RULE_NAMES as R } from '../core/names';
import type { Rules } from '../core/rules';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { Lang } from '../core/types';
import { STYLE, f, formulaText, v, type PlanCell, type PlanOp } from './plan';

/** The log sits left (columns A-I, append-only); everything the Score run rewrites starts at column K. */
export const LOG_TOP = { row: 5, col: 1 };
export const SUMMARY_COL = 11;
const SUMMARY_WIDTH = 16;

/** The Calibration sheet (校准) as inserted: title, note and the empty calibration log. */
export function calibrationSheetOps(sheet: string, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const last = LOG_TOP.col + LOG_COLUMNS.length - 1;
  return [
    { kind: 'addSheet', sheet },
    { kind: 'cells', sheet, row: 1, col: 1, cells: [[v(l.calibrationTitle)], [v(l.calibrationNote)]] },
    { kind: 'style', sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 }, style: STYLE.title },
    { kind: 'style', sheet, range: { r1: 2, c1: 1, r2: 2, c2: 1 }, style: STYLE.note },
    { kind: 'name', name: CALIBRATION_NAMES.sheet, sheet, range: { r1: 1, c1: 1, r2: 1, c2: 1 } },
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
      widths: [14, 12, 18, 12, 14, 14, 36, 14, 12, 3, 20, 16, 10, 9, 7, 9, 7, 9, 7, 9, 7, 22],
    },
  ];
}

/** Where one assessment sheet's columns are, as absolute ranges over its employee rows. */
function sheetRanges(snapshot: AssessmentSnapshot, assessment: SheetAssessment, lastRow: number) {
  const first = snapshot.scoresHeader.r1 + 1;
  const last = Math.max(lastRow, first);
  const cols = computedColumns(snapshot.scoresHeader.c2 + 1, assessment.indicators.length);
  const q = quoteSheet(snapshot.sheet);
  const col = (c: number) => `${q}!${absAddress(first, c)}:${absAddress(last, c)}`;
  const stats = snapshot.statsCell ?? { row: 1, col: 9 };
  return {
    team: col(snapshot.scoresHeader.c1 + 2),
    weighted: col(cols.weighted),
    final: col(cols.final),
    median: `${q}!${absAddress(stats.row + 1, stats.col + 1)}`,
  };
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
): PlanOp[] {
  const l = labels(lang);
  const grades = rules.grades.length;
  const ops: PlanOp[] = [];
  const c0 = SUMMARY_COL;
  if (previousLastRow >= LOG_TOP.row - 1)
    ops.push({
      kind: 'clear',
      sheet,
      range: { r1: LOG_TOP.row - 1, c1: c0, r2: previousLastRow, c2: c0 + SUMMARY_WIDTH },
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
    v(l.distributionPicture),
  ]);
  const countCol = (i: number) => c0 + 3 + 2 * i;
  const distributionRow = (sheetName: string, team: string | null, range: ReturnType<typeof sheetRanges>) => {
    const r = at();
    const graded = cellAddress(r, c0 + 2);
    const counts = best.map((k, i) => {
      const criterion = team === null ? '' : `${range.team},${formulaText(team)},`;
      return [
        f(`COUNTIFS(${criterion}${range.final},${gradeName(k)})`),
        f(`IF(${graded}>0,${cellAddress(r, countCol(i))}/${graded},"")`),
      ];
    });
    const bars = ['█', '▓', '▒', '░'];
    const picture = best
      .map((_, i) => `REPT("${bars[i] ?? '░'}",ROUND(N(${cellAddress(r, countCol(i) + 1)})*20,0))`)
      .join('&');
    rows.push([
      v(sheetName),
      v(team ?? l.allTeams),
      f(`SUM(${best.map((_, i) => cellAddress(r, countCol(i))).join(',')})`),
      ...counts.flat(),
      f(picture),
    ]);
  };
  const ranges = inputs.map((x) => sheetRanges(x.snapshot, x.assessment, x.lastRow));
  inputs.forEach((x, s) => {
    distributionRow(x.snapshot.sheet, null, ranges[s]);
    for (const team of teamsOf(x.assessment)) distributionRow(x.snapshot.sheet, team, ranges[s]);
  });

  section(l.teamSection);
  header(l.teamHeader.map(v));
  inputs.forEach((x, s) => {
    const range = ranges[s];
    for (const team of teamsOf(x.assessment)) {
      const r = at();
      const [scored, median, sheetMedian, gap] = [2, 3, 4, 5].map((k) => cellAddress(r, c0 + k));
      const member = `(${range.team}=${formulaText(team)})*ISNUMBER(${range.weighted})`;
      rows.push([
        v(x.snapshot.sheet),
        v(team),
        f(`SUMPRODUCT(${member})`),
        f(`IF(${scored}>0,AGGREGATE(17,6,${range.weighted}/(${member}),2),"")`),
        f(`IF(ISNUMBER(${range.median}),${range.median},"")`),
        f(`IF(AND(ISNUMBER(${median}),ISNUMBER(${sheetMedian})),${median}-${sheetMedian},"")`),
        f(
          `IF(AND(ISNUMBER(${gap}),${scored}>=${R.teamMinSize}),IF(ABS(${gap})>=${R.teamGap},IF(${gap}>0,${formulaText(l.lenient)},${formulaText(l.harsh)}),""),"")`,
        ),
      ]);
    }
  });

  section(l.targetSection);
  header(l.targetHeader.map(v));
  inputs.forEach((x, s) => {
    best.forEach((k) => {
      const r = at();
      const [target, count, allowed] = [2, 3, 4].map((c) => cellAddress(r, c0 + c));
      const graded = `COUNTIFS(${ranges[s].final},"?*")`;
      rows.push([
        v(x.snapshot.sheet),
        f(gradeName(k), rules.grades[k - 1].name),
        f(`IF(ISNUMBER(INDEX(${R.gradeTarget},${k})),INDEX(${R.gradeTarget},${k}),"")`),
        f(`COUNTIFS(${ranges[s].final},${gradeName(k)})`),
        f(`IF(ISNUMBER(${target}),ROUNDDOWN(${target}/100*${graded},0),"")`),
        f(`IF(ISNUMBER(${allowed}),${count}-${allowed},"")`),
      ]);
    });
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

  ops.push({
    kind: 'cells',
    sheet,
    row: top,
    col: c0,
    cells: rows.map((r) => [...r, ...new Array(SUMMARY_WIDTH - r.length).fill(null)]),
  });
  for (const s of styles)
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: s.row, c1: c0, r2: s.row, c2: s.kind === 'section' ? c0 : c0 + SUMMARY_WIDTH - 1 },
      style: s.kind === 'section' ? STYLE.section : STYLE.computedHeader,
    });
  return ops;
}

function teamsOf(assessment: SheetAssessment): string[] {
  return [...new Set(assessment.employees.map((e) => e.team).filter((t) => t !== ''))];
}
