/** Every name the tool defines starts so; other names in a workbook are the user's and left alone. */
export const NAME_PREFIX = 'PR_';

/**
 * The workbook-scoped defined names through which the tool finds its own sheets and tables. Names, not
 * sheet titles or header text, so renaming a sheet or switching language never breaks scoring.
 */
export const RULE_NAMES = {
  lang: 'PR_Lang',
  paper: 'PR_Paper',
  curveX: 'PR_CurveX',
  curveY: 'PR_CurveY',
  curveSlope: 'PR_CurveSlope',
  gradeMin: 'PR_GradeMin',
  gradeName: 'PR_GradeName',
  gradeTarget: 'PR_GradeTarget',
  gradeAction: 'PR_GradeAction',
  talkAction: 'PR_TalkAction',
  quantMin: 'PR_QuantMin',
  quantMax: 'PR_QuantMax',
  qualMin: 'PR_QualMin',
  qualMax: 'PR_QualMax',
  indicatorMin: 'PR_IndicatorMin',
  indicatorMax: 'PR_IndicatorMax',
  weightTolerance: 'PR_WeightTol',
  outlierK: 'PR_OutlierK',
  outlierMinScored: 'PR_OutlierMinScored',
  achievementHigh: 'PR_AchievementHigh',
  achievementLow: 'PR_AchievementLow',
  teamMinSize: 'PR_TeamMinSize',
  teamGap: 'PR_TeamGap',
  wordHigher: 'PR_WordHigher',
  wordLower: 'PR_WordLower',
  wordPanel: 'PR_WordPanel',
  vagueWords: 'PR_VagueWords',
  personWords: 'PR_PersonWords',
  wordQuantitative: 'PR_WordQuant',
  wordQualitative: 'PR_WordQual',
  cascadeTolerance: 'PR_CascadeTol',
  cascadeFar: 'PR_CascadeFar',
  retroShare: 'PR_RetroShare',
  raterGap: 'PR_RaterGap',
  gradeLevel: 'PR_GradeLevel',
  boxName: 'PR_BoxName',
  boxAction: 'PR_BoxAction',
  raterMinPeople: 'PR_RaterMinPeople',
  raterEffectGap: 'PR_RaterEffectGap',
  raterMinRatings: 'PR_RaterMinRatings',
} as const;

/** The Rules' talent grid and rater effects block (core/talentGrid.ts): added by Score to a Rules sheet without it. */
export const TALENT_RULE_NAMES: readonly string[] = [
  RULE_NAMES.gradeLevel,
  RULE_NAMES.boxName,
  RULE_NAMES.boxAction,
  RULE_NAMES.raterMinPeople,
  RULE_NAMES.raterEffectGap,
  RULE_NAMES.raterMinRatings,
];

/** Rules cells added after the first workbooks were made: a workbook without them uses the defaults. */
export const OPTIONAL_RULES: readonly string[] = [
  'PR_Paper',
  'PR_CascadeTol',
  'PR_CascadeFar',
  'PR_RetroShare',
  'PR_RaterGap',
  'PR_GradeLevel',
  'PR_BoxName',
  'PR_BoxAction',
  'PR_RaterMinPeople',
  'PR_RaterEffectGap',
  'PR_RaterMinRatings',
];

/** The Cycle log (made by next-cycle): its anchor, the previous cycle's indicators, the changes' header. */
export const CYCLE_NAMES = { sheet: 'PR_CycleLog', baseline: 'PR_Baseline', changes: 'PR_CycleChanges' } as const;

/** The 360 raters sheet: its anchor, the ratings' header, the summary's header. */
export const RATER_NAMES = { sheet: 'PR_Raters', table: 'PR_RatersTable', summary: 'PR_RatersSummary' } as const;

/** The Goal cascade sheet's anchor (A1) and its table's header row. */
export const CASCADE_NAMES = { sheet: 'PR_Cascade', table: 'PR_CascadeTable' } as const;

export const PLAN_NAME = 'PR_Plan';

/** The Talent grid sheet (人才九宫格): its anchor (A1). */
export const TALENT_GRID_NAME = 'PR_TalentGrid';

/** The Calibration sheet and its log's header row (entries follow below it, append-only). */
export const CALIBRATION_NAMES = {
  sheet: 'PR_Calibration',
  log: 'PR_CalibrationLog',
} as const;

/** Drop-down sources of the Indicators table, on the Rules sheet. */
export const DIRECTION_LIST = 'PR_DirectionList';
export const DIMENSION_LIST = 'PR_DimensionList';

/** HR's own import headers on the Rules sheet (two columns: header, what it means). Optional: older workbooks lack it. */
export const IMPORT_ALIASES_NAME = 'PR_ImportAliases';

/** Per assessment sheet k: its Indicators rows, Scores header (employee fields + inputs), and cells. */
export const sheetNames = (id: string) => ({
  indicators: `PR_${id}_Indicators`,
  scores: `PR_${id}_Scores`,
  total: `PR_${id}_WeightTotal`,
  status: `PR_${id}_Status`,
  dataLog: `PR_${id}_DataLog`,
  role: `PR_${id}_Role`,
  /** Scored, median, Q1, Q3, lower and upper fence: labels in its first row, formulas in its second. */
  stats: `PR_${id}_Stats`,
});

const SHEET_NAME = /^PR_(S\d+)_Scores$/i;
/** Any name of an assessment sheet: a sheet whose Scores name was deleted is still known by the others. */
const ANY_SHEET_NAME = /^PR_(S\d+)_[A-Za-z]/i;

/** The assessment sheets' ids, by their Scores names. */
export function assessmentIds(names: readonly string[]): string[] {
  return names
    .map((n) => SHEET_NAME.exec(n)?.[1]?.toUpperCase())
    .filter((id): id is string => id !== undefined)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** Every assessment sheet id any of the tool's names mentions, whether or not its Scores name survived. */
export function mentionedAssessmentIds(names: readonly string[]): string[] {
  const ids = new Set(names.map((n) => ANY_SHEET_NAME.exec(n)?.[1]?.toUpperCase()).filter(Boolean) as string[]);
  return [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

export function nextAssessmentId(names: readonly string[]): string {
  const used = assessmentIds(names).map((id) => Number(id.slice(1)));
  return `S${used.length ? Math.max(...used) + 1 : 1}`;
}

/** Employee fields before the inputs in every Scores table. */
export const EMPLOYEE_FIELDS = ['name', 'employeeId', 'team', 'supervisor', 'previousGrade'] as const;
export type EmployeeField = (typeof EMPLOYEE_FIELDS)[number];

/** Column of an employee field, from the Scores table's first column. */
export const employeeCol = (firstCol: number, field: EmployeeField) => firstCol + EMPLOYEE_FIELDS.indexOf(field);

/** The Scores table's first input column: right after the employee fields. */
export function inputsStart(header: { c1: number }): number {
  return header.c1 + EMPLOYEE_FIELDS.length;
}

/** Indicators table columns, in order. */
export const INDICATOR_COLUMNS = [
  'dimension',
  'name',
  'weight',
  'target',
  'direction',
  'unit',
  'source',
  /** "Yes" asks for a target per employee (an own-target input column); empty: the sheet's target for all. */
  'ownTargets',
  /** The indicator's stored identity (K1, K2...), written by the tool; it moves with the row. */
  'key',
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];
/** Column of an Indicators table's field, from the table's first column. */
export const indicatorCol = (firstCol: number, column: IndicatorColumn) => firstCol + INDICATOR_COLUMNS.indexOf(column);
