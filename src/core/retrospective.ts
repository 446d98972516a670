import { quartileInc } from './calibration';
import { labels } from './labels';
import type { Rules } from './rules';
import type { EmployeeResult, Indicator } from './types';

/** Achievement below this is far below target, above that far above (the guide's 60% and 150% points). */
export const RETRO_LOW = 0.6;
export const RETRO_HIGH = 1.5;

export interface IndicatorRetrospective {
  indicator: number;
  /** Employees with an achievement for it. */
  measured: number;
  median: number | null;
  below: number | null;
  above: number | null;
  /** "Target possibly too high" / "... too low" when a share passes the Rules' threshold; '' otherwise. */
  note: string;
}

/**
 * The cycle retrospective (guide: after each cycle, check whether the indicators were realistic): per
 * quantitative indicator, the median achievement and the shares of employees far below and far above
 * target, and a note when one share passes the Rules sheet's threshold. Mirrors the Calibration sheet's
 * live formulas (MEDIAN, COUNTIF over the sheet's achievement column).
 */
export function retrospective(
  employees: readonly EmployeeResult[],
  indicators: readonly Indicator[],
  rules: Pick<Rules, 'lang' | 'goals'>,
): IndicatorRetrospective[] {
  const l = labels(rules.lang);
  return indicators.flatMap((ind, i): IndicatorRetrospective[] => {
    if (ind.dimension !== 'quantitative') return [];
    const values = employees.map((e) => e.achievements[i]).filter((a) => !Number.isNaN(a));
    const n = values.length;
    if (n === 0) return [{ indicator: i, measured: 0, median: null, below: null, above: null, note: '' }];
    const sorted = [...values].sort((a, b) => a - b);
    const below = values.filter((a) => a < RETRO_LOW).length / n;
    const above = values.filter((a) => a > RETRO_HIGH).length / n;
    const note =
      below * 100 > rules.goals.retroShare ? l.retroTooHigh : above * 100 > rules.goals.retroShare ? l.retroTooLow : '';
    return [{ indicator: i, measured: n, median: quartileInc(sorted, 2), below, above, note }];
  });
}
