/** A defined name deleted in Name Manager: found again from the sheet's headers, or said exactly. */
import fs from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from '../support/cli';
import { openpyxlDeleteName } from '../support/packages';
import { XlsxPackage } from '../../src/hosts/xlsx/workbook';
import type { Lang } from '../../src/core/types';

const HEAD =
  'Employee ID,Name,Channel sales revenue,New customers,Customer acquisition cost,Channel maintenance efficiency';

async function scored(lang: Lang, sheets = 'channel') {
  const dir = tempDir();
  const file = path.join(dir, 'team.xlsx');
  expect((await cli('template', '--lang', lang, '--roles', sheets, '--out', file)).code).toBe(0);
  const csv = path.join(dir, 'data.csv');
  fs.writeFileSync(csv, `${HEAD}\nE1,Ann,880000,12,4000,80\nE2,Bob,700000,15,5000,70\n`);
  expect(
    (
      await cli(
        'import',
        file,
        '--csv',
        csv,
        ...(sheets.includes(',') ? ['--sheet', lang === 'zh-CN' ? '渠道专员' : 'Channel specialist'] : []),
      )
    ).code,
  ).toBe(0);
  const run = await cli('score', file, '--json');
  expect(run.code).toBe(0);
  return { dir, file, grades: grades(run.out) };
}

const grades = (json: string) =>
  (JSON.parse(json).sheets as { employees: { name: string; grade: string }[] }[]).flatMap((s) =>
    s.employees.map((e) => [e.name, e.grade]),
  );

describe.each(['en-US', 'zh-CN'] as Lang[])('%s', (lang) => {
  test.each(['PR_S1_Scores', 'PR_S1_In_K2'])(
    '%s deleted: the sheet is read by its headers, scored, and the name written back',
    async (name) => {
      const { dir, file, grades: before } = await scored(lang);
      const edited = path.join(dir, 'edited.xlsx');
      openpyxlDeleteName(file, edited, name);
      expect(
        XlsxPackage.read(fs.readFileSync(edited))
          .definedNames()
          .some((n) => n.name === name),
      ).toBe(false);
      const run = await cli('score', edited, '--json');
      expect(run.code).toBe(0);
      expect(grades(run.out)).toEqual(before);
      expect(
        XlsxPackage.read(fs.readFileSync(edited))
          .definedNames()
          .some((n) => n.name === name),
      ).toBe(true);
      const report = await cli('report', edited, '--json');
      expect(JSON.parse(report.out)).toHaveLength(2);
    },
  );

  test('PR_S1_Indicators deleted: a sheet error naming the name and how to add it again, nothing written', async () => {
    const { dir, file } = await scored(lang, 'channel,sales');
    const edited = path.join(dir, 'edited.xlsx');
    openpyxlDeleteName(file, edited, 'PR_S1_Indicators');
    const before = fs.readFileSync(edited);
    const run = await cli('score', edited);
    expect(run.code).toBe(1);
    expect(run.out + run.err).toContain(
      lang === 'en-US'
        ? 'the defined name PR_S1_Indicators is missing (deleted in Formulas > Name Manager?), so this assessment sheet cannot be read'
        : '定义名称 PR_S1_Indicators 不存在（可能在"公式 > 名称管理器"中被删除），无法读取此考核表',
    );
    expect(fs.readFileSync(edited).equals(before)).toBe(true);
  });
});
