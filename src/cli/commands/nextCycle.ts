import fs from 'node:fs';
import path from 'node:path';
import { planNextCycle } from '../../operations/nextCycle';
import { applyPlan, newWorkbook, packageReader } from '../../hosts/xlsx/workbook';
import { parse } from '../args';
import { checkLine } from '../format';
import {
  CliError,
  guessLang,
  openWorkbook,
  parseLang,
  requireAssessmentSheets,
  workbookLang,
  writeWorkbook,
  type Output,
} from '../io';
import { cliText } from '../text';

/**
 * next-cycle: a new workbook for the next cycle from this one (layout/nextCycle.ts): same indicators,
 * weights, targets and people, inputs empty, Previous grade = this cycle's final grade, the open
 * improvement measures listed. The old file is only read; the new one is never written over an existing file.
 */
export async function nextCycleCommand(argv: string[], io: Output): Promise<number> {
  const { positionals, options } = parse(argv, ['cycle', 'out']);
  const asked = parseLang(options.lang as string | undefined);
  const usage = cliText(asked ?? guessLang());
  const file = positionals[0];
  const cycle = options.cycle as string | undefined;
  const out = options.out as string | undefined;
  if (!file) throw new CliError(2, `${usage.missingOption('FILE')}\n\n${usage.usage}`);
  if (!cycle || cycle === 'true')
    throw new CliError(2, `${usage.missingOption('--cycle "2024 Q4"')}\n\n${usage.usage}`);
  if (!out) throw new CliError(2, `${usage.missingOption('--out NEW')}\n\n${usage.usage}`);
  const workbook = openWorkbook(file, asked ?? guessLang());
  const lang = asked ?? workbookLang(workbook) ?? guessLang();
  const t = cliText(lang);
  if (fs.existsSync(out)) throw new CliError(2, t.exists(out));
  requireAssessmentSheets(workbook, file, lang);
  const plan = planNextCycle(workbook.definedNames(), packageReader(workbook), {
    cycle,
    messageLang: lang,
    from: path.basename(file),
  });
  if (plan.errors.length) {
    for (const c of plan.errors) io.out(checkLine(c, lang));
    io.out(t.nextCycleNotWritten);
    return 1;
  }
  const fresh = newWorkbook();
  applyPlan(fresh, plan.ops);
  writeWorkbook(fresh, out, lang);
  for (const s of plan.sheets) io.out(t.nextCycleSheet(s.sheet, s.employees, s.graded));
  io.out(t.nextCycleMeasures(plan.openMeasures));
  if (plan.rulesNotCopied.length) io.out(t.nextCycleRules(plan.rulesNotCopied.join(', ')));
  io.out(t.wrote(out));
  return 0;
}
