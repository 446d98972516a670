import type { Lang } from '../../core/types';
import { planWorkbookScoring, type WorkbookScoring } from '../../operations/score';
import { planTemplates, type TemplatePlan, type TemplateRequest } from '../../operations/template';
import { applyPlan } from './applyPlan';
import { blankPackage } from './blank';
import { readPackageFile, writeFileAtomic } from './files';
import type { XlsxPackage } from './package';
import { packageReader } from './reader';

export { applyPlan } from './applyPlan';
export { blankPackage } from './blank';
export { WorkbookFileError, type FileProblem } from './files';
export { XlsxPackage } from './package';
export { packageReader } from './reader';

export function loadWorkbook(file: string): XlsxPackage {
  return readPackageFile(file);
}

export function newWorkbook(): XlsxPackage {
  return blankPackage();
}

/** Writes the package atomically; Excel recomputes every formula on opening (set when formulas were written). */
export function saveWorkbook(pkg: XlsxPackage, file: string): void {
  writeFileAtomic(file, pkg.toBytes());
}

export function insertTemplates(pkg: XlsxPackage, request: TemplateRequest): TemplatePlan {
  const plan = planTemplates(
    { sheetNames: pkg.sheetNames, definedNames: pkg.definedNames().map((n) => n.name) },
    request,
  );
  applyPlan(pkg, plan.ops);
  return plan;
}

/** Checks and scores every assessment sheet; writes only when no sheet has an error. */
export function scoreWorkbook(pkg: XlsxPackage, messageLang?: Lang): WorkbookScoring {
  const scoring = planWorkbookScoring(pkg.definedNames(), packageReader(pkg), { messageLang });
  if (!scoring.hasErrors) applyPlan(pkg, scoring.ops);
  return scoring;
}
