/// <reference types="office-js" />
import { excelRun } from './run';
import { planTemplates, type TemplatePlan, type TemplateRequest } from '../../operations/template';
import { requireMinimumApi } from './features';
import { applyPlan } from './writes';

/**
 * Inserts the template sheets in two syncs: the workbook's sheet and name lists, then the plan. The plan
 * never touches an existing sheet: taken names get free ones (planTemplates). The first new assessment
 * sheet is activated so the user lands on it.
 */
export async function insertTemplates(request: TemplateRequest): Promise<TemplatePlan> {
  const features = requireMinimumApi(request.lang);
  return excelRun(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name');
    await context.sync();
    const plan = planTemplates(
      { sheetNames: sheets.items.map((s) => s.name), definedNames: names.items.map((n) => n.name) },
      request,
    );
    const first = plan.sheets.find((s) => s.kind === 'assessment') ?? plan.sheets[0];
    await applyPlan(context, plan.ops, features, { last: first ? (s) => s.sheet(first.sheet).activate() : undefined });
    return plan;
  });
}
