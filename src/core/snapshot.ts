import { makeCheck } from './messages';
import {
  EMPLOYEE_FIELDS,
  INDICATOR_COLUMNS,
  OPTIONAL_RULES,
  RULE_NAMES,
  mentionedAssessmentIds,
  sheetNames,
  inputsStart,
} from './names';
import { LABELS, matchKey } from './labels';
import { defaultRules, paperOf, wordList, type Rules } from './rules';
import type { CellValue, Check, Lang, RangeRef } from './types';
import { LANGS, langOfCell } from './types';
import { cellAddress } from './a1';
import { computedWidth } from './columns';
import { actualInputs, parseInputName, type InputTag } from './inputLayout';
import { isSummaryLine } from './employeeKeys';
import { addedColumnValue, structureProblem, type StructureProblem } from './structure';
import { BOX_COUNT, levelOf } from './talentGrid';

export interface NamedRange {
  name: string;
  sheet: string;
  range: RangeRef;
}

/** What a host (the workbook package, Office.js, a test fake) lets the core read; all reads are of loaded data. */
export interface GridReader {
  values(sheet: string, range: RangeRef): CellValue[][];
  /**
   * Like Office.js `formulas`: "=..." for formula cells, the value for the others. A host may serve "="
   * alone for a formula cell whose text it does not fetch: the core only tells formulas from typed values.
   */
  formulas(sheet: string, range: RangeRef): CellValue[][];
  /**
   * Last row holding anything (0 when empty) in the columns given, else anywhere on the sheet. The core
   * always names a table's own columns: a note typed far below, beside the table, is not read.
   */
  lastRow(sheet: string, columns?: { c1: number; c2: number }): number;
  /**
   * Formulas with their full text ("=..."), the value for the others: what moving input cells needs.
   * Hosts whose `formulas` already give the text need not have it.
   */
  formulaTexts?(sheet: string, range: RangeRef): CellValue[][];
}

export interface DataRow {
  row: number;
  /** Employee fields then one input per indicator. */
  cells: CellValue[];
}

export interface AssessmentSnapshot {
  id: string;
  sheet: string;
  indicatorRange: RangeRef;
  indicatorCells: CellValue[][];
  totalCell: { row: number; col: number } | null;
  /** Top-left of the statistics block (labels; the formulas are the row below). */
  statsCell: { row: number; col: number } | null;
  /** The Scores header row: employee fields, then inputs. Computed columns follow it. */
  scoresHeader: RangeRef;
  rows: DataRow[];
  /** Current content (formula or value) of the computed cells of each data row, same order as rows. */
  computed: CellValue[][];
  /**
   * The table's last row: its last employee (a name or an Employee ID in the key columns, not a total
   * line); the header row when it has none. Below it nothing is the table's, whatever a cell holds.
   */
  lastRow: number;
  /** Cells of the computed block inside the table, on rows that are not employees, holding what Score did not write. */
  foreign: { row: number; col: number; value: string; summary: boolean }[];
  /** The tool's names found again from the sheet's headers (deleted in Name Manager): Score writes them back. */
  recreate: NamedRange[];
  /** A column inserted into or deleted from the tool's tables (core/structure.ts): the sheet cannot be read by position. */
  structure: StructureProblem | null;
  /** Below the table, the first cell holding anything on each row, in the table's columns (a note, a total). */
  below: Map<number, { col: number; value: string }>;
  /** The row above the Scores header, from the first input to the end of the computed block: the groups' words. */
  groupRow: CellValue[];
  /** The input columns' headers and stored identities (core/inputLayout.ts), left to right. */
  inputHeaders: string[];
  inputTags: (InputTag | null)[];
  /** The sheet's input-identity names as they are (to replace when the inputs are laid out again). */
  inputNames: string[];
  /** How many indicators the computed block now follows (the actual inputs), which `computed` was read for. */
  computedFor: number;
  /** The input cells of `rows` as formulas with their text (read only when inputs move). */
  inputFormulas: () => CellValue[][];
}

