import { readResults, type ResultRow } from '../layout/results';
import type { Operation } from './operation';

/** The results as they stand in a workbook's cells (HR collecting every team's file); nothing is written. */
export const reportOperation: Operation<Record<string, never>, ResultRow[]> = {
  target: 'this-workbook',
  reach: (view) => ({ names: view.names, writes: [], rulesAt: new Map() }),
  plan: (view, reader) => ({ ops: [], outcome: readResults(view.names, reader), hasErrors: false }),
};
