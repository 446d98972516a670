import type { PlanOp } from '../../src/layout/plan';
import type { CellValue, Lang } from '../../src/core/types';
import { columnNumber } from '../../src/core/a1';
import { makeCheck } from '../../src/core/messages';
import { channel, scoringOf, setCell, workbookWith } from '../support/workbooks';
import { SPEC_WRITTEN_NUMBERS } from '../support/writtenNumbers';

const SHEET = 'Channel specialist';
const GUIDE_ROW: [string, string, string, string, string, ...CellValue[]] = [
  'Zhang Wei',
  'E1',
  'East',
  'Li Na',
  '',
  880000,
  12,
  4800,
  85,
];

function scoreWith(edits: Record<string, CellValue>, lang: Lang = 'en-US') {
  const workbook = workbookWith(channel, [GUIDE_ROW]);
  for (const [cell, value] of Object.entries(edits)) setCell(workbook, SHEET, cell, value);
  return scoringOf(workbook, { messageLang: lang });
}

/** Every cell a plan writes, as "ROW:COL". */
function writtenCells(ops: PlanOp[]): Set<string> {
  const out = new Set<string>();
  for (const op of ops) {
    if (op.kind === 'cells')
      op.cells.forEach((line, i) => line.forEach((c, j) => c !== null && out.add(`${op.row + i}:${op.col + j}`)));
    if (op.kind === 'fill') for (let r = op.range.r1; r <= op.range.r2; r++) out.add(`${r}:${op.range.c1}`);
  }
  return out;
}
const key = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return `${m[2]}:${columnNumber(m[1])}`;
};

type Case = [string, Record<string, CellValue>, string, string, RegExp];

