/// <reference types="office-js" />
import { cellAddress, columnLetter, rangeAddress } from '../../core/a1';
import { CHART_PREFIX, PAPER_DEFAULT, PAPERS, type CellStyle, type PlanCell, type PlanOp } from '../../layout/plan';
import type { RangeRef } from '../../core/types';
import { cellInput } from './cellInput';
import type { Features } from './features';
import {
  numberFormatFormUnknown,
  numberFormatStringRefused,
  numberFormatStringWorks,
  setNumberFormat,
} from './numberFormats';
import { packByBytes } from './pack';
import { formulaForRow } from './formulaRows';
import { sameFormula, type SheetStates } from './sheetState';
import { utf8Length } from '../../core/text';

/**
 * A plan as Office.js calls. Each op becomes one or a few calls whose size does not depend on the
 * number of rows (a fill-down column is one formula plus Range.copyFrom; a style is a handful of format
 * properties on the whole range), except data written cell by cell (a `cells` op), which is cut into row
 * blocks. The calls are then packed into requests under a byte budget: one request (one sync) unless a
 * plan carries megabytes of cell data.
 */

/** Excel on the web rejects requests over 5 MB; the budget keeps ours under 4 MB with room for Office's envelope. */
export const REQUEST_BUDGET = 3.5 * 1024 * 1024;
/** Largest single cell-data write, so blocks pack evenly into requests. */
const BLOCK_BYTES = 256 * 1024;
/** Rough size of one call's object path and envelope in Office's request JSON. */
const CALL_BYTES = 200;

export interface Sheets {
  context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
}

export interface WriteItem {
  bytes: number;
  queue: (s: Sheets) => void;
  /** Sets a number format (numberFormats.ts: the form Excel takes is learnt from the first such request). */
  numberFormat?: boolean;
}

/** Cuts rows of Range.formulas input into blocks of at most BLOCK_BYTES, each one write. */
function rowBlocks(sheet: string, row: number, col: number, grid: (string | number | boolean | null)[][]): WriteItem[] {
  const items: WriteItem[] = [];
  let start = 0;
  while (start < grid.length) {
    // Rows that change nothing are not sent; they split the write instead.
    if (grid[start].every((v) => v === null)) {
      start++;
      continue;
    }
    let end = start;
    let bytes = utf8Length(JSON.stringify(grid[start]));
    while (end + 1 < grid.length && !grid[end + 1].every((v) => v === null)) {
      const next = utf8Length(JSON.stringify(grid[end + 1]));
      if (bytes + next > BLOCK_BYTES) break;
      bytes += next;
      end++;
    }
    const block = grid.slice(start, end + 1);
    const range = { r1: row + start, c1: col, r2: row + end, c2: col + block[0].length - 1 };
    items.push({
      bytes: bytes + CALL_BYTES,
      queue: (s) => void (s.sheet(sheet).getRange(rangeAddress(range)).formulas = block),
    });
    start = end + 1;
  }
  return items;
}

function cellsItems(op: Extract<PlanOp, { kind: 'cells' }>): WriteItem[] {
  const width = Math.max(0, ...op.cells.map((line) => line.length));
  if (width === 0) return [];
  const grid = op.cells.map((line) =>
    Array.from({ length: width }, (_, j) => cellInput((line[j] ?? null) as PlanCell)),
  );
  return rowBlocks(op.sheet, op.row, op.col, grid);
}

