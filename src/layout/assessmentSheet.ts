import { COMPUTED_COLUMNS, placedColumns, type ComputedColumn } from '../core/columns';
import { WORD_WIDTHS } from '../core/wordWidths';
import { labels, type Labels } from '../core/labels';
import { widthFor } from '../core/text';
import { INDICATOR_LABELS } from '../core/structure';
import { DIMENSION_LIST, DIRECTION_LIST, EMPLOYEE_FIELDS, INDICATOR_COLUMNS, sheetNames } from '../core/names';
import { inputName } from '../core/inputLayout';
import { PRESETS, type RolePreset } from '../core/presets';
import { LANGS, type CellValue, type Lang } from '../core/types';
import { absAddress } from '../core/a1';
import { RULE_NAMES as R } from '../core/names';
import { assessmentGeometry } from './geometry';
import { READABLE_PRINT_SCALE, STYLE, f, formulaText, v, type CellStyle, type PlanOp } from './plan';

export interface AssessmentSheetSpec {
  id: string;
  sheet: string;
  /** A role preset, or HR's own indicator set (the next cycle's: the indicators as HR left them). */
  preset: Omit<RolePreset, 'id'>;
  lang: Lang;
  cycle: string;
}

/** The Scores table's header: the employee fields, then one input per indicator (the CSV the demo writes too). */
export function scoresHeader(preset: Omit<RolePreset, 'id'>, lang: Lang): string[] {
  const l = labels(lang);
  return [...EMPLOYEE_FIELDS.map((f) => l[f]), ...preset.indicators.map((i) => i.name[lang])];
}

