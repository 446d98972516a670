import { ROLE_IDS, type RoleId } from '../../core/presets';
import { templateOperation, type TemplatePlan, type TemplateRequest } from '../../operations/template';
import type { CliCommand } from '../driver';
import { CliError } from '../io';
import { cliText } from '../text';

export function parseRoles(value: string | undefined, lang: Parameters<typeof cliText>[0]): RoleId[] {
  const roles = (value ?? 'channel')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles)
    if (!(ROLE_IDS as readonly string[]).includes(r)) throw new CliError(2, cliText(lang).badRoles(r));
  return roles as RoleId[];
}

/** template: a new workbook with the Rules sheet, one assessment sheet per role and the Improvement plan. */
export const templateCommand: CliCommand<TemplateRequest, Omit<TemplatePlan, 'ops'>> = {
  operation: templateOperation,
  options: ['roles', 'cycle', 'out'],
  file: 'new',
  newLang: 'zh-CN',
  request({ options }, usage) {
    const lang = (options.lang as TemplateRequest['lang'] | undefined) ?? 'zh-CN';
    if (!options.out) throw new CliError(2, `${usage.missingOption('--out FILE')}\n\n${usage.usage}`);
    return {
      lang,
      roles: parseRoles(options.roles as string | undefined, lang),
      cycle: (options.cycle as string) ?? '',
    };
  },
  report(outcome, { t, io }) {
    io.out(t.templateSheets(outcome.sheets.map((s) => s.sheet).join(', ')));
    return 0;
  },
};
