import { findWord } from '../../src/core/planText';
import { defaultRules, wordList } from '../../src/core/rules';
import { labels } from '../../src/core/labels';

describe("the guide's wording rules for plans", () => {
  const { vague, person } = defaultRules('en-US').planWords;

  test('Chinese words anywhere in the text; Latin words and phrases whole, in any case', () => {
    expect(findWord('大概多拜访一些客户', vague)).toBe('大概');
    expect(findWord('Maybe visit more partners', vague)).toBe('maybe');
    expect(findWord('Send the weekly report', vague)).toBeNull();
    // "about" inside another word is no vague word.
    expect(findWord('Call 3 roundabout dealers', vague)).toBeNull();
    expect(findWord('He is LAZY on Mondays', person)).toBe('lazy');
    expect(findWord('改掉态度差的问题', person)).toBe('态度差');
    expect(findWord('Not trying hard enough with leads', person)).toBe('not trying hard enough');
  });

  test("HR's list in one cell: 、 , ， ; ； or new lines between words", () => {
    expect(wordList('大概、可能,maybe；roughly\nkind of ;  ')).toEqual(['大概', '可能', 'maybe', 'roughly', 'kind of']);
  });
});

test("the Rules' word lists start with the sheet's own language and hold the same words in both", () => {
  const en = wordList(labels('en-US').vagueList);
  const zh = wordList(labels('zh-CN').vagueList);
  expect(en[0]).toBe('about');
  expect(zh[0]).toBe('大概');
  expect([...en].sort()).toEqual([...zh].sort());
  expect([...wordList(labels('en-US').personList)].sort()).toEqual([...wordList(labels('zh-CN').personList)].sort());
});
