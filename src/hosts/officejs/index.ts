import type { Lang } from '../../core/types';
import { scoreSheets, type Progress, type ScoreOutcome } from './commands';

/**
 * The Office.js host, its one entry: what the task pane and the ribbon commands call. Each user command
 * is one Excel.run through the driver (driver.ts) with a constant number of syncs.
 */
export { officeDisplayLanguage } from './features';
export { officeErrorText } from './errors';
export { announceOnStatusLine, showOnStatusLine } from './statusMessage';
export { selectedEmployee, showBoxOnly, showFlaggedOnly, toggleFlaggedOnly } from './calibration';
export type { BoxFilterOutcome, FlaggedFilterOutcome, SelectedEmployee } from './calibration';
export { selectCell } from './select';
export { workbookStage } from './stage';
export type { WorkbookStage } from './stage';
export { calibrateEmployee, draftPlans, importCsv, insertTemplates, setPotential, startNextCycle } from './commands';
export type {
  CalibrationOutcome,
  CalibrationRequestInput,
  DraftOutcome,
  ImportOutcome,
  NextCycleOutcome,
  PotentialOutcome,
  ScoreOutcome,
  SheetSummary,
} from './commands';

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
