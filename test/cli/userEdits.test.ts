/**
 * Edits people make in Excel or LibreOffice between two runs (columns and rows inserted or deleted,
 * rows sorted, sheets renamed), made by LibreOffice itself: every employee keeps their own inputs, own
 * targets and grade, or, where a column was put inside the tool's tables, Score refuses naming the cell
 * and writes nothing. It never guesses by an offset remembered from before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from '../support/cli';
import { editInLibreOffice, type Edit } from '../support/libreofficeEdit';
import { XlsxPackage, saveWorkbook } from '../../src/hosts/xlsx/workbook';
import type { Lang } from '../../src/core/types';

interface Scored {
  employeeId: string;
  grade: string | null;
  weightedScore: number | null;
  indicators: { target: number | null; ownTarget: boolean }[];
}

const SHEET: Record<Lang, string> = { 'en-US': 'Channel specialist', 'zh-CN': '渠道专员' };
const HEAD: Record<Lang, string> = {
  'en-US':
    'Employee ID,Name,Team,Supervisor,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency,Channel sales revenue target',
  'zh-CN': '工号,姓名,团队,直属上级,渠道销售额,新客户开发数量,客户获取成本,渠道维护效率,渠道销售额目标',
};
const LINES = [
  'E1,Ann,East,Li,880000,18,4000,90,1000000',
  'E2,Bob,East,Li,600000,15,5000,80,500000',
  'E3,Cy,West,Wu,700000,12,5500,75,',
  'E4,Dee,West,Wu,950000,20,4200,85,800000',
  'E5,Eve,West,Wu,400000,8,7000,60,',
];

/** Per employee: grade, weighted score and the target each indicator was measured against. */
const byId = (sheets: { employees: Scored[] }[]) =>
  Object.fromEntries(
    sheets[0].employees.map((e) => [e.employeeId, [e.grade, e.weightedScore, e.indicators.map((i) => i.target)]]),
  );

/** A scored workbook whose first indicator uses own targets, filled for three employees. */
async function scoredWorkbook(lang: Lang): Promise<{ file: string; grades: Record<string, unknown> }> {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', 'channel', '--out', file)).code).toBe(0);
  const pkg = XlsxPackage.read(fs.readFileSync(file));
  pkg.sheet(SHEET[lang]).write(7, 8, { kind: 'value', value: lang === 'zh-CN' ? '是' : 'Yes' });
  saveWorkbook(pkg, file);
  expect((await cli('score', file)).code).toBe(0);
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(csv, [HEAD[lang], ...LINES].join('\n'));
  const imported = await cli('import', file, '--csv', csv);
  expect(imported.code).toBe(0);
  const scored = await cli('score', file, '--json');
  expect(scored.code).toBe(0);
  const grades = byId(JSON.parse(scored.out).sheets);
  // The own targets are in use: Ann's 880,000 against her own 1,000,000, not the sheet's 800,000.
  const ann = (JSON.parse(scored.out).sheets[0].employees as Scored[]).find((e) => e.employeeId === 'E1')!;
  expect(ann.indicators[0]).toMatchObject({ target: 1000000, ownTarget: true });
  expect(Object.values(grades).every((g) => (g as unknown[])[0] !== null)).toBe(true);
  return { file, grades };
}

let base: Record<Lang, { file: string; grades: Record<string, unknown> }>;
let edited: Map<string, string>;

const KEEPS: [string, Edit['op'], (lang: Lang) => Edit][] = [
  ['a column inserted left of the tables', 'insertColumn', (l) => ({ op: 'insertColumn', sheet: SHEET[l], index: 0 })],
  [
    'a column inserted right of the computed block',
    'insertColumn',
    (l) => ({ op: 'insertColumn', sheet: SHEET[l], index: 40 }),
  ],
  ['a row inserted above the tables', 'insertRow', (l) => ({ op: 'insertRow', sheet: SHEET[l], index: 0 })],
  ['a row inserted between two employees', 'insertRow', (l) => ({ op: 'insertRow', sheet: SHEET[l], index: 16 })],
  ['the sheet renamed', 'renameSheet', (l) => ({ op: 'renameSheet', sheet: SHEET[l], to: 'Renamed 2024' })],
  [
    'the employees sorted by name, descending',
    'sortRows',
    (l) => ({ op: 'sortRows', sheet: SHEET[l], first: 15, last: 19, key: 0 }),
  ],
];
const REFUSES: [string, (lang: Lang) => Edit, Record<Lang, RegExp>][] = [
  [
    'a column inserted inside the Indicators table and the employee fields (before Weight)',
    (l) => ({ op: 'insertColumn', sheet: SHEET[l], index: 2 }),
    {
      'en-US': /!C6: the Indicators table has "" where its column "Weight \(%\)" belongs/,
      'zh-CN': /!C6: 考核指标表中应为"权重（%）"列的位置现在是""/,
    },
  ],
  [
    'a column inserted between the own-target input and the computed block',
    (l) => ({ op: 'insertColumn', sheet: SHEET[l], index: 10 }),
    { 'en-US': /the Scores table has ".*" where its column ".*" belongs/, 'zh-CN': /评分表中应为".*"列的位置现在是/ },
  ],
  [
    'a column deleted inside the Indicators table (Data source)',
    (l) => ({ op: 'deleteColumn', sheet: SHEET[l], index: 6 }),
    { 'en-US': /the Indicators table has ".*" where its column ".*" belongs/, 'zh-CN': /考核指标表中应为/ },
  ],
];

beforeAll(async () => {
  base = { 'en-US': await scoredWorkbook('en-US'), 'zh-CN': await scoredWorkbook('zh-CN') };
  const jobs: { key: string; file: string; edit: Edit }[] = [];
  for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
    for (const [name, , edit] of KEEPS) jobs.push({ key: `${lang} ${name}`, file: base[lang].file, edit: edit(lang) });
    for (const [name, edit] of REFUSES) jobs.push({ key: `${lang} ${name}`, file: base[lang].file, edit: edit(lang) });
  }
  const outs = editInLibreOffice(jobs);
  edited = new Map(jobs.map((j, i) => [j.key, outs[i]]));
}, 180_000);

describe.each(['en-US', 'zh-CN'] as Lang[])('%s', (lang) => {
  test.each(KEEPS.map(([name]) => name))('%s: every employee keeps inputs, own targets and grade', async (name) => {
    const file = edited.get(`${lang} ${name}`)!;
    const run = await cli('score', file, '--json');
    expect(run.code).toBe(0);
    const sheets = JSON.parse(run.out).sheets;
    expect(byId(sheets)).toEqual(base[lang].grades);
    expect(run.out).not.toMatch(/Removed:|已删除/);
    expect(sheets[0].layoutChanges ?? []).toEqual([]);
  });

  test.each(REFUSES.map(([name, , message]) => [name, message[lang]] as const))(
    '%s: a sheet error naming the cell, nothing written',
    async (name, message) => {
      const file = edited.get(`${lang} ${name}`)!;
      const before = fs.readFileSync(file);
      const run = await cli('score', file);
      expect(run.code).toBe(1);
      expect(run.out + run.err).toMatch(message);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    },
  );
});
