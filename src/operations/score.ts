import { cellAddress } from '../core/a1';
import { computedColumns } from '../core/columns';
import { addChecks, assessSheet, sheetCounts, type SheetAssessment, type SheetCounts } from '../core/assess';
import { idsOnOtherSheets } from '../core/identity';
import { translateCheck } from '../core/messages';
import type { Rules } from '../core/rules';
import { readCalibrationLog } from '../core/calibrationLog';
import { calibrationSummaryOps, SUMMARY_COLUMNS } from '../layout/calibrationSheet';
import { GRID_COLUMNS, talentGridOps } from '../layout/talentGridSheet';
import { compareChecks, compareRaters } from '../core/raterCompare';
import { talentGrid, type TalentGrid } from '../core/talentGrid';
import { localDateTime } from '../core/dates';
import { fill, labels } from '../core/labels';
import {
  CALIBRATION_NAMES,
  CASCADE_NAMES,
  inputsStart,
  RATER_NAMES,
  RULE_NAMES,
  sheetNames,
  TALENT_GRID_NAME,
  TALENT_RULE_NAMES,
} from '../core/names';
import { talentRulesOps } from '../layout/rulesSheet';
import { defaultRules } from '../core/rules';
import { layoutChangeLines } from '../core/layoutText';
import { assessmentSheets, scoresTables } from '../core/scoresTables';
import { sheetNamed, uniqueSheets, type Operation, type WorkbookView } from './operation';
import {
  findName,
  missingSheetNames,
  readAssessmentSheets,
  readRules,
  type GridReader,
  type AssessmentSnapshot,
  type NamedRange,
} from '../core/snapshot';
import type { Check, Lang } from '../core/types';
import type { PlanOp } from '../layout/plan';
import { formulaLimitCheck, planScoring } from '../layout/scoringPlan';
import { occupiedBeyond } from '../layout/relayPlan';
import { assessCascade, cascadeKey, individualTargets, type CascadeResult } from '../core/cascade';
import { cascadeLink, cascadeScoreOps, isCascadeLink, readCascade } from '../layout/cascadeSheet';
import type { SheetCascade } from '../core/assess';
import { EMPLOYEE_FIELDS, employeeCol } from '../core/names';
import { cycleChanges } from '../core/cycleLog';
import { actualInputs } from '../core/inputLayout';
import { assessRaters } from '../core/raters';
import { readRaters, ratersSummaryOps } from '../layout/ratersSheet';
import { cycleChangeOps, readCycleLog } from '../layout/cycleLogSheet';
import { makeCheck } from '../core/messages';

export interface WorkbookScoring {
  rules: Rules;
  rulesChecks: Check[];
  sheets: (SheetAssessment & { restored: Check[]; layoutPending: boolean })[];
  /** Writes for every sheet that is not blocked, and the status line of each sheet when asked. */
  ops: PlanOp[];
  /** A Rules error or a sheet error anywhere. */
  hasErrors: boolean;
  /** The goal cascade's reading and checks, when the workbook has one. */
  cascade: CascadeResult | null;
  /** The 360 ratings' checks (warnings), when the workbook has a raters sheet. */
  raterChecks: Check[];
}

/**
 * The engine and the layout on a whole workbook: reads the Rules and the chosen assessment sheets
 * (all when `onlySheet` is not given), checks and scores them, and plans the writes.
 */
export interface ScoringOptions {
  /** Language of the messages; the workbook's own by default. */
  messageLang?: Lang;
  /** Score this sheet only (the add-in's Score sheet on the active sheet). */
  onlySheet?: string;
  /** When given, each sheet's status line says when it was scored and what came out. */
  now?: Date;
  /**
   * A sheet whose indicators changed (its inputs move, gain or lose columns): 'apply' lays it out again
   * and scores it; 'ask' writes nothing to it and returns the changes (`layoutPending`) for a person to
   * review first, as the task pane does.
   */
  relayout?: 'apply' | 'ask';
}