function fillItems(op: Extract<PlanOp, { kind: 'fill' }>, features: Features): WriteItem[] {
  const { sheet, range } = op;
  const column = { ...range, c2: range.c1 };
  if (op.formula === null)
    return [{ bytes: CALL_BYTES, queue: (s) => s.sheet(sheet).getRange(rangeAddress(column)).clear('Contents') }];
  const formula = op.formula;
  const first = cellAddress(range.r1, range.c1);
  const rest = range.r2 > range.r1 ? rangeAddress({ ...column, r1: range.r1 + 1 }) : null;
  if (features.copyFrom || rest === null)
    return [
      {
        bytes: utf8Length(formula) + 2 * CALL_BYTES,
        queue: (s) => {
          const ws = s.sheet(sheet);
          const top = ws.getRange(first);
          top.formulas = [[`=${formula}`]];
          // Paste-formulas from the first cell: Excel moves the relative references row by row.
          if (rest) ws.getRange(rest).copyFrom(top, 'Formulas');
        },
      },
    ];
  // Without copyFrom (ExcelApi < 1.9) every row's formula is sent, in row blocks.
  const grid = Array.from({ length: range.r2 - range.r1 + 1 }, (_, i) => [`=${formulaForRow(formula, i)}`]);
  return rowBlocks(sheet, range.r1, range.c1, grid);
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function styleItem(sheet: string, area: RangeRef, style: CellStyle): WriteItem {
  const address = rangeAddress(area);
  const multiRow = area.r2 > area.r1;
  const multiCol = area.c2 > area.c1;
  const sides: string[] = [
    ...EDGES,
    ...(multiCol ? ['InsideVertical'] : []),
    ...(multiRow ? ['InsideHorizontal'] : []),
  ];
  const calls = 6 + (style.border ? sides.length * 3 : 0);
  return {
    bytes: calls * CALL_BYTES + utf8Length(style.numberFormat ?? ''),
    numberFormat: style.numberFormat !== undefined,
    queue: (s) => {
      const range = s.sheet(sheet).getRange(address);
      // Setting properties through the navigation object is a write: nothing to load.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const format = range.format;
      if (style.fill) format.fill.color = `#${style.fill}`;
      if (style.bold) format.font.bold = true;
      if (style.italic) format.font.italic = true;
      if (style.fontColor) format.font.color = `#${style.fontColor}`;
      if (style.fontSize) format.font.size = style.fontSize;
      if (style.wrap) {
        format.wrapText = true;
        format.verticalAlignment = 'Top';
      }
      if (style.acrossGroup) format.horizontalAlignment = 'CenterAcrossSelection';
      if (style.border)
        for (const side of sides) {
          // Inside edges only where the range has some: Excel refuses them on a single row or column.
          const border = format.borders.getItem(side as Excel.BorderIndex);
          border.style = 'Continuous';
          border.weight = 'Thin';
          border.color = '#BFBFBF';
        }
      // One format for the whole range, in the form this Excel takes (numberFormats.ts).
      if (style.numberFormat) setNumberFormat(range, area, style.numberFormat);
    },
  };
}

/** Excel column width in points from a width in characters (Calibri 11: 7 px a character plus 5 px padding). */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function highlightItem(op: Extract<PlanOp, { kind: 'highlight' }>, states: SheetStates): WriteItem {
  const state = states.get(op.sheet.toLowerCase());
  const earlier =
    state?.highlights.filter((h) => [op.formula, ...(op.replaces ?? [])].some((x) => sameFormula(h.formula, x))) ?? [];
  if (state) state.highlights = state.highlights.filter((h) => !earlier.includes(h));
  return {
    bytes: (3 + earlier.length) * CALL_BYTES + utf8Length(op.formula),
    queue: (s) => {
      const ws = s.sheet(op.sheet);
      const through = state?.formatsRange ? ws.getRange(rangeAddress(state.formatsRange)) : ws.getRange();
      for (const h of earlier) through.conditionalFormats.getItem(h.id).delete();
      const cf = ws.getRange(rangeAddress(op.range)).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${op.formula}`;
      if (op.fill) cf.custom.format.fill.color = `#${op.fill}`;
      if (op.fontColor) cf.custom.format.font.color = `#${op.fontColor}`;
      if (op.bold) cf.custom.format.font.bold = true;
      if (op.italic) cf.custom.format.font.italic = true;
    },
  };
}

function autoFilterItems(
  op: Extract<PlanOp, { kind: 'autoFilter' }>,
  features: Features,
  states: SheetStates,
): WriteItem[] {
  // Below ExcelApi 1.9 there are no filter buttons; the Flag column can still be sorted or filtered by hand.
  if (!features.autoFilter) return [];
  const current = states.get(op.sheet.toLowerCase())?.autoFilter;
  const same = current && rangeAddress(current) === rangeAddress(op.range);
  // Unchanged: leave it, with whatever the user filtered. Changed (rows added): move it.
  if (same) return [];
  return [
    {
      bytes: 2 * CALL_BYTES,
      queue: (s) => {
        const filter = s.sheet(op.sheet).autoFilter;
        if (current) filter.remove();
        filter.apply(s.sheet(op.sheet).getRange(rangeAddress(op.range)));
      },
    },
  ];
}

/**
 * The sheet's charts of the tool's, written anew: the ones there (by name, read with the sheet's state)
 * deleted, the planned ones added on their cells' ranges. ExcelApi 1.7 (the minimum) has all of it.
 */
function chartsItem(op: Extract<PlanOp, { kind: 'charts' }>, states: SheetStates): WriteItem {
  const there = (states.get(op.sheet.toLowerCase())?.charts ?? []).filter((name) => name.startsWith(CHART_PREFIX));
  const calls =
    there.length +
    op.charts.reduce((n, c) => n + 8 + c.series.reduce((k, s) => k + 10 + (s.pointColours?.length ?? 0), 0), 0);
  return {
    bytes: calls * CALL_BYTES,
    queue: (s) => {
      const ws = s.sheet(op.sheet);
      for (const name of there) ws.charts.getItem(name).delete();
      for (const spec of op.charts) {
        // Made from its first series' cells (one column: one series), which it then names and styles.
        const chart = ws.charts.add(
          spec.type === 'stackedBars' ? 'BarStacked' : 'ColumnClustered',
          ws.getRange(rangeAddress(spec.series[0].values)),
          'Columns',
        );
        chart.name = spec.name;
        chart.title.text = spec.title;
        chart.legend.position = 'Bottom';
        chart.setPosition(
          ws.getRange(rangeAddress({ ...spec.at, r2: spec.at.r1, c2: spec.at.c1 })),
          ws.getRange(rangeAddress({ ...spec.at, r1: spec.at.r2, c1: spec.at.c2 })),
        );
        spec.series.forEach((series, i) => {
          const added = i === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
          added.name = series.name;
          added.setValues(ws.getRange(rangeAddress(series.values)));
          added.setXAxisValues(ws.getRange(rangeAddress(spec.categories)));
          if (series.marker) {
            added.chartType = 'LineMarkers';
            added.format.line.lineStyle = 'None';
            added.markerStyle = 'Dash';
            added.markerSize = 20;
            added.markerBackgroundColor = `#${series.colour}`;
            added.markerForegroundColor = `#${series.colour}`;
          } else added.format.fill.setSolidColor(`#${series.colour}`);
          (series.pointColours ?? []).forEach((colour, k) =>
            added.points.getItemAt(k).format.fill.setSolidColor(`#${colour}`),
          );
        });
      }
    },
  };
}

/**
 * The calls of a plan. `states` says what the sheets already hold (sheetState.ts); a sheet without an
 * entry is taken to be new.
 */
export function writeItems(ops: readonly PlanOp[], features: Features, states: SheetStates = new Map()): WriteItem[] {
  const items: WriteItem[] = [];
  for (const op of ops) {
    switch (op.kind) {
      case 'addSheet':
        items.push({ bytes: CALL_BYTES, queue: (s) => void s.context.workbook.worksheets.add(op.sheet) });
        break;
      case 'cells':
        items.push(...cellsItems(op));
        break;
      case 'fill':
        items.push(...fillItems(op, features));
        break;
      case 'style': {
        items.push(styleItem(op.sheet, op.range, op.style));
        break;
      }
      case 'name':
        // A Range, not an address string: a string is stored as a text constant (OfficeDev/office-js#2283).
        items.push({
          bytes: CALL_BYTES,
          queue: (s) =>
            void s.context.workbook.names.add(op.name, s.sheet(op.sheet).getRange(rangeAddress(op.range, true))),
        });
        break;
      case 'columnWidths':
        items.push({
          bytes: op.widths.length * CALL_BYTES,
          queue: (s) =>
            op.widths.forEach((w, i) => {
              const letter = columnLetter(i + 1);
              s.sheet(op.sheet).getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(w);
            }),
        });
        break;
      case 'charts':
        items.push(chartsItem(op, states));
        break;
      case 'groupColumns':
        // Below ExcelApi 1.10 the detail stays in view and prints; nothing else depends on it.
        if (features.outline)
          items.push({
            bytes: 2 * CALL_BYTES,
            queue: (s) => {
              const range = s.sheet(op.sheet).getRange(`${columnLetter(op.c1)}:${columnLetter(op.c2)}`);
              range.group('ByColumns');
              range.hideGroupDetails('ByColumns');
            },
          });
        break;
      case 'listValidation':
        // Below ExcelApi 1.8 the drop-down is left out; typed words are still checked by Score sheet.
        if (features.dataValidation)
          items.push({
            bytes: 2 * CALL_BYTES + utf8Length(op.source ?? op.items.join(',')),
            queue: (s) => {
              const validation = s.sheet(op.sheet).getRange(rangeAddress(op.range)).dataValidation;
              validation.clear();
              // A name or range as a formula; the choices themselves as Excel's comma-separated list.
              const source = op.source === undefined ? op.items.join(',') : `=${op.source}`;
              validation.rule = { list: { inCellDropDown: true, source } };
            },
          });
        break;
      case 'highlight':
        items.push(highlightItem(op, states));
        break;
      case 'autoFilter':
        items.push(...autoFilterItems(op, features, states));
        break;
      case 'unname':
        items.push({ bytes: CALL_BYTES, queue: (s) => s.context.workbook.names.getItem(op.name).delete() });
        break;
      case 'clear':
        items.push({
          bytes: CALL_BYTES,
          queue: (s) => s.sheet(op.sheet).getRange(rangeAddress(op.range)).clear('Contents'),
        });
        break;
      case 'freeze':
        // freezePanes is ExcelApi 1.7, the minimum.
        items.push({
          bytes: 2 * CALL_BYTES,
          queue: (s) => {
            const panes = s.sheet(op.sheet).freezePanes;
            panes.unfreeze();
            if (op.rows > 0 && op.cols > 0)
              panes.freezeAt(s.sheet(op.sheet).getRange(rangeAddress({ r1: 1, c1: 1, r2: op.rows, c2: op.cols })));
            else if (op.rows > 0) panes.freezeRows(op.rows);
            else if (op.cols > 0) panes.freezeColumns(op.cols);
          },
        });
        break;
      case 'rowHeight':
        items.push({
          bytes: CALL_BYTES,
          // Any range sets the height of its rows.
          queue: (s) => (s.sheet(op.sheet).getRange(`A${op.row}`).format.rowHeight = op.height),
        });
        break;
      case 'pageSetup':
        // Below ExcelApi 1.9 the sheet prints with Excel's defaults; nothing else depends on it.
        if (features.pageLayout)
          items.push({
            bytes: 4 * CALL_BYTES,
            queue: (s) => {
              const layout = s.sheet(op.sheet).pageLayout;
              layout.orientation = op.landscape ? 'Landscape' : 'Portrait';
              layout.paperSize = PAPERS[op.paper ?? PAPER_DEFAULT].officeJs as Excel.PaperType;
              if (op.scale) {
                layout.zoom = { scale: op.scale };
                layout.printOrder = 'OverThenDown';
              } else layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: op.onePage ? 1 : 0 };
              if (op.titleRows) layout.setPrintTitleRows(`$${op.titleRows.r1}:$${op.titleRows.r2}`);
              if (op.rowBreaks) {
                const breaks = s.sheet(op.sheet).horizontalPageBreaks;
                breaks.removePageBreaks();
                for (const row of op.rowBreaks) breaks.add(`A${row}`);
              }
              if (op.titleColumns)
                layout.setPrintTitleColumns(
                  `$${columnLetter(op.titleColumns.c1)}:$${columnLetter(op.titleColumns.c2)}`,
                );
              if (op.printArea) layout.setPrintArea(rangeAddress(op.printArea));
            },
          });
        break;
      default: {
        const unknown: never = op;
        throw new Error(`unknown plan op ${JSON.stringify(unknown)}`);
      }
    }
  }
  return items;
}

