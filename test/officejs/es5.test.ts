import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import webpack, { type Configuration } from 'webpack';
import { cellAddress } from '../../src/core/a1';
import { sheetNames } from '../../src/core/names';
import { UI } from '../../src/taskpane/i18n';
import { assessmentWorkbook, employeeRow, type TestWorkbook } from './workbooks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, string>,
  argv: { mode: string },
) => Configuration[];

/**
 * Excel 2019 volume-licensed runs add-ins in Internet Explorer 11: ES5 syntax only, and none of the
 * built-ins ES2015 and later added. The production ES5 build (function file and the pane's fallback
 * page) is parsed by an ES5-only parser, then run in a context from which those built-ins are removed,
 * against the fake Excel: Score sheet must score, with nothing but its own polyfills.
 */
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-review-es5-'));

/** What Internet Explorer 11 lacks (or has only in a form core-js replaces), removed from the context. */
const STRIP = `
(function () {
  var g = this;
  ['Promise', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Reflect', 'Proxy', 'TextEncoder', 'TextDecoder',
   'queueMicrotask', 'structuredClone', 'AggregateError', 'WeakRef', 'FinalizationRegistry', 'BigInt']
    .forEach(function (k) { delete g[k]; });
  function strip(o, keys) { keys.forEach(function (k) { delete o[k]; }); }
  strip(Array, ['from', 'of']);
  strip(Array.prototype, ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'fill', 'flat', 'flatMap',
    'entries', 'keys', 'values', 'copyWithin', 'at', 'toSorted', 'toReversed', 'with']);
  strip(Object, ['assign', 'entries', 'values', 'fromEntries', 'is', 'getOwnPropertySymbols', 'hasOwn', 'groupBy']);
  strip(String, ['fromCodePoint', 'raw']);
  strip(String.prototype, ['includes', 'startsWith', 'endsWith', 'padStart', 'padEnd', 'repeat', 'trimStart',
    'trimEnd', 'codePointAt', 'normalize', 'at', 'replaceAll', 'matchAll']);
  strip(Number, ['isFinite', 'isInteger', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt', 'EPSILON',
    'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER']);
  strip(Math, ['sign', 'trunc', 'log10', 'log2', 'hypot', 'cbrt', 'expm1', 'log1p', 'fround', 'imul', 'clz32']);
  delete g.globalThis;
}).call(this);
`;

let files: { commands: string; legacy: string; notice: string };

