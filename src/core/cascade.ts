import { cellAddress } from './a1';
import { dataNumber } from './feedback';
import { fill, labels, LABELS, matchKey } from './labels';
import { makeCheck } from './messages';
import { parseWrittenNumber } from './numbers';
import { findWord } from './planText';
import { FORMULA_LIMITS } from './formulaLimits';
import type { Rules } from './rules';
import { idKey } from './scoring';
import { LANGS, type CellValue, type Check, type Lang, type Normalisation } from './types';

/**
 * The goal cascade (目标分解, guide step 2): the department's target per indicator split into groups'
 * and individuals' parts, each with owner, due date, source and rationale. A part names its parent by
 * the parent's Part ID; a parent's parts must add up to its target (within the Rules' tolerance), live
 * on the sheet and here; SMART checks are warnings. Individual parts (with an Employee ID) flow into the
 * Scores table as the employee's own target. Declared once: the columns, in order.
 */
export const CASCADE_COLUMNS = [
  'level',
  'part',
  'parent',
  'indicator',
  'cycle',
  'target',
  'unit',
  'direction',
  'owner',
  'employeeId',
  'due',
  'source',
  'rationale',
] as const;
export type CascadeColumn = (typeof CASCADE_COLUMNS)[number];
/** Computed, right of the inputs: the parts' total and the check. */
export const CASCADE_COMPUTED = ['partsTotal', 'check'] as const;
export const cascadeCol = (firstCol: number, column: CascadeColumn | (typeof CASCADE_COMPUTED)[number]): number =>
  firstCol +
  ((CASCADE_COLUMNS as readonly string[]).includes(column)
    ? CASCADE_COLUMNS.indexOf(column as CascadeColumn)
    : CASCADE_COLUMNS.length + CASCADE_COMPUTED.indexOf(column as (typeof CASCADE_COMPUTED)[number]));

export interface CascadePart {
  row: number;
  level: string;
  part: string;
  parent: string;
  indicator: string;
  cycle: string;
  /** The target as a number (written numbers read), null when it is none. */
  target: number | null;
  targetText: string;
  unit: string;
  direction: string;
  owner: string;
  employeeId: string;
  due: CellValue;
  source: string;
  rationale: string;
}

export interface CascadeSnapshot {
  sheet: string;
  /** The header row and first column of the table. */
  headerRow: number;
  firstCol: number;
  rows: { row: number; cells: CellValue[] }[];
}

export interface CascadeResult {
  sheet: string;
  parts: CascadePart[];
  /** Parent row -> its parts' rows. */
  children: Map<number, number[]>;
  /** Per parent row: the parts' total, and what the check cell shows. */
  totals: Map<number, number>;
  checkText: Map<number, string>;
  checks: Check[];
  normalisations: Normalisation[];
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Top-level words (the department's own target needs no parent), in either language. */
function isTopLevel(level: string): boolean {
  const key = matchKey(level);
  return key !== '' && LANGS.some((l) => matchKey(LABELS[l].cascadeTop) === key);
}

function isDue(v: CellValue): boolean {
  if (typeof v === 'number') return v > 0;
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(text(v));
}

/** A column's cells on these rows, consecutive rows as one range: ["F6:F9", "F12"]. */
export function rowRanges(rows: readonly number[], col: number): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    const a = cellAddress(sorted[k], col);
    out.push(end === k ? a : `${a}:${cellAddress(sorted[end], col)}`);
    k = end + 1;
  }
  return out;
}

/** The parts' cells as a person reads them: "F6, F7, F8" / "F6、F7、F8"; a long list shortened, with the count. */
export function partCells(rows: readonly number[], col: number, lang: Lang): string {
  // Short runs read better cell by cell ("F6, F7, F8"); long ones as a range ("F6:F105").
  const ranges = rowRanges(rows, col).flatMap((range) => {
    const [a, b] = range.split(':');
    if (!b) return [a];
    const r1 = Number(/\d+$/.exec(a)![0]);
    const r2 = Number(/\d+$/.exec(b)![0]);
    return r2 - r1 < 3 ? Array.from({ length: r2 - r1 + 1 }, (_, k) => cellAddress(r1 + k, col)) : [range];
  });
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const all = ranges.join(sep);
  if (all.length <= 60) return all;
  return fill(labels(lang).cascadeMoreParts, { first: ranges.slice(0, 3).join(sep), count: rows.length });
}

/** A parent's SUM stays well inside Excel's 8,192 characters (parts scattered over very many rows do not). */
export function partsSumFits(rows: readonly number[], col: number): boolean {
  return rowRanges(rows, col).join(',').length <= FORMULA_LIMITS.length - 500;
}

/** What the check cell of a parent shows: empty without numbers, the words "adds up", or the difference. */
export function cascadeCheckText(total: number, target: number, partCells: string, rules: Rules): string {
  const l = labels(rules.lang);
  if (Math.abs(total - target) <= (Math.abs(target) * rules.goals.cascadeTolerance) / 100) return l.cascadeOk;
  return fill(l.cascadeOff, { parts: partCells, total: dataNumber(total), target: dataNumber(target) });
}

/**
 * Reads the cascade and checks it. `actualOf` gives an employee's actual of an indicator this workbook
 * holds (the previous actual when the cascade sets the next targets), for the "far from" check.
 */
