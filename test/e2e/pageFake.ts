/**
 * Bundled for the browser and injected with page.addInitScript, before office.js and the pane run:
 * the strict fake Excel in place of a real one, plus window.__e2e for the test to seed and read the
 * workbook the way a user would see it.
 */
import { createFakeExcel, installFakeExcel, type FakeInput, type FakeValue } from '../fakes/fakeExcel';

// A workbook with the user's own sheets, one of them named like a template sheet: inserting must not touch it.
const fake = createFakeExcel({
  sheets: [
    { name: 'Sheet1', cells: { A1: 'My notes', B2: 42 } },
    { name: '渠道专员', cells: { A1: '我自己的表' } },
  ],
  active: 'Sheet1',
});
installFakeExcel(window, fake);

// office.js builds its own Office.context while it initialises (after this script, before Office.onReady
// resolves), without requirements outside Office; give that context the fake's requirement answers, as
// Excel's own would have. Registered at 'interactive', so it runs before the pane's deferred bundle
// registers its own onReady callback.
type OfficeLike = { context?: { requirements?: unknown }; onReady: (cb: () => void) => Promise<unknown> };
const addRequirements = () => {
  const office = (window as unknown as { Office?: OfficeLike }).Office;
  if (office?.context && !office.context.requirements) office.context.requirements = fake.requirements;
};
document.addEventListener('readystatechange', () => {
  if (document.readyState !== 'interactive') return;
  addRequirements();
  (window as unknown as { Office?: OfficeLike }).Office?.onReady(addRequirements);
});

function scoresName(sheet: string) {
  const name = fake.workbook.definedNames().find((n) => /^PR_S\d+_Scores$/.test(n.name) && n.sheet === sheet);
  if (!name) throw new Error(`no Scores table on ${sheet}`);
  return name;
}

const api = {
  sheetNames: (): string[] => fake.workbook.sheetNames(),
  values: (sheet: string, address: string): FakeValue[][] => fake.workbook.values(sheet, address),
  activeSheet: (): string | null => fake.workbook.activeSheet?.name ?? null,
  selection: () => fake.workbook.selection,
  syncs: (): number => fake.stats.syncs,
  /** Types employee rows under the Scores header of an assessment sheet, as a manager would. */
  fillScores(sheet: string, rows: FakeInput[][]): void {
    const header = scoresName(sheet).address.replace(/\$/g, '').split(':')[0];
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(header) ?? [];
    fake.workbook.setCells(sheet, `${col}${Number(row) + 1}`, rows);
  },
  activate: (sheet: string): void => fake.workbook.activate(sheet),
};

(window as unknown as { __e2e: typeof api }).__e2e = api;
export type E2eApi = typeof api;
