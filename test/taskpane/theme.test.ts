import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkBackground, themeFor } from '../../src/taskpane/theme';

describe('theme from Office', () => {
  test.each([
    ['#FFFFFF', false],
    ['#E6E6E6', false],
    ['#262626', true],
    ['#000000', true],
    ['6b6b6b', true],
    ['', false],
    ['red', false],
  ])('background %s is dark: %s', (colour, dark) => {
    expect(isDarkBackground(colour)).toBe(dark);
  });

  test('dark Office themes get the dark Fluent theme; unknown gets light', () => {
    expect(themeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});
