/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { makeCheck } from '../../src/core/messages';
import { App } from '../../src/taskpane/App';
import type { SelectedEmployee } from '../../src/taskpane/types';
import { axeViolations } from './axe';
import { fakeHost } from './fakeHost';

const CHEN: SelectedEmployee = {
  sheet: 'Channel specialist',
  row: 16,
  name: 'Chen Jing',
  employeeId: 'E005',
  weighted: 41,
  grade: 'Needs improvement',
  team: 'North',
  supervisor: 'Zhao',
  status: 'Scored',
  flag: 'Flagged',
  flagReason:
    'Weighted score 41 is below the lower fence 44.5 of this sheet: check whether the target was set too high.',
  calibratedGrade: '',
  finalGrade: 'Needs improvement',
  previousGrade: '',
  actionText: '30-day improvement plan',
  action: null,
  potential: '',
  performanceLevel: 'Low',
  box: '',
  grades: ['Excellent', 'Good', 'Pass', 'Needs improvement'],
};

const LOG_ROW = [
  'Chen Jing',
  'E005',
  'Channel specialist',
  41,
  'Needs improvement',
  'Pass',
  'New market, target too high',
  'Panel: Wang, Zhao',
  '2026-11-27',
];

async function renderPane(initialLang: 'zh-CN' | 'en-US' = 'en-US') {
  const fake = fakeHost();
  const view = render(<App host={fake.host} initialLang={initialLang} theme={webLightTheme} />);
  // The workbook's stage comes from the host: the pane settles once it is known.
  await act(async () => undefined);
  return { ...fake, ...view };
}

const calibration = () => screen.getByRole('region', { name: /^(Calibration|校准)$/ });

async function click(name: string | RegExp) {
  await act(async () => fireEvent.click(within(calibration()).getByRole('button', { name })));
}

async function selectChen(fake: Awaited<ReturnType<typeof renderPane>>) {
  fake.answers.employee = CHEN;
  await click('Use selected cell');
}

function fill(label: string, value: string) {
  const field = within(calibration()).getByLabelText(new RegExp(`^${label}`));
  fireEvent.change(field, { target: { value } });
}