export function findName(names: readonly NamedRange[], name: string): NamedRange | undefined {
  return names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

export { computedWidth } from './columns';

/** The Scores table's own columns: employee fields, inputs and the computed block. */
export function tableColumns(header: RangeRef, indicatorCount: number): { c1: number; c2: number } {
  return { c1: header.c1, c2: header.c2 + computedWidth(indicatorCount) };
}

const ID_AT = EMPLOYEE_FIELDS.indexOf('employeeId');
const NAME_AT = EMPLOYEE_FIELDS.indexOf('name');

export function readAssessmentSheets(names: readonly NamedRange[], reader: GridReader): AssessmentSnapshot[] {
  const out: AssessmentSnapshot[] = [];
  for (const id of mentionedAssessmentIds(names.map((n) => n.name))) {
    const n = sheetNames(id);
    const indicators = findName(names, n.indicators);
    if (!indicators) continue;
    // A Scores name deleted in Name Manager: found again by its headers, and written back by Score.
    const named = findName(names, n.scores);
    const scores = named ?? recoverScoresName(id, names, reader, indicators);
    if (!scores) continue;
    const total = findName(names, n.total);
    const stats = findName(names, n.stats);
    const header = { ...scores.range, r2: scores.range.r1 };
    const indicatorRange = { ...indicators.range, c2: indicators.range.c1 + INDICATOR_COLUMNS.length - 1 };
    const inputs = inputsStart(header);
    const inputWidth = Math.max(0, header.c2 - inputs + 1);
    const inputTags: (InputTag | null)[] = new Array<InputTag | null>(inputWidth).fill(null);
    const tagNames: string[] = [];
    for (const nr of names) {
      const tag = parseInputName(id, nr.name);
      if (!tag) continue;
      tagNames.push(nr.name);
      const at = nr.range.c1 - inputs;
      if (nr.sheet === scores.sheet && nr.range.r1 === header.r1 && at >= 0 && at < inputWidth && !inputTags[at])
        inputTags[at] = tag;
    }
    const indicatorCells = reader.values(indicators.sheet, indicatorRange);
    // The whole header row in one read, wide enough for a computed block after every input (the block's
    // real width depends on what the headers say: a read that waits for another would cost a host a round).
    const headerRow = reader.values(scores.sheet, { ...header, c2: header.c2 + computedWidth(inputWidth) })[0];
    const inputHeaders = headerRow
      .slice(EMPLOYEE_FIELDS.length, EMPLOYEE_FIELDS.length + inputWidth)
      .map((x) => (x === null ? '' : String(x).trim()));
    // An actual input whose name was deleted still heads its indicator's column: the block follows it too.
    const nameAt = INDICATOR_COLUMNS.indexOf('name');
    const indicatorNames = new Set(indicatorCells.map((r) => matchKey(String(r[nameAt] ?? ''))).filter(Boolean));
    const untaggedActuals = inputTags.some((t) => t !== null)
      ? inputTags.filter((t, at) => t === null && indicatorNames.has(matchKey(inputHeaders[at]))).length
      : 0;
    // The computed block follows the actual inputs.
    const computedFor = actualInputs(inputTags).length + untaggedActuals;
    const namedWidth = indicators.range.c2 - indicators.range.c1 + 1;
    const structure = structureProblem({
      indicatorsName: indicators.range,
      indicatorHeader:
        indicators.range.r1 > 1
          ? reader.values(indicators.sheet, {
              r1: indicators.range.r1 - 1,
              c1: indicators.range.c1,
              r2: indicators.range.r1 - 1,
              c2: indicators.range.c1 + Math.max(namedWidth, INDICATOR_COLUMNS.length) - 1,
            })[0]
          : [],
      fieldHeader: headerRow.slice(0, EMPLOYEE_FIELDS.length),
      scoresHeader: header,
      computedHeader: headerRow.slice(
        EMPLOYEE_FIELDS.length + inputWidth,
        EMPLOYEE_FIELDS.length + inputWidth + computedWidth(computedFor),
      ),
      computedFor,
    });
    const lastRow = reader.lastRow(scores.sheet, tableColumns(header, computedFor));
    const rows: DataRow[] = [];
    const computed: CellValue[][] = [];
    const bodyRows: number[] = [];
    const foreign: AssessmentSnapshot['foreign'] = [];
    const below: AssessmentSnapshot['below'] = new Map();
    let tableEnd = header.r1;
    if (lastRow > header.r1) {
      const body = reader.values(scores.sheet, { r1: header.r1 + 1, c1: header.c1, r2: lastRow, c2: header.c2 });
      const computedRange = {
        r1: header.r1 + 1,
        c1: header.c2 + 1,
        r2: lastRow,
        c2: header.c2 + computedWidth(computedFor),
      };
      const computedBody = reader.formulas(scores.sheet, computedRange);
      // A row of the table is decided by its key columns (a name or an Employee ID), never by any cell:
      // a note typed below, or the user's own total line, is not an employee.
      const keyed = body.map((cells) => {
        const id = cells[ID_AT];
        const hasId = id !== null && String(id).trim() !== '';
        const name = cells[NAME_AT];
        const hasName = name !== null && String(name).trim() !== '';
        const summary = isSummaryLine(id, name);
        return { employee: !summary && (hasId || hasName), summary };
      });
      const last = keyed.map((k) => k.employee).lastIndexOf(true);
      tableEnd = header.r1 + 1 + last;
      body.forEach((cells, i) => {
        if (i > last) {
          const all = [...cells, ...(computedBody[i] ?? [])];
          const at = all.findIndex((v) => v !== null && v !== '');
          if (at >= 0) below.set(header.r1 + 1 + i, { col: header.c1 + at, value: String(all[at]) });
          return;
        }
        const { employee, summary } = keyed[i];
        if (!summary && cells.some((v) => v !== null && v !== '')) {
          rows.push({ row: header.r1 + 1 + i, cells });
          computed.push(computedBody[i]);
          bodyRows.push(i);
          return;
        }
        if (employee) return;
        // Score fills its formulas down every row of the table: what else is there must be its own.
        (computedBody[i] ?? []).forEach((v, j) => {
          const text = v === null ? '' : String(v);
          if (text !== '' && (summary || !text.startsWith('=')))
            foreign.push({ row: header.r1 + 1 + i, col: computedRange.c1 + j, value: text, summary });
        });
      });
    }
    const inputFormulas = () => {
      if (lastRow <= header.r1 || inputWidth === 0) return rows.map(() => []);
      const range = { r1: header.r1 + 1, c1: inputs, r2: lastRow, c2: header.c2 };
      const grid = reader.formulaTexts
        ? reader.formulaTexts(scores.sheet, range)
        : reader.formulas(scores.sheet, range);
      return bodyRows.map((i) => grid[i]);
    };
    const groupRow =
      header.r1 > 1
        ? reader.values(scores.sheet, {
            r1: header.r1 - 1,
            c1: inputs,
            r2: header.r1 - 1,
            c2: header.c2 + computedWidth(computedFor),
          })[0]
        : [];
    // HR's own column right of a table made before the added columns: refused, never written over.
    const taken =
      structure ??
      addedColumnValue(
        header,
        computedFor,
        headerRow.slice(EMPLOYEE_FIELDS.length + inputWidth),
        rows.map((r, i) => ({ row: r.row, computed: computed[i] ?? [] })),
      );
    out.push({
      id,
      groupRow,
      sheet: scores.sheet,
      indicatorRange,
      indicatorCells,
      totalCell: total ? { row: total.range.r1, col: total.range.c1 } : null,
      statsCell: stats ? { row: stats.range.r1, col: stats.range.c1 } : null,
      scoresHeader: header,
      rows,
      computed,
      lastRow: tableEnd,
      recreate: named ? [] : [scores],
      foreign,
      structure: taken,
      below,
      inputHeaders,
      inputTags,
      inputNames: tagNames,
      computedFor,
      inputFormulas,
    });
  }
  return out;
}

export interface RulesRead {
  rules: Rules;
  /** Sheet errors in the Rules: they block scoring of every sheet. */
  checks: Check[];
  sheet: string | null;
}

/** Reads the Rules sheet through its names; falls back to defaults (with an error) for anything missing. */
export function readRules(names: readonly NamedRange[], reader: GridReader, fallbackLang: Lang): RulesRead {
  const checks: Check[] = [];
  const langName = findName(names, RULE_NAMES.lang);
  let lang = fallbackLang;
  const rawLang = langName ? reader.values(langName.sheet, langName.range)[0][0] : null;
  lang = langOfCell(rawLang) ?? lang;
  const rules = defaultRules(lang);
  const sheet = langName?.sheet ?? null;
  const at = (name: string) => findName(names, name);
  const missing = (name: string) => checks.push(makeCheck('rules-missing', sheet ?? '?', 'A1', { name }, lang));
  /** A Rules cell whose value the tool cannot use, named with what it holds. */
  const badValue = (code: 'rules-language' | 'rules-paper' | 'rules-number', ref: NamedRange, value: CellValue) =>
    checks.push(
      makeCheck(
        code,
        ref.sheet,
        cellAddress(ref.range.r1, ref.range.c1),
        { value: value === null ? '' : String(value) },
        lang,
      ),
    );
  if (langName && rawLang !== null && langOfCell(rawLang) === undefined) badValue('rules-language', langName, rawLang);
  if (!langName) missing(RULE_NAMES.lang);

  const column = (name: string): { cells: CellValue[]; ref: NamedRange } | null => {
    const ref = at(name);
    if (!ref) {
      missing(name);
      return null;
    }
    return { cells: reader.values(ref.sheet, ref.range).map((r) => r[0]), ref };
  };
  const number = (name: string, set: (v: number) => void) => {
    if (OPTIONAL_RULES.includes(name) && !at(name)) return;
    const col = column(name);
    if (!col) return;
    const v = col.cells[0];
    if (typeof v === 'number' && Number.isFinite(v)) set(v);
    else badValue('rules-number', col.ref, v);
  };
  const word = (name: string, set: (v: string) => void) => {
    const col = column(name);
    const v = col?.cells[0];
    if (typeof v === 'string' && v.trim()) set(v.trim());
  };

  // The paper (a cell added later: workbooks made before print on A4). Anything else is said, and A4 used.
  const paperAt = at(RULE_NAMES.paper);
  if (paperAt) {
    const raw = reader.values(paperAt.sheet, paperAt.range)[0][0];
    const paper = paperOf(raw);
    if (paper) rules.paper = paper;
    else if (raw !== null && raw !== '') badValue('rules-paper', paperAt, raw);
  }
  const xs = column(RULE_NAMES.curveX);
  const ys = column(RULE_NAMES.curveY);
  if (xs && ys) {
    const x = xs.cells;
    const y = ys.cells;
    const ok =
      x.length === y.length &&
      x.length >= 2 &&
      x.every((v) => typeof v === 'number') &&
      y.every((v) => typeof v === 'number') &&
      x[0] === 0 &&
      x.every((v, i) => i === 0 || (v as number) > (x[i - 1] as number));
    if (ok) rules.curve = { x: x as number[], y: y as number[] };
    else checks.push(makeCheck('rules-curve', xs.ref.sheet, cellAddress(xs.ref.range.r1, xs.ref.range.c1), {}, lang));
  }
  const mins = column(RULE_NAMES.gradeMin);
  const gradeNames = column(RULE_NAMES.gradeName);
  if (mins && gradeNames) {
    const m = mins.cells;
    const g = gradeNames.cells;
    const ok =
      m.length === g.length &&
      m.every((v) => typeof v === 'number') &&
      m[0] === 0 &&
      m.every((v, i) => i === 0 || (v as number) > (m[i - 1] as number)) &&
      g.every((v) => v !== null && String(v).trim() !== '');
    // The target distribution is optional: a cell that is not a number sets none.
    const targets = at(RULE_NAMES.gradeTarget)
      ? reader.values(at(RULE_NAMES.gradeTarget)!.sheet, at(RULE_NAMES.gradeTarget)!.range).map((r) => r[0])
      : [];
    const actions = column(RULE_NAMES.gradeAction)?.cells ?? [];
    if (ok)
      rules.grades = m.map((min, i) => ({
        min: min as number,
        name: String(g[i]).trim(),
        target: typeof targets[i] === 'number' ? (targets[i] as number) : null,
        // As the formula shows it: the cell's text ("" for an empty one).
        action: actions[i] === null || actions[i] === undefined ? '' : String(actions[i]),
      }));
    else
      checks.push(
        makeCheck('rules-grades', mins.ref.sheet, cellAddress(mins.ref.range.r1, mins.ref.range.c1), {}, lang),
      );
  }
  const words = (name: string) => {
    const cell = column(name)?.cells[0];
    return wordList(cell === null || cell === undefined ? '' : String(cell));
  };
  rules.planWords = { vague: words(RULE_NAMES.vagueWords), person: words(RULE_NAMES.personWords) };
  const talk = column(RULE_NAMES.talkAction);
  if (talk) rules.talkAction = talk.cells[0] === null ? '' : String(talk.cells[0]);
  number(RULE_NAMES.quantMin, (v) => (rules.quantShare.min = v));
  number(RULE_NAMES.quantMax, (v) => (rules.quantShare.max = v));
  number(RULE_NAMES.qualMin, (v) => (rules.qualShare.min = v));
  number(RULE_NAMES.qualMax, (v) => (rules.qualShare.max = v));
  number(RULE_NAMES.indicatorMin, (v) => (rules.indicatorCount.min = v));
  number(RULE_NAMES.indicatorMax, (v) => (rules.indicatorCount.max = v));
  number(RULE_NAMES.weightTolerance, (v) => (rules.weightTolerance = v));
  const c = rules.calibration;
  number(RULE_NAMES.outlierK, (v) => (c.outlierK = v));
  number(RULE_NAMES.outlierMinScored, (v) => (c.outlierMinScored = v));
  number(RULE_NAMES.achievementHigh, (v) => (c.achievementHigh = v));
  number(RULE_NAMES.achievementLow, (v) => (c.achievementLow = v));
  number(RULE_NAMES.teamMinSize, (v) => (c.teamMinSize = v));
  number(RULE_NAMES.teamGap, (v) => (c.teamGap = v));
  const g = rules.goals;
  number(RULE_NAMES.cascadeTolerance, (v) => (g.cascadeTolerance = v));
  number(RULE_NAMES.cascadeFar, (v) => (g.farFactor = v));
  number(RULE_NAMES.retroShare, (v) => (g.retroShare = v));
  number(RULE_NAMES.raterGap, (v) => (g.raterGap = v));
  const r = rules.raterEffects;
  number(RULE_NAMES.raterMinPeople, (v) => (r.minPeople = v));
  number(RULE_NAMES.raterEffectGap, (v) => (r.gap = v));
  number(RULE_NAMES.raterMinRatings, (v) => (r.minRatings = v));
  readTalentRules(
    rules,
    (name) => {
      const ref = at(name);
      return ref ? reader.values(ref.sheet, ref.range).map((row) => row[0]) : null;
    },
    (name, i, code, value) => {
      const ref = at(name)!;
      checks.push(makeCheck(code, ref.sheet, cellAddress(ref.range.r1 + i, ref.range.c1), { value }, lang));
    },
  );
  word(RULE_NAMES.wordHigher, (v) => (rules.words.higher = v));
  word(RULE_NAMES.wordLower, (v) => (rules.words.lower = v));
  word(RULE_NAMES.wordPanel, (v) => (rules.words.panel = v));
  word(RULE_NAMES.wordQuantitative, (v) => (rules.words.quantitative = v));
  word(RULE_NAMES.wordQualitative, (v) => (rules.words.qualitative = v));
  return { rules, checks, sheet };
}

/**
 * The talent grid's Rules (cells added later): each grade's level word and the nine boxes' names and
 * actions, as their formulas read them (INDEX(...)&"": an empty cell is ""). Without them the workbook
 * has no grid (`present` false).
 */
function readTalentRules(
  rules: Rules,
  cells: (name: string) => CellValue[] | null,
  /** A warning at the i-th cell of a name: a level word the tool does not know, an empty or repeated box name. */
  warn: (name: string, i: number, code: 'rules-level' | 'rules-box', value: string) => void,
): void {
  const levels = cells(RULE_NAMES.gradeLevel);
  const names = cells(RULE_NAMES.boxName);
  const actions = cells(RULE_NAMES.boxAction);
  if (!levels || !names || !actions || names.length !== BOX_COUNT || actions.length !== BOX_COUNT) {
    rules.talent = { ...rules.talent, present: false };
    return;
  }
  const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));
  rules.talent = {
    present: true,
    gradeLevels: rules.grades.map((_, i) => levelOf(levels[i])),
    boxes: names.map((n, i) => ({ name: text(n), action: text(actions[i]) })),
  };
  // The grid still works (the formulas do the same): a grade without a level places nobody, an unnamed
  // box holds nobody, two boxes named alike count the same people. Each is said, naming the cell.
  rules.grades.forEach((_, i) => {
    if (rules.talent.gradeLevels[i] === 0) warn(RULE_NAMES.gradeLevel, i, 'rules-level', text(levels[i]));
  });
  const seen = new Set<string>();
  rules.talent.boxes.forEach((b, i) => {
    const key = b.name.toLowerCase();
    if (key === '' || seen.has(key)) warn(RULE_NAMES.boxName, i, 'rules-box', b.name);
    seen.add(key);
  });
}

