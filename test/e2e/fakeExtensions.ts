/**
 * Stand-ins, for the calibration tests only, for what the strict fake Excel (test/fakes, owned by the
 * Office.js host's author) does not model yet. They go away once the fake has them:
 *
 *  1. Workbook.getActiveCell() (ExcelApi 1.7): the top-left cell of the selection on the active sheet
 *     (A1 when nothing is selected there), a Range whose address can be loaded.
 *  2. AutoFilter.apply(range, columnIndex, { filterOn: 'Values', values }) (ExcelApi 1.9): the
 *     criteria recorded per column; rows whose cell text in that column is not one of the values are
 *     hidden. AutoFilter.remove() drops them. AutoFilter.load('isDataFiltered'): any criteria.
 *  3. Recalculation: the fake stores formulas without evaluating them (their values read ''). Excel
 *     recalculates after every write; `recalculate` gives each formula cell of the Scores tables the
 *     engine's result for it, the results the fidelity suite proves equal to LibreOffice's evaluation
 *     of the same formulas, and leaves the formula in place.
 *
 * They wrap the fake's request context (the fake itself is not changed): the wrapped objects pass every
 * other member through to the fake, so everything else stays exactly as strict. Extended state (the
 * criteria) changes at sync, after the fake's own actions, as in Office. No Node imports: it bundles
 * into the end-to-end page.
 */
import { parseRange, rangeAddress } from '../../src/core/a1';
import type { GridReader, NamedRange } from '../../src/core/snapshot';
import type { CellValue } from '../../src/core/types';
import { planWorkbookScoring } from '../../src/layout/scoreWorkbook';
import type { FakeExcel } from '../fakes/fakeExcel';
import { FakeOfficeError } from '../fakes/fakeExcel';

type AnyObject = Record<string, unknown> & { load: (props?: string | string[]) => unknown; sync: () => Promise<void> };

export interface FilterCriteriaState {
  /** Zero-based column of the AutoFilter range. */
  column: number;
  values: string[];
}

export interface FakeExtensions {
  /** The AutoFilter of a sheet as a user sees it: its range, its criteria, the rows it hides. */
  filter(sheet: string): { range: string | null; criteria: FilterCriteriaState[]; hiddenRows: number[] };
  /** Gives every Scores-table formula cell its result, as Excel's recalculation would. */
  recalculate(): void;
}

function wrap(original: object, overrides: Record<string, () => unknown>): AnyObject {
  return new Proxy(original, {
    get(target, prop) {
      if (typeof prop === 'string' && Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop]();
      return Reflect.get(target, prop);
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value);
    },
  }) as AnyObject;
}

