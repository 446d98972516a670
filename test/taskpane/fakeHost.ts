import type { TemplatePlan, TemplateRequest } from '../../src/layout/templates';
import type { Lang } from '../../src/core/types';
import type { PaneHost, Progress, ScoreOutcome } from '../../src/taskpane/types';

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
    score: [] as { which: 'active' | 'all'; lang: Lang; onProgress: Progress; result: Deferred<ScoreOutcome> }[],
    select: [] as [string, string][],
  };
  let plan: TemplatePlan | Error = { ops: [], sheets: [] };
  const host: PaneHost = {
    insertTemplates: async (request) => {
      calls.insert.push(request);
      if (plan instanceof Error) throw plan;
      return plan;
    },
    scoreActiveSheet: (lang, onProgress) => {
      const result = deferred<ScoreOutcome>();
      calls.score.push({ which: 'active', lang, onProgress, result });
      return result.promise;
    },
    scoreAllSheets: (lang, onProgress) => {
      const result = deferred<ScoreOutcome>();
      calls.score.push({ which: 'all', lang, onProgress, result });
      return result.promise;
    },
    selectCell: async (sheet, cell) => {
      calls.select.push([sheet, cell]);
    },
  };
  return { host, calls, setPlan: (next: TemplatePlan | Error) => (plan = next) };
}
