import {
  areaAddress,
  compileShift,
  MAX_COL,
  MAX_ROW,
  parseArea,
  parseSheetArea,
  quoteSheetName,
  type Area,
} from './a1';
import { chartsNode } from './charts';
import { checkFormula, enterInput } from './entry';
import { FakeOfficeError, makeNode, type NodeHandle, type Session } from './node';
import {
  FakeSheet,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeFormat,
  type FakeName,
  type FakeWorkbook,
} from './state';

/**
 * The Excel object model subset the Office.js host uses, on top of makeNode: workbook (with its active
 * cell), worksheets with their AutoFilter (values criteria, hidden rows), ranges with format / borders /
 * data validation, special cells, named items, application.
 * API sets follow the Office.js reference; the fake's floor is ExcelApi 1.1.
 */

interface RangeT {
  sheet: FakeSheet;
  area: Area;
  /** "A:C": only column widths may be set on it here (the fake never walks a million rows). */
  wholeColumns: boolean;
}

interface AreasT {
  sheet: FakeSheet;
  areas: Area[];
}

const ranges = new WeakMap<object, NodeHandle<RangeT>>();

const sheetRef = (sheet: FakeSheet, area: Area, absolute = false) =>
  `${quoteSheetName(sheet.name)}!${absolute ? areaAddress(area).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2') : areaAddress(area)}`;

function* cellsOf(t: RangeT, what: string): Generator<FakeCell> {
  if (t.wholeColumns)
    throw new FakeOfficeError('NotImplemented', `${what} on whole columns is not modelled by the fake.`);
  for (let r = t.area.r1; r <= t.area.r2; r++) for (let c = t.area.c1; c <= t.area.c2; c++) yield t.sheet.ensure(r, c);
}

/** Excel reads at most 5 million cells in one range ("Excel specifications and limits" for add-ins). */
export const MAX_READ_CELLS = 5_000_000;

function readGrid<V>(t: RangeT, read: (c: FakeCell | undefined) => V, what: string): V[][] {
  if (t.wholeColumns)
    throw new FakeOfficeError('NotImplemented', `${what} of whole columns is not modelled by the fake.`);
  const cells = (t.area.r2 - t.area.r1 + 1) * (t.area.c2 - t.area.c1 + 1);
  if (cells > MAX_READ_CELLS)
    throw new FakeOfficeError(
      'RangeExceedsLimit',
      `${what} of ${areaAddress(t.area)}: ${cells} cells, over the 5,000,000 Excel reads at once.`,
    );
  const out: V[][] = [];
  for (let r = t.area.r1; r <= t.area.r2; r++) {
    const line: V[] = [];
    for (let c = t.area.c1; c <= t.area.c2; c++) line.push(read(t.sheet.get(r, c)));
    out.push(line);
  }
  return out;
}

