/**
 * Which webview the pane runs in. The pane (React 19, Fluent UI v9, ES2017 with the ES2019-2022 APIs
 * its libraries use: flatMap, Object.fromEntries, TextDecoder, globalThis...) runs in the webviews
 * Microsoft 365 and Excel 2021 use: WebView2 (Chromium) on Windows, WKWebView (Safari 15 or later) on
 * Mac and iPad, and the browsers of Excel on the web. Excel 2016 and 2019 show add-ins in Internet
 * Explorer 11 (Trident) or EdgeHTML 18 ("Edge/18"; Chromium's Edge says "Edg/"), which lack those APIs:
 * there the legacy page (legacy.ts) says what works without the pane, and the pane does not start.
 */
export function needsLegacyPage(userAgent: string): boolean {
  return /Trident\/|MSIE |\bEdge\/\d/.test(userAgent);
}
