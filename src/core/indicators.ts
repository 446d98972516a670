import { cellAddress } from './a1';
import { LABELS, matchKey } from './labels';
import { makeCheck } from './messages';
import { parseWrittenNumber } from './numbers';
import { readKey } from './inputLayout';
import type { Rules } from './rules';
import type { CellValue, Check, Dimension, Direction, Indicator, Lang, Normalisation } from './types';
import { LANGS } from './types';

export interface IndicatorsRead {
  indicators: Indicator[];
  checks: Check[];
  normalisations: Normalisation[];
}

/** "Yes" in either language (or the Rules sheet's word): HR asks for own targets. */
export function isYes(v: CellValue | undefined): boolean {
  if (v === true) return true;
  const key = matchKey(text(v ?? null));
  return (
    key !== '' &&
    (['y', 'true', '1', '✓', '√'].includes(key) || LANGS.some((l) => matchKey(LABELS[l].ownTargetsYes) === key))
  );
}

function text(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

/** Words accepted for a choice: the Rules sheet's own word and both languages' defaults. */
function wordMatcher<T extends string>(choices: [T, string, (l: (typeof LABELS)['en-US']) => string][]) {
  return (value: string): { choice: T; canonical: string } | null => {
    const key = matchKey(value);
    if (!key) return null;
    for (const [choice, own, pick] of choices) {
      if (matchKey(own) === key || LANGS.some((lang) => matchKey(pick(LABELS[lang])) === key))
        return { choice, canonical: own };
    }
    return null;
  };
}

/** Reads and checks the Indicators table (the guide's Table 1): sheet errors, warnings, info. */
export function readIndicators(
  sheet: string,
  firstRow: number,
  firstCol: number,
  cells: CellValue[][],
  totalCell: { row: number; col: number } | null,
  rules: Rules,
  lang: Lang,
): IndicatorsRead {
  const checks: Check[] = [];
  const normalisations: Normalisation[] = [];
  const indicators: Indicator[] = [];
  const w = rules.words;
  const dimensionOf = wordMatcher<Dimension>([
    ['quantitative', w.quantitative, (l) => l.quantitative],
    ['qualitative', w.qualitative, (l) => l.qualitative],
  ]);
  const directionOf = wordMatcher<Direction>([
    ['higher', w.higher, (l) => l.higher],
    ['lower', w.lower, (l) => l.lower],
  ]);
  const at = (r: number, c: number) => cellAddress(firstRow + r, firstCol + c);
  const normaliseText = (r: number, c: number, raw: CellValue, canonical: string) => {
    if (raw !== canonical)
      normalisations.push({
        sheet,
        row: firstRow + r,
        col: firstCol + c,
        cell: at(r, c),
        before: String(raw),
        after: canonical,
      });
  };
  /** A positive number, reading written numbers and recording the rewrite. */
  const positive = (r: number, c: number, raw: CellValue, percentIsUnit: boolean): number | null => {
    if (typeof raw === 'number') return raw > 0 ? raw : null;
    if (typeof raw !== 'string') return null;
    const parsed = parseWrittenNumber(raw, { percentIsUnit });
    if (parsed.kind !== 'number' || parsed.value <= 0) return null;
    normalisations.push({
      sheet,
      row: firstRow + r,
      col: firstCol + c,
      cell: at(r, c),
      before: raw,
      after: parsed.value,
    });
    return parsed.value;
  };

  const seen = new Map<string, string>();
  cells.forEach((row, r) => {
    const [rawDim, rawName, rawWeight, rawTarget, rawDir, rawUnit, rawSource, rawOwn, rawKey] = row;
    const name = text(rawName);
    const label = name || `#${r + 1}`;
    if (!name) checks.push(makeCheck('name-missing', sheet, at(r, 1), {}, lang));
    else {
      const key = matchKey(name);
      const first = seen.get(key);
      if (first) checks.push(makeCheck('duplicate-name', sheet, at(r, 1), { name, first }, lang));
      else seen.set(key, at(r, 1));
    }
    const dim = dimensionOf(text(rawDim));
    if (!dim)
      checks.push(
        makeCheck(
          'dimension-invalid',
          sheet,
          at(r, 0),
          { name: label, value: text(rawDim), quantitative: w.quantitative, qualitative: w.qualitative },
          lang,
        ),
      );
    else normaliseText(r, 0, rawDim, dim.canonical);
    const weight = positive(r, 2, rawWeight, true);
    if (weight === null)
      checks.push(makeCheck('weight-invalid', sheet, at(r, 2), { name: label, value: text(rawWeight) }, lang));
    let target: number | null = null;
    let direction: Direction | null = null;
    if (dim?.choice === 'quantitative') {
      target = positive(r, 3, rawTarget, false);
      if (target === null)
        checks.push(makeCheck('target-invalid', sheet, at(r, 3), { name: label, value: text(rawTarget) }, lang));
      const dir = directionOf(text(rawDir));
      if (!dir)
        checks.push(
          makeCheck(
            'direction-invalid',
            sheet,
            at(r, 4),
            { name: label, value: text(rawDir), higher: w.higher, lower: w.lower },
            lang,
          ),
        );
      else {
        direction = dir.choice;
        normaliseText(r, 4, rawDir, dir.canonical);
      }
      if (!text(rawSource)) checks.push(makeCheck('source-missing', sheet, at(r, 6), { name: label }, lang));
    }
    indicators.push({
      index: r,
      row: firstRow + r,
      dimension: dim?.choice ?? 'quantitative',
      name,
      weight: weight ?? Number.NaN,
      target,
      direction,
      unit: text(rawUnit),
      source: text(rawSource),
      ownTargets: dim?.choice === 'quantitative' && isYes(rawOwn),
      key: readKey(rawKey ?? null),
    });
  });

  const weightsValid = indicators.every((i) => Number.isFinite(i.weight));
  if (weightsValid && indicators.length) {
    const total = indicators.reduce((s, i) => s + i.weight, 0);
    const totalAt = totalCell ? cellAddress(totalCell.row, totalCell.col) : at(cells.length - 1, 2);
    if (Math.abs(total - 100) > rules.weightTolerance)
      checks.push(makeCheck('weights-total', sheet, totalAt, { total: Number(total.toPrecision(12)) }, lang));
    else {
      const share = (d: Dimension) =>
        Number(
          ((indicators.filter((i) => i.dimension === d).reduce((s, i) => s + i.weight, 0) / total) * 100).toPrecision(
            12,
          ),
        );
      const quant = share('quantitative');
      const qual = share('qualitative');
      if (quant < rules.quantShare.min || quant > rules.quantShare.max)
        checks.push(
          makeCheck(
            'quant-share',
            sheet,
            totalAt,
            { share: quant, min: rules.quantShare.min, max: rules.quantShare.max },
            lang,
          ),
        );
      if (qual < rules.qualShare.min || qual > rules.qualShare.max)
        checks.push(
          makeCheck(
            'qual-share',
            sheet,
            totalAt,
            { share: qual, min: rules.qualShare.min, max: rules.qualShare.max },
            lang,
          ),
        );
    }
  }
  if (cells.length < rules.indicatorCount.min || cells.length > rules.indicatorCount.max)
    checks.push(
      makeCheck(
        'indicator-count',
        sheet,
        at(0, 1),
        { count: cells.length, min: rules.indicatorCount.min, max: rules.indicatorCount.max },
        lang,
      ),
    );
  return { indicators, checks, normalisations };
}