/** Office requires a 2-D array of exactly the range's size (a scalar is allowed where noted). */
function checkShape(t: RangeT, value: unknown, what: string): unknown[][] {
  const rows = t.area.r2 - t.area.r1 + 1;
  const cols = t.area.c2 - t.area.c1 + 1;
  if (
    !Array.isArray(value) ||
    value.length !== rows ||
    value.some((line) => !Array.isArray(line) || line.length !== cols)
  )
    throw new FakeOfficeError(
      'InvalidArgument',
      `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  return value as unknown[][];
}

function writeInputs(t: RangeT, value: unknown, what: string): void {
  const grid = checkShape(t, value, what);
  grid.forEach((line, i) =>
    line.forEach((input, j) => enterInput(t.sheet.ensure(t.area.r1 + i, t.area.c1 + j), input, what)),
  );
}

function formatOf(t: RangeT, what: string, set: (f: FakeFormat) => void): void {
  for (const cell of cellsOf(t, what)) set(cell.format);
}

function borderNode(self: NodeHandle<RangeT>, index: string): object {
  const sides = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideVertical',
    'InsideHorizontal',
    'DiagonalDown',
    'DiagonalUp',
  ];
  if (!sides.includes(index))
    throw new FakeOfficeError('InvalidArgument', `RangeBorderCollection.getItem: ${index} is not a border index.`);
  const set = (prop: 'style' | 'color' | 'weight') => ({
    apply: (t: RangeT, v: unknown) => {
      // Excel refuses inside borders on a range that has no inside in that direction.
      if (
        (index === 'InsideVertical' && t.area.c1 === t.area.c2) ||
        (index === 'InsideHorizontal' && t.area.r1 === t.area.r2)
      )
        throw new FakeOfficeError(
          'InvalidArgument',
          `${index} border on ${areaAddress(t.area)}, a range without that inside edge.`,
        );
      const value = String(v);
      formatOf(t, `borders.${index}`, (f) => {
        const side = ((f.borders ??= {})[index] ??= {});
        side[prop] = value;
      });
    },
  });
  return makeNode(self.session, `${self.path}.format.borders.getItem(${index})`, self.resolve, {
    type: 'RangeBorder',
    writable: { style: set('style'), color: set('color'), weight: set('weight') },
  });
}

function formatNode(self: NodeHandle<RangeT>): object {
  const path = `${self.path}.format`;
  const fmt = (what: string, set: (f: FakeFormat, v: unknown) => void) => ({
    apply: (t: RangeT, v: unknown) => formatOf(t, what, (f) => set(f, v)),
  });
  return makeNode(self.session, path, self.resolve, {
    type: 'RangeFormat',
    writable: {
      wrapText: fmt('wrapText', (f, v) => (f.wrapText = Boolean(v))),
      verticalAlignment: fmt('verticalAlignment', (f, v) => (f.verticalAlignment = String(v))),
      horizontalAlignment: fmt('horizontalAlignment', (f, v) => {
        // A few of Excel.HorizontalAlignment's values: enough to refuse a misspelt one.
        if (!['General', 'Left', 'Center', 'Right', 'CenterAcrossSelection'].includes(String(v)))
          throw new FakeOfficeError('InvalidArgument', `horizontalAlignment ${String(v)}`);
        f.horizontalAlignment = String(v);
      }),
      columnWidth: {
        apply: (t, v) => {
          if (typeof v !== 'number' || v < 0) throw new FakeOfficeError('InvalidArgument', `columnWidth ${String(v)}`);
          for (let c = t.area.c1; c <= t.area.c2; c++) t.sheet.columnWidths.set(c, v);
        },
      },
      rowHeight: {
        apply: (t, v) => {
          if (typeof v !== 'number' || v < 0 || v > 409)
            throw new FakeOfficeError('InvalidArgument', `rowHeight ${String(v)}`);
          for (let r = t.area.r1; r <= t.area.r2; r++) t.sheet.rowHeights.set(r, v);
        },
      },
    },
    children: {
      fill: {
        make: () =>
          makeNode(self.session, `${path}.fill`, self.resolve, {
            type: 'RangeFill',
            writable: { color: fmt('fill', (f, v) => (f.fill = String(v).toUpperCase())) },
          }),
      },
      font: {
        make: () =>
          makeNode(self.session, `${path}.font`, self.resolve, {
            type: 'RangeFont',
            writable: {
              bold: fmt('bold', (f, v) => (f.bold = Boolean(v))),
              italic: fmt('italic', (f, v) => (f.italic = Boolean(v))),
              color: fmt('fontColor', (f, v) => (f.fontColor = String(v).toUpperCase())),
              size: fmt('fontSize', (f, v) => (f.fontSize = Number(v))),
            },
          }),
      },
      borders: {
        make: () =>
          makeNode(self.session, `${path}.borders`, self.resolve, {
            type: 'RangeBorderCollection',
            methods: { getItem: { fn: (_s, index) => borderNode(self, String(index)) } },
          }),
      },
    },
  });
}

/** Cells of a kind as rectangles: runs along each row, merged down while they span the same columns. */
function specialAreas(t: RangeT, match: (c: FakeCell) => boolean): Area[] {
  const runs: Area[] = [];
  for (let r = t.area.r1; r <= t.area.r2; r++) {
    let start = 0;
    for (let c = t.area.c1; c <= t.area.c2 + 1; c++) {
      const cell = c <= t.area.c2 ? t.sheet.get(r, c) : undefined;
      const hit = cell !== undefined && match(cell);
      if (hit && !start) start = c;
      if (!hit && start) {
        runs.push({ r1: r, c1: start, r2: r, c2: c - 1 });
        start = 0;
      }
    }
  }
  const open = new Map<string, Area>();
  const out: Area[] = [];
  for (const run of runs) {
    const key = `${run.c1}:${run.c2}`;
    const prev = open.get(key);
    if (prev && prev.r2 === run.r1 - 1) prev.r2 = run.r1;
    else {
      open.set(key, run);
      out.push(run);
    }
  }
  return out.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/**
 * What Office.js does over rows an AutoFilter hides is not specified for copyFrom and getSpecialCells
 * (Excel's own paste and Go To Special treat hidden rows differently from visible ones), so the fake
 * refuses both there: a host must show the rows first (clear the criteria) or write them explicitly.
 */
function refuseHiddenRows(t: RangeT, where: string): void {
  for (const r of t.sheet.filterHiddenRows)
    if (r >= t.area.r1 && r <= t.area.r2)
      throw new FakeOfficeError(
        'NotImplemented',
        `${where} over row ${r}, which the AutoFilter hides: what Excel does there is not specified.`,
      );
}

function copyFormulas(dest: RangeT, src: RangeT): void {
  refuseHiddenRows(dest, 'copyFrom');
  const rows = src.area.r2 - src.area.r1 + 1;
  const cols = src.area.c2 - src.area.c1 + 1;
  const dRows = dest.area.r2 - dest.area.r1 + 1;
  const dCols = dest.area.c2 - dest.area.c1 + 1;
  if (dRows % rows !== 0 || dCols % cols !== 0)
    throw new FakeOfficeError('NotImplemented', 'copyFrom into a range that is not a whole multiple of the source.');
  // Read the source first: it may overlap the destination.
  const source = readGrid(
    src,
    (c) => ({ value: c?.value ?? '', formula: c?.formula ?? null, shift: c?.formula ? compileShift(c.formula) : null }),
    'copyFrom',
  );
  for (let r = dest.area.r1; r <= dest.area.r2; r++)
    for (let c = dest.area.c1; c <= dest.area.c2; c++) {
      const i = (r - dest.area.r1) % rows;
      const j = (c - dest.area.c1) % cols;
      const from = source[i][j];
      const cell = dest.sheet.ensure(r, c);
      cell.formula = from.shift === null ? null : from.shift(r - (src.area.r1 + i), c - (src.area.c1 + j));
      cell.value = from.formula === null ? from.value : '';
    }
}

function areasNode(session: Session, path: string, resolve: () => AreasT | null): object {
  const cellCount = (t: AreasT) => t.areas.reduce((n, a) => n + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);
  return makeNode(session, path, resolve, {
    type: 'RangeAreas',
    nullable: true,
    loadable: {
      // The Office.js reference shows RangeAreas addresses as "Sheet1!A1:B4, Sheet1!D1:D4".
      // A test may cut it short (areasAddressLimit): Excel's limit is not documented.
      address: (t) => {
        const full = t.areas.map((a) => sheetRef(t.sheet, a));
        const limit = session.options.areasAddressLimit;
        if (limit === undefined) return full.join(', ');
        const kept: string[] = [];
        for (const a of full) if ([...kept, a].join(', ').length <= limit) kept.push(a);
        return kept.join(', ');
      },
      areaCount: (t) => t.areas.length,
      cellCount,
    },
  });
}

export function rangeNode(session: Session, path: string, resolve: () => RangeT | null, nullable = false): object {
  const node = makeNode<RangeT>(session, path, resolve, {
    type: 'Range',
    nullable,
    loadable: {
      address: (t) => sheetRef(t.sheet, t.area),
      values: (t) => readGrid(t, (c) => c?.value ?? '', 'values'),
      formulas: (t) => readGrid(t, (c) => c?.formula ?? c?.value ?? '', 'formulas'),
      numberFormat: (t) => readGrid(t, (c) => c?.numberFormat ?? 'General', 'numberFormat'),
      rowIndex: (t) => t.area.r1 - 1,
      columnIndex: (t) => t.area.c1 - 1,
      rowCount: (t) => t.area.r2 - t.area.r1 + 1,
      columnCount: (t) => t.area.c2 - t.area.c1 + 1,
    },
    writable: {
      values: { apply: (t, v) => writeInputs(t, v, `${path}.values`) },
      formulas: { apply: (t, v) => writeInputs(t, v, `${path}.formulas`) },
      numberFormat: {
        // A single value applies to every cell (the Office.js reference, "Update all cells in a range").
        apply: (t, v) => {
          if (typeof v === 'string' && session.options.numberFormatString === false)
            throw new FakeOfficeError(
              'InvalidArgument',
              'The argument is invalid or missing or has an incorrect format.',
              {
                errorLocation: 'Range.numberFormat',
              },
            );
          if (typeof v === 'string') for (const cell of cellsOf(t, 'numberFormat')) cell.numberFormat = v;
          else
            checkShape(t, v, `${path}.numberFormat`).forEach((line, i) =>
              line.forEach((f, j) => {
                if (f !== null) t.sheet.ensure(t.area.r1 + i, t.area.c1 + j).numberFormat = String(f);
              }),
            );
        },
      },
    },
    methods: {
      copyFrom: {
        since: '1.9',
        fn: (self, source, copyType = 'All', skipBlanks = false, transpose = false) => {
          const src = typeof source === 'object' && source !== null ? ranges.get(source) : undefined;
          if (!src) throw new FakeOfficeError('NotImplemented', 'copyFrom: the fake takes a Range object as source.');
          if (copyType !== 'Formulas' || skipBlanks || transpose)
            throw new FakeOfficeError('NotImplemented', `copyFrom(${String(copyType)}) is not modelled.`);
          self.session.enqueue({ path: self.path, call: 'copyFrom', args: [src.path, copyType] }, () =>
            copyFormulas(self.resolve(), src.resolve()),
          );
        },
      },
      group: {
        since: '1.10',
        fn: (self, groupOption) => {
          if (groupOption !== 'ByColumns')
            throw new FakeOfficeError('NotImplemented', `group(${String(groupOption)}): the fake groups columns.`);
          self.session.enqueue({ path: self.path, call: 'group', args: [groupOption] }, () => {
            const { sheet, area, wholeColumns } = self.resolve();
            if (!wholeColumns) throw new FakeOfficeError('NotImplemented', 'group: the fake groups whole columns.');
            for (let c = area.c1; c <= area.c2; c++) sheet.columnGroups.set(c, { collapsed: false });
          });
        },
      },
      hideGroupDetails: {
        since: '1.10',
        fn: (self, groupOption) => {
          if (groupOption !== 'ByColumns')
            throw new FakeOfficeError('NotImplemented', `hideGroupDetails(${String(groupOption)})`);
          self.session.enqueue({ path: self.path, call: 'hideGroupDetails', args: [groupOption] }, () => {
            const { sheet, area } = self.resolve();
            for (let c = area.c1; c <= area.c2; c++) {
              // Excel refuses to collapse what is not grouped.
              if (!sheet.columnGroups.has(c))
                throw new FakeOfficeError('InvalidOperation', `hideGroupDetails: column ${c} is not grouped.`);
              sheet.columnGroups.set(c, { collapsed: true });
            }
          });
        },
      },
      clear: {
        fn: (self, applyTo = 'All') => {
          if (!['All', 'Contents', 'Formats'].includes(String(applyTo)))
            throw new FakeOfficeError('NotImplemented', `clear(${String(applyTo)})`);
          self.session.enqueue({ path: self.path, call: 'clear', args: [applyTo] }, () => {
            for (const cell of cellsOf(self.resolve(), 'clear')) {
              if (applyTo !== 'Formats') Object.assign(cell, { value: '', formula: null });
              if (applyTo !== 'Contents') Object.assign(cell, { numberFormat: 'General', format: {} });
            }
          });
        },
      },
      getUsedRangeOrNullObject: {
        since: '1.4',
        fn: (self, valuesOnly) => {
          if (valuesOnly !== true)
            throw new FakeOfficeError('NotImplemented', 'Range.getUsedRangeOrNullObject without valuesOnly.');
          return rangeNode(
            self.session,
            `${self.path}.getUsedRangeOrNullObject(true)`,
            () => {
              const t = self.resolve();
              const area = t.sheet.usedArea(t.area);
              return area ? { sheet: t.sheet, area, wholeColumns: false } : null;
            },
            true,
          );
        },
      },
      getSpecialCellsOrNullObject: {
        since: '1.9',
        fn: (self, cellType, cellValueType) => {
          if (cellValueType !== undefined)
            throw new FakeOfficeError('NotImplemented', 'getSpecialCells with a value type.');
          const match =
            cellType === 'Constants'
              ? (c: FakeCell) => c.formula === null && c.value !== ''
              : cellType === 'Formulas'
                ? (c: FakeCell) => c.formula !== null
                : null;
          if (!match) throw new FakeOfficeError('NotImplemented', `getSpecialCells(${String(cellType)})`);
          return areasNode(self.session, `${self.path}.getSpecialCellsOrNullObject(${String(cellType)})`, () => {
            const t = self.resolve();
            refuseHiddenRows(t, 'getSpecialCells');
            const areas = specialAreas(t, match);
            return areas.length ? { sheet: t.sheet, areas } : null;
          });
        },
      },
      select: {
        fn: (self) =>
          self.session.enqueue({ path: self.path, call: 'select' }, () => {
            const t = self.resolve();
            self.session.book.activeSheet = t.sheet;
            self.session.book.selection = { sheet: t.sheet.name, address: areaAddress(t.area) };
          }),
      },
    },
    children: {
      format: { make: formatNode },
      conditionalFormats: { since: '1.6', make: conditionalFormatsNode },
      dataValidation: {
        since: '1.8',
        make: (self) =>
          makeNode(self.session, `${self.path}.dataValidation`, self.resolve, {
            type: 'DataValidation',
            writable: {
              rule: {
                apply: (t, rule) => {
                  const list = (rule as { list?: { source?: unknown } }).list;
                  if (!list || typeof list.source !== 'string')
                    throw new FakeOfficeError('NotImplemented', 'only list validation rules are modelled.');
                  if (list.source.startsWith('=')) checkFormula(list.source, 'dataValidation.rule');
                  t.sheet.validations.push({ address: areaAddress(t.area), rule });
                },
              },
            },
            methods: {
              clear: {
                fn: (dv) =>
                  dv.session.enqueue({ path: dv.path, call: 'clear' }, () => {
                    const t = dv.resolve();
                    const keep = t.sheet.validations.filter((v) => v.address !== areaAddress(t.area));
                    t.sheet.validations.splice(0, t.sheet.validations.length, ...keep);
                  }),
              },
            },
          }),
      },
    },
  });
  ranges.set(node, { session, path, resolve: () => resolve() ?? missing(path), proxy: node });
  return node;
}

function missing(path: string): never {
  throw new FakeOfficeError('ItemNotFound', `${path} does not exist.`);
}

function worksheetNode(session: Session, path: string, resolve: () => FakeSheet | null): object {
  return makeNode<FakeSheet>(session, path, resolve, {
    type: 'Worksheet',
    loadable: { name: (s) => s.name },
    methods: {
      getRange: {
        fn: (self, address) => {
          // No address: the whole sheet.
          const area =
            address === undefined
              ? { r1: 1, c1: 1, r2: MAX_ROW, c2: MAX_COL }
              : typeof address === 'string'
                ? parseArea(address)
                : null;
          if (!area)
            throw new FakeOfficeError(
              'InvalidArgument',
              `getRange(${String(address)}): the fake takes a plain A1 address.`,
            );
          const wholeColumns = address === undefined || /^\$?[A-Z]+:\$?[A-Z]+$/i.test(String(address).trim());
          return rangeNode(session, `${path}.getRange(${String(address)})`, () => ({
            sheet: self.resolve(),
            area,
            wholeColumns,
          }));
        },
      },
      getUsedRangeOrNullObject: {
        since: '1.4',
        fn: (self, valuesOnly) => {
          if (valuesOnly !== true)
            throw new FakeOfficeError(
              'NotImplemented',
              'getUsedRangeOrNullObject without valuesOnly (formats are not tracked for it).',
            );
          return rangeNode(
            session,
            `${path}.getUsedRangeOrNullObject(true)`,
            () => {
              const sheet = self.resolve();
              const area = sheet.usedArea();
              return area ? { sheet, area, wholeColumns: false } : null;
            },
            true,
          );
        },
      },
      activate: {
        fn: (self) => session.enqueue({ path, call: 'activate' }, () => (session.book.activeSheet = self.resolve())),
      },
    },
    children: {
      protection: { since: '1.2', make: protectionNode },
      autoFilter: { since: '1.9', make: autoFilterNode },
      freezePanes: { since: '1.7', make: freezePanesNode },
      pageLayout: { since: '1.9', make: pageLayoutNode },
      horizontalPageBreaks: { since: '1.9', make: pageBreaksNode },
      charts: {
        make: (self) =>
          chartsNode(self, (proxy) => {
            const handle = proxy && typeof proxy === 'object' ? ranges.get(proxy) : undefined;
            return handle ? () => handle.resolve() : null;
          }),
      },
    },
  });
}

function protectionNode(self: NodeHandle<FakeSheet>): object {
  return makeNode(self.session, `${self.path}.protection`, self.resolve, {
    type: 'WorksheetProtection',
    loadable: { protected: (sheet) => sheet.protected },
  });
}

function freezePanesNode(self: NodeHandle<FakeSheet>): object {
  const path = `${self.path}.freezePanes`;
  const session = self.session;
  const count = (name: string, n: unknown) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
      throw new FakeOfficeError('InvalidArgument', `FreezePanes.${name}: ${String(n)}`);
    return n;
  };
  return makeNode(session, path, self.resolve, {
    type: 'WorksheetFreezePanes',
    methods: {
      unfreeze: {
        fn: () => session.enqueue({ path, call: 'unfreeze' }, () => (self.resolve().frozen = { rows: 0, cols: 0 })),
      },
      freezeRows: {
        fn: (_s, n) => {
          const rows = count('freezeRows', n);
          session.enqueue(
            { path, call: 'freezeRows', args: [rows] },
            () => (self.resolve().frozen = { rows, cols: 0 }),
          );
        },
      },
      freezeColumns: {
        fn: (_s, n) => {
          const cols = count('freezeColumns', n);
          session.enqueue(
            { path, call: 'freezeColumns', args: [cols] },
            () => (self.resolve().frozen = { rows: 0, cols }),
          );
        },
      },
      freezeAt: {
        fn: (_s, range) => {
          const target = typeof range === 'object' && range !== null ? ranges.get(range) : undefined;
          if (!target)
            throw new FakeOfficeError('NotImplemented', 'FreezePanes.freezeAt: the fake takes a Range object.');
          session.enqueue({ path, call: 'freezeAt', args: [target.path] }, () => {
            const t = target.resolve();
            if (t.area.r1 !== 1 || t.area.c1 !== 1)
              throw new FakeOfficeError('InvalidArgument', 'FreezePanes.freezeAt: the range must start at A1.');
            self.resolve().frozen = { rows: t.area.r2, cols: t.area.c2 };
          });
        },
      },
    },
  });
}

/** Manual page breaks above rows (Worksheet.horizontalPageBreaks, ExcelApi 1.9). */
function pageBreaksNode(self: NodeHandle<FakeSheet>): object {
  const path = `${self.path}.horizontalPageBreaks`;
  const session = self.session;
  return makeNode(session, path, self.resolve, {
    type: 'PageBreakCollection',
    methods: {
      add: {
        fn: (_s, address) => {
          const area = typeof address === 'string' ? parseArea(address) : null;
          if (!area)
            throw new FakeOfficeError('NotImplemented', 'horizontalPageBreaks.add: the fake takes an address.');
          session.enqueue({ path, call: 'add', args: [address] }, () => self.resolve().rowBreaks.push(area.r1));
        },
      },
      removePageBreaks: {
        fn: () => session.enqueue({ path, call: 'removePageBreaks' }, () => self.resolve().rowBreaks.splice(0)),
      },
    },
  });
}

function pageLayoutNode(self: NodeHandle<FakeSheet>): object {
  const path = `${self.path}.pageLayout`;
  const session = self.session;
  return makeNode(session, path, self.resolve, {
    type: 'PageLayout',
    writable: {
      orientation: {
        apply: (sheet, v) => {
          if (v !== 'Landscape' && v !== 'Portrait')
            throw new FakeOfficeError('InvalidArgument', `PageLayout.orientation ${String(v)}`);
          sheet.pageLayout.orientation = v;
        },
      },
      zoom: { apply: (sheet, v) => (sheet.pageLayout.zoom = v) },
      printOrder: {
        apply: (sheet, v) => {
          if (v !== 'DownThenOver' && v !== 'OverThenDown')
            throw new FakeOfficeError('InvalidArgument', `PageLayout.printOrder ${String(v)}`);
          sheet.pageLayout.printOrder = v;
        },
      },
      paperSize: {
        apply: (sheet, v) => {
          // A few of Excel.PaperType's values: enough to refuse a misspelt one.
          if (!['A4', 'A3', 'Letter', 'Legal'].includes(String(v)))
            throw new FakeOfficeError('InvalidArgument', `PageLayout.paperSize ${String(v)}`);
          sheet.pageLayout.paperSize = String(v);
        },
      },
    },
    methods: {
      setPrintTitleRows: {
        fn: (_s, address) => {
          if (typeof address !== 'string' || !/^\$\d+:\$\d+$/.test(address))
            throw new FakeOfficeError('InvalidArgument', `setPrintTitleRows ${String(address)}`);
          session.enqueue(
            { path, call: 'setPrintTitleRows', args: [address] },
            () => (self.resolve().pageLayout.titleRows = address),
          );
        },
      },
      setPrintTitleColumns: {
        fn: (_s, address) => {
          if (typeof address !== 'string' || !/^\$[A-Z]+:\$[A-Z]+$/.test(address))
            throw new FakeOfficeError('InvalidArgument', `setPrintTitleColumns ${String(address)}`);
          session.enqueue(
            { path, call: 'setPrintTitleColumns', args: [address] },
            () => (self.resolve().pageLayout.titleColumns = address),
          );
        },
      },
      setPrintArea: {
        fn: (_s, address) => {
          if (typeof address !== 'string')
            throw new FakeOfficeError('NotImplemented', 'setPrintArea: the fake takes an address.');
          session.enqueue(
            { path, call: 'setPrintArea', args: [address] },
            () => (self.resolve().pageLayout.printArea = address),
          );
        },
      },
    },
  });
}

/**
 * The text a values filter compares: what the cell shows. The fake formats nothing, so only what shows
 * as itself is compared (text, TRUE/FALSE, a number in General format that shows in full); anything else
 * throws rather than guess. A formula cell shows its stored value: '' unless a test filled it in
 * (test/support/recalculateFromEngine.ts), as the fake does not calculate.
 */
function displayedText(cell: FakeCell | undefined, where: string): string {
  const v = cell?.value ?? '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const shown = String(v);
  if (cell!.numberFormat !== 'General' || shown.length > 11 || /e/i.test(shown))
    throw new FakeOfficeError(
      'NotImplemented',
      `${where}: the fake does not format ${shown} (${cell!.numberFormat}) to compare it with a values filter.`,
    );
  return shown;
}

/**
 * Hides the rows under the header whose text fails any column's criteria, as Excel does when a filter
 * is applied; the text is compared exactly (a host must not rely on anything looser).
 */
function refilter(sheet: FakeSheet): void {
  sheet.filterHiddenRows.clear();
  const area = sheet.autoFilter;
  if (!area || !sheet.filterCriteria.length) return;
  for (let r = area.r1 + 1; r <= area.r2; r++)
    for (const c of sheet.filterCriteria)
      if (!c.values.includes(displayedText(sheet.get(r, area.c1 + c.column), 'AutoFilter.apply'))) {
        sheet.filterHiddenRows.add(r);
        break;
      }
}

/** apply's criteria as the fake models them: { filterOn: 'Values', values: string[] }, nothing else. */
function valuesCriteria(criteria: unknown): string[] {
  const c = criteria as Record<string, unknown> | null;
  const ok =
    typeof c === 'object' &&
    c !== null &&
    Object.keys(c).every((k) => k === 'filterOn' || k === 'values') &&
    c.filterOn === 'Values' &&
    Array.isArray(c.values) &&
    c.values.every((v) => typeof v === 'string');
  if (!ok)
    throw new FakeOfficeError(
      'NotImplemented',
      `AutoFilter.apply: the fake models { filterOn: 'Values', values: string[] } criteria only, not ${JSON.stringify(criteria)}.`,
    );
  return [...(c.values as string[])];
}

function autoFilterNode(self: NodeHandle<FakeSheet>): object {
  const path = `${self.path}.autoFilter`;
  const session = self.session;
  return makeNode(session, path, self.resolve, {
    type: 'AutoFilter',
    loadable: {
      // "Specifies if the AutoFilter has filter criteria."
      isDataFiltered: (sheet) => sheet.autoFilter !== null && sheet.filterCriteria.length > 0,
      // One entry per column of the range, as Excel answers: every member present, null where unset
      // (office-js#1226: Excel refuses those nulls when they are passed back to apply).
      criteria: (sheet) => {
        const area = sheet.autoFilter;
        if (!area) return [];
        const empty = {
          criterion1: null,
          criterion2: null,
          color: null,
          dynamicCriteria: null,
          filterOn: null,
          icon: null,
          operator: null,
          subField: null,
          values: null,
        };
        return Array.from({ length: area.c2 - area.c1 + 1 }, (_, column) => {
          const c = sheet.filterCriteria.find((x) => x.column === column);
          return c ? { ...empty, filterOn: c.filterOn, values: [...c.values] } : { ...empty };
        });
      },
    },
    methods: {
      apply: {
        fn: (_s, range, columnIndex, criteria) => {
          const target = typeof range === 'object' && range !== null ? ranges.get(range) : undefined;
          if (!target) throw new FakeOfficeError('NotImplemented', 'AutoFilter.apply: the fake takes a Range object.');
          if ((columnIndex === undefined) !== (criteria === undefined))
            throw new FakeOfficeError(
              'NotImplemented',
              'AutoFilter.apply: the fake takes a column index and criteria together, or neither.',
            );
          const values = criteria === undefined ? null : valuesCriteria(criteria);
          const args = values === null ? [target.path] : [target.path, columnIndex, { filterOn: 'Values', values }];
          session.enqueue({ path, call: 'apply', args }, () => {
            const sheet = self.resolve();
            const t = target.resolve();
            if (t.sheet !== sheet)
              throw new FakeOfficeError('InvalidArgument', 'AutoFilter.apply: the range is on another sheet.');
            // Strict on purpose: whatever Excel does with a second, different range, the host removes the old one first.
            if (sheet.autoFilter && areaAddress(sheet.autoFilter) !== areaAddress(t.area))
              throw new FakeOfficeError(
                'InvalidOperation',
                `AutoFilter.apply: ${sheet.name} already has an AutoFilter on ${areaAddress(sheet.autoFilter)}.`,
              );
            if (values !== null) {
              const width = t.area.c2 - t.area.c1 + 1;
              if (
                typeof columnIndex !== 'number' ||
                !Number.isInteger(columnIndex) ||
                columnIndex < 0 ||
                columnIndex >= width
              )
                throw new FakeOfficeError(
                  'InvalidArgument',
                  `AutoFilter.apply: column index ${String(columnIndex)} is outside the ${width} columns of ${areaAddress(t.area)}.`,
                );
              if (t.wholeColumns)
                throw new FakeOfficeError(
                  'NotImplemented',
                  'AutoFilter criteria on whole columns are not modelled by the fake.',
                );
            }
            sheet.autoFilter = t.area;
            // Criteria replace the column's earlier ones; other columns keep theirs, and every row is filtered again.
            if (values !== null) {
              const column = columnIndex as number;
              const kept = sheet.filterCriteria.filter((c) => c.column !== column);
              sheet.filterCriteria.splice(0, sheet.filterCriteria.length, ...kept, {
                column,
                filterOn: 'Values',
                values,
              });
            }
            refilter(sheet);
          });
        },
      },
      reapply: {
        fn: () => session.enqueue({ path, call: 'reapply' }, () => refilter(self.resolve())),
      },
      clearCriteria: {
        fn: () =>
          session.enqueue({ path, call: 'clearCriteria' }, () => {
            const sheet = self.resolve();
            sheet.filterCriteria.splice(0);
            sheet.filterHiddenRows.clear();
          }),
      },
      remove: {
        fn: () =>
          session.enqueue({ path, call: 'remove' }, () => {
            const sheet = self.resolve();
            sheet.autoFilter = null;
            sheet.filterCriteria.splice(0);
            sheet.filterHiddenRows.clear();
          }),
      },
      getRangeOrNullObject: {
        fn: () =>
          rangeNode(
            session,
            `${path}.getRangeOrNullObject()`,
            () => {
              const sheet = self.resolve();
              return sheet.autoFilter ? { sheet, area: sheet.autoFilter, wholeColumns: false } : null;
            },
            true,
          ),
      },
    },
  });
}

let conditionalFormatIds = 0;

function conditionalFormatNode(
  session: Session,
  path: string,
  resolve: () => { sheet: FakeSheet; cf: FakeConditionalFormat } | null,
): object {
  const custom = (self: NodeHandle<{ sheet: FakeSheet; cf: FakeConditionalFormat }>) => () => {
    const { cf } = self.resolve();
    if (cf.type !== 'Custom')
      throw new FakeOfficeError('InvalidOperation', `ConditionalFormat ${cf.id} is not a custom format.`);
    return cf;
  };
  return makeNode(session, path, resolve, {
    type: 'ConditionalFormat',
    loadable: { id: (t) => t.cf.id, type: (t) => t.cf.type },
    methods: {
      delete: {
        fn: (self) =>
          session.enqueue({ path, call: 'delete' }, () => {
            const { sheet, cf } = self.resolve();
            sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
          }),
      },
    },
    children: {
      custom: {
        make: (self) =>
          makeNode(session, `${path}.custom`, custom(self), {
            type: 'CustomConditionalFormat',
            children: {
              rule: {
                make: () =>
                  makeNode(session, `${path}.custom.rule`, custom(self), {
                    type: 'ConditionalFormatRule',
                    loadable: { formula: (cf) => cf.formula ?? '' },
                    writable: {
                      formula: {
                        apply: (cf, v) => {
                          checkFormula(String(v), 'ConditionalFormatRule.formula');
                          cf.formula = String(v);
                        },
                      },
                    },
                  }),
              },
              format: {
                make: () =>
                  makeNode(session, `${path}.custom.format`, custom(self), {
                    type: 'ConditionalRangeFormat',
                    children: {
                      fill: {
                        make: () =>
                          makeNode(session, `${path}.custom.format.fill`, custom(self), {
                            type: 'ConditionalRangeFill',
                            writable: { color: { apply: (cf, v) => void (cf.fill = String(v).toUpperCase()) } },
                          }),
                      },
                      font: {
                        make: () =>
                          makeNode(session, `${path}.custom.format.font`, custom(self), {
                            type: 'ConditionalRangeFont',
                            writable: {
                              color: {
                                apply: (cf, v) => void (cf.font = { ...cf.font, color: String(v).toUpperCase() }),
                              },
                              bold: { apply: (cf, v) => void (cf.font = { ...cf.font, bold: Boolean(v) }) },
                              italic: { apply: (cf, v) => void (cf.font = { ...cf.font, italic: Boolean(v) }) },
                            },
                          }),
                      },
                    },
                  }),
              },
            },
          }),
      },
    },
  });
}

function conditionalFormatsNode(self: NodeHandle<RangeT>): object {
  const path = `${self.path}.conditionalFormats`;
  const session = self.session;
  const meets = (a: Area, b: Area) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
  const holder = (cf: FakeConditionalFormat) => ({ sheet: self.resolve().sheet, cf });
  return makeNode(session, path, self.resolve, {
    type: 'ConditionalFormatCollection',
    items: {
      // Through the whole sheet (getRange() without an address) Excel lists none of the rules applied to
      // parts of it (office-js#5194): they are found through a range they apply to.
      of: (t) =>
        t.area.r1 === 1 && t.area.c1 === 1 && t.area.r2 === MAX_ROW && t.area.c2 === MAX_COL
          ? []
          : t.sheet.conditionalFormats.filter((cf) => meets(cf.area, t.area)),
      make: (_s, cf, i) =>
        conditionalFormatNode(session, `${path}.items[${i}]`, () => holder(cf as FakeConditionalFormat)),
    },
    methods: {
      add: {
        fn: (_s, type) => {
          if (type !== 'Custom') throw new FakeOfficeError('NotImplemented', `conditionalFormats.add(${String(type)})`);
          const cf: FakeConditionalFormat = {
            id: `{FAKE-CF-${++conditionalFormatIds}}`,
            type: 'Custom',
            area: { r1: 1, c1: 1, r2: 1, c2: 1 },
            formula: null,
            fill: null,
          };
          session.enqueue({ path, call: 'add', args: [type] }, () => {
            const t = self.resolve();
            if (t.wholeColumns) throw new FakeOfficeError('NotImplemented', 'conditional formats on whole columns.');
            cf.area = t.area;
            t.sheet.conditionalFormats.push(cf);
          });
          return conditionalFormatNode(session, `${path}.add(${String(type)})`, () => holder(cf));
        },
      },
      getItem: {
        fn: (_s, id) =>
          conditionalFormatNode(session, `${path}.getItem(${String(id)})`, () => {
            const cf = self.resolve().sheet.conditionalFormats.find((x) => x.id === id);
            return cf ? holder(cf) : null;
          }),
      },
    },
  });
}

const SHEET_NAME_BAD = /[:\\/?*[\]]/;

function worksheetsNode(session: Session): object {
  const book = session.book;
  return makeNode(session, 'workbook.worksheets', () => book, {
    type: 'WorksheetCollection',
    items: {
      of: (b) => [...b.sheets],
      make: (_self, sheet, i) => worksheetNode(session, `workbook.worksheets.items[${i}]`, () => sheet as FakeSheet),
    },
    methods: {
      getItem: {
        fn: (_self, name) =>
          worksheetNode(
            session,
            `workbook.worksheets.getItem(${String(name)})`,
            () => book.sheet(String(name)) ?? null,
          ),
      },
      getActiveWorksheet: {
        fn: () => worksheetNode(session, 'workbook.worksheets.getActiveWorksheet()', () => book.activeSheet),
      },
      add: {
        fn: (_self, name) => {
          const n = String(name);
          session.enqueue({ path: 'workbook.worksheets', call: 'add', args: [n] }, () => {
            if (!n || n.length > 31 || SHEET_NAME_BAD.test(n) || n.startsWith("'") || n.endsWith("'"))
              throw new FakeOfficeError('InvalidArgument', `"${n}" is not a valid sheet name.`);
            if (book.sheet(n)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${n}" already exists.`);
            book.addSheet(n);
          });
          return worksheetNode(session, `workbook.worksheets.getItem(${n})`, () => book.sheet(n) ?? null);
        },
      },
    },
  });
}

