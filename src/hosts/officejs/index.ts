import type { Lang } from '../../core/types';
import { scoreSheets, type Progress, type ScoreOutcome } from './score';

/**
 * The Office.js host, its one entry: what the task pane and the ribbon commands call. Each function is one Excel.run
 * with a constant number of syncs (see score.ts and templates.ts).
 */
export { officeDisplayLanguage } from './features';
export { officeErrorText } from './errors';
export { showOnStatusLine } from './statusMessage';
export { calibrateEmployee, selectedEmployee, showFlaggedOnly, toggleFlaggedOnly } from './calibration';
export type {
  CalibrationOutcome,
  CalibrationRequestInput,
  FlaggedFilterOutcome,
  SelectedEmployee,
} from './calibration';
export { insertTemplates } from './templates';
export { selectCell } from './select';
export { importCsv, type ImportOutcome } from './importCsv';
export { draftPlans, type DraftOutcome } from './plans';
export { startNextCycle, type NextCycleOutcome } from './nextCycle';
export type { ScoreOutcome, SheetSummary } from './score';

/** `relayout` 'apply' lays out sheets whose indicators changed; 'ask' (the default) only reports the changes. */
export function scoreActiveSheet(
  messageLang?: Lang,
  onProgress?: Progress,
  relayout?: 'ask' | 'apply',
): Promise<ScoreOutcome> {
  return scoreSheets(true, messageLang, onProgress, relayout);
}

export function scoreAllSheets(
  messageLang?: Lang,
  onProgress?: Progress,
  relayout?: 'ask' | 'apply',
): Promise<ScoreOutcome> {
  return scoreSheets(false, messageLang, onProgress, relayout);
}
