import { contextNode } from './api';
import { compareVersions, FakeOfficeError, Session, type FakeOptions, type FakeStats } from './node';
import { FakeWorkbook, type FakeInitial } from './state';

/**
 * A strict, in-memory fake of the Excel JavaScript API subset the Office.js host uses (see api.ts for
 * the list). Like Office: writes are queued and applied at context.sync(); reading a property that was
 * not loaded and synced throws PropertyNotLoaded; a request or response above the payload limit (5 MB,
 * Excel on the web's) fails; members above the chosen ExcelApi version throw ApiNotFound. Unlike Office:
 * formulas are stored, not evaluated (their values read back as '' unless a test fills them in with
 * test/support/recalculateFromEngine.ts, explicitly), and only what the host uses exists.
 *
 * No Node-only imports: it bundles into a browser page for the end-to-end test.
 */

export {
  diffSnapshots,
  FakeWorkbook,
  type FakeCell,
  type FakeFilterCriteria,
  type FakeInitial,
  type FakeInput,
  type FakeValue,
} from './state';
export { FakeOfficeError, type FakeRequestStats, type FakeStats } from './node';

export interface FakeExcel {
  /** The global-like Excel object: run() and the enums of the literals the host passes. */
  Excel: {
    run: <T>(
      optionsOrBatch: { delayForCellEdit?: boolean } | ((context: never) => Promise<T>),
      batch?: (context: never) => Promise<T>,
    ) => Promise<T>;
    SpecialCellType: { constants: 'Constants'; formulas: 'Formulas' };
    RangeCopyType: { formulas: 'Formulas' };
    ClearApplyTo: { all: 'All'; contents: 'Contents'; formats: 'Formats' };
    /** ExcelApi 1.8: opens a new workbook from a base64 .xlsx; the fake keeps what it was given. */
    createWorkbook: (base64?: string) => Promise<void>;
  };
  /** The workbooks createWorkbook opened, as base64, in order. */
  createdWorkbooks: string[];
  /** Office.context.requirements as the fake answers it, for installFakeExcel. */
  requirements: { isSetSupported: (name: string, minVersion?: string | number) => boolean };
  workbook: FakeWorkbook;
  stats: FakeStats;
  resetStats: () => void;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi set to offer; default 1.9 (what the host uses at most). */
  apiVersion?: string;
  payloadLimitBytes?: number;
  /** false: Range.numberFormat takes only the 2-D array the typings declare (node.ts FakeOptions). */
  numberFormatString?: boolean;
  /** See node.ts FakeOptions. */
  areasAddressLimit?: number;
}

export function createFakeExcel(initial?: FakeInitial, options: FakeExcelOptions = {}): FakeExcel {
  const opts: FakeOptions = {
    apiVersion: options.apiVersion ?? '1.9',
    payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
    numberFormatString: options.numberFormatString,
    areasAddressLimit: options.areasAddressLimit,
  };
  const workbook = new FakeWorkbook(initial);
  const created: string[] = [];
  const stats: FakeStats = { syncs: 0, largestRequestBytes: 0, largestResponseBytes: 0, requests: [] };
  const run = async <T>(
    optionsOrBatch: { delayForCellEdit?: boolean } | ((context: never) => Promise<T>),
    maybeBatch?: (context: never) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch;
    const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
    if (typeof batch !== 'function') throw new FakeOfficeError('InvalidArgument', 'Excel.run takes a batch function.');
    const session = new Session(workbook, stats, opts, options?.delayForCellEdit === true);
    const result = batch(contextNode(session) as never);
    if (!result || typeof (result as Promise<T>).then !== 'function')
      throw new FakeOfficeError(
        'RunMustReturnPromise',
        'The batch function passed to Excel.run must return a promise.',
      );
    const value = await result;
    // Office.js ends every run with a sync; without pending actions it makes no round trip.
    if (session.pending) await session.sync();
    return value;
  };
  return {
    Excel: {
      run,
      SpecialCellType: { constants: 'Constants', formulas: 'Formulas' },
      RangeCopyType: { formulas: 'Formulas' },
      ClearApplyTo: { all: 'All', contents: 'Contents', formats: 'Formats' },
      createWorkbook: async (base64?: string) => {
        if (compareVersions(opts.apiVersion, '1.8') < 0)
          throw new FakeOfficeError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.');
        if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
          throw new FakeOfficeError('InvalidArgument', 'Excel.createWorkbook takes a base64 .xlsx.');
        created.push(base64);
      },
    },
    createdWorkbooks: created,
    requirements: {
      isSetSupported: (name, minVersion) =>
        name === 'ExcelApi' && compareVersions(opts.apiVersion, String(minVersion ?? '1.1')) >= 0,
    },
    workbook,
    stats,
    resetStats: () => {
      stats.syncs = 0;
      stats.largestRequestBytes = 0;
      stats.largestResponseBytes = 0;
      stats.requests.splice(0);
    },
  };
}

interface OfficeLike {
  context?: Record<string, unknown>;
}

/**
 * Sets target.Excel (target: globalThis, window) to the fake, and Office.context.requirements to the
 * fake's answer (outside an Office host office.js answers nothing useful; in tests there is no Office),
 * keeping the rest of an existing Office object. Returns the fake, with uninstall() to put things back.
 */
export function installFakeExcel(
  where: object,
  fake: FakeExcel = createFakeExcel(),
): FakeExcel & { uninstall: () => void } {
  const target = where as Record<string, unknown>;
  const previousExcel = target.Excel;
  const hadOffice = 'Office' in target;
  target.Excel = fake.Excel;
  const office = (target.Office ?? (target.Office = {})) as OfficeLike;
  const previousContext = office.context;
  const context = { ...(previousContext ?? {}), requirements: fake.requirements };
  const setContext = (value: Record<string, unknown> | undefined) => {
    try {
      office.context = value;
    } catch {
      // office.js may define context as an accessor.
      Object.defineProperty(office, 'context', { value, configurable: true, writable: true });
    }
  };
  setContext(context);
  const uninstall = () => {
    target.Excel = previousExcel;
    if (!hadOffice) delete target.Office;
    else setContext(previousContext);
  };
  return { ...fake, uninstall };
}