function statusLine(sheet: SheetAssessment, names: readonly NamedRange[], lang: Lang, now: Date): PlanOp[] {
  const at = findName(names, sheetNames(sheet.id).status);
  if (!at) return [];
  const l = labels(lang);
  const errors = sheet.checks.filter((c) => c.severity === 'error');
  const { scored, incomplete, flagged } = sheetCounts(sheet, { grades: [] });
  const text = sheet.blocked
    ? fill(l.statusLineBlocked, { when: localDateTime(now), errors: errors.length, first: errors[0]?.text ?? '' })
    : fill(l.statusLineScored, { when: localDateTime(now), scored, incomplete, flagged, errors: 0 });
  return [{ kind: 'cells', sheet: at.sheet, row: at.range.r1, col: at.range.c1, cells: [[{ value: text }]] }];
}

export function planWorkbookScoring(
  names: readonly NamedRange[],
  reader: GridReader,
  options: ScoringOptions = {},
): WorkbookScoring {
  const { messageLang, onlySheet, now, relayout = 'apply' } = options;
  const read = readRules(names, reader, messageLang ?? 'zh-CN');
  const rules = read.rules;
  const lang = messageLang ?? rules.lang;
  const snapshots = readAssessmentSheets(names, reader);
  // Errors that stop every sheet: the Rules', and an assessment sheet whose names cannot be found again.
  const ops: PlanOp[] = [];
  const rulesChecks = [
    ...read.checks.map((c) => translateCheck(c, lang)),
    ...missingSheetNames(names, snapshots, lang),
  ];
  // Only a Rules error stops the sheets; a warning (a paper size the tool does not know) is said and passed.
  const rulesBroken = rulesChecks.some((c) => c.severity === 'error');
  const upgrade = talentRulesUpgrade(names, reader, read, rulesBroken, lang);
  ops.push(...upgrade.ops);
  rulesChecks.push(...upgrade.checks);
  const logRead = readCalibrationLog(names, reader);
  const log = logRead?.entries ?? [];
  // The goal cascade first: its individual targets are the employees' own targets.
  const { cascade, cascadeRead, sheetCascade } = workbookCascade(names, reader, snapshots, rules, lang);
  if (cascade && cascadeRead && !rulesBroken) ops.push(...cascadeScoreOps(cascade, cascadeRead, rules));
  // Every sheet is assessed (the Calibration sheet covers them all); only the chosen ones are written.
  const all = snapshots.map((snapshot) =>
    assessWithLimits(snapshot, reader, rules, rulesBroken, lang, log, sheetCascade(snapshot)),
  );
  const chosen = all.filter((x) => onlySheet === undefined || x.snapshot.sheet === onlySheet);
  const elsewhere = idsOnOtherSheets(
    all.map((x) => x.snapshot),
    chosen.map((x) => x.snapshot.sheet),
    lang,
  );
  for (const { snapshot, assessment } of chosen)
    if (!assessment.blocked) addChecks(assessment, elsewhere.get(snapshot.sheet) ?? []);
  const sheets = chosen.map(({ snapshot, assessment, lastRow }) => {
    const layoutPending = relayout === 'ask' && !assessment.blocked && assessment.layout.changes.length > 0;
    if (layoutPending) return { ...assessment, restored: [], layoutPending };
    const plan = planScoring(snapshot, assessment, rules, lang, lastRow);
    ops.push(...plan.ops);
    if (now) ops.push(...statusLine(assessment, names, lang, now));
    return { ...assessment, restored: plan.restored, layoutPending };
  });
  // Read whatever the Rules say, so that a host learns every size it needs in its first run (reads.ts).
  const cycleLogRead = readCycleLog(names, reader);
  if (!rulesBroken) ops.push(...cycleLogOps(cycleLogRead, all, rules));
  const ratersRead = readRaters(names, reader);
  const raters = rulesBroken || !ratersRead ? null : raterSummary(ratersRead, all, sheets, rules, lang);
  if (raters) ops.push(...raters.ops);
  const scoredAny = sheets.some((x) => !x.blocked && !x.layoutPending);
  ops.push(...summarySheetsOps(names, reader, scoredAny ? summaryInputs(all, sheets) : null, rules, logRead));
  return {
    rules,
    rulesChecks,
    sheets,
    ops,
    hasErrors: rulesBroken || sheets.some((s) => s.blocked),
    cascade,
    raterChecks: raters?.checks ?? [],
  };
}

type Assessed = { snapshot: AssessmentSnapshot; assessment: SheetAssessment; lastRow: number };