/** How far below the Indicators table the Scores header is looked for when its name is gone. */
const SCORES_SEARCH_ROWS = 40;

/**
 * The Scores header of sheet `id` when its defined name was deleted, from what the tool can prove: the
 * one row below the Indicators table whose cells are the employee fields' headers (either language),
 * as wide as its tagged inputs (else one input per indicator). Null when no such row, or more than one.
 */
export function recoverScoresName(
  id: string,
  names: readonly NamedRange[],
  reader: GridReader,
  indicators: NamedRange,
): NamedRange | null {
  const { sheet } = indicators;
  const c1 = indicators.range.c1;
  const from = indicators.range.r2 + 1;
  const grid = reader.values(sheet, {
    r1: from,
    c1,
    r2: from + SCORES_SEARCH_ROWS - 1,
    c2: c1 + EMPLOYEE_FIELDS.length - 1,
  });
  const isField = (v: CellValue | undefined, field: (typeof EMPLOYEE_FIELDS)[number]) =>
    LANGS.some((l) => matchKey(String(LABELS[l][field])) === matchKey(v === null || v === undefined ? '' : String(v)));
  const rows = grid.flatMap((cells, i) => (EMPLOYEE_FIELDS.every((f, k) => isField(cells[k], f)) ? [from + i] : []));
  if (rows.length !== 1) return null;
  const row = rows[0];
  const first = c1 + EMPLOYEE_FIELDS.length;
  const tagged = names
    .filter((nr) => parseInputName(id, nr.name) && nr.sheet === sheet && nr.range.r1 === row && nr.range.c1 >= first)
    .map((nr) => nr.range.c1);
  const inputs = tagged.length ? Math.max(...tagged) - first + 1 : indicators.range.r2 - indicators.range.r1 + 1;
  return { name: sheetNames(id).scores, sheet, range: { r1: row, c1, r2: row, c2: first + inputs - 1 } };
}

/**
 * Sheet errors for assessment sheets the tool knows of (by any of their names) but could not read (no
 * snapshot): their Indicators name deleted, or their Scores name deleted with no header row to find it
 * again by (readAssessmentSheets tried).
 */
export function missingSheetNames(
  names: readonly NamedRange[],
  snapshots: readonly Pick<AssessmentSnapshot, 'id'>[],
  lang: Lang,
): Check[] {
  const out: Check[] = [];
  for (const id of mentionedAssessmentIds(names.map((n) => n.name))) {
    if (snapshots.some((s) => s.id === id)) continue;
    const n = sheetNames(id);
    const indicators = findName(names, n.indicators);
    const sheet = (indicators ?? names.find((nr) => nr.name.toUpperCase().startsWith(`PR_${id}_`)))?.sheet;
    if (!sheet) continue;
    const missing = indicators ? { name: n.scores, what: 0 } : { name: n.indicators, what: 1 };
    out.push(makeCheck('sheet-name-missing', sheet, 'A1', missing, lang));
  }
  return out;
}
