import { assessCascade, type CascadeSnapshot } from '../../src/core/cascade';
import { dateSerial } from '../../src/core/dates';
import { defaultRules } from '../../src/core/rules';
import type { CellValue } from '../../src/core/types';

const DUE = dateSerial('2024-12-31');

function cascade(rows: CellValue[][]): CascadeSnapshot {
  return { sheet: 'Goals', headerRow: 4, firstCol: 1, rows: rows.map((cells, i) => ({ row: 5 + i, cells })) };
}

describe('goal cascade: SMART checks are warnings naming the cell', () => {
  test('no number, no unit or direction, no due date, a vague word, no parent, an unknown parent, a duplicate ID', () => {
    const rules = defaultRules('en-US');
    const result = assessCascade(
      cascade([
        ['Department', 'D1', null, 'Revenue', '', 3000000, 'yuan', 'Higher', 'Head', null, DUE, 'Plan', 'Plan'],
        ['Group', 'G1', 'D1', 'Revenue', '', 'about 1.5 million', 'yuan', 'Higher', 'A', null, DUE, 'CRM', ''],
        ['Group', 'G2', 'D1', 'Revenue', '', 1000000, null, null, 'B', null, null, 'CRM', 'roughly last year'],
        ['Individual', 'I1', null, 'Revenue', '', 500000, 'yuan', 'Higher', 'Wang', 'E2', '2024-12-31', 'CRM', ''],
        ['Individual', 'I2', 'X9', 'Revenue', '', 500000, 'yuan', 'Higher', 'Li', 'E3', DUE, 'CRM', ''],
        ['Individual', 'G1', 'D1', 'Revenue', '', 1, 'yuan', 'Higher', 'Li', 'E4', DUE, 'CRM', ''],
      ]),
      rules,
      'en-US',
    );
    expect(result.checks.map((c) => [c.code, c.cell])).toEqual([
      ['cascade-duplicate-part', 'B10'],
      ['cascade-no-number', 'F6'],
      ['cascade-vague', 'F6'],
      ['cascade-no-unit', 'G7'],
      ['cascade-no-due', 'K7'],
      ['cascade-vague', 'M7'],
      ['cascade-no-parent', 'C8'],
      ['cascade-parent-unknown', 'C9'],
      ['cascade-sum', 'F5'],
    ]);
    expect(result.checks.every((c) => c.severity === 'warning')).toBe(true);
    expect(result.checks.find((c) => c.code === 'cascade-no-due')!.text).toBe(
      'Goals!K7: G2 has no due date. A SMART target is time-bound: enter the date (yyyy-mm-dd).',
    );
  });

  test("a target far from the owner's previous actual (more than 2x either way), known from the Scores table", () => {
    const rules = defaultRules('zh-CN');
    const rows = [
      ['部门', 'D1', null, '渠道销售额', '', 1400000, '元', '越高越好', '部长', null, DUE, '计划', '年度计划'],
      ['个人', 'I1', 'D1', '渠道销售额', '', 900000, '元', '越高越好', '王芳', 'E2', DUE, 'CRM', '大客户'],
      ['个人', 'I2', 'D1', '渠道销售额', '', 500000, '元', '越高越好', '李雷', 'E3', DUE, 'CRM', '新区域'],
    ];
    const actuals: Record<string, number> = { E2: 300000, E3: 450000 };
    const result = assessCascade(cascade(rows), rules, 'zh-CN', (id) => actuals[id] ?? null);
    expect(result.checks.map((c) => [c.code, c.cell, c.text])).toEqual([
      [
        'cascade-far',
        'F6',
        'Goals!F6: I1：目标 900,000 与上期实际值 300,000 相差超过 2 倍。请确认该目标可实现且具挑战性（SMART：可实现）。',
      ],
    ]);
  });
});

describe('goal cascade: many parts', () => {
  const part = (i: number, parent: string | null, target: number): CellValue[] => [
    i === 0 ? 'Department' : 'Individual',
    i === 0 ? 'D1' : `I${i}`,
    parent,
    'Revenue',
    '',
    target,
    'yuan',
    'Higher',
    `P${i}`,
    null,
    DUE,
    'CRM',
    'plan',
  ];

  test('300 parts in a row: the check names their range, not 300 cells', () => {
    const rows = [part(0, null, 400000), ...Array.from({ length: 300 }, (_, i) => part(i + 1, 'D1', 1000))];
    const result = assessCascade(cascade(rows), defaultRules('en-US'), 'en-US');
    expect(result.checkText.get(5)).toBe('Parts F6:F305 total 300,000, not 400,000.');
  });

  test('2,000 parts scattered over every other row: too many for one formula, said so, no total written', () => {
    const rows: CellValue[][] = [part(0, null, 2000)];
    for (let i = 1; i <= 2000; i++)
      rows.push(
        part(i, 'D1', 1),
        part(10000 + i, null, 1).map((v, j) => (j === 0 ? 'Department' : v)),
      );
    const result = assessCascade(cascade(rows), defaultRules('en-US'), 'en-US');
    expect(result.checks.filter((c) => c.code === 'cascade-too-many').map((c) => c.cell)).toEqual(['F5']);
    expect(result.checkText.has(5)).toBe(false);
  });
});
