/** The Previous grade decides the formal talk: read in either language, anything else a row problem. */
import path from 'node:path';
import { cli, readWorkbook, tempDir } from '../support/cli';
import { channel, workbookWith, type EmployeeRow } from '../support/workbooks';
import { saveWorkbook } from '../../src/hosts/xlsx/workbook';
import type { Lang } from '../../src/core/types';

/** A weak employee (Needs improvement this cycle) with the Previous grade given. */
async function scoreWith(lang: Lang, previous: string) {
  const rows: EmployeeRow[] = [['Eve', 'E5', 'West', 'Wu', previous, 300000, 5, 9000, 50]];
  const file = path.join(tempDir(), 'team.xlsx');
  saveWorkbook(workbookWith(channel, rows, lang), file);
  const run = await cli('score', file, '--json');
  return { run, json: JSON.parse(run.out), file };
}

describe.each([
  ['en-US', '待改进', 'Needs improvement'],
  ['en-US', ' needs improvement ', ' needs improvement '],
  ['zh-CN', 'Needs improvement', '待改进'],
  ['zh-CN', 'Ｎｅｅｄｓ improvement', '待改进'],
] as const)('%s workbook, Previous grade "%s"', (lang, previous, written) => {
  test("the lowest grade twice in a row leads to the formal talk, and the cell holds the Rules' word", async () => {
    const { run, json, file } = await scoreWith(lang, previous);
    expect(run.code).toBe(0);
    const eve = json.sheets[0].employees[0];
    expect(eve.finalGrade).toBe(lang === 'en-US' ? 'Needs improvement' : '待改进');
    expect(eve.action).toBe('talk');
    const ws = (await readWorkbook(file)).getWorksheet(lang === 'en-US' ? 'Channel specialist' : '渠道专员')!;
    expect(ws.getCell('E15').value).toBe(written);
  });
});

describe.each([
  ['en-US', 'D', `Eve's Previous grade "D" is not a grade (Needs improvement, Pass, Good, Excellent)`],
  ['zh-CN', 'C级', 'Eve的上期等级"C级"不是有效等级（待改进, 合格, 良好, 优秀）'],
  ['en-US', 'Needs improvment', `Eve's Previous grade "Needs improvment" is not a grade`],
] as const)('%s workbook, Previous grade "%s"', (lang, previous, message) => {
  test('a row problem naming the cell', async () => {
    const { run, json } = await scoreWith(lang, previous);
    expect(run.code).toBe(0);
    const check = json.sheets[0].checks.find((c: { code: string }) => c.code === 'previous-grade-invalid');
    expect(check).toMatchObject({ cell: 'E15', severity: 'problem' });
    expect(check.message).toContain(message);
  });
});
