import { foldWidth } from './text';

/**
 * Reading the numbers people write in Chinese and English workbooks: "80万", "1.2亿", "5,000", "¥5000",
 * "≤5000元/客户", "15家", "110%". Vague values ("约50", "50左右", "about 50", "50?") are refused, never
 * guessed: the guide requires exact, traceable data.
 */
export type ParsedNumber =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'vague' }
  /** A bound, not a value ("≥880000", "880000以上", "at least 5"): refused where an exact figure is due. */
  | { kind: 'bound' }
  | { kind: 'invalid' };

const VAGUE =
  /约|大约|大概|左右|上下|可能|估计|差不多|将近|接近|近似|多少|若干|\d多|[?？~～≈]|\b(about|approx\.?|approximately|around|roughly|maybe|nearly|circa|ca\.|estimated?)\b/i;

const MULTIPLIERS: [RegExp, number][] = [
  [/亿$/, 1e8],
  [/百万$/, 1e6],
  [/千万$/, 1e7],
  [/万$/, 1e4],
  [/[wW]$/, 1e4],
  [/千$/, 1e3],
  [/[kK]$/, 1e3],
];

/** Unit words that may follow a number and carry no value. */
const TRAILING_UNITS =
  /(元\/?(客户|人|个|家|单)?|\/(客户|人|个|家|单)|yuan|rmb|cny|家|个|人|次|件|单|位|户|分|pts?|points?)$/i;
const LEADING = /^(≤|≥|<=|>=|<|>|不超过|不低于|至少|至多|最多|最少|[¥￥$]|rmb|cny)+/i;

export interface ParseOptions {
  /** Weights are written in percent already: "40%" means 40, not 0.4. */
  percentIsUnit?: boolean;
  /** An actual value: a bound ("≥880000", "880000以上") is not one (a target may be written so). */
  exact?: boolean;
}

const BOUND_BEFORE =
  /^(≤|≥|<=|>=|<|>|不超过|不低于|不少于|不多于|至少|至多|最多|最少|超过|多于|少于|高于|低于|at least|at most|more than|less than|over|under|up to)/i;
const BOUND_AFTER = /(及以上|及以下|以上|以下|以内|之内|或以上|或以下|\+|or more|or less|and above|and below|plus)$/i;

export function parseWrittenNumber(raw: string, options: ParseOptions = {}): ParsedNumber {
  let text = foldWidth(raw).trim();
  if (text === '') return { kind: 'empty' };
  if (VAGUE.test(text)) return { kind: 'vague' };
  if (options.exact && (BOUND_BEFORE.test(text) || BOUND_AFTER.test(text))) return { kind: 'bound' };
  text = text.replace(/\s+/g, '').replace(/[¥￥$]/g, '');
  text = text.replace(LEADING, '');
  let factor = 1;
  let percent = false;
  for (let guard = 0; guard < 4; guard++) {
    const before = text;
    text = text.replace(TRAILING_UNITS, '');
    if (text.endsWith('%')) {
      percent = true;
      text = text.slice(0, -1);
    }
    for (const [suffix, multiplier] of MULTIPLIERS) {
      if (suffix.test(text)) {
        factor *= multiplier;
        text = text.replace(suffix, '');
        break;
      }
    }
    if (text === before) break;
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { kind: 'invalid' };
  let value = Number(text) * factor;
  if (percent && !options.percentIsUnit) value /= 100;
  // "1.2亿" must be 120000000, not 120000000.00000001.
  value = Number(value.toPrecision(12));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