/**
 * A Rules sheet from before the talent grid gets its block below what it holds, with the defaults, and
 * this run already scores with them (the formulas name the cells the same ops create).
 */
function talentRulesUpgrade(
  names: readonly NamedRange[],
  reader: GridReader,
  read: ReturnType<typeof readRules>,
  rulesBroken: boolean,
  lang: Lang,
): { ops: PlanOp[]; checks: Check[] } {
  const at = lacksTalentRules(names) ? read.sheet : null;
  // Asked whatever follows, so that a host learns every size it needs in its first run (reads.ts).
  const lastRow = at ? reader.lastRow(at) : 0;
  if (!at || rulesBroken) return { ops: [], checks: [] };
  const top = lastRow + 2;
  read.rules.talent = defaultRules(read.rules.lang).talent;
  return {
    ops: talentRulesOps(at, top, read.rules.lang).ops,
    checks: [makeCheck('rules-talent-added', at, cellAddress(top, 1), {}, lang)],
  };
}

/**
 * The Calibration summary and the Talent grid, on their sheets when the workbook has them, over the
 * sheets `inputs` (null: nothing was scored, nothing is written). Their sizes are asked whatever follows.
 */
function summarySheetsOps(
  names: readonly NamedRange[],
  reader: GridReader,
  inputs: ReturnType<typeof summaryInputs> | null,
  rules: Rules,
  logRead: ReturnType<typeof readCalibrationLog>,
): PlanOp[] {
  const ops: PlanOp[] = [];
  const calibration = findName(names, CALIBRATION_NAMES.sheet);
  const calibrationLastRow = calibration ? reader.lastRow(calibration.sheet, SUMMARY_COLUMNS) : 0;
  if (calibration && inputs) {
    const logLastRow = logRead ? logRead.nextRow - 1 : 0;
    ops.push(...calibrationSummaryOps(calibration.sheet, calibrationLastRow, inputs, rules, rules.lang, logLastRow));
  }
  // The talent grid, on its own sheet when the workbook has one (and Rules that define it).
  const grid = findName(names, TALENT_GRID_NAME);
  const gridLastRow = grid ? reader.lastRow(grid.sheet, GRID_COLUMNS) : 0;
  if (grid && inputs && rules.talent.present)
    ops.push(...talentGridOps(grid.sheet, gridLastRow, inputs, rules, rules.lang));
  return ops;
}

/**
 * One sheet assessed, with the errors only the whole plan can see: a formula over Excel's limits, a
 * value typed in the table's computed cells, a cell in the way of the inputs laid out again.
 */
function assessWithLimits(
  snapshot: AssessmentSnapshot,
  reader: GridReader,
  rules: Rules,
  rulesBroken: boolean,
  lang: Lang,
  log: Parameters<typeof assessSheet>[4],
  own: SheetCascade | undefined,
): Assessed {
  const lastRow = snapshot.lastRow;
  let assessment = assessSheet(snapshot, rules, rulesBroken, lang, log, [], own);
  const limit = assessment.blocked ? null : formulaLimitCheck(assessment, rules, lang);
  const occupied = assessment.blocked
    ? null
    : occupiedBeyond(snapshot, assessment, lastRow, (r) => reader.values(snapshot.sheet, r));
  const errors = [
    ...(limit ? [limit] : []),
    ...snapshot.foreign
      .slice(0, 1)
      .map((f) =>
        makeCheck(
          'table-occupied',
          snapshot.sheet,
          cellAddress(f.row, f.col),
          { value: f.value.length > 40 ? `${f.value.slice(0, 40)}…` : f.value, summary: f.summary ? 1 : 0 },
          lang,
        ),
      ),
    ...(occupied
      ? [makeCheck('relayout-occupied', snapshot.sheet, occupied.cell, { value: occupied.value }, lang)]
      : []),
  ];
  if (errors.length) assessment = assessSheet(snapshot, rules, rulesBroken, lang, log, errors, own);
  return { snapshot, assessment, lastRow };
}

/** The Cycle log's changes since the cycle began (indicators, weights, targets), when the workbook has one. */
function cycleLogOps(cycleLog: ReturnType<typeof readCycleLog>, all: readonly Assessed[], rules: Rules): PlanOp[] {
  if (!cycleLog) return [];
  const now = all.map(({ snapshot, assessment }) => ({
    id: snapshot.id,
    sheet: snapshot.sheet,
    indicators: assessment.indicators,
    keys: assessment.layout.keys,
  }));
  return cycleChangeOps(cycleLog, cycleChanges(cycleLog.baseline, now, rules.lang), rules.lang);
}

