import { curveSlopes, defaultRules, gradeBand, scoreFromAchievement } from '../../src/core/rules';
import { channel, scoringOf, setCell, workbookWith } from '../support/workbooks';

const rules = defaultRules('en-US');
const slopes = curveSlopes(rules.curve);
const score = (a: number) => scoreFromAchievement(rules.curve, slopes, a);

describe('score curve (0,0) (60%,60) (100%,80) (120%,90) (150%,100)', () => {
  test.each([
    [0, 0],
    [0.3, 30],
    [0.6, 60],
    [0.8, 70],
    [1, 80],
    [1.1, 85],
    [1.2, 90],
    [1.35, 95],
    [1.5, 100],
    [2.5, 100],
  ])('achievement %d scores %d', (a, s) => {
    expect(score(a)).toBeCloseTo(s, 10);
  });

  test('grade bands: >=90 Excellent, >=80 Good, >=60 Pass, else Needs improvement', () => {
    const grade = (w: number) => rules.grades[gradeBand(rules.grades, w)].name;
    expect([grade(100), grade(90), grade(89.9), grade(80), grade(79.9), grade(60), grade(59.9), grade(0)]).toEqual([
      'Excellent',
      'Excellent',
      'Good',
      'Good',
      'Pass',
      'Pass',
      'Needs improvement',
      'Needs improvement',
    ]);
  });
});

describe("the guide's own example (Table 1)", () => {
  test.each(['en-US', 'zh-CN'] as const)(
    '880,000 / 12 / 4,800 / 85 scores 85, 70, 82.08, 85: weighted 79.9, Pass (%s)',
    (lang) => {
      const workbook = workbookWith(channel, [['Zhang Wei', 'E1', 'East', 'Li Na', '', 880000, 12, 4800, 85]], lang);
      const result = scoringOf(workbook);
      const [employee] = result.sheets[0].employees;
      expect(employee.scores.map((s) => s!.toFixed(2))).toEqual(['85.00', '70.00', '82.08', '85.00']);
      expect(employee.achievements).toEqual([1.1, 0.8, 5000 / 4800, NaN]);
      expect(employee.weighted).toBe(79.9);
      expect(employee.grade).toBe(lang === 'zh-CN' ? '合格' : 'Pass');
      expect(employee.status).toBe('scored');
    },
  );
});

describe('a missing value is never a zero', () => {
  test('an employee with an empty input is not scored; the others are', () => {
    const workbook = workbookWith(channel, [
      ['A', 'E1', 'T', 'S', '', 880000, null, 4800, 85],
      ['B', 'E2', 'T', 'S', '', 880000, 12, 4800, 85],
    ]);
    const [a, b] = scoringOf(workbook).sheets[0].employees;
    expect(a).toMatchObject({
      weighted: null,
      grade: null,
      status: 'incomplete',
      statusText: 'Not scored: G15 (New customers) missing.',
    });
    expect(b).toMatchObject({ weighted: 79.9, status: 'scored' });
  });
});

describe('the workbook is found by its names, not by titles or words', () => {
  test('switching the Rules language to en-US on a Chinese workbook still scores; Status speaks English', () => {
    const workbook = workbookWith(channel, [['张伟', 'E1', '华东', '李娜', '', 880000, 12, 4800, null]], 'zh-CN');
    setCell(workbook, '评分规则', 'B3', 'en-US');
    const sheet = scoringOf(workbook).sheets[0];
    expect(sheet.blocked).toBe(false);
    expect(sheet.employees[0].statusText).toBe('Not scored: I15 (渠道维护效率) missing.');
    expect(sheet.checks.find((c) => c.code === 'value-missing')!.text).toMatch(
      /^'渠道专员'!I15: 张伟: "渠道维护效率" is missing/,
    );
  });

  test('a renamed sheet (as Excel renames it: the names follow) is scored the same', () => {
    const workbook = workbookWith(channel, [['Zhang Wei', 'E1', 'East', 'Li Na', '', 880000, 12, 4800, 85]]);
    workbook.renameSheet('Channel specialist', 'Team East Q3');
    const sheet = scoringOf(workbook).sheets[0];
    expect(sheet.sheet).toBe('Team East Q3');
    expect(sheet.employees[0].weighted).toBe(79.9);
  });
});
