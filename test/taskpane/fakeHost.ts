import type { CsvTable } from '../../src/core/csv';
import { officeErrorText } from '../../src/hosts/officejs/errors';
import type { TemplatePlan, TemplateRequest } from '../../src/operations/template';
import type { Lang } from '../../src/core/types';
import type {
  CalibrationOutcome,
  CalibrationRequestInput,
  DraftOutcome,
  NextCycleOutcome,
  BoxFilterOutcome,
  FlaggedFilterOutcome,
  ImportOutcome,
  PaneHost,
  Progress,
  ScoreOutcome,
  SelectedEmployee,
  WorkbookStage,
} from '../../src/taskpane/types';
import { planImport } from '../../src/layout/importPlan';
import { channel, snapshotOf, workbookWith } from '../support/workbooks';

/** A promise the test settles by hand, to look at the pane while an action is still running. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Records every call the pane makes; each score call waits for the test to settle it. */
export function fakeHost() {
  const calls = {
    insert: [] as TemplateRequest[],
    score: [] as {
      which: 'active' | 'all';
      lang: Lang;
      onProgress: Progress;
      relayout?: 'ask' | 'apply';
      result: Deferred<ScoreOutcome>;
    }[],
    select: [] as [string, string][],
    filter: [] as { on: boolean; lang: Lang }[],
    box: [] as { sheet: string; box: string | null; lang: Lang }[],
    potential: [] as { request: { employee: string; potential: string }; sheet: string; lang: Lang }[],
    selected: 0,
    calibrate: [] as { request: CalibrationRequestInput; sheet: string; lang: Lang }[],
    import: [] as { rows: CsvTable; source: string; write: boolean; lang: Lang }[],
    draft: [] as { request: { employee?: string; sheet?: string }; lang: Lang }[],
    nextCycle: [] as { cycle: string; lang: Lang }[],
  };
  // Imports are planned by the real engine on an empty channel sheet, so the pane shows real mappings.
  const channelSheet = snapshotOf(workbookWith(channel, []));
  let plan: TemplatePlan | Error = { ops: [], sheets: [] };
  let stage: WorkbookStage = 'setup';
  // What the calibration calls answer; tests set them.
  const answers = {
    filter: (on: boolean): FlaggedFilterOutcome | Error => ({ sheet: 'Channel specialist', flagged: 2, on }),
    box: (sheet: string, box: string | null): BoxFilterOutcome | Error =>
      box === null ? { sheet, box: '', count: 0, on: false } : { sheet, box, count: 2, on: true },
    employee: null as SelectedEmployee | null | Error,
    calibrate: { errors: [] } as CalibrationOutcome | Error,
    import: null as ImportOutcome | Error | null,
    draft: { drafted: [], existing: [], errors: [], warnings: [] } as DraftOutcome | Error,
    nextCycle: { errors: [], sheets: [], openMeasures: 0 } as NextCycleOutcome | Error,
  };
  const settle = <T>(answer: T | Error): Promise<T> =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  const host: PaneHost = {
    // An empty workbook unless a test says otherwise: Set-up first and open.
    workbookStage: async () => stage,
    insertTemplates: async (request) => {
      calls.insert.push(request);
      if (plan instanceof Error) throw plan;
      return plan;
    },
    scoreActiveSheet: (lang, onProgress, relayout) => {
      const result = deferred<ScoreOutcome>();
      calls.score.push({ which: 'active', lang, onProgress, relayout, result });
      return result.promise;
    },
    scoreAllSheets: (lang, onProgress, relayout) => {
      const result = deferred<ScoreOutcome>();
      calls.score.push({ which: 'all', lang, onProgress, relayout, result });
      return result.promise;
    },
    selectCell: async (sheet, cell) => {
      calls.select.push([sheet, cell]);
    },
    setPotential: (request, sheet, lang) => {
      calls.potential.push({ request, sheet, lang });
      return Promise.resolve({ errors: [], potential: request.potential, sheet });
    },
    showBoxOnly: (sheet, box, lang) => {
      calls.box.push({ sheet, box, lang });
      return settle(answers.box(sheet, box));
    },
    showFlaggedOnly: (on, lang) => {
      calls.filter.push({ on, lang });
      return settle(answers.filter(on));
    },
    selectedEmployee: () => {
      calls.selected++;
      return settle(answers.employee);
    },
    calibrateEmployee: (request, sheet, lang) => {
      calls.calibrate.push({ request, sheet, lang });
      return settle(answers.calibrate);
    },
    importCsv: (rows, source, write, lang) => {
      calls.import.push({ rows, source, write, lang });
      if (answers.import) return settle(answers.import);
      const { ops, report } = planImport(channelSheet, rows, null);
      return Promise.resolve({ sheet: channelSheet.sheet, report, written: write && ops.length > 0 });
    },
    errorText: (error, lang) => officeErrorText(error, lang),
    draftPlans: (request, lang) => {
      calls.draft.push({ request, lang });
      return settle(answers.draft);
    },
    startNextCycle: (cycle, lang) => {
      calls.nextCycle.push({ cycle, lang });
      return settle(answers.nextCycle);
    },
  };
  return {
    host,
    calls,
    answers,
    setPlan: (next: TemplatePlan | Error) => (plan = next),
    setStage: (next: WorkbookStage) => (stage = next),
  };
}