/** The 360 raters' summary and checks: each rated employee with where their panel scores are after this run. */
function raterSummary(
  raters: NonNullable<ReturnType<typeof readRaters>>,
  all: readonly Assessed[],
  sheets: readonly { sheet: string; blocked: boolean; layoutPending: boolean }[],
  rules: Rules,
  lang: Lang,
): { ops: PlanOp[]; checks: Check[] } {
  // Without ratings the summary is only emptied: no need to list every employee.
  const rated = !raters.ratings.length
    ? []
    : all.flatMap(({ snapshot, assessment }) => {
        const written = sheets.some((s) => s.sheet === snapshot.sheet && !s.blocked && !s.layoutPending);
        const moved = assessment.layout.moves && !written;
        const first = inputsStart(snapshot.scoresHeader);
        return assessment.snapshot.rows.map((r) => ({
          sheet: snapshot.sheet,
          employee: {
            name: String(r.cells[0] ?? '').trim(),
            employeeId: String(r.cells[EMPLOYEE_FIELDS.indexOf('employeeId')] ?? '').trim(),
          },
          indicators: assessment.indicators,
          // Where the panel's score is once this run's writes are done.
          inputAt: (i: number) => ({ row: r.row, col: first + (moved ? (assessment.layout.inputs[i].from ?? i) : i) }),
          panel: (i: number) => r.cells[EMPLOYEE_FIELDS.length + i] ?? null,
        }));
      });
  const result = assessRaters(raters.ratings, rated, raters.notes, rules, raters.sheet, raters.firstCol, lang);
  const comparisons = compareRaters(raters.ratings, result.lines, rules);
  return {
    checks: [...result.checks, ...compareChecks(comparisons, raters.sheet, raters.firstCol, lang)],
    ops: ratersSummaryOps(raters, result.lines, rules, comparisons),
  };
}

/** Each employee's actual per indicator as the sheets hold them now: the "previous actual" of a cascade check. */
function actualsOf(snapshots: readonly AssessmentSnapshot[]): Map<string, number> {
  const out = new Map<string, number>();
  const id = EMPLOYEE_FIELDS.indexOf('employeeId');
  for (const s of snapshots)
    for (const at of actualInputs(s.inputTags))
      for (const r of s.rows) {
        const value = r.cells[EMPLOYEE_FIELDS.length + at];
        if (typeof value === 'number') out.set(cascadeKey(String(r.cells[id] ?? ''), s.inputHeaders[at]), value);
      }
  return out;
}

