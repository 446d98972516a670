import { overdue, stale } from '../../src/core/tracking';

/** The weekly review's two rules, as the register's formulas have them (serial dates, today = 100). */
describe('overdue and stale measures', () => {
  const m = (deadline: number | null, status = '', noteDate: number | null = null, measure = 'Visit 2 channels') => ({
    measure,
    deadline,
    status,
    noteDate,
  });
  test('overdue: the deadline before today and not done (in any case)', () => {
    expect(overdue(m(99), 100, 'Done')).toBe(true);
    expect(overdue(m(100), 100, 'Done')).toBe(false);
    expect(overdue(m(99, ' done '), 100, 'Done')).toBe(false);
    expect(overdue(m(null), 100, 'Done')).toBe(false);
  });
  test('stale: more than 7 days since the last note, or since the conversation while there is none', () => {
    expect(stale(m(200, '', 92), 100, 80, 'Done')).toBe(true);
    expect(stale(m(200, '', 93), 100, 80, 'Done')).toBe(false);
    expect(stale(m(200), 100, 92, 'Done')).toBe(true);
    expect(stale(m(200), 100, 95, 'Done')).toBe(false);
    expect(stale(m(200, 'Done', 50), 100, 50, 'Done')).toBe(false);
    expect(stale(m(200, '', 50, ''), 100, 50, 'Done')).toBe(false);
  });
});
