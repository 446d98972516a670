import ExcelJS from 'exceljs';
import type { Lang } from '../../core/types';
import { planWorkbookScoring, type WorkbookScoring } from '../../layout/scoreWorkbook';
import { planTemplates, type TemplatePlan, type TemplateRequest } from '../../layout/templates';
import { applyPlan } from './applyPlan';
import { definedNames, workbookReader } from './reader';

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perf-review';
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  // Excel recomputes every formula when the file opens, whatever results were cached in it.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  await workbook.xlsx.writeFile(file);
}

export function insertTemplates(workbook: ExcelJS.Workbook, request: TemplateRequest): TemplatePlan {
  const plan = planTemplates(
    { sheetNames: workbook.worksheets.map((w) => w.name), definedNames: definedNames(workbook).map((n) => n.name) },
    request,
  );
  applyPlan(workbook, plan.ops);
  return plan;
}

/** Checks and scores every assessment sheet; writes only when no sheet has an error. */
export function scoreWorkbook(workbook: ExcelJS.Workbook, messageLang?: Lang): WorkbookScoring {
  const scoring = planWorkbookScoring(definedNames(workbook), workbookReader(workbook), { messageLang });
  if (!scoring.hasErrors) applyPlan(workbook, scoring.ops);
  return scoring;
}