/** An assessment sheet (考核表): the Indicators table from the role preset and an empty Scores table. */
export function assessmentSheetOps({ id, sheet, preset, lang, cycle }: AssessmentSheetSpec): PlanOp[] {
  const l = labels(lang);
  const n = preset.indicators.length;
  const g = assessmentGeometry(n);
  const names = sheetNames(id);
  const ops: PlanOp[] = [{ kind: 'addSheet', sheet }];
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle) =>
    ops.push({ kind: 'style', sheet, range: { r1, c1, r2, c2 }, style: s });

  ops.push({
    kind: 'cells',
    sheet,
    row: g.titleRow,
    col: 1,
    cells: [[v(`${l.assessmentTitle}: ${preset.title[lang]}`)]],
  });
  style(g.titleRow, 1, g.titleRow, 1, STYLE.title);
  ops.push({
    kind: 'cells',
    sheet,
    row: g.infoRow,
    col: 1,
    cells: [[v(l.position), v(preset.title[lang]), v(l.cycle), v(cycle)]],
  });
  style(g.infoRow, 2, g.infoRow, 2, STYLE.input);
  style(g.infoRow, 4, g.infoRow, 4, STYLE.input);
  ops.push({ kind: 'name', name: names.role, sheet, range: { r1: g.infoRow, c1: 2, r2: g.infoRow, c2: 2 } });
  ops.push(...statsLabelOps(sheet, id, g.stats, lang));
  ops.push({ kind: 'name', name: names.status, sheet, range: { r1: g.statusRow, c1: 1, r2: g.statusRow, c2: 1 } });
  style(g.statusRow, 1, g.statusRow, 1, STYLE.note);
  ops.push({ kind: 'cells', sheet, row: g.dataLogRow, col: 1, cells: [[v(l.dataLog)]] });
  ops.push({ kind: 'name', name: names.dataLog, sheet, range: { r1: g.dataLogRow, c1: 2, r2: g.dataLogRow, c2: 2 } });
  style(g.dataLogRow, 1, g.dataLogRow, 2, STYLE.note);

  ops.push({ kind: 'cells', sheet, row: g.indicatorsSectionRow, col: 1, cells: [[v(l.indicatorsSection)]] });
  style(g.indicatorsSectionRow, 1, g.indicatorsSectionRow, 1, STYLE.section);
  ops.push({
    kind: 'cells',
    sheet,
    row: g.indicatorsHeaderRow,
    col: 1,
    cells: [INDICATOR_COLUMNS.map((c) => v(String(l[INDICATOR_LABELS[c]])))],
  });
  style(g.indicatorsHeaderRow, 1, g.indicatorsHeaderRow, INDICATOR_COLUMNS.length, STYLE.header);
  const lastIndicatorRow = g.firstIndicatorRow + n - 1;
  ops.push({
    kind: 'cells',
    sheet,
    row: g.firstIndicatorRow,
    col: 1,
    cells: preset.indicators.map((ind, i) => [
      v(ind.dimension === 'quantitative' ? l.quantitative : l.qualitative),
      v(ind.name[lang]),
      v(ind.weight),
      v(ind.target),
      v(ind.direction === 'higher' ? l.higher : ind.direction === 'lower' ? l.lower : l.panel),
      v(ind.unit[lang]),
      v(ind.source[lang]),
      null,
      v(presetKey(i)),
    ]),
  });
  style(g.firstIndicatorRow, 1, lastIndicatorRow, 8, STYLE.input);
  style(g.firstIndicatorRow, 9, lastIndicatorRow, 9, { ...STYLE.computed, ...STYLE.bookkeeping });
  style(g.indicatorsHeaderRow, 9, g.indicatorsHeaderRow, 9, { ...STYLE.header, ...STYLE.bookkeeping });
  preset.indicators.forEach((ind, i) =>
    style(g.firstIndicatorRow + i, 4, g.firstIndicatorRow + i, 4, {
      ...STYLE.input,
      numberFormat: targetFormat(ind.target),
    }),
  );
  ops.push({
    kind: 'listValidation',
    sheet,
    range: { r1: g.firstIndicatorRow, c1: 1, r2: lastIndicatorRow, c2: 1 },
    source: DIMENSION_LIST,
  });
  ops.push({
    kind: 'listValidation',
    sheet,
    range: { r1: g.firstIndicatorRow, c1: 5, r2: lastIndicatorRow, c2: 5 },
    source: DIRECTION_LIST,
  });
  ops.push({
    kind: 'name',
    name: names.indicators,
    sheet,
    range: { r1: g.firstIndicatorRow, c1: 1, r2: lastIndicatorRow, c2: INDICATOR_COLUMNS.length },
  });

  const total = absAddress(g.totalRow, 3);
  const sum = `SUM(C${g.firstIndicatorRow}:C${lastIndicatorRow})`;
  const weightTotal = preset.indicators.reduce((s, i) => s + i.weight, 0);
  ops.push({
    kind: 'cells',
    sheet,
    row: g.totalRow,
    col: 1,
    cells: [
      [
        v(l.weightedTotal),
        null,
        f(sum, weightTotal),
        f(
          `IF(ABS(${total}-100)<=${R.weightTolerance},${formulaText(l.weightsOk)},${formulaText(l.weightsOff)}&${total})`,
          l.weightsOk,
        ),
      ],
    ],
  });
  style(g.totalRow, 1, g.totalRow, 3, { ...STYLE.computed, bold: true });
  // "Weights must total 100; now 95" is a sentence: wrapped in its column rather than cut.
  style(g.totalRow, 4, g.totalRow, 4, { ...STYLE.computed, bold: true, wrap: true });
  ops.push({ kind: 'name', name: names.total, sheet, range: { r1: g.totalRow, c1: 3, r2: g.totalRow, c2: 3 } });

  ops.push({ kind: 'cells', sheet, row: g.scoresSectionRow, col: 1, cells: [[v(l.scoresSection)]] });
  style(g.scoresSectionRow, 1, g.scoresSectionRow, 1, STYLE.section);
  const header = scoresHeader(preset, lang);
  const lastInputCol = header.length;
  ops.push({ kind: 'cells', sheet, row: g.scoresHeaderRow, col: 1, cells: [header.map(v)] });
  style(g.scoresHeaderRow, 1, g.scoresHeaderRow, lastInputCol, STYLE.header);
  ops.push({
    kind: 'name',
    name: names.scores,
    sheet,
    range: { r1: g.scoresHeaderRow, c1: 1, r2: g.scoresHeaderRow, c2: lastInputCol },
  });
  // Each input column's stored identity: its indicator's key (core/inputLayout.ts).
  preset.indicators.forEach((_, i) =>
    ops.push({
      kind: 'name',
      name: inputName(id, { kind: 'actual', key: presetKey(i) }),
      sheet,
      range: { r1: g.scoresHeaderRow, c1: g.firstInputCol + i, r2: g.scoresHeaderRow, c2: g.firstInputCol + i },
    }),
  );
  ops.push(
    ...computedHeaderOps(
      sheet,
      g.scoresHeaderRow,
      lastInputCol + 1,
      preset.indicators.map((i) => i.name[lang]),
      lang,
    ),
  );
  // Column A also holds the Indicators' dimension, B the indicator names; the computed block's widths
  // come from the column table. Set once here: widths HR changes later are theirs.
  const computedWidths = placedColumns(lastInputCol + 1, n).map(({ def }) => def.width);
  ops.push({
    kind: 'columnWidths',
    sheet,
    widths: [...leadingWidths(), ...header.slice(7).map(() => 16), ...computedWidths],
  });
  // Headers wrap onto up to four lines ("Customer acquisition cost").
  ops.push({ kind: 'rowHeight', sheet, row: g.scoresHeaderRow, height: 60 });
  // Set once, when the sheet is made: how HR later freezes, groups or prints it is theirs, and Score
  // keeps it. The Scores header and the names stay in view. The per-indicator achievements and scores
  // are grouped and collapsed: the sheet shows and prints actuals, weighted score, grade, final grade and
  // action, and one click shows the detail. Printed landscape at a readable scale, the header and the
  // names and IDs on every page; no print area, so Excel prints the rows as the table grows.
  ops.push({ kind: 'freeze', sheet, rows: g.scoresHeaderRow, cols: 1 });
  const detail = placedColumns(lastInputCol + 1, n).filter(({ def }) => def.perIndicator);
  if (detail.length) ops.push({ kind: 'groupColumns', sheet, c1: detail[0].col, c2: detail[detail.length - 1].col });
  ops.push({
    kind: 'pageSetup',
    sheet,
    landscape: true,
    titleRows: { r1: g.scoresHeaderRow, r2: g.scoresHeaderRow },
    titleColumns: { c1: 1, c2: 2 },
    scale: READABLE_PRINT_SCALE,
    printArea: null,
  });
  return ops;
}