export function assessCascade(
  snapshot: CascadeSnapshot,
  rules: Rules,
  messageLang: Lang,
  actualOf: (employeeId: string, indicator: string) => number | null = () => null,
): CascadeResult {
  const { sheet, firstCol } = snapshot;
  const col = (c: CascadeColumn) => cascadeCol(firstCol, c);
  const at = (row: number, c: CascadeColumn) => cellAddress(row, col(c));
  const checks: Check[] = [];
  const normalisations: Normalisation[] = [];
  const parts: CascadePart[] = snapshot.rows.map(({ row, cells }) => {
    const get = (c: CascadeColumn) => cells[CASCADE_COLUMNS.indexOf(c)] ?? null;
    const raw = get('target');
    let target: number | null = typeof raw === 'number' ? raw : null;
    if (typeof raw === 'string') {
      const parsed = parseWrittenNumber(raw);
      if (parsed.kind === 'number') {
        target = parsed.value;
        normalisations.push({
          sheet,
          row,
          col: col('target'),
          cell: at(row, 'target'),
          before: raw,
          after: parsed.value,
        });
      }
    }
    return {
      row,
      level: text(get('level')),
      part: text(get('part')),
      parent: text(get('parent')),
      indicator: text(get('indicator')),
      cycle: text(get('cycle')),
      target,
      targetText: text(raw),
      unit: text(get('unit')),
      direction: text(get('direction')),
      owner: text(get('owner')),
      employeeId: text(get('employeeId')),
      due: get('due'),
      source: text(get('source')),
      rationale: text(get('rationale')),
    };
  });

  const byId = new Map<string, CascadePart>();
  for (const p of parts) {
    const key = matchKey(p.part);
    if (!key) continue;
    const first = byId.get(key);
    if (first)
      checks.push(
        makeCheck(
          'cascade-duplicate-part',
          sheet,
          at(p.row, 'part'),
          { part: p.part, first: at(first.row, 'part') },
          messageLang,
        ),
      );
    else byId.set(key, p);
  }
  const children = new Map<number, number[]>();
  for (const p of parts) {
    const name = p.part || p.owner || `#${p.row}`;
    if (p.parent) {
      const parent = byId.get(matchKey(p.parent));
      if (!parent)
        checks.push(
          makeCheck(
            'cascade-parent-unknown',
            sheet,
            at(p.row, 'parent'),
            { part: name, parent: p.parent },
            messageLang,
          ),
        );
      else if (parent !== p) children.set(parent.row, [...(children.get(parent.row) ?? []), p.row]);
    } else if (!isTopLevel(p.level))
      checks.push(makeCheck('cascade-no-parent', sheet, at(p.row, 'parent'), { part: name }, messageLang));
    // SMART: measurable, with a unit or direction, time-bound, not vague.
    if (p.target === null)
      checks.push(
        makeCheck('cascade-no-number', sheet, at(p.row, 'target'), { part: name, value: p.targetText }, messageLang),
      );
    if (!p.unit && !p.direction)
      checks.push(makeCheck('cascade-no-unit', sheet, at(p.row, 'unit'), { part: name }, messageLang));
    if (!isDue(p.due)) checks.push(makeCheck('cascade-no-due', sheet, at(p.row, 'due'), { part: name }, messageLang));
    for (const c of ['target', 'rationale', 'source'] as const) {
      const word = findWord(c === 'target' ? p.targetText : p[c], rules.planWords.vague);
      if (word) {
        checks.push(makeCheck('cascade-vague', sheet, at(p.row, c), { part: name, word }, messageLang));
        break;
      }
    }
    const actual = p.employeeId && p.target !== null ? actualOf(p.employeeId, p.indicator) : null;
    if (actual !== null && actual > 0 && p.target !== null && p.target > 0) {
      const ratio = p.target / actual;
      if (ratio > rules.goals.farFactor || ratio < 1 / rules.goals.farFactor)
        checks.push(
          makeCheck(
            'cascade-far',
            sheet,
            at(p.row, 'target'),
            { part: name, target: dataNumber(p.target), actual: dataNumber(actual), factor: rules.goals.farFactor },
            messageLang,
          ),
        );
    }
  }

  const totals = new Map<number, number>();
  const checkText = new Map<number, string>();
  const rowOf = new Map(parts.map((p) => [p.row, p]));
  for (const [parentRow, kids] of children) {
    const total = kids.reduce((s, r) => s + (rowOf.get(r)!.target ?? 0), 0);
    totals.set(parentRow, total);
    const parent = rowOf.get(parentRow)!;
    if (parent.target === null) continue;
    const name = parent.part || `#${parentRow}`;
    if (!partsSumFits(kids, col('target'))) {
      checks.push(
        makeCheck('cascade-too-many', sheet, at(parentRow, 'target'), { part: name, count: kids.length }, messageLang),
      );
      continue;
    }
    const shown = cascadeCheckText(total, parent.target, partCells(kids, col('target'), rules.lang), rules);
    checkText.set(parentRow, shown);
    if (shown !== labels(rules.lang).cascadeOk)
      checks.push(
        makeCheck(
          'cascade-sum',
          sheet,
          at(parentRow, 'target'),
          {
            part: name,
            parts: partCells(kids, col('target'), messageLang),
            total: dataNumber(total),
            target: dataNumber(parent.target),
          },
          messageLang,
        ),
      );
  }
  return { sheet, parts, children, totals, checkText, checks, normalisations };
}

/**
 * The individual parts by employee and indicator: what flows into the Scores table as own targets.
 * A part for another cycle (both the part and the sheet say one, and they differ) is not this sheet's.
 */
export function individualTargets(result: CascadeResult, cycle: string): Map<string, CascadePart> {
  const out = new Map<string, CascadePart>();
  for (const p of result.parts) {
    if (!p.employeeId || !p.indicator) continue;
    if (p.cycle && cycle && matchKey(p.cycle) !== matchKey(cycle)) continue;
    const key = cascadeKey(p.employeeId, p.indicator);
    if (!out.has(key)) out.set(key, p);
  }
  return out;
}

export const cascadeKey = (employeeId: string, indicator: string) => `${idKey(employeeId)}|${matchKey(indicator)}`;
