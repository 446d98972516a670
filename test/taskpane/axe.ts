import axe from 'axe-core';

/**
 * axe-core's WCAG checks on a rendered container: names, roles, labels, headings, lists, ARIA use.
 * Colour contrast needs layout and a canvas, which jsdom lacks; the end-to-end test checks it in Chromium.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
