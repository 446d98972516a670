/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { makeCheck } from '../../src/core/messages';
import { App } from '../../src/taskpane/App';
import type { ScoreOutcome } from '../../src/taskpane/types';
import { axeViolations } from './axe';
import { fakeHost } from './fakeHost';
import { TALENT_WORDS } from '../../src/core/talentText';

async function renderPane(initialLang: 'zh-CN' | 'en-US' = 'en-US') {
  const fake = fakeHost();
  const view = render(<App host={fake.host} initialLang={initialLang} theme={webLightTheme} />);
  // The workbook's stage comes from the host: the pane settles once it is known.
  await act(async () => undefined);
  return { ...fake, ...view };
}

const OUTCOME: ScoreOutcome = {
  sheets: [
    {
      sheet: 'Channel specialist',
      blocked: false,
      scored: 9,
      incomplete: 1,
      flagged: 2,
      firstCells: { incomplete: 'V14', flagged: 'X9' },
      byGrade: [
        { grade: 'Excellent', count: 2, band: 3, target: 20 },
        { grade: 'Good', count: 4, band: 2, target: null },
        { grade: 'Pass', count: 2, band: 1, target: null },
        { grade: 'Needs improvement', count: 1, band: 0, target: null },
      ],
      grid: {
        boxes: TALENT_WORDS['en-US'].boxNames.map((name, k) => ({
          name,
          action: TALENT_WORDS['en-US'].boxActions[k],
          count: [1, 2, 0, 1, 3, 0, 0, 0, 1][k],
          share: null,
          names: '',
        })),
        placed: 8,
        noPotential: 1,
        notScored: 1,
      },
      raters: [
        { supervisor: 'Zhou Min', people: 4, qualGap: 15 / 13, quantGap: -210 / 13, lenient: true, cell: 'D19' },
      ],
    },
    {
      sheet: 'Sales',
      blocked: true,
      scored: 0,
      incomplete: 0,
      flagged: 0,
      byGrade: [],
      firstCells: { incomplete: null, flagged: null },
      grid: null,
      raters: [],
    },
  ],
  checks: [
    makeCheck('source-missing', 'Channel specialist', 'G8', { name: 'New customers' }, 'en-US'),
    makeCheck('value-missing', 'Channel specialist', 'F14', { employee: 'Li Lei', name: 'New customers' }, 'en-US'),
    makeCheck('weights-total', 'Sales', 'C12', { total: 90 }, 'en-US'),
  ],
  layoutChanges: [],
};

/** Runs a score action to completion with the given outcome. */
async function score(calls: ReturnType<typeof fakeHost>['calls'], buttonName: string, outcome: ScoreOutcome) {
  fireEvent.click(screen.getByRole('button', { name: buttonName }));
  const call = calls.score[calls.score.length - 1];
  await act(async () => call.result.resolve(outcome));
  return call;
}

