import { cellAddress } from '../../src/core/a1';
import { FORMULA_LIMITS, measureFormula, overLimit } from '../../src/core/formulaLimits';
import type { Lang } from '../../src/core/types';
import { formulaText } from '../../src/layout/plan';
import {
  eightIndicatorPreset,
  manyIndicators,
  scoringOf,
  snapshotOf,
  workbookWith,
  type EmployeeRow,
} from '../support/workbooks';

/** Excel's three formula limits, measured by the layout before anything is written. */
const row = (i: number, inputs: number): EmployeeRow => [`E${i}`, `ID${i}`, 'T', 'L', '', ...Array(inputs).fill(90)];

describe('measureFormula', () => {
  test('counts characters, the longest text literal (unescaped) and the deepest bracket', () => {
    expect(measureFormula('=IF(A1>0,"say ""hi""",ROUND(SUM(B1:B3),1))')).toEqual({
      length: 42,
      longestLiteral: 8,
      nesting: 3,
    });
    // Brackets inside text or a quoted sheet name are no nesting.
    expect(measureFormula(`='Q3 (final)'!A1&"(((("`).nesting).toBe(0);
  });

  test('names the first limit passed', () => {
    expect(overLimit('=1')).toBeNull();
    expect(overLimit(`="${'x'.repeat(256)}"`)).toEqual({ limit: 'literal', value: 256 });
    expect(overLimit(`=${'('.repeat(65)}1${')'.repeat(65)}`)).toEqual({ limit: 'nesting', value: 65 });
    expect(overLimit(`=${'1+'.repeat(4096)}1`)).toEqual({ limit: 'length', value: 8194 });
  });

  test('formulaText joins text longer than 255 characters from pieces Excel accepts', () => {
    const long = 'a"b'.repeat(120);
    const formula = `=${formulaText(long)}`;
    expect(measureFormula(formula).longestLiteral).toBeLessThanOrEqual(FORMULA_LIMITS.literal);
    expect(formula).toBe(`=("${long.slice(0, 255).replace(/"/g, '""')}"&"${long.slice(255).replace(/"/g, '""')}")`);
    expect(formulaText('short')).toBe('"short"');
  });
});

describe('a sheet whose formulas would pass a limit', () => {
  test('eight indicators stay well inside every limit', () => {
    const pkg = workbookWith(eightIndicatorPreset(), [row(1, 8)]);
    const scoring = scoringOf(pkg);
    expect(scoring.sheets[0].blocked).toBe(false);
    const formulas = scoring.ops.flatMap((op) =>
      op.kind === 'fill' && op.formula
        ? [op.formula]
        : op.kind === 'cells'
          ? op.cells.flat().flatMap((c) => (c && 'formula' in c ? [c.formula] : []))
          : [],
    );
    expect(formulas.length).toBeGreaterThan(20);
    const longest = Math.max(...formulas.map((f) => f.length));
    expect(longest).toBeLessThan(FORMULA_LIMITS.length / 2);
    for (const f of formulas) expect(overLimit(`=${f}`)).toBeNull();
  });

  test.each(['en-US', 'zh-CN'] as Lang[])(
    'too many indicators is a sheet error on the Status header; nothing is planned (%s)',
    (lang) => {
      const preset = manyIndicators(30, 30);
      const pkg = workbookWith(preset, [row(1, 30), row(2, 30)], lang);
      const snapshot = snapshotOf(pkg);
      const scoring = scoringOf(pkg, { messageLang: lang });
      const sheet = scoring.sheets[0];
      expect(sheet.blocked).toBe(true);
      const check = sheet.checks.find((c) => c.code === 'formula-limit')!;
      expect(check.severity).toBe('error');
      // Status is the 5th computed column after 30 achievements and 30 scores.
      expect(check.cell).toBe(cellAddress(snapshot.scoresHeader.r1, snapshot.scoresHeader.c2 + 1 + 60 + 2));
      expect(check.cell).toBe('CT40');
      expect(check.text).toMatch(
        lang === 'en-US'
          ? /^Many!CT40: the Status formula would be [\d]+ characters long, over Excel's limit of 8,192 \(30 indicators\)\. Use fewer indicators or shorter indicator names; nothing was written\.$/
          : /^Many!CT40: "状态"的公式将长达 \d+ 个字符，超过 Excel 的上限 8192 个（30 个指标）。请减少指标或缩短指标名称；未写入任何内容。$/,
      );
      expect(scoring.ops).toEqual([]);
    },
  );

  test('a name longer than 255 characters is written in pieces, and the sheet is scored', () => {
    const preset = manyIndicators(5, 300);
    const pkg = workbookWith(preset, [row(1, 5)]);
    const scoring = scoringOf(pkg);
    expect(scoring.sheets[0].blocked).toBe(false);
    expect(scoring.sheets[0].employees[0].weighted).not.toBeNull();
    const formulas = scoring.ops.flatMap((op) => (op.kind === 'fill' && op.formula ? [op.formula] : []));
    expect(formulas.some((f) => f.includes(preset.indicators[0].name['en-US'].slice(0, 255)))).toBe(true);
    for (const f of formulas) expect(overLimit(`=${f}`)).toBeNull();
  });
});
