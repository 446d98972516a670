import { cellAddress } from './a1';
import { readIndicators } from './indicators';
import { makeCheck, translateCheck } from './messages';
import { EMPLOYEE_FIELDS } from './names';
import type { Rules } from './rules';
import { scoreRows } from './scoring';
import { inputCount, readAssessmentSheets, readRules, type AssessmentSnapshot, type GridReader, type NamedRange } from './snapshot';
import type { Check, EmployeeResult, Indicator, Lang, Normalisation } from './types';

export interface SheetAssessment {
  id: string;
  sheet: string;
  indicators: Indicator[];
  /** Sheet errors first, then row problems, warnings and info. */
  checks: Check[];
  normalisations: Normalisation[];
  /** A sheet error (or a Rules error) stops scoring: nothing is written to the sheet. */
  blocked: boolean;
  employees: EmployeeResult[];
}

export interface WorkbookAssessment {
  rules: Rules;
  rulesChecks: Check[];
  sheets: SheetAssessment[];
}

const ORDER = { error: 0, problem: 1, warning: 2, info: 3 } as const;

export function assessSheet(snapshot: AssessmentSnapshot, rules: Rules, rulesBlocked: boolean, messageLang: Lang): SheetAssessment {
  const { sheet, indicatorRange } = snapshot;
  const read = readIndicators(sheet, indicatorRange.r1, indicatorRange.c1, snapshot.indicatorCells, snapshot.totalCell, rules, messageLang);
  const checks = [...read.checks];
  const inputs = inputCount(snapshot);
  if (inputs !== read.indicators.length)
    checks.push(
      makeCheck(
        'inputs-mismatch',
        sheet,
        cellAddress(snapshot.scoresHeader.r1, snapshot.scoresHeader.c1 + EMPLOYEE_FIELDS.length),
        { inputs, indicators: read.indicators.length },
        messageLang,
      ),
    );
  const blocked = rulesBlocked || checks.some((c) => c.severity === 'error');
  let employees: EmployeeResult[] = [];
  let normalisations = read.normalisations;
  if (!blocked) {
    const scored = scoreRows(snapshot.rows, {
      sheet,
      indicators: read.indicators,
      rules,
      inputCol: snapshot.scoresHeader.c1 + EMPLOYEE_FIELDS.length,
      employeeFieldCount: EMPLOYEE_FIELDS.length,
      weightsOk: true,
      messageLang,
    });
    employees = scored.employees;
    checks.push(...scored.checks);
    normalisations = [...normalisations, ...scored.normalisations];
  }
  checks.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (!blocked)
    for (const n of normalisations)
      checks.push(makeCheck('normalised', n.sheet, n.cell, { before: n.before, after: n.after === null ? '' : n.after }, messageLang));
  return { id: snapshot.id, sheet, indicators: read.indicators, checks, normalisations: blocked ? [] : normalisations, blocked, employees };
}

/** The whole engine on a workbook: read the rules and every assessment sheet, check and score. */
export function assessWorkbook(names: readonly NamedRange[], reader: GridReader, messageLang?: Lang): WorkbookAssessment {
  const { rules, checks } = readRules(names, reader, messageLang ?? 'zh-CN');
  const lang = messageLang ?? rules.lang;
  const rulesChecks = checks.map((c) => translateCheck(c, lang));
  const sheets = readAssessmentSheets(names, reader).map((s) => assessSheet(s, rules, rulesChecks.length > 0, lang));
  return { rules, rulesChecks, sheets };
}
