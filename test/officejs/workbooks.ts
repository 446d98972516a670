/// <reference types="office-js" />
import { sheetNames } from '../../src/core/names';
import type { RolePreset } from '../../src/core/presets';
import { eightIndicatorPreset } from '../support/workbooks';
import type { Lang } from '../../src/core/types';
import { detectFeatures } from '../../src/hosts/officejs/features';
import { insertTemplates } from '../../src/hosts/officejs';
import { applyPlan } from '../../src/hosts/officejs/writes';
import { assessmentSheetOps } from '../../src/layout/assessmentSheet';
import {
  createFakeExcel,
  installFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeInput,
} from '../fakes/fakeExcel';

/** The same eight-indicator sheet as the engine and fidelity tests. */
export const eightIndicators = eightIndicatorPreset;

/** One employee's row: name, ID, team, supervisor, previous grade, then the eight inputs. */
export function employeeRow(i: number): FakeInput[] {
  const f = (k: number) => ((i * 7919 + k * 104729) % 1000) / 1000; // deterministic, spread over [0, 1)
  return [
    `Employee ${i}`,
    `E${String(i).padStart(5, '0')}`,
    `Team ${i % 7}`,
    `Lead ${i % 7}`,
    '',
    Math.round(600000 + f(1) * 800000),
    Math.round(10 + f(2) * 20),
    Math.round(3000 + f(3) * 4000),
    Math.round(150 + f(4) * 300),
    Math.round((0.02 + f(5) * 0.06) * 1000) / 1000,
    Math.round(55 + f(6) * 45),
    Math.round(55 + f(7) * 45),
    Math.round(55 + f(8) * 45),
  ];
}

export interface TestWorkbook {
  fake: FakeExcel;
  sheet: string;
  /** First Scores data row, first input column. */
  firstRow: number;
  inputCol: number;
  /** First computed column (right of the inputs). */
  computedCol: number;
  uninstall: () => void;
}

/**
 * A fake workbook with the Rules sheet (inserted through the host) and an assessment sheet built from
 * `preset` (written through the host's plan writer), `employees` rows seeded directly into the cells,
 * the assessment sheet active and the fake's counters reset.
 */
export async function assessmentWorkbook(
  employees: number,
  options: { preset?: RolePreset; lang?: Lang; fake?: FakeExcelOptions; rows?: (i: number) => FakeInput[] } = {},
): Promise<TestWorkbook> {
  const preset = options.preset ?? eightIndicators();
  const lang = options.lang ?? 'en-US';
  const installed = installFakeExcel(
    globalThis,
    createFakeExcel({ sheets: [{ name: 'Notes', cells: { A1: 'my own notes' } }] }, options.fake),
  );
  await insertTemplates({ lang, roles: [], cycle: '2026 H1' });
  const sheet = preset.title[lang];
  await Excel.run(
    async (context) =>
      void (await applyPlan(
        context,
        assessmentSheetOps({ id: 'S1', sheet, preset, lang, cycle: '2026 H1' }),
        detectFeatures(),
      )),
  );
  const scores = installed.workbook.name(sheetNames('S1').scores)!;
  const firstRow = scores.area.r1 + 1;
  const rows = Array.from({ length: employees }, (_, i) => (options.rows ?? employeeRow)(i + 1));
  if (rows.length) installed.workbook.setCells(sheet, `A${firstRow}`, rows);
  installed.workbook.activate(sheet);
  installed.resetStats();
  return {
    fake: installed,
    sheet,
    firstRow,
    inputCol: scores.area.c1 + 5,
    computedCol: scores.area.c2 + 1,
    uninstall: installed.uninstall,
  };
}
