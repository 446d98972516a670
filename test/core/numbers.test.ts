import { parseWrittenNumber } from '../../src/core/numbers';
import { excelRound } from '../../src/core/excelMath';
import { SPEC_WRITTEN_NUMBERS } from '../support/writtenNumbers';

describe('written numbers', () => {
  test.each([...SPEC_WRITTEN_NUMBERS, ['８０万', 800000], [' 4,800 元 ', 4800], ['12', 12]])(
    '%s reads as %d',
    (text, value) => {
      expect(parseWrittenNumber(text)).toEqual({ kind: 'number', value });
    },
  );

  test('weights keep percent as the unit', () => {
    expect(parseWrittenNumber('40%', { percentIsUnit: true })).toEqual({ kind: 'number', value: 40 });
  });

  test.each(['约50', '大概', '50左右', 'about 50', '50?', '大约80万', '可能12', '50多', '~50', 'approximately 3'])(
    '%s is vague, never guessed',
    (text) => {
      expect(parseWrittenNumber(text)).toEqual({ kind: 'vague' });
    },
  );

  test.each(['abc', 'N/A', '12-15', '5.0.1', '万'])('%s is not a number', (text) => {
    expect(parseWrittenNumber(text)).toEqual({ kind: 'invalid' });
  });

  test('blank text is empty', () => {
    expect(parseWrittenNumber('   ')).toEqual({ kind: 'empty' });
  });
});

describe('ROUND as Excel computes it', () => {
  test.each([
    [79.95, 1, 80],
    [79.94999, 1, 79.9],
    [89.95, 1, 90],
    [-2.25, 1, -2.3],
    [1.005, 2, 1.01],
    [79.91666666666667, 1, 79.9],
  ])('ROUND(%d, %d) = %d', (value, digits, expected) => {
    expect(excelRound(value, digits)).toBe(expected);
  });
});
