import { cellAddress } from './a1';
import { makeCheck } from './messages';
import { readTypedDate } from './dates';
import type { Rules } from './rules';
import { findName, type GridReader, type NamedRange } from './snapshot';
import type { CellValue, Check, Lang } from './types';

/**
 * The guide's rules for what a manager writes in an improvement plan (step 4 and its key points), as
 * warnings naming the cell: no vague words ("大概", "可能", about, maybe...), statements about the
 * work and not the person ("不够努力", lazy...), every measure with a number, a deadline and an owner.
 * Read from every plan's measure rows (its PR_P<k>_Measures name); the word lists are the Rules sheet's.
 */
const MEASURE = 1; // columns of a measure row: item, measure, owner, support, deadline, status, progress
const OWNER = 2;
const SUPPORT = 3;
const DEADLINE = 4;
const PROGRESS = 6;
const NOTE_DATE = 7;

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** A listed word in a text: Chinese anywhere in it; a Latin word or phrase as a whole word, in any case. */
export function findWord(value: string, words: readonly string[]): string | null {
  const lower = value.toLowerCase();
  for (const word of words) {
    const w = word.toLowerCase();
    if (!w) continue;
    if (/^[\x20-\x7e]+$/.test(w)) {
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(lower)) return word;
    } else if (lower.includes(w)) return word;
  }
  return null;
}

export function planTextChecks(
  names: readonly NamedRange[],
  reader: GridReader,
  rules: Pick<Rules, 'planWords'>,
  lang: Lang,
): Check[] {
  const checks: Check[] = [];
  for (const n of names) {
    if (!/^PR_P\d+_Measures$/i.test(n.name)) continue;
    const at = findName(names, n.name)!;
    const grid = reader.values(at.sheet, at.range);
    grid.forEach((line, i) => {
      const row = at.range.r1 + i;
      const cell = (j: number) => cellAddress(row, at.range.c1 + j);
      const measure = text(line[MEASURE]);
      for (const j of [MEASURE, SUPPORT, PROGRESS]) {
        const value = text(line[j]);
        if (!value) continue;
        const vague = findWord(value, rules.planWords.vague);
        if (vague) checks.push(makeCheck('plan-vague', at.sheet, cell(j), { word: vague }, lang));
        const person = findWord(value, rules.planWords.person);
        if (person) checks.push(makeCheck('plan-person', at.sheet, cell(j), { word: person }, lang));
      }
      if (!measure) return;
      // Digits, or Chinese numerals but 一 (一些, 一起, 一定 are words, not numbers).
      if (!/[0-9０-９二三四五六七八九十百千万两]/.test(measure))
        checks.push(makeCheck('plan-no-number', at.sheet, cell(MEASURE), {}, lang));
      if (typeof line[DEADLINE] !== 'number' && !text(line[DEADLINE]))
        checks.push(makeCheck('plan-no-deadline', at.sheet, cell(DEADLINE), {}, lang));
      // Text is never Overdue or Stale: the register compares dates. Say how to enter it as one.
      for (const j of [DEADLINE, NOTE_DATE]) {
        const value = line[j];
        if (typeof value === 'number' || !text(value)) continue;
        const read = readTypedDate(text(value));
        const code = read && 'iso' in read ? 'plan-deadline-text' : 'plan-deadline-invalid';
        const params = {
          value: text(value),
          date: read && 'iso' in read ? read.iso : '',
          note: j === NOTE_DATE ? 1 : 0,
        };
        checks.push(makeCheck(code, at.sheet, cell(j), params, lang));
      }
      if (!text(line[OWNER])) checks.push(makeCheck('plan-no-owner', at.sheet, cell(OWNER), {}, lang));
    });
  }
  return checks;
}
