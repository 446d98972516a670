import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Office.context.officeTheme's colours are "#RRGGBB" strings (Office's "Black" and "Dark Gray" themes are dark). */
export function isDarkBackground(colour: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  // Perceived brightness (ITU-R BT.601 weights) is enough to tell a light from a dark Office theme.
  return 0.299 * r + 0.587 * g + 0.114 * b < 0.5;
}

/** The Fluent theme matching Office's (desktop and Excel on the web both report officeTheme); light when Office does not say (older builds). */
export function themeFor(officeTheme: { bodyBackgroundColor?: string } | null | undefined): Theme {
  return isDarkBackground(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