/** The cycle an assessment sheet says (two cells right of its Role cell); '' when none. */
export function cycleOf(names: readonly NamedRange[], reader: GridReader, id: string): string {
  const role = findName(names, sheetNames(id).role);
  if (!role) return '';
  const value = reader.values(role.sheet, { ...role.range, c1: role.range.c1 + 2, c2: role.range.c1 + 2 })[0]?.[0];
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * The sheets the Calibration summary covers, each with the columns its computed block has once this
 * run's writes are done: a sheet laid out again now at its new place; one whose inputs would move but
 * that is not written now (another sheet scored, or its changes awaiting review) is left out until it is.
 */
function summaryInputs(
  all: { snapshot: AssessmentSnapshot; assessment: SheetAssessment; lastRow: number }[],
  written: readonly { sheet: string; blocked: boolean; layoutPending: boolean }[],
) {
  return all.flatMap((x) => {
    if (x.assessment.blocked) return [];
    const now = written.some((s) => s.sheet === x.snapshot.sheet && !s.layoutPending && !s.blocked);
    if (now) return [{ ...x, snapshot: x.assessment.snapshot }];
    return x.assessment.layout.moves ? [] : [x];
  });
}

/**
 * The workbook's goal cascade, read and checked, and what each assessment sheet takes from it (its
 * employees' individual targets): the same for every command that assesses sheets.
 */
export function workbookCascade(
  names: readonly NamedRange[],
  reader: GridReader,
  snapshots: readonly AssessmentSnapshot[],
  rules: Rules,
  lang: Lang,
) {
  const cascadeRead = readCascade(names, reader);
  // Built on the first individual part that asks (most cascades stop at groups): it reads every actual.
  let actuals: Map<string, number> | null = null;
  const cascade = cascadeRead
    ? assessCascade(
        cascadeRead,
        rules,
        lang,
        (id, indicator) => (actuals ??= actualsOf(snapshots)).get(cascadeKey(id, indicator)) ?? null,
      )
    : null;
  // Each sheet's cycle read now, with everything else, not on demand (a host loads in rounds: reads.ts).
  const cycles = new Map(cascadeRead ? snapshots.map((s) => [s.id, cycleOf(names, reader, s.id)]) : []);
  const sheetCascade = (snapshot: AssessmentSnapshot): SheetCascade | undefined =>
    cascade && cascadeRead
      ? {
          targets: individualTargets(cascade, cycles.get(snapshot.id) ?? cycleOf(names, reader, snapshot.id)),
          link: (part) => cascadeLink(cascadeRead.sheet, cascadeRead.firstCol, part),
          isLink: (formula) => isCascadeLink(cascadeRead.sheet, cascadeRead.firstCol, formula),
        }
      : undefined;
  return { cascade, cascadeRead, sheetCascade };
}

export interface ScoreRequest {
  /** Score only the sheet the user is on (the add-in's Score sheet); else every assessment sheet. */
  activeOnly?: boolean;
  /** See ScoringOptions.relayout; 'apply' by default. */
  relayout?: 'apply' | 'ask';
  /** Write each scored sheet's status line, dated by the host's clock (the add-in). */
  statusLine?: boolean;
}

export interface NotAssessmentSheet {
  notAssessmentSheet: { active: string; assessmentSheets: string[] };
}

export type ScoreResult = { scoring: WorkbookScoring } | NotAssessmentSheet;

/** The sheets Score writes: the ones scored, and the Calibration, cascade and raters sheets it summarises on. */
function scoreWrites(names: readonly NamedRange[], onlySheet: string | undefined): string[] {
  const shared = [CALIBRATION_NAMES.sheet, CASCADE_NAMES.sheet, RATER_NAMES.sheet, TALENT_GRID_NAME].flatMap(
    (n) => findName(names, n)?.sheet ?? [],
  );
  // The Rules sheet only when its talent grid block is to be added (a protected Rules sheet is HR's to keep).
  if (lacksTalentRules(names)) shared.push(...(findName(names, RULE_NAMES.lang)?.sheet ?? []));
  return uniqueSheets([...(onlySheet ? [onlySheet] : assessmentSheets(names)), ...shared]);
}

/** The Rules sheet has none of the talent grid block's cells (made before it). */
function lacksTalentRules(names: readonly NamedRange[]): boolean {
  return findName(names, RULE_NAMES.lang) !== undefined && TALENT_RULE_NAMES.every((n) => !findName(names, n));
}

/** The sheet Score sheet scores: the user's, when it is an assessment sheet; undefined for Score all. */
function onlySheetOf(view: WorkbookView, request: ScoreRequest): string | undefined {
  return request.activeOnly ? sheetNamed(assessmentSheets(view.names), view.activeSheet) : undefined;
}

/** Score sheet / Score all: checks, normalised inputs, every computed formula with its cached result. */
export const scoreOperation: Operation<ScoreRequest, ScoreResult> = {
  target: 'this-workbook',
  reach(view, request) {
    const onlySheet = onlySheetOf(view, request);
    if (request.activeOnly && !onlySheet)
      return {
        early: {
          notAssessmentSheet: { active: view.activeSheet ?? '', assessmentSheets: assessmentSheets(view.names) },
        },
      };
    // The highlight rule is listed through the Scores table's first row, a range it applies to.
    const rulesAt = new Map(
      scoresTables(view.names).map((t) => [
        t.sheet.toLowerCase(),
        { ...t.columns, r1: t.header.r1 + 1, r2: t.header.r1 + 1 },
      ]),
    );
    return { names: view.names, writes: scoreWrites(view.names, onlySheet), rulesAt };
  },
  plan(view, reader, request) {
    const scoring = planWorkbookScoring(view.names, reader, {
      messageLang: view.messageLang,
      onlySheet: onlySheetOf(view, request),
      now: request.statusLine ? view.now : undefined,
      relayout: request.relayout,
    });
    return { ops: scoring.ops, outcome: { scoring }, hasErrors: scoring.hasErrors };
  },
};

/** The lines that say how a sheet's inputs are laid out again (none for a sheet that was blocked). */
export function layoutLines(sheet: WorkbookScoring['sheets'][number], lang: Lang): string[] {
  if (sheet.blocked) return [];
  return layoutChangeLines(sheet.layout, inputsStart(sheet.snapshot.scoresHeader), lang);
}

export type SheetSummary = SheetCounts & {
  sheet: string;
  blocked: boolean;
  /** Where the figures lead: the first not-scored row's Status cell, the first flagged row's Flag reason. */
  firstCells: { incomplete: string | null; flagged: string | null };
  /** The sheet's talent grid (best box first: core/talentGrid.ts); null when the Rules have none. */
  grid: TalentGrid | null;
  /** Supervisors whose qualitative scores stand apart from their people's data (core/raterEffects.ts). */
  raters: { supervisor: string; people: number; qualGap: number; quantGap: number; lenient: boolean; cell: string }[];
};

/** The supervisors the rater table notes, each with the cell its warning names (their first Supervisor cell). */
function notedRaters(s: SheetAssessment): SheetSummary['raters'] {
  const col = employeeCol(s.snapshot.scoresHeader.c1, 'supervisor');
  return s.raterEffects.supervisors
    .filter((r) => r.note === 'lenient' || r.note === 'severe')
    .map((r) => ({
      supervisor: r.supervisor,
      people: r.people,
      qualGap: r.qualGap ?? 0,
      quantGap: r.quantGap ?? 0,
      lenient: r.note === 'lenient',
      cell: cellAddress(r.members[0].row, col),
    }));
}

/** The cells the pane's figures link to, from the sheet's computed columns. */
function firstCells(s: SheetAssessment): SheetSummary['firstCells'] {
  const cols = computedColumns(s.snapshot.scoresHeader.c2 + 1, s.indicators.length);
  const incomplete = s.employees.find((e) => e.status !== 'scored');
  const flagged = s.employees.find((e) => e.flagged);
  return {
    incomplete: incomplete ? cellAddress(incomplete.row, cols.status) : null,
    flagged: flagged ? cellAddress(flagged.row, cols.flagReason) : null,
  };
}

/** Score's result as the pane and the ribbon show it. */
export interface ScoreSummary {
  sheets: SheetSummary[];
  /** Rules checks, every sheet's checks and the restored computed cells, in the message language. */
  checks: Check[];
  notAssessmentSheet?: { active: string; assessmentSheets: string[] };
  /**
   * Sheets whose indicators changed, so their inputs are to be laid out again: nothing was written to
   * them; the lines say what would change (core/layoutText.ts). Score with 'apply' to do it.
   */
  layoutChanges: { sheet: string; lines: string[] }[];
}

export function scoreSummary(result: ScoreResult, messageLang?: Lang): ScoreSummary {
  if ('notAssessmentSheet' in result)
    return { sheets: [], checks: [], layoutChanges: [], notAssessmentSheet: result.notAssessmentSheet };
  const { scoring } = result;
  const lang = messageLang ?? scoring.rules.lang;
  return {
    // A sheet whose new layout awaits review was not scored: it is reported in layoutChanges instead.
    sheets: scoring.sheets
      .filter((s) => !s.layoutPending)
      .map((s) => ({
        sheet: s.sheet,
        blocked: s.blocked,
        ...sheetCounts(s, scoring.rules),
        firstCells: firstCells(s),
        grid: scoring.rules.talent.present ? talentGrid(s.employees, scoring.rules, scoring.rules.lang) : null,
        raters: notedRaters(s),
      })),
    checks: [
      ...scoring.rulesChecks,
      ...(scoring.cascade?.checks ?? []),
      ...scoring.raterChecks,
      ...scoring.sheets.flatMap((s) => [...s.checks, ...s.restored]),
    ],
    layoutChanges: scoring.sheets
      .filter((s) => s.layoutPending)
      .map((s) => ({ sheet: s.sheet, lines: layoutLines(s, lang) })),
  };
}