describe('task pane', () => {
  test('starts in the language it is given and switches both ways', async () => {
    await renderPane('zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('业绩考核');
    expect(screen.getByRole('checkbox', { name: '渠道专员' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    const switcher = screen.getByRole('radiogroup', { name: /窗格语言/ });
    fireEvent.click(within(switcher).getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Performance Review');
    expect(screen.getByRole('checkbox', { name: 'Channel specialist' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
  });

  test('Insert templates sends the chosen roles, sheet language and cycle, then names the new sheets', async () => {
    const { calls, setPlan } = await renderPane('en-US');
    setPlan({
      ops: [],
      sheets: [
        { sheet: 'Rules', kind: 'rules' },
        { sheet: 'Sales (2)', kind: 'assessment', role: 'sales', id: 'A2' },
      ],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sales' }));
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Sheet language' })).getByRole('radio', { name: '中文' }),
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Cycle' }), { target: { value: ' 2025 H1 ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert templates' })));
    expect(calls.insert).toEqual([{ roles: ['channel', 'sales'], lang: 'zh-CN', cycle: '2025 H1' }]);
    expect(screen.getByText('Added sheets: Rules, Sales (2).')).toBeTruthy();
  });

  test('Insert templates with no role asks for one and calls nothing', async () => {
    const { calls } = await renderPane('en-US');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Channel specialist' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert templates' })));
    expect(calls.insert).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one role.');
  });

  test('a failing host call is shown as an alert', async () => {
    const { setPlan } = await renderPane('en-US');
    setPlan(new Error('The workbook is read-only.'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert templates' })));
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong: The workbook is read-only.');
  });

  test.each([
    [
      'en-US',
      'InvalidOperationInCellEditMode',
      'Something went wrong: Excel is still editing a cell. Press Enter or Esc to finish typing, then try again; nothing was written.',
    ],
    [
      'zh-CN',
      'AccessDenied',
      '出错了：Excel 拒绝了修改：工作簿或工作表受保护，或您只有只读权限。请取消保护（审阅 > 撤消工作表保护）或打开可编辑的副本后重试。',
    ],
  ] as const)("%s: Excel's error %s is said in the pane's language with what to do", async (lang, code, text) => {
    const { setPlan } = await renderPane(lang);
    setPlan(Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { code }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: lang === 'en-US' ? 'Insert templates' : '插入模板' })),
    );
    expect(screen.getByRole('alert').textContent).toBe(text);
  });

  test('scoring shows progress, keeps both actions unavailable until done, then the summary per grade', async () => {
    const { calls } = await renderPane('en-US');
    fireEvent.click(screen.getByRole('button', { name: 'Score all sheets' }));
    const call = calls.score[0];
    expect([call.which, call.lang]).toEqual(['all', 'en-US']);
    expect(screen.getByText('Scoring…')).toBeTruthy();
    act(() => call.onProgress(3, 8));
    expect(screen.getByText('Scoring: 3 of 8 done')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.375');
    for (const name of ['Score active sheet', 'Score all sheets', 'Insert templates']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    }
    await act(async () => call.result.resolve(OUTCOME));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Score all sheets' }).getAttribute('aria-disabled')).toBeNull();
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Scored 2 sheets: 9 employees scored, 1 incomplete, 2 flagged.');
    const table = screen.getByRole('table', { name: 'Channel specialist' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent));
    // A table that is also a small chart: the share's bar in the grade's colour, the target marked in words.
    expect(rows).toEqual([
      ['Grade', 'Employees', 'Share'],
      ['Excellent', '2', '22%target at most 20%'],
      ['Good', '4', '44%'],
      ['Pass', '2', '22%'],
      ['Needs improvement', '1', '11%'],
    ]);
    const bars = Array.from(table.querySelectorAll<HTMLElement>('[aria-hidden="true"] > div'));
    expect(bars.map((b) => [b.style.width || b.style.left, b.style.backgroundColor])).toEqual([
      [`${(2 / 9) * 100}%`, 'rgb(91, 155, 58)'],
      ['calc(20% - 1px)', ''],
      [`${(4 / 9) * 100}%`, 'rgb(79, 129, 189)'],
      [`${(2 / 9) * 100}%`, 'rgb(232, 163, 61)'],
      [`${(1 / 9) * 100}%`, 'rgb(192, 80, 77)'],
    ]);
    // The figures lead to their rows: the first not scored, the first flagged.
    fireEvent.click(screen.getByRole('button', { name: '1: go to the first, cell V14' }));
    fireEvent.click(screen.getByRole('button', { name: '2: go to the first, cell X9' }));
    expect(calls.select.slice(-2)).toEqual([
      ['Channel specialist', 'V14'],
      ['Channel specialist', 'X9'],
    ]);
    const sales = screen.getByRole('region', { name: 'Sales' });
    expect(within(sales).getByText('Not scored: fix the sheet errors below first.')).toBeTruthy();
  });

  test('checks are grouped by severity, most serious first, and Go to cell selects the cell', async () => {
    const { calls } = await renderPane('en-US');
    await score(calls, 'Score active sheet', OUTCOME);
    const checks = screen.getByRole('region', { name: 'Checks' });
    expect(
      within(checks)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Sheet errors (1)', 'Row problems (1)', 'Warnings (1)']);
    fireEvent.click(within(checks).getByRole('button', { name: 'Go to cell F14 on Channel specialist' }));
    await act(async () => undefined);
    expect(calls.select).toEqual([['Channel specialist', 'F14']]);
  });

  test('switching language after a run translates the checks', async () => {
    const { calls } = await renderPane('en-US');
    await score(calls, 'Score active sheet', OUTCOME);
    // What is wrong first, in words; the cell is the link beside it, not a prefix of the sentence.
    expect(screen.getByText(/^The weights total 90, not 100/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go to cell C12 on Sales' }).textContent).toBe('Go to cell C12');
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: /Pane language/ })).getByRole('radio', { name: '中文' }),
    );
    expect(screen.getByRole('heading', { name: '表格错误 (1)' })).toBeTruthy();
    expect(screen.queryByText(/the weights total 90/)).toBeNull();
    expect(screen.getByRole('button', { name: '定位到单元格 C12（Sales）' })).toBeTruthy();
  });

  test('changed indicators: the new layout is shown first; "Lay out and score" applies it, "Not now" leaves it', async () => {
    const { calls } = await renderPane('en-US');
    const lines = [
      '"Customer acquisition cost" moves from column H to column F.',
      '"Short-video lead conversion rate" is new: an empty input column H.',
    ];
    const asked = await score(calls, 'Score active sheet', {
      sheets: [],
      checks: [],
      layoutChanges: [{ sheet: 'Channel specialist', lines }],
    });
    expect(asked.relayout).toBe('ask');
    expect(screen.getByText(/The indicators or own targets of "Channel specialist" changed/)).toBeTruthy();
    for (const line of lines) expect(screen.getByText(line)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lay out and score' }));
    const applied = calls.score[calls.score.length - 1];
    expect([applied.which, applied.relayout]).toEqual(['active', 'apply']);
    await act(async () => applied.result.resolve(OUTCOME));
    expect(screen.queryByText(lines[0])).toBeNull();

    await score(calls, 'Score all sheets', {
      sheets: [],
      checks: [],
      layoutChanges: [{ sheet: 'Sales', lines }],
    });
    const count = calls.score.length;
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByText(lines[0])).toBeNull();
    expect(calls.score).toHaveLength(count);
  });

  test("next cycle: asks for the new cycle's name, then says what the new workbook carries; errors come with Go to cell", async () => {
    const { calls, answers } = await renderPane('zh-CN');
    // Folded away until asked for.
    fireEvent.click(screen.getByRole('button', { name: '下一周期', expanded: false }));
    fireEvent.click(screen.getByRole('button', { name: '在新工作簿中开始下一周期' }));
    expect(screen.getByText('请先填写新周期的名称（如 2025年下半年）。')).toBeTruthy();
    expect(calls.nextCycle).toEqual([]);
    answers.nextCycle = { errors: [], sheets: [{ sheet: '渠道专员', employees: 7, graded: 6 }], openMeasures: 2 };
    fireEvent.change(screen.getByRole('textbox', { name: '新周期' }), { target: { value: '2025年下半年' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '在新工作簿中开始下一周期' })));
    expect(calls.nextCycle).toEqual([{ cycle: '2025年下半年', lang: 'zh-CN' }]);
    expect(screen.getByText('新工作簿已打开：带入 7 名员工，列出 2 项未完成措施。请另存为新的文件名。')).toBeTruthy();
    answers.nextCycle = {
      errors: [makeCheck('weights-total', '渠道专员', 'C11', { total: 105 }, 'zh-CN')],
      sheets: [],
      openMeasures: 0,
    };
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '在新工作簿中开始下一周期' })));
    expect(screen.getByText('本周期还有需要先修正的错误（见下）：未生成工作簿。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '定位到单元格 C11（渠道专员）' })).toBeTruthy();
  });

  test('a long list of checks comes a page at a time', async () => {
    const { calls } = await renderPane('en-US');
    const many = Array.from({ length: 120 }, (_, i) =>
      makeCheck('value-missing', 'Sales', `F${i + 10}`, { employee: `E${i}`, name: 'Revenue' }, 'en-US'),
    );
    await score(calls, 'Score active sheet', { sheets: [], checks: many, layoutChanges: [] });
    expect(screen.getAllByRole('button', { name: /^Go to cell/ })).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(screen.getAllByRole('button', { name: /^Go to cell/ })).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  test('on a sheet that is not an assessment sheet it says so and offers the assessment sheets', async () => {
    const { calls } = await renderPane('en-US');
    await score(calls, 'Score active sheet', {
      sheets: [],
      checks: [],
      layoutChanges: [],
      notAssessmentSheet: { active: 'Sheet1', assessmentSheets: ['Channel specialist', 'Sales'] },
    });
    expect(screen.getByText('"Sheet1" is not an assessment sheet.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Checks' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Sales' }));
    await act(async () => undefined);
    expect(calls.select).toEqual([['Sales', 'A1']]);
  });

  test('has no axe violations, before and after a run', async () => {
    const { calls, container } = await renderPane('zh-CN');
    expect(await axeViolations(container)).toEqual([]);
    await score(calls, '为当前表评分', OUTCOME);
    await score(calls, '为当前表评分', {
      ...OUTCOME,
      notAssessmentSheet: { active: 'Sheet1', assessmentSheets: ['Sales'] },
    });
    expect(screen.getByRole('table')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('in the order of the day: a workbook without assessment sheets opens Set-up first; one with them, Scoring', async () => {
    const empty = await renderPane('en-US');
    const order = () =>
      Array.from(document.querySelectorAll('main h2, main [role="button"][aria-expanded], main button[aria-expanded]'))
        .map((e) => e.textContent)
        .filter((text) => ['Set-up', 'Score', 'Next cycle'].includes(text ?? ''));
    expect(order()).toEqual(['Set-up', 'Score', 'Next cycle']);
    expect(screen.getByRole('button', { name: 'Set-up', expanded: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert templates' })).toBeTruthy();
    empty.unmount();

    const scored = fakeHost();
    scored.setStage('scoring');
    render(<App host={scored.host} initialLang="en-US" theme={webLightTheme} />);
    await act(async () => undefined);
    expect(order()).toEqual(['Score', 'Set-up', 'Next cycle']);
    // Set-up folded away below; one click opens it.
    expect(screen.queryByRole('button', { name: 'Insert templates' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Set-up', expanded: false }));
    expect(screen.getByRole('button', { name: 'Insert templates' })).toBeTruthy();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  test('the talent grid after a Score: nine boxes with counts; a box filters its sheet to its people, again shows all', async () => {
    const { calls } = await renderPane();
    await score(calls, 'Score active sheet', OUTCOME);
    const grid = screen.getByRole('group', { name: 'Talent grid: Channel specialist' });
    const boxes = within(grid).getAllByRole('button');
    // Potential high to low, performance low to high: the Star top right, the Underperformer bottom left.
    expect(boxes.map((b) => b.textContent)).toEqual([
      'Rough diamond: 0 people',
      'Growth employee: 1 person',
      'Star: 1 person',
      'Inconsistent player: 0 people',
      'Core player: 3 people',
      'High performer: 2 people',
      'Underperformer: 1 person',
      'Effective employee: 0 people',
      'Trusted professional: 0 people',
    ]);
    expect(screen.getByText('Not in the grid: 1 scored without a potential yet, 1 not scored yet.')).toBeTruthy();
    // The blocked Sales sheet has no grid.
    expect(screen.queryByRole('group', { name: 'Talent grid: Sales' })).toBeNull();
    await act(async () => fireEvent.click(within(grid).getByRole('button', { name: 'Core player: 3 people' })));
    expect(calls.box).toEqual([{ sheet: 'Channel specialist', box: 'Core player', lang: 'en-US' }]);
    expect(screen.getByText('Channel specialist: showing the 2 people in Core player only.')).toBeTruthy();
    expect(within(grid).getByRole('button', { name: 'Core player: 3 people' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await act(async () => fireEvent.click(within(grid).getByRole('button', { name: 'Core player: 3 people' })));
    expect(calls.box[1]).toEqual({ sheet: 'Channel specialist', box: null, lang: 'en-US' });
    expect(screen.getByText('Channel specialist: showing all rows.')).toBeTruthy();
    // The rater effects: the supervisor noted, with the figures, leading to the cell the warning names.
    const raters = screen.getByRole('region', { name: 'Rater effects' });
    expect(within(raters).getByRole('listitem').textContent).toBe(
      'Zhou Min (Channel specialist): qualitative +1.2, data-based −16.2 against the sheet: lenient for the data. Go to cell D19',
    );
    fireEvent.click(within(raters).getByRole('button', { name: /^Go to cell D19/ }));
    expect(calls.select).toContainEqual(['Channel specialist', 'D19']);
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
