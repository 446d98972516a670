import { dateSerial, dateText, isoDate, localDate } from '../../src/core/dates';

describe('dates as Excel stores them', () => {
  test('serial numbers of the 1900 system: 2024-01-01 is 45292, 1900-03-01 is 61', () => {
    expect(dateSerial('2024-01-01')).toBe(45292);
    expect(dateSerial('1900-03-01')).toBe(61);
    expect(isoDate(45292)).toBe('2024-01-01');
    expect(isoDate(45292.75)).toBe('2024-01-01');
  });

  test('a log date reads the same whether written as a date or, in older logs, as text', () => {
    const today = localDate(new Date(2026, 11, 1, 9, 30));
    expect(dateText(dateSerial(today))).toBe('2026-12-01');
    expect(dateText(' 2026-12-01 ')).toBe('2026-12-01');
    expect(dateText(null)).toBe('');
  });
});