beforeAll(async () => {
  const es5 = makeConfig({ outputPath: OUT }, { mode: 'production' }).find((b) => b.name === 'es5')!;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(es5, (err, result) => (err || !result ? reject(err ?? new Error('no result')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const built = (entry: string) => {
    const file = fs.readdirSync(OUT).find((f) => f.startsWith(`${entry}.`) && f.endsWith('.js'))!;
    return fs.readFileSync(path.join(OUT, file), 'utf8');
  };
  files = { commands: built('commands'), legacy: built('legacy'), notice: built('notice') };
}, 120_000);

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

/** A context like Internet Explorer 11's, with `globals` (the host's objects) added after the stripping. */
function ieContext(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ setTimeout, clearTimeout });
  vm.runInContext(STRIP, context);
  Object.assign(context, globals);
  return context;
}

test('the ES5 bundles (function file, fallback page, notice dialog) parse as ECMAScript 5', () => {
  expect(() => acorn.parse(files.commands, { ecmaVersion: 5 })).not.toThrow();
  expect(() => acorn.parse(files.legacy, { ecmaVersion: 5 })).not.toThrow();
  expect(() => acorn.parse(files.notice, { ecmaVersion: 5 })).not.toThrow();
  // The parser really refuses what ES5 lacks.
  expect(() => acorn.parse('const f = () => 1;', { ecmaVersion: 5 })).toThrow();
});

describe('the function file in an Internet Explorer 11-like context', () => {
  let wb: TestWorkbook | null = null;
  afterEach(() => {
    wb?.uninstall();
    wb = null;
  });

  test('the stripped context has none of the newer built-ins', () => {
    const context = ieContext({});
    for (const probe of [
      'typeof Promise',
      'typeof Map',
      'typeof Symbol',
      'typeof TextEncoder',
      'typeof Array.from',
      'typeof "".normalize',
      'typeof "".startsWith',
      'typeof Object.entries',
    ])
      expect([probe, vm.runInContext(probe, context)]).toEqual([probe, 'undefined']);
  });

  test('Score sheet scores the active sheet and completes', async () => {
    wb = await assessmentWorkbook(6, {
      rows: (i) => {
        const row = employeeRow(i);
        if (i === 4) row[7] = 'about 5000';
        return row;
      },
    });
    const commands = new Map<string, (event: { completed: () => void }) => unknown>();
    const office = {
      onReady: (ready: () => void) => ready(),
      actions: { associate: (name: string, f: (event: { completed: () => void }) => unknown) => commands.set(name, f) },
      context: {
        displayLanguage: 'zh-CN',
        requirements: wb.fake.requirements,
      },
    };
    const context = ieContext({ Office: office, Excel: wb.fake.Excel });
    vm.runInContext(files.commands, context);
    expect([...commands.keys()].sort()).toEqual(['scoreSheet', 'toggleFlagged']);

    const completed = jest.fn();
    await commands.get('scoreSheet')!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const status = wb.fake.workbook.name(sheetNames('S1').status)!;
    const line = wb.fake.workbook.cell(status.sheet.name, cellAddress(status.area.r1, status.area.c1)).value;
    expect(line).toMatch(/ 已评分：已评分 5 人，未评分 1 人，/);
    // The computed columns were written: a formula in the first row's Weighted score.
    const firstWeighted = wb.fake.workbook.cell(wb.sheet, cellAddress(wb.firstRow, wb.computedCol + 16));
    expect(firstWeighted.formula).toMatch(/^=IF\(AND\(ABS\(/);
    // The selection moved to the row problem, as in a modern webview.
    expect(wb.fake.workbook.selection).toEqual({
      sheet: wb.sheet,
      address: cellAddress(wb.firstRow + 3, wb.inputCol + 2),
    });
  });
});

describe("the pane's fallback page", () => {
  const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
  const EDGE =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Edg/120.0';

  /** A document just big enough for the script: elements that record their text. */
  function miniDocument() {
    const el = (tag: string) => {
      const node = {
        tag,
        children: [] as unknown[],
        text: '',
        setAttribute: () => undefined,
        appendChild: (child: { text?: string }) => {
          node.children.push(child);
          return child;
        },
      };
      return node;
    };
    const root = el('div');
    const textOf = (n: unknown): string => {
      const x = n as { text?: string; children?: unknown[] };
      return (x.text ?? '') + (x.children ?? []).map(textOf).join('\n');
    };
    return {
      root,
      text: () => textOf(root).trim(),
      document: {
        readyState: 'complete',
        getElementById: (id: string) => (id === 'root' ? root : null),
        createElement: el,
        createTextNode: (text: string) => ({ text }),
        addEventListener: () => undefined,
      },
    };
  }

  test.each([
    ['zh-CN', UI['zh-CN']],
    ['en-US', UI['en-US']],
  ] as const)('in Internet Explorer it says what works and what the pane needs (%s)', (lang, t) => {
    const page = miniDocument();
    const office = { onReady: (ready: () => void) => ready(), context: { displayLanguage: lang } };
    vm.runInContext(
      files.legacy,
      ieContext({ Office: office, document: page.document, navigator: { userAgent: IE11 } }),
    );
    expect(page.text()).toBe([t.legacyTitle, ...t.legacyLines].join('\n'));
  });

  test('in any other webview it leaves the page to the pane', () => {
    const page = miniDocument();
    const office = { onReady: (ready: () => void) => ready(), context: { displayLanguage: 'zh-CN' } };
    vm.runInContext(
      files.legacy,
      vm.createContext({ Office: office, document: page.document, navigator: { userAgent: EDGE } }),
    );
    expect(page.root.children).toEqual([]);
  });
});
