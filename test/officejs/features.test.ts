import { officeDisplayLanguage } from '../../src/hosts/officejs/features';

/** Office's display language as one of the two the product speaks. */
describe('officeDisplayLanguage', () => {
  const office = { context: { displayLanguage: '' } };
  beforeAll(() => ((globalThis as { Office?: unknown }).Office = office));
  afterAll(() => delete (globalThis as { Office?: unknown }).Office);

  test.each([
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    // Traditional Chinese displays read the Simplified text rather than English.
    ['zh-TW', 'zh-CN'],
    ['zh-HK', 'zh-CN'],
    ['zh-Hant-TW', 'zh-CN'],
    ['ZH-tw', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    ['', 'en-US'],
  ])('%s -> %s', (display, lang) => {
    office.context.displayLanguage = display;
    expect(officeDisplayLanguage()).toBe(lang);
  });

  test('outside Office (no Office global) it is English', () => {
    const saved = (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Office?: unknown }).Office;
    try {
      expect(officeDisplayLanguage()).toBe('en-US');
    } finally {
      (globalThis as { Office?: unknown }).Office = saved;
    }
  });
});
