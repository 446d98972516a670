import fs from 'node:fs';
import path from 'node:path';
import { PRESETS } from '../../core/presets';
import { scoresHeader } from '../../layout/assessmentSheet';
import { findName, readAssessmentSheets } from '../../core/snapshot';
import { CASCADE_NAMES, RATER_NAMES } from '../../core/names';
import { dateSerial } from '../../core/dates';
import { insertTemplates, newWorkbook, packageReader, scoreWorkbook } from '../../hosts/xlsx/workbook';
import { parse } from '../args';
import { csvLine } from '../format';
import { guessLang, parseLang, writeWorkbook, type Output } from '../io';
import { demoCascade, demoRatings, demoTeams } from '../demoData';
import { importRows } from './import';
import { csvTable } from '../../core/csv';
import { printScoring } from './score';
import { cliText } from '../text';

/** demo: a realistic workbook built the way HR would (template, CSV import, score), then a summary. */
export async function demoCommand(argv: string[], io: Output): Promise<number> {
  const { options } = parse(argv, ['out'], 'demo');
  // The terminal's language, as the demo speaks to whoever typed it.
  const lang = parseLang(options.lang as string | undefined) ?? guessLang();
  const t = cliText(lang);
  const dir = (options.out as string | undefined) ?? 'demo-out';
  fs.mkdirSync(dir, { recursive: true });

  const workbook = newWorkbook();
  insertTemplates(workbook, { lang, roles: ['channel', 'sales'], cycle: '2024 Q3' });
  const teams = demoTeams(lang);
  const snapshots = readAssessmentSheets(workbook.definedNames(), packageReader(workbook));
  (['channel', 'sales'] as const).forEach((role, i) => {
    const header = scoresHeader(PRESETS[role], lang);
    const rows = teams[role].map((r) => r.map(String));
    const csvFile = path.join(dir, `${role}.csv`);
    fs.writeFileSync(csvFile, '\uFEFF' + [header, ...rows].map(csvLine).join('\r\n') + '\r\n');
    importRows(workbook, snapshots[i].sheet, csvTable([header, ...rows]), lang === 'zh-CN' ? 'CRM导出' : 'CRM export');
  });
  // The guide's cascade and a few 360 ratings, typed in as HR would.
  const names = workbook.definedNames();
  const typeIn = (tableName: string, rows: (string | number | null)[][]) => {
    const table = findName(names, tableName);
    if (!table) return;
    const sheet = workbook.sheet(table.sheet);
    rows.forEach((r, i) =>
      r.forEach((value, j) => {
        if (value === null) return;
        const date = typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);
        sheet.write(table.range.r1 + 1 + i, table.range.c1 + j, {
          kind: 'value',
          value: date ? dateSerial(value) : value,
        });
      }),
    );
  };
  typeIn(CASCADE_NAMES.table, demoCascade(lang));
  typeIn(RATER_NAMES.table, demoRatings(lang));
  const scoring = scoreWorkbook(workbook, lang);
  const file = path.join(dir, 'demo.xlsx');
  writeWorkbook(workbook, file, lang);

  io.out(`${t.demoTitle}: ${file}`);
  printScoring(scoring, lang, io);
  const example = scoring.sheets[0]?.employees[0];
  if (example?.weighted != null) io.out(t.guideExample(example.name, example.weighted, example.grade ?? ''));
  io.out(t.wrote(file));
  return scoring.hasErrors ? 1 : 0;
}
