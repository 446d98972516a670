/// <reference types="office-js" />
import { rangeAddress } from '../../core/a1';
import type { RangeRef } from '../../core/types';
import type { Features } from './features';
import { filterRange, filteredSheet, queueFilterLoad, type FilteredSheet } from './filters';

/**
 * What the writer must know of a sheet before writing to it, so that scoring twice changes nothing:
 * the custom conditional formats already there (a highlight op replaces its earlier identical rule
 * instead of stacking a copy), and the AutoFilter range (re-applying an unchanged one would drop the
 * calibration panel's filter).
 */
export interface SheetState {
  highlights: { id: string; formula: string }[];
  /** The range the rules were listed through (and are deleted through); undefined: the whole sheet. */
  formatsRange?: RangeRef;
  /** undefined: not known (no ExcelApi 1.9); null: none. */
  autoFilter: RangeRef | null | undefined;
  /** The names of the sheet's charts (the tool's are written again by name, not added twice). */
  charts: string[];
}

/** Keyed by lower-case sheet name. A sheet without an entry is new: nothing to replace. */
export type SheetStates = Map<string, SheetState>;

export interface StateReads {
  /** After the first sync: the sheets whose AutoFilter has criteria. */
  filtered(): FilteredSheet[];
  /** After the first sync: queues the rule formulas of the custom formats (for the next sync). */
  queueRules(): void;
  /** After the last sync. */
  finish(): SheetStates;
}

/** Queues, for each sheet, the list of conditional formats (id, type) and the AutoFilter's range and criteria. */
export function queueSheetStates(
  context: Excel.RequestContext,
  sheets: readonly string[],
  features: Features,
  /** Where to list each sheet's conditional formats (lower-case name): a range the tool's rules apply to. */
  formatRanges: ReadonlyMap<string, RangeRef> = new Map(),
): StateReads {
  const loads = sheets.map((sheet) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const formatsRange = formatRanges.get(sheet.toLowerCase());
    const through = formatsRange ? ws.getRange(rangeAddress(formatsRange)) : ws.getRange();
    return {
      sheet,
      formatsRange,
      formats: through.conditionalFormats.load('items/id,items/type'),
      filter: features.autoFilter ? queueFilterLoad(context, sheet) : null,
      charts: ws.charts.load('items/name'),
      rules: [] as { id: string; rule: Excel.ConditionalFormatRule }[],
    };
  });
  return {
    filtered: () => loads.flatMap((l) => (l.filter ? (filteredSheet(l.filter) ?? []) : [])),
    queueRules: () => {
      for (const l of loads)
        for (const cf of l.formats.items)
          if (cf.type === 'Custom') l.rules.push({ id: cf.id, rule: cf.custom.rule.load('formula') });
    },
    finish: () =>
      new Map(
        loads.map((l) => [
          l.sheet.toLowerCase(),
          {
            highlights: l.rules.map(({ id, rule }) => ({ id, formula: String(rule.formula) })),
            formatsRange: l.formatsRange,
            autoFilter: l.filter ? filterRange(l.filter) : undefined,
            charts: l.charts.items.map((c) => c.name),
          },
        ]),
      ),
  };
}

/** Same rule whether Excel answers with or without "=" or in another letter case. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, '').toUpperCase();
  return norm(a) === norm(b);
}
