import { scoreActiveSheet } from '../../src/hosts/officejs';
import { assessmentWorkbook, type TestWorkbook } from './workbooks';

/**
 * The add-in writes the same native charts as the command line (worksheet.charts, ExcelApi 1.7 series),
 * once per assessment sheet whatever the number of Scores, and leaves HR's own charts alone.
 */
let wb: TestWorkbook;
afterEach(() => wb?.uninstall());

const calibration = () => wb.fake.workbook.sheet('Calibration')!;

test('after any number of Scores: one grade chart and one team chart per sheet, reading the live tables', async () => {
  wb = await assessmentWorkbook(14);
  for (let i = 0; i < 3; i++) await scoreActiveSheet('en-US');
  const charts = calibration().charts;
  expect(charts.map((c) => [c.name, c.type, c.title])).toEqual([
    ['PR_Chart_S1_Grades', 'ColumnClustered', 'Grade distribution: Eight'],
    ['PR_Chart_S1_Teams', 'BarStacked', 'Grades by team: Eight'],
  ]);
  const [grades, teams] = charts;
  // Counts as columns over the grade names, the count the target allows as dash markers.
  expect(grades.series.map((s) => [s.name, s.chartType, s.values, s.xValues])).toEqual([
    ['Count', null, expect.stringMatching(/^Calibration!N\d+:N\d+$/), expect.stringMatching(/^Calibration!L\d+:L\d+$/)],
    [
      'Allowed',
      'LineMarkers',
      expect.stringMatching(/^Calibration!O\d+:O\d+$/),
      expect.stringMatching(/^Calibration!L/),
    ],
  ]);
  expect(grades.series[1].look).toMatchObject({ markerStyle: 'Dash', lineStyle: 'None' });
  // Each grade's column in the grade's colour, best first.
  expect(grades.series[0].look).toMatchObject({
    point0: '#5B9B3A',
    point1: '#4F81BD',
    point2: '#E8A33D',
    point3: '#C0504D',
  });
  // The categories are the target table's grade names, best first (live formulas: the fake does not calculate).
  const [, row] = /L(\d+):/.exec(grades.series[0].xValues!)!;
  const names = [0, 1, 2, 3].map((k) => calibration().get(Number(row) + k, 12)?.formula);
  expect(names).toEqual([4, 3, 2, 1].map((k) => `=INDEX(PR_GradeName,${k})`));
  // Stacked by grade, best first, each in its grade's colour; the teams (7 of them) are the categories.
  expect(teams.series.map((s) => s.name)).toEqual(['Excellent', 'Good', 'Pass', 'Needs improvement']);
  expect(teams.series.map((s) => s.look.fill)).toEqual(['#5B9B3A', '#4F81BD', '#E8A33D', '#C0504D']);
  const [, t1, t2] = /L(\d+):L(\d+)/.exec(teams.series[0].xValues!)!;
  expect(Number(t2) - Number(t1) + 1).toBe(7);
  expect(grades.position).toEqual({ from: expect.stringMatching(/^K\d+$/), to: expect.stringMatching(/^P\d+$/) });
  // The sheet's charts start a page of their own (ExcelApi 1.9 page breaks), once after three Scores.
  expect(calibration().rowBreaks).toEqual([Number(/^K(\d+)$/.exec(grades.position!.from)![1])]);
});

test("HR's own chart on the Calibration sheet stays as it is", async () => {
  wb = await assessmentWorkbook(5);
  await scoreActiveSheet('en-US');
  const own = { type: 'Line', name: 'My chart', title: 'Mine', legend: null, position: null, series: [] };
  calibration().charts.push(own);
  await scoreActiveSheet('en-US');
  expect(calibration().charts.map((c) => c.name)).toEqual(['My chart', 'PR_Chart_S1_Grades', 'PR_Chart_S1_Teams']);
  expect(calibration().charts[0]).toBe(own);
});
