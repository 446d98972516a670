import {
  layoutLines,
  scoreOperation,
  type ScoreRequest,
  type ScoreResult,
  type WorkbookScoring,
} from '../../operations/score';
import type { CliCommand } from '../driver';
import type { Output } from '../io';
import { checkLine, sheetSummary } from '../format';
import { cliText } from '../text';
import type { Lang } from '../../core/types';

/** The `--json` shape: per sheet its checks, and per employee achievements, scores, result and status. */
export function scoringJson(file: string, scoring: WorkbookScoring, written = !scoring.hasErrors) {
  const check = (c: WorkbookScoring['rulesChecks'][number]) => ({
    severity: c.severity,
    code: c.code,
    sheet: c.sheet,
    cell: c.cell,
    message: c.text,
  });
  return {
    file,
    written,
    rulesChecks: scoring.rulesChecks.map(check),
    cascadeChecks: (scoring.cascade?.checks ?? []).map(check),
    raterChecks: scoring.raterChecks.map(check),
    sheets: scoring.sheets.map((s) => ({
      sheet: s.sheet,
      blocked: s.blocked,
      layoutChanges: layoutLines(s, scoring.rules.lang),
      checks: [...s.checks, ...s.restored].map(check),
      employees: s.employees.map((e) => ({
        row: e.row,
        name: e.name,
        employeeId: e.employeeId,
        team: e.team,
        supervisor: e.supervisor,
        indicators: s.indicators.map((ind, i) => ({
          name: ind.name,
          target: Number.isNaN(e.targets[i]) ? null : e.targets[i],
          ownTarget: e.ownTarget[i],
          achievement: Number.isNaN(e.achievements[i]) ? null : e.achievements[i],
          score: Number.isNaN(e.scores[i]) ? null : e.scores[i],
        })),
        weightedScore: e.weighted,
        grade: e.grade,
        status: e.status,
        statusText: e.statusText,
        flagged: e.flagged,
        flagReason: e.flagReason,
        calibratedGrade: e.calibratedGrade,
        finalGrade: e.finalGrade,
        action: e.action,
        actionText: e.actionText,
        qualitativeScore: e.qualScore,
        dataBasedScore: e.quantScore,
        potential: e.potential,
        performanceLevel: e.performanceLevel,
        box: e.box,
      })),
      stats: s.stats,
      teamDeviations: s.teamDeviations,
      // Per supervisor, without the member lists (each member is in employees above).
      raterEffects: {
        sheet: s.raterEffects.sheet,
        supervisors: s.raterEffects.supervisors.map((r) => ({
          supervisor: r.supervisor,
          people: r.people,
          meanWeighted: r.meanWeighted,
          weightedGap: r.weightedGap,
          topShare: r.topShare,
          meanQualitative: r.meanQual,
          qualitativeGap: r.qualGap,
          meanDataBased: r.meanQuant,
          dataBasedGap: r.quantGap,
          note: r.note,
        })),
      },
    })),
  };
}

export function printScoring(scoring: WorkbookScoring, lang: Lang, io: Output): void {
  for (const c of scoring.rulesChecks) io.out(checkLine(c, lang));
  for (const c of [...(scoring.cascade?.checks ?? []), ...scoring.raterChecks]) io.out(checkLine(c, lang));
  for (const sheet of scoring.sheets) {
    const changes = layoutLines(sheet, lang);
    if (changes.length) io.out(cliText(lang).layoutHeader(sheet.sheet));
    for (const line of changes) io.out(`  ${line}`);
    for (const line of sheetSummary(sheet, scoring.rules, lang)) io.out(line);
    for (const c of [...sheet.checks, ...sheet.restored]) io.out(checkLine(c, lang));
    for (const e of sheet.employees.filter((x) => x.flagged))
      io.out(`  [${cliText(lang).flagTag}] ${e.name || e.employeeId}: ${e.flagReason}`);
  }
}

/** score: checks, normalises written numbers, writes every computed formula with its cached result. */
export const scoreCommand: CliCommand<ScoreRequest & { json: boolean }, ScoreResult> = {
  name: 'score',
  operation: scoreOperation,
  options: ['out', 'json'],
  file: 'change',
  request: (args) => ({ json: args.options.json === true }),
  quiet: (request) => request.json,
  report(outcome, { lang, t, io, request, out, changes }) {
    if ('notAssessmentSheet' in outcome) return 2;
    const { scoring } = outcome;
    if (request.json) io.out(JSON.stringify(scoringJson(out, scoring, !scoring.hasErrors && changes), null, 2));
    else {
      printScoring(scoring, lang, io);
      if (scoring.hasErrors) io.out(t.notWritten);
    }
    return scoring.hasErrors ? 1 : 0;
  },
};
