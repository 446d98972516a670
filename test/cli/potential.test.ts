import fs from 'node:fs';
import { channelWorkbook, cli, tempDir } from '../support/cli';
import { XlsxPackage } from '../../src/hosts/xlsx/workbook';
import { computedColumns } from '../../src/core/columns';

/** perf-review potential: the calibration panel's Potential, for the talent grid. */
let file: string;
const SHEET = '渠道专员';
const POTENTIAL = computedColumns(10, 4).potential;

beforeAll(async () => {
  file = await channelWorkbook(tempDir(), 'team.xlsx', 'zh-CN', ['张伟,E1001,华东,李娜,880000,12,4800,85']);
  expect((await cli('score', file)).code).toBe(0);
}, 60_000);

const cell = () => XlsxPackage.read(fs.readFileSync(file)).sheet(SHEET).value(15, POTENTIAL);

test("written in the workbook's words, whichever language it was given in; the box follows", async () => {
  const run = await cli('potential', file, '--employee', 'E1001', '--potential', 'high');
  expect([run.code, run.out.split('\n')[0]]).toEqual([0, '张伟的潜力：高']);
  expect(cell()).toBe('高');
  const json = JSON.parse((await cli('score', file, '--json')).out);
  // 79.9 is 合格 (medium performance), potential 高: 潜力新星.
  expect(json.sheets[0].employees[0]).toMatchObject({ potential: '高', performanceLevel: '中', box: '潜力新星' });
  const again = await cli('potential', file, '--employee', '张伟', '--potential', '高');
  expect([again.code, again.out]).toEqual([0, '张伟的潜力已是高：文件未写入。']);
});

test('anything else is refused naming the cell, and nothing is written; an unknown employee is a usage error', async () => {
  const before = fs.readFileSync(file);
  const run = await cli('potential', file, '--employee', 'E1001', '--potential', '很高');
  expect(run.code).toBe(1);
  expect(run.out).toContain(`'${SHEET}'!AB15: 张伟：潜力为"很高"，不是高、中或低`);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  const nobody = await cli('potential', file, '--employee', 'E9999', '--potential', '高');
  expect(nobody.code).toBe(2);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});