/**
 * Widths of the first seven columns, which hold both the Indicators table and the Scores table's
 * employee fields: measured from every role's words in both languages (a name, a unit, a source, a
 * direction, a grade), so neither table's words are cut.
 */
function leadingWidths(): number[] {
  const indicators = Object.values(PRESETS).flatMap((p) => p.indicators);
  const words = (pick: (l: Labels, lang: Lang) => string[]) => LANGS.flatMap((lang) => pick(labels(lang), lang));
  return [
    widthFor(
      words((l) => [l.quantitative, l.qualitative, l.weightedTotal]),
      16,
    ),
    Math.max(28, WORD_WIDTHS.indicators),
    12,
    widthFor(
      words((l) => [l.weightsOk]),
      14,
    ),
    // A direction word above (the Indicators table), a previous grade below (the Scores table).
    Math.max(16, WORD_WIDTHS.directions, WORD_WIDTHS.grades, widthFor(words((l) => [l.panel]))),
    widthFor(
      words((_, lang) => indicators.map((i) => i.unit[lang])),
      16,
    ),
    widthFor(
      words((_, lang) => indicators.map((i) => i.source[lang])),
      18,
    ),
  ];
}

/** The key of a new sheet's i-th indicator. */
const presetKey = (i: number) => `K${i + 1}`;

/**
 * A target's number format: thousands separators for whole numbers, the value as it is otherwise
 * ("#,##0.##" would show 800,000 as "800,000." in Excel). Score sheet sets it again as targets change.
 */
export function targetFormat(target: number | null): string {
  return target !== null && Number.isInteger(target) ? '#,##0' : 'General';
}

/** Labels of the statistics block and its name; Score sheet writes the formulas under them. */
export function statsLabelOps(sheet: string, id: string, at: { row: number; col: number }, lang: Lang): PlanOp[] {
  const l = labels(lang);
  const header = [l.statsScored, l.statsMedian, l.statsQ1, l.statsQ3, l.statsLower, l.statsUpper];
  return [
    { kind: 'cells', sheet, row: at.row, col: at.col, cells: [header.map(v)] },
    {
      kind: 'style',
      sheet,
      range: { r1: at.row, c1: at.col, r2: at.row, c2: at.col + 5 },
      style: STYLE.computedHeader,
    },
    // A count of people (6, not 6.0), then scores with one decimal.
    {
      kind: 'style',
      sheet,
      range: { r1: at.row + 1, c1: at.col, r2: at.row + 1, c2: at.col },
      style: { ...STYLE.computed, numberFormat: '0' },
    },
    {
      kind: 'style',
      sheet,
      range: { r1: at.row + 1, c1: at.col + 1, r2: at.row + 1, c2: at.col + 5 },
      style: { ...STYLE.computed, numberFormat: '0.0' },
    },
    {
      kind: 'name',
      name: sheetNames(id).stats,
      sheet,
      range: { r1: at.row, c1: at.col, r2: at.row + 1, c2: at.col + 5 },
    },
  ];
}

