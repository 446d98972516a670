import { resultAction } from '../../src/core/actions';
import { defaultRules } from '../../src/core/rules';

/** What each grade leads to (guide step 5), with the Rules sheet's words. */
describe('resultAction', () => {
  const en = defaultRules('en-US');
  const zh = defaultRules('zh-CN');

  test.each([
    ['Excellent', '', 'star', 'Star-employee candidate: priority for training or promotion'],
    ['Good', '', 'keep', 'Keep current duties'],
    ['Pass', 'Needs improvement', 'keep', 'Keep current duties'],
    ['Needs improvement', '', 'plan30', '30-day improvement plan'],
    ['Needs improvement', 'Pass', 'plan30', '30-day improvement plan'],
    ['Needs improvement', 'Needs improvement', 'talk', 'Needs improvement twice in a row: formal performance talk'],
    // Compared as Excel compares: trimmed, in any case.
    [
      'Needs improvement',
      '  needs   IMPROVEMENT ',
      'talk',
      'Needs improvement twice in a row: formal performance talk',
    ],
    ['needs improvement', '', 'plan30', '30-day improvement plan'],
  ])('%s (previous "%s") -> %s', (final, previous, code, text) => {
    expect(resultAction(final, previous, en)).toEqual({ code, text });
  });

  test("in Chinese, with the guide's words", () => {
    expect(resultAction('优秀', '', zh)).toEqual({ code: 'star', text: '明星员工候选：优先参与培训或晋升' });
    expect(resultAction('合格', '', zh)).toEqual({ code: 'keep', text: '维持现有职责' });
    expect(resultAction('待改进', '合格', zh)).toEqual({ code: 'plan30', text: '制定30天改进计划' });
    expect(resultAction('待改进', '待改进', zh)).toEqual({ code: 'talk', text: '连续两次待改进：启动绩效面谈' });
  });

  test('no grade, or a grade the Rules do not have: no action', () => {
    expect(resultAction(null, 'Needs improvement', en)).toBeNull();
    expect(resultAction('', '', en)).toBeNull();
    expect(resultAction('Outstanding', '', en)).toBeNull();
  });

  test("the Rules sheet's words are used, an emptied one as empty text", () => {
    const rules = {
      ...en,
      grades: en.grades.map((g, i) => (i === 3 ? { ...g, action: 'Nominate for the award' } : { ...g, action: '' })),
      talkAction: 'HR talk',
    };
    expect(resultAction('Excellent', '', rules)).toEqual({ code: 'star', text: 'Nominate for the award' });
    expect(resultAction('Good', '', rules)).toEqual({ code: 'keep', text: '' });
    expect(resultAction('Needs improvement', 'Needs improvement', rules)).toEqual({ code: 'talk', text: 'HR talk' });
  });
});
