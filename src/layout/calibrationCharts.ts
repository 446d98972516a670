import { gradeColour } from '../core/gradeColours';
import { fill, labels } from '../core/labels';
import type { Rules } from '../core/rules';
import type { AssessmentSnapshot } from '../core/snapshot';
import type { Lang } from '../core/types';
import { CHART_PREFIX, type ChartSpec } from './plan';

/** Rows a band of charts takes (about 300 pixels at the default row height). */
export const CHART_ROWS = 16;

/**
 * One assessment sheet's two charts: its grade distribution (counts per grade, best first, with the
 * count the Rules' target share allows as markers) from the target table, and its grades per team as
 * stacked bars from the distribution table; one under the other from row `top`, within the first
 * columns of the summary, so that each prints on the summary's first page across.
 */
export function sheetCharts(
  snapshot: Pick<AssessmentSnapshot, 'id' | 'sheet'>,
  rowsOf: { targets: { r1: number; r2: number }; teams: { r1: number; r2: number } },
  /** The top-left cell of the charts (the summary's first column). */
  at: { row: number; col: number },
  rules: Rules,
  lang: Lang,
): ChartSpec[] {
  const top = at.row;
  const l = labels(lang);
  const c0 = at.col;
  const grades = rules.grades.length;
  const column = (c: number, rows: { r1: number; r2: number }) => ({ r1: rows.r1, c1: c, r2: rows.r2, c2: c });
  const charts: ChartSpec[] = [
    {
      name: `${CHART_PREFIX}${snapshot.id}_Grades`,
      title: fill(l.chartGrades, { sheet: snapshot.sheet }),
      type: 'columns',
      categories: column(c0 + 1, rowsOf.targets),
      series: [
        {
          name: l.targetHeader[3],
          values: column(c0 + 3, rowsOf.targets),
          colour: gradeColour(grades - 1, grades),
          // Each grade's column in its own colour, best first as the table lists them.
          pointColours: rules.grades.map((_, i) => gradeColour(grades - 1 - i, grades)),
        },
        { name: l.targetHeader[4], values: column(c0 + 4, rowsOf.targets), colour: '404040', marker: true },
      ],
      at: { r1: top, c1: c0, r2: top + CHART_ROWS - 1, c2: c0 + 5 },
    },
  ];
  if (rowsOf.teams.r2 >= rowsOf.teams.r1)
    charts.push({
      name: `${CHART_PREFIX}${snapshot.id}_Teams`,
      title: fill(l.chartTeams, { sheet: snapshot.sheet }),
      type: 'stackedBars',
      categories: column(c0 + 1, rowsOf.teams),
      // Best grade first, as the tables read; each in its grade's colour.
      series: rules.grades
        .map((g, band) => ({ name: g.name, band }))
        .reverse()
        .map(({ name, band }, i) => ({
          name,
          values: column(c0 + 3 + 2 * i, rowsOf.teams),
          colour: gradeColour(band, grades),
        })),
      at: { r1: top + CHART_ROWS + 1, c1: c0, r2: top + 2 * CHART_ROWS, c2: c0 + 5 },
    });
  return charts;
}
