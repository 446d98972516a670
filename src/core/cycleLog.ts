import { matchKey } from './labels';
import { labels } from './labels';
import type { CellValue, Indicator, Lang } from './types';

/**
 * What changed in indicators, weights and targets since the previous cycle (guide: after each cycle,
 * change indicators and weights where they were not realistic, and keep a record). The previous
 * cycle's indicators are the baseline next-cycle writes into the new workbook; each Score compares
 * the Indicators tables with it, indicator by key (then by name).
 */
export const BASELINE_COLUMNS = ['sheetId', 'sheet', 'key', 'indicator', 'weight', 'target', 'direction'] as const;

export interface BaselineRow {
  sheetId: string;
  sheet: string;
  key: string;
  indicator: string;
  weight: CellValue;
  target: CellValue;
  direction: string;
}

export interface CycleChange {
  sheet: string;
  indicator: string;
  change: string;
  before: CellValue;
  now: CellValue;
}

export interface SheetNow {
  id: string;
  sheet: string;
  indicators: readonly Indicator[];
  /** Each indicator's key (its Key cell, or the one the Score gives it). */
  keys: readonly string[];
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

export function readBaseline(cells: readonly CellValue[][]): BaselineRow[] {
  return cells
    .filter((r) => text(r[0]) !== '')
    .map((r) => ({
      sheetId: text(r[0]),
      sheet: text(r[1]),
      key: text(r[2]),
      indicator: text(r[3]),
      weight: r[4] ?? null,
      target: r[5] ?? null,
      direction: text(r[6]),
    }));
}

export function cycleChanges(baseline: readonly BaselineRow[], sheets: readonly SheetNow[], lang: Lang): CycleChange[] {
  const l = labels(lang);
  const out: CycleChange[] = [];
  for (const s of sheets) {
    const before = baseline.filter((b) => b.sheetId.toUpperCase() === s.id.toUpperCase());
    if (before.length === 0) continue;
    const matched = new Set<number>();
    for (const b of before) {
      let i = s.keys.findIndex((k, j) => !matched.has(j) && k === b.key);
      if (i < 0)
        i = s.indicators.findIndex((ind, j) => !matched.has(j) && matchKey(ind.name) === matchKey(b.indicator));
      if (i < 0) {
        out.push({ sheet: s.sheet, indicator: b.indicator, change: l.cycleRemoved, before: b.indicator, now: null });
        continue;
      }
      matched.add(i);
      const ind = s.indicators[i];
      const add = (change: string, was: CellValue, now: CellValue) =>
        out.push({ sheet: s.sheet, indicator: ind.name, change, before: was, now });
      if (ind.name !== b.indicator) add(l.cycleRenamed, b.indicator, ind.name);
      if (Number.isFinite(ind.weight) && ind.weight !== b.weight) add(l.cycleWeight, b.weight, ind.weight);
      if ((ind.target ?? null) !== (typeof b.target === 'number' ? b.target : null))
        add(l.cycleTarget, b.target, ind.target);
    }
    s.indicators.forEach((ind, i) => {
      if (!matched.has(i))
        out.push({ sheet: s.sheet, indicator: ind.name, change: l.cycleAdded, before: null, now: ind.name });
    });
  }
  return out;
}
