/**
 * Bundled for the browser and injected with page.addInitScript, before office.js and the pane run:
 * the strict fake Excel in place of a real one, plus window.__e2e for the test to seed and read the
 * workbook the way a user would see it. Every page load starts from the same fresh workbook.
 */
import { createFakeExcel, installFakeExcel, type FakeInput, type FakeValue } from '../fakes/fakeExcel';
import { recalculateFromEngine } from '../support/recalculateFromEngine';
import { cellAddress, parseRange } from '../../src/core/a1';

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
  // Frames office.js opens (its telemetry proxy) get this script too, without office.js.
  const office = (window as unknown as { Office?: Partial<OfficeLike> }).Office;
  if (typeof office?.onReady === 'function') void office.onReady(addRequirements);
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
  /** How many workbooks Excel.createWorkbook opened (the next cycle's). */
  createdWorkbooks: (): number => fake.createdWorkbooks.length,
  /** Types employee rows under the Scores header of an assessment sheet, as a manager would. */
  fillScores(sheet: string, rows: FakeInput[][]): void {
    const header = scoresName(sheet).address.replace(/\$/g, '').split(':')[0];
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(header) ?? [];
    fake.workbook.setCells(sheet, `${col}${Number(row) + 1}`, rows);
  },
  activate: (sheet: string): void => fake.workbook.activate(sheet),
  /** HR typing into cells (the Indicators table, say). */
  setCells: (sheet: string, address: string, grid: FakeInput[][]): void => fake.workbook.setCells(sheet, address, grid),
  /** The Scores header row of an assessment sheet. */
  scoresHeaderRow: (sheet: string): number => Number(/\d+/.exec(scoresName(sheet).address)![0]),
  /** A user clicking a cell: the sheet becomes active and the cell selected. */
  select(sheet: string, address: string): void {
    fake.workbook.activate(sheet);
    fake.workbook.selection = { sheet, address };
  },
  /**
   * What Excel does after every write, which the fake does not: the Scores tables' formula cells get the
   * engine's results (test/support/recalculateFromEngine.ts). Returns how many cells were filled.
   */
  recalculateFromEngine: (): number => recalculateFromEngine(fake),
  /** The sheet's AutoFilter: range, criteria per column, hidden rows. */
  autoFilter: (sheet: string) => fake.workbook.autoFilter(sheet),
  /** The rows under the calibration log's header, up to the first empty one. */
  logRows(): FakeValue[][] {
    const at = fake.workbook.definedNames().find((n) => n.name === 'PR_CalibrationLog')!;
    const header = parseRange(at.address)!;
    const out: FakeValue[][] = [];
    for (let r = header.r1 + 1; ; r++) {
      const [line] = fake.workbook.values(at.sheet, `${cellAddress(r, header.c1)}:${cellAddress(r, header.c1 + 8)}`);
      if (line.every((v) => v === '')) return out;
      out.push(line);
    }
  },
};

(window as unknown as { __e2e: typeof api }).__e2e = api;
export type E2eApi = typeof api;