/** Consecutive items grouped into requests of at most `budget` bytes (an oversized item goes alone). */
export function packRequests(items: readonly WriteItem[], budget: number = REQUEST_BUDGET): WriteItem[][] {
  return packByBytes(items, (item) => item.bytes, budget);
}

/**
 * Applies a plan: calculation (and, with ExcelApi 1.9, screen updating) suspended for each request, one
 * sync per request. `last` queues more calls into the final request (activating a sheet, say).
 * Returns the number of syncs made.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  ops: readonly PlanOp[],
  features: Features,
  options: { states?: SheetStates; last?: (s: Sheets) => void } = {},
): Promise<number> {
  const { states, last } = options;
  const cache = new Map<string, Excel.Worksheet>();
  const sheets: Sheets = {
    context,
    sheet: (name) => {
      const key = name.toLowerCase();
      if (!cache.has(key)) cache.set(key, context.workbook.worksheets.getItem(name));
      return cache.get(key)!;
    },
  };
  const packs = packRequests(writeItems(ops, features, states));
  if (packs.length === 0 && !last) return 0;
  if (packs.length === 0) packs.push([]);
  // A loop with a sync per pass, by design: a pass per 3.5 MB of cell data, not per row.
  for (const [i, pack] of packs.entries()) {
    const send = (items: readonly WriteItem[]) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      if (features.screenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const item of items) item.queue(sheets);
      if (i === packs.length - 1) last?.(sheets);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- see above: one pass per 3.5 MB
      return context.sync();
    };
    const learning = numberFormatFormUnknown() && pack.some((item) => item.numberFormat);
    try {
      await send(pack);
    } catch (error) {
      // Excel refused the first number format given as one string: nothing after it was applied, so
      // the request is sent again from that item on, with the 2-D array form.
      if (!learning || !numberFormatStringRefused(error)) throw error;
      await send(pack.slice(pack.findIndex((item) => item.numberFormat)));
    }
    if (learning) numberFormatStringWorks();
  }
  return packs.length;
}
