import type { Lang } from '../core/types';
import type { CsvTable } from '../core/csv';
import type { TemplatePlan, TemplateRequest } from '../operations/template';
import type {
  DraftOutcome,
  ImportOutcome,
  NextCycleOutcome,
  PotentialOutcome,
  ScoreOutcome,
  WorkbookStage,
} from '../hosts/officejs';
import type {
  BoxFilterOutcome,
  CalibrationOutcome,
  CalibrationRequestInput,
  FlaggedFilterOutcome,
  SelectedEmployee,
} from '../hosts/officejs';

export type {
  DraftOutcome,
  ImportOutcome,
  NextCycleOutcome,
  PotentialOutcome,
  ScoreOutcome,
  SheetSummary,
  WorkbookStage,
} from '../hosts/officejs';
export type { ImportReport } from '../layout/importPlan';
export type {
  BoxFilterOutcome,
  CalibrationOutcome,
  CalibrationRequestInput,
  FlaggedFilterOutcome,
  SelectedEmployee,
} from '../hosts/officejs';
export type Progress = (done: number, total: number) => void;

/**
 * What the pane calls in Excel. index.tsx passes the Office.js host; tests pass fakes, so every
 * component can be rendered and checked without Office.
 */
export interface PaneHost {
  insertTemplates(request: TemplateRequest): Promise<TemplatePlan>;
  /** `relayout` 'apply' after the user reviewed a sheet's changed indicators (ScoreOutcome.layoutChanges). */
  scoreActiveSheet(messageLang: Lang, onProgress: Progress, relayout?: 'ask' | 'apply'): Promise<ScoreOutcome>;
  scoreAllSheets(messageLang: Lang, onProgress: Progress, relayout?: 'ask' | 'apply'): Promise<ScoreOutcome>;
  /** A new workbook for the next cycle, opened by Excel (layout/nextCycle.ts). */
  startNextCycle(cycle: string, messageLang: Lang): Promise<NextCycleOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  showFlaggedOnly(on: boolean, messageLang: Lang): Promise<FlaggedFilterOutcome>;
  /** `sheet`'s Scores table filtered to one talent-grid box's people (null: all rows again), the sheet shown. */
  showBoxOnly(sheet: string, box: string | null, messageLang: Lang): Promise<BoxFilterOutcome>;
  selectedEmployee(): Promise<SelectedEmployee | null>;
  calibrateEmployee(request: CalibrationRequestInput, sheet: string, messageLang: Lang): Promise<CalibrationOutcome>;
  /** The panel's Potential for an employee (High, Medium, Low in either language; '' clears it). */
  setPotential(
    request: { employee: string; potential: string },
    sheet: string,
    messageLang: Lang,
  ): Promise<PotentialOutcome>;
  /** A CSV's rows into the active assessment sheet: `write` false previews, true writes. */
  importCsv(rows: CsvTable, source: string, write: boolean, messageLang: Lang): Promise<ImportOutcome>;
  /** An error Excel raised, in the user's language with what to do; null when it is not one Excel names. */
  errorText(error: unknown, lang: Lang): string | null;
  /** Improvement plans for one employee, or for everyone who needs one (layout/feedbackWorkbook.ts). */
  draftPlans(request: { employee?: string; sheet?: string }, messageLang: Lang): Promise<DraftOutcome>;
  /** Where the workbook stands: 'setup' (no assessment sheet yet) opens Set-up first; 'scoring' Scoring. */
  workbookStage(): Promise<WorkbookStage>;
}
