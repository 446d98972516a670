import { LANG_NAMES, langOfCell } from '../../src/core/types';

describe('the workbook language on the Rules sheet', () => {
  test('shown by its name, read by its name or its code (workbooks made before hold the code)', () => {
    expect(LANG_NAMES).toEqual({ 'zh-CN': '简体中文', 'en-US': 'English' });
    for (const [text, lang] of [
      ['简体中文', 'zh-CN'],
      ['中文', 'zh-CN'],
      [' zh-CN ', 'zh-CN'],
      ['ＥＮＧＬＩＳＨ', 'en-US'],
      ['english', 'en-US'],
      ['en-US', 'en-US'],
    ] as const)
      expect(langOfCell(text)).toBe(lang);
  });

  test('anything else is no language: the Rules check names the cell', () => {
    for (const text of ['Chinese', 'fr-FR', '', 1, null]) expect(langOfCell(text)).toBeUndefined();
  });
});