const displayed = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function extendFake(fake: FakeExcel): FakeExtensions {
  const book = fake.workbook;
  const criteria = new Map<object, FilterCriteriaState[]>();
  const requireApi = (version: string, what: string) => {
    if (!fake.requirements.isSetSupported('ExcelApi', version)) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}.`);
  };

  const run = fake.Excel.run;
  fake.Excel.run = (<T>(batch: (context: never) => Promise<T>) => {
    let pending: (() => void)[] = [];
    const flush = () => {
      const now = pending;
      pending = [];
      now.forEach((f) => f());
    };
    return run(async (original: never) => {
      const context = original as unknown as AnyObject;
      const ctxSync = context.sync;

      const autoFilter = (ws: AnyObject, sheetOf: () => ReturnType<typeof book.sheet>) => {
        const fakeFilter = ws.autoFilter as AnyObject;
        let isDataFiltered: boolean | undefined;
        const self: AnyObject = wrap(fakeFilter, {
          apply: () => (range: unknown, columnIndex?: unknown, filter?: unknown) => {
            (fakeFilter.apply as (r: unknown) => void)(range);
            if (columnIndex === undefined && filter === undefined) return;
            const c = filter as { filterOn?: unknown; values?: unknown } | undefined;
            if (!Number.isInteger(columnIndex) || (columnIndex as number) < 0) throw new FakeOfficeError('InvalidArgument', `AutoFilter.apply: column index ${String(columnIndex)}.`);
            if (!c || c.filterOn !== 'Values' || !Array.isArray(c.values) || !c.values.every((v) => typeof v === 'string'))
              throw new FakeOfficeError('NotImplemented', 'AutoFilter.apply: the stand-in models { filterOn: "Values", values: string[] } only.');
            const entry = { column: columnIndex as number, values: [...(c.values as string[])] };
            pending.push(() => {
              const sheet = sheetOf()!;
              const width = sheet.autoFilter ? sheet.autoFilter.c2 - sheet.autoFilter.c1 + 1 : 0;
              if (entry.column >= width) throw new FakeOfficeError('InvalidArgument', `AutoFilter.apply: column ${entry.column} is outside the range.`);
              criteria.set(sheet, [...(criteria.get(sheet) ?? []).filter((x) => x.column !== entry.column), entry]);
            });
          },
          remove: () => () => {
            (fakeFilter.remove as () => void)();
            pending.push(() => criteria.delete(sheetOf()!));
          },
          load: () => (props?: string | string[]) => {
            const list = (Array.isArray(props) ? props : String(props ?? '').split(',')).map((p) => p.trim());
            if (list.length !== 1 || list[0] !== 'isDataFiltered') throw new FakeOfficeError('NotImplemented', `AutoFilter.load(${String(props)}): the stand-in loads isDataFiltered only.`);
            pending.push(() => {
              const sheet = sheetOf()!;
              isDataFiltered = sheet.autoFilter !== null && (criteria.get(sheet)?.length ?? 0) > 0;
            });
            return self;
          },
          isDataFiltered: () => {
            if (isDataFiltered === undefined) throw new FakeOfficeError('PropertyNotLoaded', "The property 'isDataFiltered' is not available.");
            return isDataFiltered;
          },
        });
        return self;
      };

      const worksheet = (fakeWs: AnyObject, sheetOf: () => ReturnType<typeof book.sheet>): AnyObject => {
        let filter: AnyObject | null = null;
        const self: AnyObject = wrap(fakeWs, {
          autoFilter: () => (filter ??= autoFilter(fakeWs, sheetOf)),
          load: () => (props?: string | string[]) => {
            fakeWs.load(props);
            return self;
          },
        });
        return self;
      };

      const worksheets = (context.workbook as AnyObject).worksheets as AnyObject;
      const wrappedSheets = wrap(worksheets, {
        getItem: () => (name: string) => worksheet((worksheets.getItem as (n: string) => AnyObject)(name), () => book.sheet(name)),
        getActiveWorksheet: () => () => worksheet((worksheets.getActiveWorksheet as () => AnyObject)(), () => book.activeSheet ?? undefined),
      });
      const workbook = wrap(context.workbook as object, {
        worksheets: () => wrappedSheets,
        getActiveCell: () => () => {
          requireApi('1.7', 'Workbook.getActiveCell()');
          const active = book.activeSheet;
          const selected = book.selection && active && book.selection.sheet === active.name ? book.selection.address.split(':')[0] : 'A1';
          const ws = (worksheets.getActiveWorksheet as () => AnyObject)();
          return (ws.getRange as (address: string) => unknown)(selected);
        },
      });
      const wrapped = wrap(context, {
        workbook: () => workbook,
        sync: () => async () => {
          const mine = pending;
          pending = [];
          await ctxSync();
          mine.forEach((f) => f());
        },
      });
      return batch(wrapped as never);
    }).then((value) => {
      // The run's closing sync (the fake makes it when actions are pending) carries no stand-in action:
      // a batch that queued one without syncing still sees it applied, as Office would.
      flush();
      return value;
    });
  }) as typeof fake.Excel.run;

  const names = (): NamedRange[] =>
    book.definedNames().flatMap((n) => {
      const range = parseRange(n.address);
      return range ? [{ name: n.name, sheet: n.sheet, range }] : [];
    });
  const cell = (v: unknown): CellValue => (v === '' || v === undefined ? null : (v as CellValue));

  return {
    filter(sheetName) {
      const sheet = book.mustSheet(sheetName);
      const area = sheet.autoFilter;
      const list = area ? (criteria.get(sheet) ?? []) : [];
      const hiddenRows: number[] = [];
      if (area)
        for (let r = area.r1 + 1; r <= area.r2; r++)
          if (list.some((c) => !c.values.includes(displayed(sheet.get(r, area.c1 + c.column)?.value)))) hiddenRows.push(r);
      return { range: area ? rangeAddress(area) : null, criteria: list.map((c) => ({ ...c })), hiddenRows };
    },
    recalculate() {
      const reader: GridReader = {
        values: (sheet, r) => book.values(sheet, rangeAddress(r)).map((line) => line.map(cell)),
        formulas: (sheet, r) => book.formulas(sheet, rangeAddress(r)).map((line) => line.map(cell)),
        lastRow: (sheet) => book.mustSheet(sheet).usedArea()?.r2 ?? 0,
      };
      for (const op of planWorkbookScoring(names(), reader).ops) {
        if (op.kind !== 'fill' || op.formula === null) continue;
        const sheet = book.mustSheet(op.sheet);
        op.results.forEach((result, i) => {
          const c = sheet.get(op.range.r1 + i, op.range.c1);
          if (c?.formula) c.value = result === null ? '' : result;
        });
      }
    },
  };
}
