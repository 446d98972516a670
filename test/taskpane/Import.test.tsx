/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { axeViolations } from './axe';
import { fakeHost } from './fakeHost';
import { encodeGb18030 } from '../support/cli';
import { TextDecoder as NodeTextDecoder } from 'node:util';

// jsdom has no TextDecoder; Excel's webviews (Edge, Safari) have it, with GB18030.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

async function renderPane(initialLang: 'zh-CN' | 'en-US' = 'en-US') {
  const fake = fakeHost();
  const view = render(<App host={fake.host} initialLang={initialLang} theme={webLightTheme} />);
  // The workbook's stage comes from the host: the pane settles once it is known.
  await act(async () => undefined);
  return { ...fake, ...view };
}

const section = () => screen.getByRole('region', { name: /^(Import data \(CSV\)|导入数据（CSV）)$/ });
const click = async (name: string) => act(async () => fireEvent.click(within(section()).getByRole('button', { name })));

const CSV =
  '员工编号,员工姓名,部门,直接上级,渠道销售额（万元）,新客户开发数量,CAC,渠道维护效率,备注\nE1,Zhang Wei,East,Li Na,88,12,4800,85,x\nE1,Zhang Wei,East,Li Na,89,12,4800,85,x\nE2,Wang Fang,East,Li Na,100,18,4200,90,y\n';

describe('import section', () => {
  test('a GB18030 CSV file: the mapping and what would change, then Import writes through the host', async () => {
    const { calls } = await renderPane('en-US');
    const input = section().querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([new Uint8Array(encodeGb18030(CSV))], 'crm.csv', { type: 'text/csv' });
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    expect(await within(section()).findByText('File: crm.csv')).toBeTruthy();
    await click('Check mapping');
    expect(calls.import).toHaveLength(1);
    expect(calls.import[0]).toMatchObject({ source: 'crm.csv', write: false, lang: 'en-US' });
    expect(within(section()).getByText('Import will add 1, update 0; 0 already up to date.')).toBeTruthy();
    expect(within(section()).getByText(/^Line 2 \("E1"\) is left alone: line 3 names the same employee/)).toBeTruthy();
    const table = within(section()).getByRole('table', { name: 'How the columns of the file are read' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Column in the fileGoes into',
      '员工编号Employee ID',
      '员工姓名Name',
      '部门Team',
      '直接上级Supervisor',
      '渠道销售额（万元）Channel sales revenue (numbers × 10,000 for the unit)',
      '新客户开发数量New customers',
      'CACCustomer acquisition cost',
      '渠道维护效率Channel maintenance efficiency',
      '备注Not used',
    ]);
    expect(await axeViolations(document.body)).toEqual([]);
    await click('Import');
    expect(calls.import[1]).toMatchObject({ write: true });
    expect(
      within(section()).getByText('Imported into Channel specialist: 1 added, 0 updated, 0 already up to date.'),
    ).toBeTruthy();
  });

  test('pasted rows in Chinese; no key column is refused with the columns found', async () => {
    const { calls } = await renderPane('zh-CN');
    // Import waits for a checked mapping; checking with nothing chosen says what to do.
    expect(within(section()).getByRole('button', { name: '导入' }).getAttribute('aria-disabled')).toBe('true');
    await click('核对对应关系');
    expect(within(section()).getByText('请先选择 CSV 文件或粘贴数据行。')).toBeTruthy();
    expect(calls.import).toEqual([]);
    fireEvent.change(within(section()).getByRole('textbox'), { target: { value: '客户,金额\n甲,1\n' } });
    await click('核对对应关系');
    expect(
      within(section()).getByText(/^没有可识别员工的列（工号或姓名），无法导入。找到的列：客户, 金额。/),
    ).toBeTruthy();
    expect(
      (within(section()).getByRole('button', { name: '导入' }) as HTMLButtonElement).getAttribute('aria-disabled'),
    ).toBe('true');
    expect(calls.import.every((c) => !c.write)).toBe(true);
  });
});

describe('a CSV the pane cannot read as it is', () => {
  test('a stray quote in pasted rows: the line named, in the pane language, nothing sent to Excel', async () => {
    const { calls } = await renderPane('zh-CN');
    fireEvent.change(within(section()).getByRole('textbox'), {
      target: { value: '工号,姓名,新客户开发数量\nE1,"张伟,12\nE2,李娜,15\n' },
    });
    await click('核对对应关系');
    expect(within(section()).getByText(/^粘贴的数据: 第 2 行：引号（"）开始的字段没有结束/)).toBeTruthy();
    expect(calls.import).toEqual([]);
  });

  test('a Windows-1252 file: what it is and how to save it as UTF-8', async () => {
    const { calls } = await renderPane('en-US');
    const input = section().querySelector('input[type=file]') as HTMLInputElement;
    const bytes = new Uint8Array(Buffer.from('Employee ID,Name\nE1,M\xfcller\n', 'latin1'));
    await act(async () => fireEvent.change(input, { target: { files: [new File([bytes], 'export.csv')] } }));
    expect(
      await within(section()).findByText(/^export\.csv: the file's characters are not clearly in one encoding/),
    ).toBeTruthy();
    await click('Check mapping');
    expect(calls.import).toEqual([]);
  });

  test('columns the import refuses are listed, and Import stays disabled', async () => {
    const { calls } = await renderPane('en-US');
    fireEvent.change(within(section()).getByRole('textbox'), {
      target: { value: 'Employee ID,Name,New customers,New accounts\nE1,Ann,12,99\n' },
    });
    await click('Check mapping');
    expect(calls.import).toHaveLength(1);
    expect(within(section()).getByText('The CSV cannot be imported as it is; nothing was written:')).toBeTruthy();
    expect(
      within(section()).getByText(/columns "New customers" and "New accounts" both hold the same data/),
    ).toBeTruthy();
    expect(within(section()).getByRole('button', { name: 'Import' }).getAttribute('aria-disabled')).toBe('true');
  });
});

test("the file is chosen with a button in the pane's language, not the browser's own 'Choose File'", async () => {
  await renderPane('zh-CN');
  const input = section().querySelector('input[type=file]') as HTMLInputElement;
  expect(input.hidden).toBe(true);
  const opened = jest.spyOn(input, 'click').mockImplementation(() => undefined);
  expect(within(section()).getByRole('group', { name: 'CSV 文件' })).toBeTruthy();
  expect(within(section()).getByText('未选择文件')).toBeTruthy();
  await click('选择文件…');
  expect(opened).toHaveBeenCalledTimes(1);
  const file = new File([new Uint8Array(encodeGb18030(CSV))], 'crm.csv', { type: 'text/csv' });
  await act(async () => fireEvent.change(input, { target: { files: [file] } }));
  expect(await within(section()).findByText('文件：crm.csv')).toBeTruthy();
  expect(within(section()).queryByText('未选择文件')).toBeNull();
  expect(await axeViolations(document.body)).toEqual([]);
});