describe('calibration section', () => {
  test('Show flagged rows only filters, says how many, and turns into Show all rows', async () => {
    const { calls } = await renderPane('en-US');
    await click('Show flagged rows only');
    expect(calls.filter).toEqual([{ on: true, lang: 'en-US' }]);
    expect(within(calibration()).getByText('Channel specialist: showing the 2 flagged rows only.')).toBeTruthy();
    await click('Show all rows');
    expect(calls.filter[1]).toEqual({ on: false, lang: 'en-US' });
    expect(within(calibration()).getByText('Channel specialist: showing all rows.')).toBeTruthy();
    expect(within(calibration()).getByRole('button', { name: 'Show flagged rows only' })).toBeTruthy();
  });

  test('with nothing flagged it says so and offers the filter again', async () => {
    const { answers } = await renderPane('en-US');
    answers.filter = () => ({ sheet: 'Sales', flagged: 0, on: false });
    await click('Show flagged rows only');
    expect(within(calibration()).getByText('Sales: no employee is flagged, so all rows are shown.')).toBeTruthy();
    expect(within(calibration()).getByRole('button', { name: 'Show flagged rows only' })).toBeTruthy();
  });

  test('on a sheet that is not an assessment sheet it names the assessment sheets', async () => {
    const { answers, calls } = await renderPane('en-US');
    answers.filter = () => ({ notAssessmentSheet: { active: 'Notes', assessmentSheets: ['Sales'] } });
    await click('Show flagged rows only');
    expect(within(calibration()).getByText('"Notes" is not an assessment sheet.')).toBeTruthy();
    await click('Go to Sales');
    expect(calls.select).toEqual([['Sales', 'A1']]);
  });

  test('Excel without the AutoFilter API: its message is shown as an alert', async () => {
    const { answers } = await renderPane('en-US');
    answers.filter = () =>
      new Error('Filtering to flagged rows needs Excel 2021, Microsoft 365 or Excel on the web (ExcelApi 1.9).');
    await click('Show flagged rows only');
    expect(screen.getByRole('alert').textContent).toMatch(/needs Excel 2021/);
  });

  test('Use selected cell shows the employee with score, grade and flag reason; elsewhere it explains', async () => {
    const fake = await renderPane('en-US');
    await click('Use selected cell');
    expect(fake.calls.selected).toBe(1);
    expect(within(calibration()).getByText(/is not in an employee's row/)).toBeTruthy();
    expect(within(calibration()).queryByRole('button', { name: 'Record calibration' })).toBeNull();

    await selectChen(fake);
    const details = Object.fromEntries(
      Array.from(calibration().querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(details).toEqual({
      Employee: 'Chen Jing · E005',
      Sheet: 'Channel specialist, row 16',
      'Weighted score': '41',
      Grade: 'Needs improvement',
      'Flag reason': CHEN.flagReason,
      'Calibrated grade': 'None',
    });
    const grade = within(calibration()).getByRole('combobox', { name: /^Calibrated grade/ });
    expect(Array.from(grade.querySelectorAll('option'), (o) => o.textContent)).toEqual([
      'Choose a grade',
      'Excellent',
      'Good',
      'Pass',
      'Needs improvement',
    ]);
  });

  test('the three fields are marked required; without a reason it says so next to the field and calls nothing', async () => {
    const fake = await renderPane('en-US');
    await selectChen(fake);
    for (const label of ['Calibrated grade', 'Reason', 'Decided by']) {
      // Native controls get the native attribute, which screen readers read as "required".
      expect((within(calibration()).getByLabelText(new RegExp(`^${label}`)) as HTMLInputElement).required).toBe(true);
    }
    fill('Calibrated grade', 'Pass');
    fill('Decided by', 'Panel: Wang, Zhao');
    fill('Reason', '   ');
    await click('Record calibration');
    expect(fake.calls.calibrate).toEqual([]);
    const reason = within(calibration()).getByLabelText(/^Reason/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(calibration()).getByText('Write why the panel changed the grade.')).toBeTruthy();
    expect(document.activeElement).toBe(reason);
    expect(within(calibration()).queryByText('Choose the calibrated grade.')).toBeNull();
  });

  test('with nothing filled in every missing field is named and the grade gets the focus', async () => {
    const fake = await renderPane('zh-CN');
    fake.answers.employee = CHEN;
    await click('使用所选单元格');
    await click('记录校准');
    expect(fake.calls.calibrate).toEqual([]);
    for (const text of ['请选择校准等级。', '请填写调整等级的原因。', '请填写决定人。'])
      expect(within(calibration()).getByText(text)).toBeTruthy();
    expect(document.activeElement).toBe(within(calibration()).getByLabelText(/^校准等级/));
  });

  test('Record sends the employee, grade, reason and decider, then shows the log row as written', async () => {
    const fake = await renderPane('en-US');
    await selectChen(fake);
    fake.answers.calibrate = {
      errors: [],
      logRow: LOG_ROW,
      logSheet: 'Calibration',
      logRowNumber: 12,
      sheet: 'Channel specialist',
    };
    fill('Calibrated grade', 'Pass');
    fill('Reason', '  New market, target too high ');
    fill('Decided by', 'Panel: Wang, Zhao');
    await click('Record calibration');
    expect(fake.calls.calibrate).toEqual([
      {
        request: {
          employee: 'E005',
          grade: 'Pass',
          reason: 'New market, target too high',
          decidedBy: 'Panel: Wang, Zhao',
        },
        sheet: 'Channel specialist',
        lang: 'en-US',
      },
    ]);
    expect(within(calibration()).getByText('Recorded: Chen Jing calibrated to Pass.')).toBeTruthy();
    const table = within(calibration()).getByRole('table', { name: 'Calibration log, row 12 of Calibration' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent));
    expect(rows).toEqual([
      ['Employee', 'Chen Jing'],
      ['Employee ID', 'E005'],
      ['Sheet', 'Channel specialist'],
      ['Original score', '41'],
      ['Original grade', 'Needs improvement'],
      ['Calibrated grade', 'Pass'],
      ['Reason', 'New market, target too high'],
      ['Decided by', 'Panel: Wang, Zhao'],
      ['Date', '2026-11-27'],
    ]);
    // The success is in a live region; the employee now shows the calibrated grade; the reason is cleared for the next one.
    expect(table.closest('[aria-live="polite"]')).toBeTruthy();
    const calibrated = Array.from(calibration().querySelectorAll('dt')).find(
      (dt) => dt.textContent === 'Calibrated grade',
    );
    expect(calibrated?.nextElementSibling?.textContent).toBe('Pass');
    expect((within(calibration()).getByLabelText(/^Reason/) as HTMLTextAreaElement).value).toBe('');
    expect((within(calibration()).getByLabelText(/^Decided by/) as HTMLInputElement).value).toBe('Panel: Wang, Zhao');
    // The grade is cleared too: clicking Record again asks for it and logs nothing twice.
    expect((within(calibration()).getByLabelText(/^Calibrated grade/) as HTMLSelectElement).value).toBe('');
    await click('Record calibration');
    expect(fake.calls.calibrate).toHaveLength(1);
  });

  test('calibrating again to the grade already recorded says so; nothing is logged', async () => {
    const fake = await renderPane('en-US');
    await selectChen(fake);
    fake.answers.calibrate = { errors: [], unchanged: true, sheet: 'Channel specialist' };
    fill('Calibrated grade', 'Pass');
    fill('Reason', 'New market');
    fill('Decided by', 'Panel');
    await click('Record calibration');
    expect(
      within(calibration()).getByText(
        'Chen Jing is already calibrated to Pass, with its reason in the log: nothing was recorded.',
      ),
    ).toBeTruthy();
    expect(within(calibration()).queryByRole('table')).toBeNull();
  });

  test('errors from Excel are listed with their messages, in the pane language', async () => {
    const fake = await renderPane('en-US');
    await selectChen(fake);
    fake.answers.calibrate = {
      errors: [makeCheck('calibrate-not-scored', 'Channel specialist', 'Z16', { employee: 'Chen Jing' }, 'en-US')],
    };
    fill('Calibrated grade', 'Pass');
    fill('Reason', 'r');
    fill('Decided by', 'd');
    await click('Record calibration');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not recorded, nothing was written:');
    expect(alert.textContent).toContain("'Channel specialist'!Z16: Chen Jing is not scored yet.");
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: /Pane language/ })).getByRole('radio', { name: '中文' }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Chen Jing尚未评分');
  });

  test('has no axe violations: filtered, with an employee, with field errors, after recording', async () => {
    const fake = await renderPane('zh-CN');
    const { container } = fake;
    await click('仅显示标记行');
    fake.answers.employee = { ...CHEN, grades: ['优秀', '良好', '合格', '待改进'] };
    await click('使用所选单元格');
    await click('记录校准');
    expect(await axeViolations(container)).toEqual([]);
    fake.answers.calibrate = { errors: [], logRow: LOG_ROW, logSheet: '校准', logRowNumber: 12 };
    fill('校准等级', '合格');
    fill('原因', '新市场');
    fill('决定人', '评审小组');
    await click('记录校准');
    expect(within(calibration()).getByRole('table')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  test("the selected employee's Potential: saved in the workbook's cell through the host, said in the pane's language", async () => {
    const fake = await renderPane();
    await selectChen(fake);
    const select = within(calibration()).getByLabelText(/^Potential/) as HTMLSelectElement;
    // Nothing typed in the cell yet: not assessed.
    expect(select.value).toBe('0');
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['Not assessed', 'High', 'Medium', 'Low']);
    fireEvent.change(select, { target: { value: '3' } });
    await click('Save potential');
    expect(fake.calls.potential).toEqual([
      { request: { employee: 'E005', potential: 'High' }, sheet: 'Channel specialist', lang: 'en-US' },
    ]);
    expect(within(calibration()).getByText("Saved: Chen Jing's potential is High.")).toBeTruthy();
  });
});
