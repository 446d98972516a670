import { sheetCounts, type SheetAssessment } from '../core/assess';
import type { Rules } from '../core/rules';
import type { Check, Lang } from '../core/types';
import { cliText } from './text';
import type { Output } from './io';

export function checkLine(check: Check, lang: Lang): string {
  return `  [${cliText(lang).severityTag[check.severity]}] ${check.text}`;
}

export function sheetSummary(sheet: SheetAssessment, rules: Pick<Rules, 'grades'>, lang: Lang): string[] {
  const t = cliText(lang);
  if (sheet.blocked) return [t.blockedLine(sheet.sheet)];
  const counts = sheetCounts(sheet, rules);
  return [
    t.sheetLine(sheet.sheet, counts.scored, counts.incomplete, counts.flagged),
    '  ' + counts.byGrade.map((g) => `${g.grade} ${g.count}`).join(' · '),
  ];
}

/** Fixed-width text table; CJK characters take two columns. */
export function textTable(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * One CSV record. Text that a spreadsheet would run as a formula (= + - @, tab or carriage return first)
 * gets a leading apostrophe, so a name such as =HYPERLINK(...) opens as text (OWASP CSV injection).
 * Numbers stay numbers; JSON output is never altered.
 */
export function csvLine(cells: (string | number | null)[]): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : typeof c === 'number' ? String(c) : /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

/** A command's refusal by the sheet: each check on its line, then what was (not) written; exit 1. */
export function refused(checks: readonly Check[], notWritten: string, lang: Lang, io: Output): 1 {
  for (const c of checks) io.out(checkLine(c, lang));
  io.out(notWritten);
  return 1;
}