function namedItemNode(session: Session, path: string, item: FakeName): object {
  return makeNode(session, path, () => item, {
    type: 'NamedItem',
    loadable: {
      name: (n) => n.name,
      type: () => 'Range',
      value: (n) => sheetRef(n.sheet, n.area, true),
      formula: (n) => `=${sheetRef(n.sheet, n.area, true)}`,
    },
    loadableSince: { formula: '1.7' },
  });
}

function namesNode(session: Session): object {
  const book = session.book;
  return makeNode(session, 'workbook.names', () => book, {
    type: 'NamedItemCollection',
    items: {
      of: (b) => [...b.names],
      make: (_self, item, i) => namedItemNode(session, `workbook.names.items[${i}]`, item as FakeName),
    },
    methods: {
      getItem: {
        fn: (_self, name) => {
          const n = String(name);
          return makeNode(
            session,
            `workbook.names.getItem(${n})`,
            () => {
              const item = book.name(n);
              if (!item) throw new FakeOfficeError('ItemNotFound', `The name "${n}" does not exist.`);
              return item;
            },
            {
              type: 'NamedItem',
              methods: {
                delete: {
                  fn: () =>
                    session.enqueue({ path: `workbook.names.getItem(${n})`, call: 'delete' }, () => {
                      const item = book.name(n);
                      if (!item) throw new FakeOfficeError('ItemNotFound', `The name "${n}" does not exist.`);
                      book.names.splice(book.names.indexOf(item), 1);
                    }),
                },
              },
            },
          );
        },
      },
      add: {
        since: '1.4',
        fn: (_self, name, reference) => {
          const n = String(name);
          const target = typeof reference === 'object' && reference !== null ? ranges.get(reference) : undefined;
          if (!target) {
            // Office stores a string without "=" as a text constant (OfficeDev/office-js#2283): never what we want.
            const text = String(reference);
            if (!text.startsWith('=') || !parseSheetArea(text.slice(1)))
              throw new FakeOfficeError(
                'InvalidArgument',
                `names.add(${n}): give a Range, or a reference starting with "=".`,
              );
          }
          session.enqueue(
            { path: 'workbook.names', call: 'add', args: [n, target ? target.path : String(reference)] },
            () => {
              if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n))
                throw new FakeOfficeError('InvalidArgument', `"${n}" is not a valid name.`);
              if (book.name(n)) throw new FakeOfficeError('ItemAlreadyExists', `The name "${n}" already exists.`);
              if (target) {
                const t = target.resolve();
                book.names.push({ name: n, sheet: t.sheet, area: t.area });
              } else {
                const parsed = parseSheetArea(String(reference).slice(1))!;
                book.names.push({ name: n, sheet: book.mustSheet(parsed.sheet), area: parsed.area });
              }
            },
          );
          return undefined;
        },
      },
    },
  });
}