describe('sheet errors block scoring of the sheet: nothing is written', () => {
  test.each<Case>([
    ['weights not totalling 100', { C7: 50 }, 'weights-total', 'C11', /total 110, not 100/],
    ['an empty weight', { C8: null }, 'weight-invalid', 'C8', /"New customers" is empty/],
    ['a weight that is not a number', { C8: 'thirty' }, 'weight-invalid', 'C8', /"thirty"/],
    ['a weight <= 0', { C8: 0 }, 'weight-invalid', 'C8', /greater than 0/],
    ['an indicator without a name', { B9: null }, 'name-missing', 'B9', /no name/],
    ['an indicator without a dimension', { A9: null }, 'dimension-invalid', 'A9', /Quantitative or Qualitative/],
    ['an unknown dimension', { A9: 'Soft' }, 'dimension-invalid', 'A9', /"Soft"/],
    [
      'duplicate indicator names',
      { B8: 'channel sales revenue' },
      'duplicate-name',
      'B8',
      /already the name of the indicator in B7/,
    ],
    ['a quantitative indicator without a target', { D7: null }, 'target-invalid', 'D7', /target .* is empty/],
    ['a target of 0', { D8: 0 }, 'target-invalid', 'D8', /greater than 0/],
    [
      'a quantitative indicator without a direction',
      { E9: null },
      'direction-invalid',
      'E9',
      /Higher is better or Lower is better/,
    ],
  ])('%s', (_, edits, code, cell, text) => {
    const result = scoreWith(edits);
    const sheet = result.sheets[0];
    const check = sheet.checks.find((c) => c.code === code)!;
    expect(check).toMatchObject({ severity: 'error', sheet: SHEET, cell });
    expect(check.text.startsWith(`'${SHEET}'!${cell}: `)).toBe(true);
    expect(check.text).toMatch(text);
    expect(sheet.blocked).toBe(true);
    expect(result.hasErrors).toBe(true);
    expect(result.ops).toEqual([]);
    const zh = scoreWith(edits, 'zh-CN').sheets[0].checks.find((c) => c.code === code)!;
    expect(zh.text.startsWith(`'${SHEET}'!${cell}: `)).toBe(true);
    expect(zh.text).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('row problems leave that employee unscored and its input untouched', () => {
  test.each<Case>([
    ['a missing value', { G15: null }, 'value-missing', 'G15', /"New customers" is missing/],
    ['a value that is not a number', { G15: 'twelve' }, 'value-not-number', 'G15', /"twelve", which is not a number/],
    ['a qualitative score above 100', { I15: 101 }, 'qual-out-of-range', 'I15', /101, outside 0-100/],
    ['a qualitative score below 0', { I15: -1 }, 'qual-out-of-range', 'I15', /-1, outside 0-100/],
    ['a negative actual', { F15: -5 }, 'actual-negative', 'F15', /-5, which is negative/],
    ['a lower-is-better actual of 0', { H15: 0 }, 'lower-not-positive', 'H15', /must be greater than 0/],
    ['a lower-is-better actual below 0', { H15: -3 }, 'lower-not-positive', 'H15', /must be greater than 0/],
    ...['约50', '大概', '50左右', 'about 50', '50?'].map(
      (v): Case => [`the vague value ${v}`, { G15: v }, 'value-vague', 'G15', /vague value/],
    ),
  ])('%s', (_, edits, code, cell, text) => {
    const result = scoreWith(edits);
    const sheet = result.sheets[0];
    const check = sheet.checks.find((c) => c.code === code)!;
    expect(check).toMatchObject({ severity: 'problem', sheet: SHEET, cell });
    expect(check.text.startsWith(`'${SHEET}'!${cell}: Zhang Wei: `)).toBe(true);
    expect(check.text).toMatch(text);
    expect(sheet.blocked).toBe(false);
    expect(sheet.employees[0]).toMatchObject({ status: 'incomplete', weighted: null, grade: null });
    expect(sheet.employees[0].statusText).toContain(cell);
    expect(writtenCells(result.ops).has(key(cell))).toBe(false);
  });
});

describe('warnings and info: shown, scoring goes on', () => {
  test("the guide's Table 1 puts 90% on quantitative indicators (policy 60-80%) and has 4 indicators (5-8)", () => {
    const sheet = scoreWith({}).sheets[0];
    expect(sheet.checks.map((c) => [c.code, c.severity, c.cell])).toEqual([
      ['quant-share', 'warning', 'C11'],
      ['qual-share', 'warning', 'C11'],
      ['indicator-count', 'info', 'B7'],
    ]);
    expect(sheet.checks[0].text).toMatch(/carry 90% of the weight; the policy is 60-80%/);
    expect(sheet.employees[0].weighted).toBe(79.9);
  });

  test('a quantitative indicator without a data source', () => {
    const sheet = scoreWith({ G8: null }).sheets[0];
    expect(sheet.checks.find((c) => c.code === 'source-missing')).toMatchObject({ severity: 'warning', cell: 'G8' });
    expect(sheet.blocked).toBe(false);
  });

  test('a balanced sheet raises no weight-mix warning', () => {
    const sheet = scoreWith({ C7: 30, C10: 20 }).sheets[0];
    expect(sheet.checks.map((c) => c.code)).toEqual(['indicator-count']);
  });
});

/** The spec's written numbers: a bound is a target's form, a percentage an indicator counted in percent. */
const AS_ACTUAL = SPEC_WRITTEN_NUMBERS.filter(([text]) => !/[≤%]/.test(text));

describe('written numbers are normalised in place and each change reported', () => {
  test.each(AS_ACTUAL)('%s in F15 becomes %d', (text, value) => {
    const result = scoreWith({ F15: text });
    const sheet = result.sheets[0];
    expect(sheet.normalisations).toEqual([{ sheet: SHEET, row: 15, col: 6, cell: 'F15', before: text, after: value }]);
    expect(sheet.checks.find((c) => c.code === 'normalised')!.text).toBe(
      `'${SHEET}'!F15: "${text}" was read as ${value} and written back as a number.`,
    );
    const write = result.ops.find((op) => op.kind === 'cells' && op.row === 15 && op.col === 1);
    expect(write).toMatchObject({ cells: [[null, null, null, null, null, { value }, null, null, null]] });
  });

  test('"110%" where the indicator is counted in percent becomes 1.1; "≤5000元/客户" as a target becomes 5000', () => {
    const sheet = scoreWith({ F7: '%', F15: '110%', D9: '≤5000元/客户' }).sheets[0];
    expect(sheet.normalisations.map((n) => [n.cell, n.before, n.after])).toEqual([
      ['D9', '≤5000元/客户', 5000],
      ['F15', '110%', 1.1],
    ]);
  });

  test.each([
    [
      '110%',
      'value-percent',
      '"Channel sales revenue" is written "110%", a percentage, but this indicator counts yuan',
    ],
    ['≥880000', 'value-bound', '"Channel sales revenue" is written "≥880000", a bound, not the actual value'],
    ['880000以上', 'value-bound', 'a bound, not the actual value'],
    ['at least 880000', 'value-bound', 'a bound, not the actual value'],
  ])('%s as an actual in a yuan column is a row problem, never a number', (text, code, message) => {
    const sheet = scoreWith({ F15: text }).sheets[0];
    expect(sheet.normalisations).toEqual([]);
    const check = sheet.checks.find((c) => c.code === code)!;
    expect(check).toMatchObject({ severity: 'problem', cell: 'F15' });
    expect(check.text).toContain(message);
    expect(sheet.employees[0].status).toBe('incomplete');
  });

  test('weights and targets too: "40%" and "80万元"', () => {
    const sheet = scoreWith({ C7: '40%', D7: '80万元' }).sheets[0];
    expect(sheet.normalisations.map((n) => [n.cell, n.after])).toEqual([
      ['C7', 40],
      ['D7', 800000],
    ]);
    expect(sheet.employees[0].weighted).toBe(79.9);
  });
});

describe('the Rules sheet', () => {
  test('a broken curve blocks every sheet, naming the Rules cell', () => {
    const workbook = workbookWith(channel, [GUIDE_ROW]);
    setCell(workbook, 'Rules', 'A9', 0.5); // 0, 0.6, 0.5: not rising
    const result = scoringOf(workbook);
    expect(result.rulesChecks.map((c) => [c.code, c.cell])).toEqual([['rules-curve', 'A7']]);
    expect(result.sheets[0].blocked).toBe(true);
    expect(result.ops).toEqual([]);
  });

  test('HR edits a grade band: the engine follows the Rules sheet', () => {
    const workbook = workbookWith(channel, [GUIDE_ROW]);
    setCell(workbook, 'Rules', 'A16', 75); // Pass from 75
    setCell(workbook, 'Rules', 'A17', 79.9); // Good from 79.9
    const employee = scoringOf(workbook).sheets[0].employees[0];
    expect(employee.grade).toBe('Good');
  });
});

describe('a panel score written with a percent sign', () => {
  test.each(['110%', '85%', '８５％'])(
    '"%s" is a row problem, never read as a fraction or guessed as points',
    (written) => {
      for (const lang of ['en-US', 'zh-CN'] as const) {
        const scoring = scoreWith({ I15: written }, lang);
        const [employee] = scoring.sheets[0].employees;
        expect(employee.weighted).toBeNull();
        const check = scoring.sheets[0].checks.find((c) => c.code === 'qual-percent')!;
        expect(check).toMatchObject({ severity: 'problem', cell: 'I15' });
        expect(check.text).toContain(
          lang === 'en-US' ? 'with a percent sign. The panel scores 0-100 points' : '带有百分号。评审得分为0-100分',
        );
        // Not normalised: the cell keeps what was written.
        expect(scoring.sheets[0].checks.some((c) => c.code === 'normalised')).toBe(false);
        expect(writtenCells(scoring.ops).has(key('I15'))).toBe(false);
      }
    },
  );
});

test('each check code takes the parameters its message reads, and only those (checked by the compiler)', () => {
  const made = makeCheck('weights-total', 'Sheet', 'C11', { total: 90 }, 'en-US');
  expect(made.text).toBe('Sheet!C11: the weights total 90, not 100. Adjust the weights so they total 100.');
  // @ts-expect-error a parameter the message does not read (typed per code in core/checkCodes.ts)
  makeCheck('weights-total', 'Sheet', 'C11', { sum: 90 }, 'en-US');
  // @ts-expect-error a parameter the message reads is missing
  makeCheck('value-missing', 'Sheet', 'C11', { employee: 'Li Lei' }, 'en-US');
});
