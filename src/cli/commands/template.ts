import fs from 'node:fs';
import { ROLE_IDS, type RoleId } from '../../core/presets';
import { insertTemplates, newWorkbook } from '../../hosts/xlsx/workbook';
import { parse } from '../args';
import { CliError, parseLang, writeWorkbook, type Output } from '../io';
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
export async function templateCommand(argv: string[], io: Output): Promise<number> {
  const { options } = parse(argv, ['roles', 'cycle', 'out']);
  const lang = parseLang(options.lang as string | undefined) ?? 'zh-CN';
  const t = cliText(lang);
  const out = options.out as string | undefined;
  if (!out) throw new CliError(2, `${t.missingOption('--out FILE')}\n\n${t.usage}`);
  if (fs.existsSync(out)) throw new CliError(2, t.exists(out));
  const workbook = newWorkbook();
  const plan = insertTemplates(workbook, {
    lang,
    roles: parseRoles(options.roles as string | undefined, lang),
    cycle: (options.cycle as string) ?? '',
  });
  writeWorkbook(workbook, out, lang);
  io.out(t.templateSheets(plan.sheets.map((s) => s.sheet).join(', ')));
  io.out(t.wrote(out));
  return 0;
}