function applicationNode(session: Session): object {
  return makeNode(session, 'application', () => session.book, {
    type: 'Application',
    loadable: { calculationMode: (book) => book.calculationMode },
    loadableSince: { calculationMode: '1.8' },
    methods: {
      calculate: {
        fn: (_s, type) => {
          if (!['Recalculate', 'Full', 'FullRebuild'].includes(String(type)))
            throw new FakeOfficeError('InvalidArgument', `Application.calculate(${String(type)})`);
          session.enqueue({ path: 'application', call: 'calculate', args: [type] }, () =>
            session.book.calculations.push(String(type)),
          );
        },
      },
      suspendApiCalculationUntilNextSync: {
        since: '1.6',
        fn: () =>
          session.enqueue(
            { path: 'application', call: 'suspendApiCalculationUntilNextSync' },
            (req) => void (req.calculationSuspended = true),
          ),
      },
      suspendScreenUpdatingUntilNextSync: {
        since: '1.9',
        fn: () =>
          session.enqueue(
            { path: 'application', call: 'suspendScreenUpdatingUntilNextSync' },
            (req) => void (req.screenUpdatingSuspended = true),
          ),
      },
    },
  });
}

/**
 * The active cell: the top-left cell of the selection when the selection is on the active sheet, else A1
 * of the active sheet (the fake keeps one selection, not one per sheet as Excel does).
 */
