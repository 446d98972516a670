import { excelRound } from './excelMath';
import { fill, labels } from './labels';
import type { Rules } from './rules';
import type { CellValue, EmployeeResult, Indicator, Lang } from './types';

/**
 * The one-on-one's data lines (guide step 4): highlights (indicators at or above target) and areas to
 * improve (below target), each stating the data and its source the way the guide does ("新客户开发数量
 * 12（目标 15），达成率 80%（CRM系统）"). A quantitative indicator is a highlight at 100% achievement
 * or more, else an area to improve; a qualitative one a highlight from the second-best grade's minimum
 * up, an area to improve below the lowest passing grade's minimum, else neither. No line compares the
 * employee with anyone else (the guide forbids ranking). The plan sheet shows each line as a live
 * formula (layout/feedbackPlan.ts) that gives this very text.
 */
export interface FeedbackLine {
  indicator: number;
  kind: 'highlight' | 'improve';
  text: string;
}

/** TEXT(x,"#,##0") for a whole number, TEXT(x,"#,##0.###") otherwise, as the plan's formulas write it. */
export function dataNumber(x: number): string {
  const whole = Number.isInteger(x);
  const rounded = whole ? x : excelRound(x, 3);
  const [int, frac] = Math.abs(rounded)
    .toFixed(whole ? 0 : 3)
    .split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = frac ? frac.replace(/0+$/, '') : '';
  return `${rounded < 0 ? '-' : ''}${grouped}${whole ? '' : `.${decimals}`}`;
}

/** TEXT(a,"0%"). */
export function dataPercent(a: number): string {
  return `${excelRound(a * 100, 0)}%`;
}

/** Which template a line of this indicator uses. */
export function lineTemplate(ind: Indicator, lang: Lang): string {
  const l = labels(lang);
  if (ind.dimension === 'qualitative') return l.lineQualitative;
  return ind.direction === 'lower' ? l.lineLower : l.lineHigher;
}

export function feedbackLines(
  employee: EmployeeResult,
  indicators: readonly Indicator[],
  actuals: readonly CellValue[],
  rules: Pick<Rules, 'grades'>,
  lang: Lang,
): FeedbackLine[] {
  const highlightFrom = rules.grades[Math.max(0, rules.grades.length - 2)].min;
  const passFrom = rules.grades[Math.min(1, rules.grades.length - 1)].min;
  const out: FeedbackLine[] = [];
  indicators.forEach((ind, i) => {
    const score = employee.scores[i];
    if (Number.isNaN(score)) return;
    const template = lineTemplate(ind, lang);
    if (ind.dimension === 'qualitative') {
      const kind = score >= highlightFrom ? 'highlight' : score < passFrom ? 'improve' : null;
      if (kind)
        out.push({
          indicator: i,
          kind,
          text: fill(template, { name: ind.name, score: dataNumber(score), source: ind.source }),
        });
      return;
    }
    const achievement = employee.achievements[i];
    const actual = actuals[i];
    const target = employee.targets[i];
    if (Number.isNaN(achievement) || typeof actual !== 'number' || Number.isNaN(target)) return;
    out.push({
      indicator: i,
      kind: achievement >= 1 ? 'highlight' : 'improve',
      text: fill(template, {
        name: ind.name,
        actual: dataNumber(actual),
        // The employee's own target where given, and said so (the plan says which target was used).
        target: dataNumber(target) + (employee.ownTarget[i] ? labels(lang).ownTargetMark : ''),
        pct: dataPercent(achievement),
        source: ind.source,
      }),
    });
  });
  return out;
}
