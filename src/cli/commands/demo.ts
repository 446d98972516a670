import fs from 'node:fs';
import path from 'node:path';
import { PRESETS } from '../../core/presets';
import { scoresHeader } from '../../layout/assessmentSheet';
import { findName, readAssessmentSheets } from '../../core/snapshot';
import { CASCADE_NAMES, RATER_NAMES } from '../../core/names';
import { dateSerial } from '../../core/dates';
import { insertTemplates, newWorkbook, packageReader, scoreWorkbook } from '../../hosts/xlsx/workbook';
import { parse } from '../args';
import { guessLang, parseLang, writeWorkbook, type Output } from '../io';
import { TALENT_WORDS } from '../../core/talentText';
import { demoCascade, demoPotentials, demoRatings, demoTeams } from '../demoData';
import { importRows } from './import';
import { csvTable } from '../../core/csv';
import { checkLine, csvLine, sheetSummary, textTable } from '../format';
import type { WorkbookScoring } from '../../operations/score';
import { labels } from '../../core/labels';
import type { Lang } from '../../core/types';
import { cliText } from '../text';

/** demo: a realistic workbook built the way HR would (template, CSV import, score), then a summary. */
export async function demoCommand(argv: string[], io: Output): Promise<number> {
  const { options } = parse(argv, ['out'], 'demo');
  // The terminal's language, as the demo speaks to whoever typed it.
  const lang = parseLang(options.lang as string | undefined) ?? guessLang();
  const dir = (options.out as string | undefined) ?? 'demo-out';
  fs.mkdirSync(dir, { recursive: true });

  const workbook = newWorkbook();
  insertTemplates(workbook, { lang, roles: ['channel', 'sales'], cycle: '2024 Q3' });
  const teams = demoTeams(lang);
  const potentials = demoPotentials(lang);
  const snapshots = readAssessmentSheets(workbook.definedNames(), packageReader(workbook));
  (['channel', 'sales'] as const).forEach((role, i) => {
    const header = [...scoresHeader(PRESETS[role], lang), labels(lang).potential];
    const rows = teams[role].map((r, k) => [...r.map(String), potentials[role][k]]);
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

  printDemo(scoring, file, lang, io);
  return scoring.hasErrors ? 1 : 0;
}

/**
 * What the demo made, as someone who just typed the command reads it: each person's grade, the sample
 * data's deliberate errors and what the checks said of them, then which file to open and where to look.
 */
function printDemo(scoring: WorkbookScoring, file: string, lang: Lang, io: Output): void {
  const t = cliText(lang);
  const l = labels(lang);
  io.out(t.demoBuilt(file));
  for (const sheet of scoring.sheets) {
    io.out('');
    for (const line of sheetSummary(sheet, scoring.rules, lang)) io.out(line);
    const rows = sheet.employees.map((e) => [
      `  ${e.name}`,
      e.employeeId,
      e.weighted === null ? '' : e.weighted.toFixed(1),
      e.finalGrade ?? t.demoNotScored,
      e.flagged ? `${l.flagged}${lang === 'zh-CN' ? '：' : ': '}${e.flagReason}` : '',
    ]);
    io.out(textTable(rows.map((r) => r.map(String))));
  }
  const example = scoring.sheets[0]?.employees[0];
  if (example?.weighted != null) io.out(`\n${t.guideExample(example.name, example.weighted, example.grade ?? '')}`);
  // The sample data holds these on purpose (demoData.ts): what the checks caught, as they said it.
  const caught = scoring.sheets.flatMap((s) => [
    ...s.checks.filter((c) => c.severity === 'problem' || c.code === 'normalised'),
    ...s.employees
      .filter((e) => e.flagged)
      .map((e) => ({ severity: 'warning' as const, text: `${e.name || e.employeeId}: ${e.flagReason}` })),
  ]);
  io.out(`\n${t.demoSampleErrors}`);
  for (const c of caught) io.out(`  [${t.severityTag[c.severity]}] ${c.text}`);
  const others = [...scoring.rulesChecks, ...scoring.raterChecks, ...scoring.sheets.flatMap((s) => s.checks)].filter(
    (c) => c.severity !== 'problem' && c.code !== 'normalised',
  );
  if (others.length) io.out(`\n${t.demoOtherChecks}`);
  for (const c of others) io.out(checkLine(c, lang));
  const grid = TALENT_WORDS.of(lang).gridSheet;
  io.out(`\n${t.demoOpen(file, scoring.sheets[0]?.sheet ?? '', l.calibrationSheet, l.rulesSheet, grid)}`);
}
