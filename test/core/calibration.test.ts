import fc from 'fast-check';
import { fixed, flagEmployee, quartileInc, sheetStats, teamDeviations } from '../../src/core/calibration';
import { excelTrim } from '../../src/core/text';
import { defaultRules } from '../../src/core/rules';
import type { EmployeeResult, Indicator } from '../../src/core/types';

const rules = defaultRules('en-US');

function employee(weighted: number | null, team = 'T', achievements: number[] = []): EmployeeResult {
  return {
    row: 1,
    name: 'A',
    employeeId: 'E',
    team,
    supervisor: '',
    previousGrade: '',
    achievements,
    scores: achievements.map(() => NaN),
    targets: achievements.map(() => NaN),
    ownTarget: achievements.map(() => false),
    weighted,
    grade: null,
    gradeBand: null,
    status: weighted === null ? 'incomplete' : 'scored',
    statusText: '',
    flagged: false,
    flagReason: '',
    calibratedGrade: '',
    finalGrade: null,
    action: null,
    actionText: '',
    quantScore: null,
    qualScore: null,
    potential: '',
    performanceLevel: '',
    box: '',
  };
}

const revenue: Indicator = {
  index: 0,
  row: 7,
  dimension: 'quantitative',
  name: 'Revenue',
  weight: 50,
  target: 100,
  direction: 'higher',
  unit: '',
  source: 'CRM',
  ownTargets: false,
  key: null,
};
const creativity: Indicator = {
  ...revenue,
  index: 1,
  dimension: 'qualitative',
  name: 'Creativity',
  target: null,
  direction: null,
};

describe('calibration statistics and flags', () => {
  test('QUARTILE.INC interpolates between sorted values', () => {
    const v = [1, 2, 3, 4, 10];
    expect([0, 1, 2, 3, 4].map((q) => quartileInc(v, q))).toEqual([1, 2, 3, 4, 10]);
    expect(quartileInc([1, 2, 3, 4], 1)).toBe(1.75);
    expect(quartileInc([1, 2, 3, 4], 3)).toBe(3.25);
  });

  test('fences need at least 5 scored employees; unscored ones do not count', () => {
    expect(
      sheetStats(
        [70, 80, 90, 100].map((w) => employee(w)),
        rules,
      ),
    ).toMatchObject({ scored: 4, median: 85, q1: null, upper: null });
    const stats = sheetStats([...[68, 74, 75, 76, 78].map((w) => employee(w)), employee(null)], rules);
    expect(stats).toEqual({ scored: 5, median: 75, q1: 74, q3: 76, lower: 71, upper: 79 });
  });

  test('reasons say the numbers; a tie at the fence is not an outlier', () => {
    const stats = { scored: 9, median: 75, q1: 74, q3: 78, lower: 68, upper: 84 };
    expect(flagEmployee(employee(84), [], stats, rules, 'en-US')).toEqual({ flagged: false, reason: '' });
    expect(flagEmployee(employee(97.5), [], stats, rules, 'en-US').reason).toBe(
      'Weighted score 97.5 is above the upper fence 84.0 of this sheet: check for a data error.',
    );
    expect(flagEmployee(employee(60), [], stats, rules, 'zh-CN').reason).toBe(
      '加权得分60.0低于本表下限68.0：请核查目标是否设置过高。',
    );
  });

  test('extreme achievements on quantitative indicators only, at the limits inclusive', () => {
    const none = { scored: 0, median: null, q1: null, q3: null, lower: null, upper: null };
    expect(flagEmployee(employee(null, 'T', [2, 5]), [revenue, creativity], none, rules, 'en-US').reason).toBe(
      'Revenue at 200.0% (>= 200%): check the data.',
    );
    expect(flagEmployee(employee(null, 'T', [0.3, NaN]), [revenue, creativity], none, rules, 'en-US').reason).toBe(
      'Revenue at 30.0% (<= 30%): check whether the target was set too high.',
    );
    expect(flagEmployee(employee(null, 'T', [0.31, NaN]), [revenue, creativity], none, rules, 'en-US').flagged).toBe(
      false,
    );
  });

  test("the reason is the formula's text for any indicator names, spaces included: each piece and a space, trimmed", () => {
    const name = fc.stringMatching(/^[ A-Za-z]{1,8}$/);
    const achievement = fc.oneof(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, achievement), { minLength: 1, maxLength: 4 }), fc.boolean(), (list, high) => {
        const indicators = list.map(([n], index) => ({ ...revenue, index, name: n }));
        const achievements = list.map(([, a]) => a);
        const stats = { scored: 9, median: 75, q1: 74, q3: 78, lower: 68, upper: 84 };
        const e = employee(high ? 97.5 : 75, 'T', achievements);
        // As the Flag reason formula builds it: every piece followed by a space, then TRIM of the whole.
        let text = high
          ? 'Weighted score 97.5 is above the upper fence 84.0 of this sheet: check for a data error. '
          : '';
        for (const [i, a] of achievements.entries()) {
          if (Number.isNaN(a)) continue;
          const pct = fixed(a * 100, 1);
          if (a >= 2) text += `${indicators[i].name} at ${pct}% (>= 200%): check the data. `;
          else if (a <= 0.3)
            text += `${indicators[i].name} at ${pct}% (<= 30%): check whether the target was set too high. `;
        }
        const expected = excelTrim(text);
        expect(flagEmployee(e, indicators, stats, rules, 'en-US')).toEqual({
          flagged: expected !== '',
          reason: expected,
        });
      }),
    );
  });

  test('team deviation: teams of 3 or more, median 10 or more points away', () => {
    const employees = [
      ...[90, 92, 94].map((w) => employee(w, 'Lenient')),
      ...[70, 72, 74, 76].map((w) => employee(w, 'Mid')),
      ...[99, 100].map((w) => employee(w, 'Pair')),
    ];
    const stats = sheetStats(employees, rules);
    expect(teamDeviations(employees, stats, rules).map((t) => [t.team, t.median, t.gap])).toEqual([
      ['Mid', 73, 73 - 90],
    ]);
  });

  test("TRIM and FIXED as Excel's", () => {
    expect(excelTrim('  a   b  ')).toBe('a b');
    expect(excelTrim('a b ')).toBe('a b');
    expect(fixed(28.749999999999996, 1)).toBe('28.8');
    expect(fixed(93.125, 1)).toBe('93.1');
    expect(fixed(200, 0)).toBe('200');
  });
});
