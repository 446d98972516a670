import { cellAddress } from './a1';
import { excelRound } from './excelMath';
import { labels } from './labels';
import { makeCheck } from './messages';
import { parseWrittenNumber } from './numbers';
import { curveSlopes, matchAscending, scoreFromAchievement, type Rules } from './rules';
import type { DataRow } from './snapshot';
import type { CellValue, Check, EmployeeResult, Indicator, Lang, Normalisation } from './types';

export type InputFault = 'missing' | 'notNumber' | 'outOfRange' | 'negative' | 'notPositive';

/** Why an input cannot be scored, exactly as the Status formula decides it; null when it can. */
export function inputFault(indicator: Indicator, value: CellValue): InputFault | null {
  if (value === null) return 'missing';
  if (typeof value !== 'number') return 'notNumber';
  if (indicator.dimension === 'qualitative') return value < 0 || value > 100 ? 'outOfRange' : null;
  if (indicator.direction === 'lower') return value <= 0 ? 'notPositive' : null;
  return value < 0 ? 'negative' : null;
}

const FAULT_LABEL = {
  missing: 'inputMissing',
  notNumber: 'inputNotNumber',
  outOfRange: 'inputOutOfRange',
  negative: 'inputNegative',
  notPositive: 'inputNotPositive',
} as const;

const FAULT_CHECK = {
  missing: 'value-missing',
  notNumber: 'value-not-number',
  outOfRange: 'qual-out-of-range',
  negative: 'actual-negative',
  notPositive: 'lower-not-positive',
} as const;

/** One input's piece of the Status text, e.g. " F12 (New customers) missing." */
export function statusPiece(workbookLang: Lang, cell: string, name: string, fault: InputFault): string {
  const reason = labels(workbookLang)[FAULT_LABEL[fault]];
  return workbookLang === 'zh-CN' ? `${cell}（${name}）${reason}。` : ` ${cell} (${name}) ${reason}.`;
}

export interface ScoringContext {
  sheet: string;
  indicators: Indicator[];
  rules: Rules;
  /** Column of the first input. */
  inputCol: number;
  employeeFieldCount: number;
  /** The weights total 100 (within tolerance): otherwise nobody is scored. */
  weightsOk: boolean;
  messageLang: Lang;
}

export interface ScoredRows {
  employees: EmployeeResult[];
  checks: Check[];
  normalisations: Normalisation[];
}

function field(v: CellValue): string {
  if (typeof v === 'string') return v.trim();
  return v === null ? '' : String(v);
}

/** Scores every employee row as the sheet's formulas do, after reading written numbers. */
export function scoreRows(rows: readonly DataRow[], ctx: ScoringContext): ScoredRows {
  const { indicators, rules, sheet } = ctx;
  const l = labels(rules.lang);
  const slopes = curveSlopes(rules.curve);
  const gradeMins = rules.grades.map((g) => g.min);
  const checks: Check[] = [];
  const normalisations: Normalisation[] = [];
  const employees: EmployeeResult[] = new Array(rows.length);
  const n = indicators.length;

  for (let e = 0; e < rows.length; e++) {
    const { row, cells } = rows[e];
    const name = field(cells[0]);
    const employeeId = field(cells[1]);
    const who = name || employeeId || `#${row}`;
    const achievements: number[] = new Array(n).fill(NaN);
    const scores: number[] = new Array(n).fill(NaN);
    let statusText = '';
    let complete = true;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const ind = indicators[i];
      const col = ctx.inputCol + i;
      let value = cells[ctx.employeeFieldCount + i];
      let vague = false;
      if (typeof value === 'string') {
        const parsed = parseWrittenNumber(value);
        if (parsed.kind === 'number' || parsed.kind === 'empty') {
          const after = parsed.kind === 'number' ? parsed.value : null;
          normalisations.push({ sheet, row, col, cell: cellAddress(row, col), before: value, after });
          value = after;
        } else vague = parsed.kind === 'vague';
      }
      const fault = inputFault(ind, value);
      if (fault) {
        complete = false;
        const cell = cellAddress(row, col);
        statusText += statusPiece(rules.lang, cell, ind.name, fault);
        const code = vague ? 'value-vague' : FAULT_CHECK[fault];
        checks.push(makeCheck(code, sheet, cell, { employee: who, name: ind.name, value: value === null ? '' : String(value) }, ctx.messageLang));
        continue;
      }
      const v = value as number;
      if (ind.dimension === 'qualitative') {
        scores[i] = v;
        sum += v * ind.weight;
      } else {
        const achievement = ind.direction === 'lower' ? (ind.target as number) / v : v / (ind.target as number);
        const score = scoreFromAchievement(rules.curve, slopes, achievement);
        achievements[i] = achievement;
        scores[i] = score;
        sum += score * ind.weight;
      }
    }
    const scored = complete && ctx.weightsOk;
    const weighted = scored ? excelRound(sum / 100, 1) : null;
    const band = weighted === null ? null : matchAscending(gradeMins, weighted);
    employees[e] = {
      row,
      name,
      employeeId,
      team: field(cells[2]),
      supervisor: field(cells[3]),
      previousGrade: field(cells[4]),
      achievements,
      scores,
      weighted,
      grade: band === null ? null : rules.grades[band].name,
      gradeBand: band,
      status: scored ? 'scored' : 'incomplete',
      statusText: scored ? l.statusScored : !ctx.weightsOk ? l.statusWeights : l.statusIncomplete + statusText,
      flagged: false,
      flagReason: '',
      calibratedGrade: '',
      finalGrade: band === null ? null : rules.grades[band].name,
    };
  }
  return { employees, checks, normalisations };
}
