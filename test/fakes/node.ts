import { utf8Length } from './a1';
import type { FakeWorkbook } from './state';

/**
 * The request machinery of the fake: a queue of actions per Excel.run context, executed in order at
 * sync() like Office's batched requests, and strict proxy objects that behave like Office.js ones:
 * a property read before it was loaded and synced throws PropertyNotLoaded, a member outside the
 * subset the fake implements throws, writes are only queued.
 */

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation?: string } = {},
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface FakeRequestStats {
  /** UTF-8 size of the JSON of every action queued for this sync. */
  bytes: number;
  /** UTF-8 size of the JSON of every loaded result. */
  responseBytes: number;
  actions: number;
  /** Time the fake spent measuring and carrying out the request (not the host's time), in ms. */
  ms: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

export interface FakeStats {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  requests: FakeRequestStats[];
}

export interface FakeOptions {
  /** Highest ExcelApi set the fake reports and implements; members above it throw ApiNotFound. */
  apiVersion: string;
  /** Excel on the web rejects requests and responses above 5 MB. */
  payloadLimitBytes: number;
  /** false: a range's numberFormat set to one string is refused (InvalidArgument), only the 2-D array is taken. */
  numberFormatString?: boolean;
  /** A RangeAreas address longer than this many characters is cut at the last whole area (areaCount stays true). */
  areasAddressLimit?: number;
}

interface Action {
  json: Record<string, unknown>;
  run: (req: FakeRequestStats) => unknown;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class Session {
  private queue: Action[] = [];
  constructor(
    readonly book: FakeWorkbook,
    readonly stats: FakeStats,
    readonly options: FakeOptions,
    /** Excel.run({ delayForCellEdit: true }): a sync during cell edit mode waits instead of failing. */
    readonly delayForCellEdit = false,
  ) {}

  requireApi(version: string | undefined, what: string): void {
    if (version && compareVersions(this.options.apiVersion, version) < 0)
      throw new FakeOfficeError(
        'ApiNotFound',
        `${what} needs ExcelApi ${version}; the fake offers ${this.options.apiVersion}.`,
      );
  }

  enqueue(json: Record<string, unknown>, run: (req: FakeRequestStats) => unknown): void {
    this.queue.push({ json, run });
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** One round trip: the queued actions run in order; a failing one stops the rest, as in Office. */
  async sync(): Promise<void> {
    if (this.book.cellEditAtSync === this.stats.syncs + 1) {
      this.book.cellEditAtSync = null;
      this.book.beginCellEdit();
    }
    if (this.book.cellEditMode) {
      if (!this.delayForCellEdit)
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      await this.book.cellEditEnded();
    }
    const fail = this.book.failAtSync;
    if (fail && fail.atSync === this.stats.syncs + 1) {
      this.book.failAtSync = null;
      this.queue = [];
      this.stats.syncs++;
      if (fail.hang) await new Promise<never>(() => undefined);
      throw new FakeOfficeError(fail.code, `The request failed (${fail.code}), as the test asked.`);
    }
    for (const w of this.book.coauthorWrites.filter((x) => x.atSync === this.stats.syncs + 1))
      this.book.setCells(w.sheet, w.topLeft, w.grid);
    const begin = Date.now();
    const actions = this.queue;
    this.queue = [];
    const req: FakeRequestStats = {
      bytes: utf8Length(JSON.stringify(actions.map((a) => a.json))),
      responseBytes: 0,
      actions: actions.length,
      ms: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    this.stats.syncs++;
    this.stats.requests.push(req);
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, req.bytes);
    req.ms = Date.now() - begin;
    await Promise.resolve();
    if (req.bytes > this.options.payloadLimitBytes)
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request is ${req.bytes} bytes, over the ${this.options.payloadLimitBytes}-byte limit.`,
      );
    const results: unknown[] = [];
    const start = Date.now();
    try {
      for (const action of actions) {
        const result = action.run(req);
        if (result !== undefined) results.push(result);
      }
      req.responseBytes = utf8Length(JSON.stringify(results));
    } finally {
      req.ms += Date.now() - start;
    }
    this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, req.responseBytes);
    if (req.responseBytes > this.options.payloadLimitBytes)
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response is ${req.responseBytes} bytes, over the ${this.options.payloadLimitBytes}-byte limit.`,
      );
  }
}

export interface NodeHandle<T> {
  session: Session;
  path: string;
  /** The state object this proxy stands for; throws (ItemNotFound...) when it does not exist. */
  resolve: () => T;
  /** The proxy itself, to return from methods that chain. */
  proxy: object;
}

export interface NodeSpec<T> {
  type: string;
  /** Properties load() fetches, computed from the state at sync. */
  loadable?: Record<string, (t: T) => unknown>;
  /** The ExcelApi set a loadable property needs, when above the fake's floor. */
  loadableSince?: Record<string, string>;
  /** Properties a write queues, applied to the state at sync. */
  writable?: Record<string, { since?: string; apply: (t: T, value: unknown, req: FakeRequestStats) => void }>;
  methods?: Record<string, { since?: string; fn: (self: NodeHandle<T>, ...args: unknown[]) => unknown }>;
  /** Navigation properties (format, font...), made once per proxy. */
  children?: Record<string, { since?: string; make: (self: NodeHandle<T>) => unknown }>;
  /** Collections: load('items/x') loads x on every item. */
  items?: { of: (t: T) => unknown[]; make: (self: NodeHandle<T>, item: unknown, index: number) => object };
  /** *OrNullObject results: resolve may answer null. */
  nullable?: boolean;
}

/** Keys that JavaScript itself, promises and jest probe on any object: they must not throw. */
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

function notLoaded(type: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    { errorLocation: `${type}.${prop}` },
  );
}

export function makeNode<T>(session: Session, path: string, resolveOrNull: () => T | null, spec: NodeSpec<T>): object {
  const loaded = new Map<string, unknown>();
  const written = new Map<string, unknown>();
  const children = new Map<string, unknown>();
  let isNull: boolean | undefined;
  const resolve = (): T => {
    const t = resolveOrNull();
    if (t === null) throw new FakeOfficeError('ItemNotFound', `${spec.type} at ${path} does not exist.`);
    return t;
  };

  const itemPrefix = 'items/';
  const load = (props?: string | string[]) => {
    const list = (props === undefined ? [] : Array.isArray(props) ? props : props.split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    if (spec.items) {
      const names = list
        .map((p) => (p.startsWith(itemPrefix) ? p.slice(itemPrefix.length) : p))
        .filter((p) => p !== 'items');
      session.enqueue({ path, load: list }, () => {
        const t = resolveOrNull();
        isNull = t === null;
        if (t === null) return { _IsNull: true };
        const items = spec.items!.of(t).map((item, i) => {
          const child = spec.items!.make(handle, item, i) as {
            __fakeLoad: (names: string[]) => Record<string, unknown>;
          };
          return { child, json: child.__fakeLoad(names) };
        });
        loaded.set(
          'items',
          items.map((x) => x.child),
        );
        return { items: items.map((x) => x.json) };
      });
      return proxy;
    }
    const names = list.length ? list : Object.keys(spec.loadable ?? {});
    for (const n of names) {
      if (!spec.loadable?.[n])
        throw new FakeOfficeError(
          'InvalidArgument',
          `${spec.type}.${n} cannot be loaded in the fake (not used by the host).`,
        );
      session.requireApi(spec.loadableSince?.[n], `${spec.type}.${n}`);
    }
    session.enqueue({ path, load: names }, () => {
      const t = spec.nullable ? resolveOrNull() : resolve();
      isNull = t === null;
      if (t === null) return { _IsNull: true };
      return fetch(t, names);
    });
    return proxy;
  };
  /** Used by a collection's load: fills this item's properties immediately (inside the sync). */
  const fetch = (t: T, names: string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      const fn = spec.loadable?.[n];
      if (!fn) throw new FakeOfficeError('InvalidArgument', `${spec.type}.${n} cannot be loaded in the fake.`);
      session.requireApi(spec.loadableSince?.[n], `${spec.type}.${n}`);
      const value = fn(t);
      loaded.set(n, value);
      out[n] = value;
    }
    isNull = false;
    return out;
  };

  const target = {};
  const handle: NodeHandle<T> = { session, path, resolve, proxy: target };
  const proxy: object = new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'load') return load;
      if (prop === '__fakeLoad') return (names: string[]) => fetch(resolve(), names);
      if (prop === 'isNullObject') {
        if (isNull === undefined) throw notLoaded(spec.type, prop);
        return isNull;
      }
      const method = spec.methods?.[prop];
      if (method) {
        return (...args: unknown[]) => {
          session.requireApi(method.since, `${spec.type}.${prop}()`);
          return method.fn(handle, ...args);
        };
      }
      const child = spec.children?.[prop];
      if (child) {
        session.requireApi(child.since, `${spec.type}.${prop}`);
        if (!children.has(prop)) children.set(prop, child.make(handle));
        return children.get(prop);
      }
      if (prop === 'items' && spec.items) {
        if (!loaded.has('items')) throw notLoaded(spec.type, prop);
        return loaded.get('items');
      }
      if (spec.loadable?.[prop] || spec.writable?.[prop]) {
        if (written.has(prop)) return written.get(prop);
        if (loaded.has(prop)) return loaded.get(prop);
        if (isNull) return undefined;
        throw notLoaded(spec.type, prop);
      }
      if (PROBES.has(prop)) return undefined;
      throw new FakeOfficeError('NotImplemented', `${spec.type}.${prop} is not part of the fake Excel API.`);
    },
    set(_t, prop, value: unknown) {
      const w = typeof prop === 'string' ? spec.writable?.[prop] : undefined;
      if (!w || typeof prop !== 'string')
        throw new FakeOfficeError(
          'NotImplemented',
          `${spec.type}.${String(prop)} cannot be set in the fake Excel API.`,
        );
      session.requireApi(w.since, `${spec.type}.${prop}`);
      session.enqueue({ path, set: { [prop]: value } }, (req) => w.apply(resolve(), value, req));
      written.set(prop, value);
      return true;
    },
    has(_t, prop) {
      return (
        typeof prop === 'string' &&
        (prop in (spec.loadable ?? {}) ||
          prop in (spec.writable ?? {}) ||
          prop in (spec.methods ?? {}) ||
          prop in (spec.children ?? {}))
      );
    },
  });
  handle.proxy = proxy;
  return proxy;
}
