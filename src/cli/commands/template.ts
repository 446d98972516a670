import { PRESETS, ROLE_IDS, type RoleId } from '../../core/presets';
import { LANGS, type Lang } from '../../core/types';
import { templateOperation, type TemplatePlan, type TemplateRequest } from '../../operations/template';
import type { CliCommand } from '../driver';
import { usageError } from '../args';
import { CliError } from '../io';
import { cliText } from '../text';

/** A role by its id or its title in either language, or the start of its Chinese title (渠道 for 渠道专员). */
function roleNamed(name: string): RoleId | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ');
  const exact = ROLE_IDS.find((id) => id === key || LANGS.some((l) => PRESETS[id].title[l].toLowerCase() === key));
  if (exact) return exact;
  const started = ROLE_IDS.filter((id) => key.length >= 2 && PRESETS[id].title['zh-CN'].startsWith(key));
  return started.length === 1 ? started[0] : undefined;
}

export function parseRoles(value: string | undefined, lang: Lang): RoleId[] {
  const names = (value ?? 'channel')
    .split(/[,，、]/)
    .map((r) => r.trim())
    .filter(Boolean);
  return names.map((name) => {
    const role = roleNamed(name);
    if (!role) throw new CliError(2, cliText(lang).badRoles(name));
    return role;
  });
}

/** template: a new workbook with the Rules sheet, one assessment sheet per role and the Improvement plan. */
export const templateCommand: CliCommand<TemplateRequest, Omit<TemplatePlan, 'ops'>> = {
  name: 'template',
  operation: templateOperation,
  options: ['roles', 'cycle', 'out'],
  file: 'new',
  request({ options }, usage, lang) {
    if (!options.out) throw usageError(usage.missingOption('--out FILE'), 'template', lang);
    // The sheets' language: --lang, else Chinese (the department's); messages follow the one rule (driver.ts).
    const sheets = (options.lang as Lang | undefined) ?? 'zh-CN';
    return {
      lang: sheets,
      roles: parseRoles(options.roles as string | undefined, lang),
      cycle: (options.cycle as string) ?? '',
    };
  },
  report(outcome, { t, io }) {
    io.out(t.templateSheets(outcome.sheets.map((s) => s.sheet).join(', ')));
    return 0;
  },
};