function activeCell(book: FakeWorkbook): RangeT {
  const sheet = book.activeSheet;
  if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The workbook has no active worksheet.');
  const selection = book.selection;
  let at: Area = { r1: 1, c1: 1, r2: 1, c2: 1 };
  if (selection && selection.sheet.toLowerCase() === sheet.name.toLowerCase()) {
    const area = parseArea(selection.address);
    if (!area) throw new Error(`fake Excel: bad selection ${selection.address}`);
    at = area;
  }
  return { sheet, area: { r1: at.r1, c1: at.c1, r2: at.r1, c2: at.c1 }, wholeColumns: false };
}

/** The RequestContext handed to the Excel.run batch. */
export function contextNode(session: Session): object {
  const application = applicationNode(session);
  const workbook = makeNode(session, 'workbook', () => session.book, {
    type: 'Workbook',
    methods: {
      getActiveCell: {
        since: '1.7',
        // Resolved when each queued action runs, as getActiveWorksheet is here.
        fn: () => rangeNode(session, 'workbook.getActiveCell()', () => activeCell(session.book)),
      },
    },
    children: {
      worksheets: { make: () => worksheetsNode(session) },
      names: { make: () => namesNode(session) },
      application: { make: () => application },
    },
  });
  return makeNode(session, 'context', () => session.book, {
    type: 'RequestContext',
    methods: { sync: { fn: () => session.sync() } },
    children: { workbook: { make: () => workbook }, application: { make: () => application } },
  });
}