/** The look of a computed column's cells, from the column table. */
export function columnStyle(def: ComputedColumn): CellStyle {
  return {
    ...STYLE[def.style],
    // Said for every column, so a cell that held another column before (indicators changed) looks right.
    numberFormat: def.numberFormat ?? 'General',
    bold: def.bold ?? false,
    ...(def.wrap ? { wrap: true } : {}),
  };
}

/** How many input columns of each kind precede the computed block (core/inputLayout.ts). */
export interface InputGroups {
  actual: number;
  own: number;
  kept: number;
}

/** The words a group label cell may hold when it is the tool's own (either language). */
const GROUP_WORDS = new Set(
  LANGS.flatMap((lang) => [
    labels(lang).actualGroup,
    labels(lang).ownGroup,
    labels(lang).keptGroup,
    ...COMPUTED_COLUMNS.filter((c) => c.perIndicator).map((c) => labels(lang)[c.label]),
  ]),
);

/** A group-row cell holding one of the tool's group words (either language), not HR's text. */
export function isGroupWord(x: CellValue): boolean {
  return typeof x === 'string' && GROUP_WORDS.has(x);
}

/**
 * Header cells of the computed block, and the groups' words in the row above (the inputs' "Actual
 * values", then "Achievement" and "Score" over their indicators); rewritten by every Score sheet so
 * renamed indicators follow. `groupRow` (from the first input on) is what that row holds now: a cell
 * with anything but one of the tool's group words is HR's and is left alone.
 */
export function computedHeaderOps(
  sheet: string,
  row: number,
  firstCol: number,
  indicatorNames: string[],
  lang: Lang,
  groupRow: readonly CellValue[] = [],
  inputs: InputGroups = { actual: indicatorNames.length, own: 0, kept: 0 },
): PlanOp[] {
  const l = labels(lang);
  const n = indicatorNames.length;
  const placed = placedColumns(firstCol, n);
  const header = placed.map(({ def, indicator }) => (def.perIndicator ? indicatorNames[indicator] : l[def.label]));
  const last = firstCol + header.length - 1;
  const ops: PlanOp[] = [
    { kind: 'cells', sheet, row, col: firstCol, cells: [header.map(v)] },
    { kind: 'style', sheet, range: { r1: row, c1: firstCol, r2: row, c2: last }, style: STYLE.computedHeader },
    // The panel's inputs among the computed columns look like inputs.
    ...placed
      .filter(({ def }) => def.filledBy === 'panel')
      .map(
        ({ col }): PlanOp => ({
          kind: 'style',
          sheet,
          range: { r1: row, c1: col, r2: row, c2: col },
          style: STYLE.header,
        }),
      ),
  ];
  if (row <= 1) return ops;
  const firstInput = firstCol - inputs.actual - inputs.own - inputs.kept;
  const ownFrom = firstInput + inputs.actual;
  const keptFrom = ownFrom + inputs.own;
  const groups = [
    { word: l.actualGroup, c1: firstInput, c2: ownFrom - 1, style: STYLE.header },
    { word: l.ownGroup, c1: ownFrom, c2: keptFrom - 1, style: STYLE.header },
    { word: l.keptGroup, c1: keptFrom, c2: firstCol - 1, style: STYLE.kept },
    ...COMPUTED_COLUMNS.filter((c) => c.perIndicator).map((def) => {
      const cols = placed.filter((p) => p.def.key === def.key).map((p) => p.col);
      return { word: l[def.label], c1: cols[0], c2: cols[cols.length - 1], style: STYLE.computedHeader };
    }),
  ];
  for (const g of groups) {
    if (n === 0 || g.c2 < g.c1) continue;
    const span = groupRow.slice(g.c1 - firstInput, g.c2 - firstInput + 1);
    // Only where the row is empty or the tool's own words: anything HR typed there stays.
    if (!span.every((x) => x === null || x === '' || (typeof x === 'string' && GROUP_WORDS.has(x)))) continue;
    ops.push({ kind: 'cells', sheet, row: row - 1, col: g.c1, cells: [[v(g.word)]] });
    ops.push({
      kind: 'style',
      sheet,
      range: { r1: row - 1, c1: g.c1, r2: row - 1, c2: g.c2 },
      style: { ...g.style, wrap: false, acrossGroup: true },
    });
  }
  return ops;
}
