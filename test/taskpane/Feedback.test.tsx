/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { makeCheck } from '../../src/core/messages';
import { App } from '../../src/taskpane/App';
import type { SelectedEmployee } from '../../src/taskpane/types';
import { axeViolations } from './axe';
import { fakeHost } from './fakeHost';

/** The pane's Feedback section: drafting plans through the host, going to them, their warnings. */
async function renderPane(initialLang: 'zh-CN' | 'en-US' = 'en-US') {
  const fake = fakeHost();
  const view = render(<App host={fake.host} initialLang={initialLang} theme={webLightTheme} />);
  // The workbook's stage comes from the host: the pane settles once it is known.
  await act(async () => undefined);
  return { ...fake, ...view };
}

const feedback = () => screen.getByRole('region', { name: /^(Feedback and improvement plans|反馈与改进计划)$/ });
const click = async (name: string) =>
  act(async () => fireEvent.click(within(feedback()).getByRole('button', { name })));

test('draft for everyone who needs one: what was drafted, a way to each plan, the wording warnings', async () => {
  const fake = await renderPane('en-US');
  fake.answers.draft = {
    drafted: [{ employee: 'Chen Jing', sheet: 'Improvement plan Chen Jing' }],
    existing: [{ employee: 'Li Lei', sheet: 'Improvement plan Li Lei' }],
    errors: [],
    warnings: [makeCheck('plan-vague', 'Improvement plan Li Lei', 'B25', { word: 'maybe' }, 'en-US')],
  };
  await click('Draft plans for everyone who needs one');
  expect(fake.calls.draft).toEqual([{ request: {}, lang: 'en-US' }]);
  const region = within(feedback());
  expect(region.getByText('Plan drafted: Chen Jing')).toBeTruthy();
  expect(region.getByText('Li Lei already has a plan: left as it is')).toBeTruthy();
  expect(region.getByText(/"maybe" is vague/)).toBeTruthy();
  await act(async () => fireEvent.click(region.getAllByRole('button', { name: 'Go to the plan' })[0]));
  expect(fake.calls.select).toEqual([['Improvement plan Chen Jing', 'A1']]);
  expect(await axeViolations(document.body)).toEqual([]);
});

test('for the selected employee, by Employee ID and sheet; without a selection it says what to do', async () => {
  const fake = await renderPane('zh-CN');
  fake.answers.employee = null;
  await click('为所选员工起草计划');
  expect(within(feedback()).getByText('请先在考核表中选中该员工所在行的任一单元格。')).toBeTruthy();
  expect(fake.calls.draft).toEqual([]);
  fake.answers.employee = { sheet: '渠道专员', employeeId: 'E005', name: '陈静' } as SelectedEmployee;
  fake.answers.draft = { drafted: [], existing: [], errors: [], warnings: [] };
  await click('为所选员工起草计划');
  expect(fake.calls.draft).toEqual([{ request: { employee: 'E005', sheet: '渠道专员' }, lang: 'zh-CN' }]);
  expect(within(feedback()).getByText(/没有需要制定计划的员工/)).toBeTruthy();
});

test("a jump bar reaches the pane's parts without scrolling through the others, a folded one opened", async () => {
  await renderPane('zh-CN');
  const nav = screen.getByRole('navigation', { name: '转到' });
  expect(
    within(nav)
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(['评分', '校准', '反馈', '准备', '下一周期']);
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  await act(async () => fireEvent.click(within(nav).getByRole('button', { name: '反馈' })));
  const part = document.activeElement!;
  expect(scrolled).toEqual([part]);
  expect(within(part as HTMLElement).getByRole('heading', { name: '反馈与改进计划' })).toBeTruthy();
  await act(async () => fireEvent.click(within(nav).getByRole('button', { name: '校准' })));
  expect(within(document.activeElement as HTMLElement).getByRole('heading', { name: '校准', level: 2 })).toBeTruthy();
  // Next cycle is folded away: the jump opens it, then goes there.
  expect(screen.queryByRole('button', { name: '在新工作簿中开始下一周期' })).toBeNull();
  await act(async () => fireEvent.click(within(nav).getByRole('button', { name: '下一周期' })));
  expect(
    within(document.activeElement as HTMLElement).getByRole('button', { name: '在新工作簿中开始下一周期' }),
  ).toBeTruthy();
  expect(await axeViolations(document.body)).toEqual([]);
});

test("an Excel error while drafting is said next to the drafting buttons, in the pane's language, not at the top", async () => {
  const fake = await renderPane('zh-CN');
  fake.answers.draft = Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), {
    code: 'AccessDenied',
  });
  await click('为所有需要的员工起草计划');
  const alert = within(feedback()).getByRole('alert');
  expect(alert.textContent).toBe(
    '出错了：Excel 拒绝了修改：工作簿或工作表受保护，或您只有只读权限。请取消保护（审阅 > 撤消工作表保护）或打开可编辑的副本后重试。',
  );
  // The only alert in the pane: the error is where the user clicked.
  expect(screen.getAllByRole('alert')).toEqual([alert]);
  // Said again in the other language when the pane switches.
  const paneLanguage = screen.getByRole('radiogroup', { name: /窗格语言|Pane language/ });
  await act(async () => fireEvent.click(within(paneLanguage).getByRole('radio', { name: 'English' })));
  expect(within(feedback()).getByRole('alert').textContent).toMatch(/^Something went wrong: Excel refused the change/);
});
