import { catalogue } from './catalogue';
import type { Lang } from './types';
import { foldWidth } from './text';

/** Every word the workbook shows, in both languages. The type makes a missing translation a compile error. */
export interface Labels {
  rulesSheet: string;
  planSheet: string;
  rulesTitle: string;
  rulesNote: string;
  language: string;
  paperSize: string;
  curveSection: string;
  achievement: string;
  score: string;
  slope: string;
  gradeSection: string;
  minScore: string;
  grade: string;
  gradeNames: [string, string, string, string];
  /** What each grade leads to (guide step 5), lowest grade first, as the Rules sheet's defaults. */
  gradeActions: [string, string, string, string];
  /** The lowest grade now and in the previous cycle. */
  talkAction: string;
  talkRule: string;
  resultAction: string;
  policySection: string;
  quantMin: string;
  quantMax: string;
  qualMin: string;
  qualMax: string;
  indicatorMin: string;
  indicatorMax: string;
  weightTolerance: string;
  calibrationSection: string;
  outlierK: string;
  outlierMinScored: string;
  achievementHigh: string;
  achievementLow: string;
  teamMinSize: string;
  teamGap: string;
  labelsSection: string;
  labelHigher: string;
  labelLower: string;
  labelQuant: string;
  labelQual: string;
  labelPanel: string;
  aliasSection: string;
  wordingSection: string;
  vagueWords: string;
  personWords: string;
  vagueList: string;
  personList: string;
  aliasNote: string;
  aliasHeader: string;
  aliasMeans: string;
  higher: string;
  lower: string;
  panel: string;
  quantitative: string;
  qualitative: string;
  assessmentTitle: string;
  position: string;
  cycle: string;
  dataLog: string;
  indicatorsSection: string;
  scoresSection: string;
  dimension: string;
  indicator: string;
  weight: string;
  target: string;
  direction: string;
  unit: string;
  dataSource: string;
  ownTargets: string;
  indicatorKey: string;
  ownTargetsYes: string;
  ownGroup: string;
  keptGroup: string;
  ownHeader: string;
  keptHeader: string;
  statusOwnTarget: string;
  ratersSheet: string;
  ratersTitle: string;
  ratersNote: string;
  ratersHeader: string[];
  ratersSummarySection: string;
  ratersSummaryHeader: string[];
  raterGapText: string;
  cycleLogSheet: string;
  cycleLogTitle: string;
  cycleLogNote: string;
  baselineSection: string;
  baselineHeader: string[];
  changesSection: string;
  changesHeader: string[];
  cycleAdded: string;
  cycleRemoved: string;
  cycleRenamed: string;
  cycleWeight: string;
  cycleTarget: string;
  cycleNoChange: string;
  retroSection: string;
  retroHeader: string[];
  retroTooHigh: string;
  retroTooLow: string;
  goalsSection: string;
  cascadeToleranceLabel: string;
  cascadeFarLabel: string;
  retroShareLabel: string;
  raterGapLabel: string;
  cascadeSheet: string;
  cascadeTitle: string;
  cascadeNote: string;
  cascadeHeader: string[];
  cascadeTop: string;
  cascadeGroup: string;
  cascadeIndividual: string;
  cascadeOk: string;
  cascadeOff: string;
  cascadeMoreParts: string;
  openMeasuresSheet: string;
  openMeasuresTitle: string;
  openMeasuresNote: string;
  openMeasuresHeader: string[];
  layoutMoved: string;
  layoutAdded: string;
  layoutAddedOwn: string;
  layoutRenamed: string;
  layoutKept: string;
  layoutDropped: string;
  ownTargetMark: string;
  weightedTotal: string;
  weightsOk: string;
  weightsOff: string;
  name: string;
  employeeId: string;
  team: string;
  supervisor: string;
  previousGrade: string;
  actualGroup: string;
  achievementGroup: string;
  scoreGroup: string;
  weightedScore: string;
  status: string;
  statusScored: string;
  statusWeights: string;
  statusIncomplete: string;
  inputMissing: string;
  inputNotNumber: string;
  inputOutOfRange: string;
  inputNegative: string;
  inputNotPositive: string;
  flagged: string;
  flag: string;
  flagReason: string;
  calibratedGrade: string;
  finalGrade: string;
  quantScore: string;
  qualScore: string;
  potential: string;
  performanceLevel: string;
  talentBox: string;
  previousPotential: string;
  reasonHigh: string;
  reasonLow: string;
  reasonAchievementHigh: string;
  reasonAchievementLow: string;
  statsScored: string;
  statsMedian: string;
  statsQ1: string;
  statsQ3: string;
  statsLower: string;
  statsUpper: string;
  targetShare: string;
  calibrationSheet: string;
  calibrationTitle: string;
  calibrationNote: string;
  logSection: string;
  logHeader: [string, string, string, string, string, string, string, string, string];
  distributionSection: string;
  distributionSheet: string;
  distributionTeam: string;
  distributionGraded: string;
  distributionShare: string;
  allTeams: string;
  chartsSection: string;
  /** A chart's title: the grade distribution of one assessment sheet ({sheet}). */
  chartGrades: string;
  /** A chart's title: the grades per team of one assessment sheet ({sheet}). */
  chartTeams: string;
  helperSection: string;
  helperHeader: [string, string, string, string, string];
  teamSection: string;
  teamHeader: [string, string, string, string, string, string, string];
  lenient: string;
  harsh: string;
  targetSection: string;
  targetHeader: [string, string, string, string, string, string];
  flaggedSection: string;
  flaggedHeader: [string, string, string, string, string, string, string];
  statusLineScored: string;
  statusLineBlocked: string;
  planTitle: string;
  planBasics: string;
  planEmployee: string;
  planSupervisor: string;
  planDate: string;
  planHighlights: string;
  planToImprove: string;
  planMeasures: string;
  planItem: string;
  planMeasure: string;
  planOwner: string;
  planSupport: string;
  planDeadline: string;
  planStatus: string;
  planProgress: string;
  planTimeline: string;
  planCycle: string;
  planOwners: string;
  planMilestones: string;
  /** A data line of the one-on-one brief: {name} {actual} {target} {pct} {score} {source}. */
  lineHigher: string;
  lineLower: string;
  lineQualitative: string;
  draftedTitle: string;
  draftedCycle: string;
  draftedAction: string;
  draftedScore: string;
  draftedAsOf: string;
  draftedChanged: string;
  draftedMoved: string;
  draftedNoHighlight: string;
  draftedNoArea: string;
  briefSection: string;
  noteDate: string;
  measureDone: string;
  registerSheet: string;
  registerTitle: string;
  registerNote: string;
  /** After the stored ID in the register when the plan's row now holds someone else. */
  registerMoved: string;
  registerHeader: string[];
  overdue: string;
  summaryHeader: string[];
  stale: string;
  briefPrompts: [string, string, string, string];
}

const en: Labels = {
  rulesSheet: 'Rules',
  planSheet: 'Improvement plan',
  rulesTitle: 'Scoring rules',
  rulesNote: 'Edit the yellow cells. Every assessment sheet reads these rules; grey cells are computed.',
  language: 'Workbook language',
  paperSize: 'Paper size (A4 or Letter)',
  curveSection: 'Achievement to score (piecewise linear; 100 above the last point)',
  achievement: 'Achievement',
  score: 'Score',
  slope: 'Slope to next point',
  gradeSection: 'Grade bands (from the lowest)',
  minScore: 'Minimum weighted score',
  grade: 'Grade',
  gradeNames: ['Needs improvement', 'Pass', 'Good', 'Excellent'],
  gradeActions: [
    '30-day improvement plan',
    'Keep current duties',
    'Keep current duties',
    'Star-employee candidate: priority for training or promotion',
  ],
  talkAction: 'Needs improvement twice in a row: formal performance talk',
  talkRule: 'Result action when the lowest grade is also the previous grade',
  resultAction: 'Result action',
  policySection: 'Weight-mix policy and checks',
  quantMin: 'Quantitative weight share, minimum (%)',
  quantMax: 'Quantitative weight share, maximum (%)',
  qualMin: 'Qualitative weight share, minimum (%)',
  qualMax: 'Qualitative weight share, maximum (%)',
  indicatorMin: 'Indicator count, minimum',
  indicatorMax: 'Indicator count, maximum',
  weightTolerance: 'Weight total tolerance',
  calibrationSection: 'Calibration',
  outlierK: 'Outlier fence (x IQR)',
  outlierMinScored: 'Scored employees needed for outliers',
  achievementHigh: 'Extreme achievement, high (check data)',
  achievementLow: 'Extreme achievement, low (check target)',
  teamMinSize: 'Team size for team deviation',
  teamGap: 'Team median deviation (points)',
  labelsSection: 'Words used in the sheets',
  labelHigher: 'Direction: higher is better',
  labelLower: 'Direction: lower is better',
  labelQuant: 'Dimension: quantitative',
  labelQual: 'Dimension: qualitative',
  labelPanel: 'Direction of qualitative indicators',
  aliasSection: 'Import column names',
  wordingSection: 'Wording of improvement plans (warnings, guide: objective, about the work)',
  vagueWords: 'Vague words',
  personWords: 'Words about the person, not the work',
  // The sheet's own language first (the same words: the checks read the set).
  vagueList: 'about, maybe, probably, roughly, approximately, more or less, 大概, 可能, 左右, 约, 差不多',
  personList:
    'lazy, careless, not motivated, bad attitude, not trying hard enough, 不够努力, 态度差, 能力不行, 不认真, 太懒',
  aliasNote:
    "Your exports' own column headers: write the header as the file has it, and the field (e.g. Employee ID) or indicator it means.",
  aliasHeader: 'Column header in the file',
  aliasMeans: 'Means (field or indicator)',
  higher: 'Higher is better',
  lower: 'Lower is better',
  panel: 'Panel score 0-100',
  quantitative: 'Quantitative',
  qualitative: 'Qualitative',
  assessmentTitle: 'Marketing staff performance assessment',
  position: 'Position',
  cycle: 'Cycle',
  dataLog: 'Data imported',
  indicatorsSection: 'Table 1: Indicators',
  scoresSection: 'Scores',
  dimension: 'Dimension',
  indicator: 'Indicator',
  weight: 'Weight (%)',
  target: 'Target',
  direction: 'Direction',
  unit: 'Unit',
  dataSource: 'Data source',
  ownTargets: 'Own targets',
  indicatorKey: 'Key',
  ownTargetsYes: 'Yes',
  ownGroup: "Own targets (input; empty = the sheet's target)",
  keptGroup: 'Kept: values of removed indicators',
  ownHeader: '{name} target',
  keptHeader: 'Removed: {header}',
  statusOwnTarget: ' (own target: {name})',
  ratersSheet: '360 raters',
  ratersTitle: '360-degree feedback: several raters per qualitative indicator, each with the recorded fact',
  ratersNote:
    'Relation: peer, partner department, customer or supervisor. Score 0-100. The summary on the right is written again by every Score; the panel notes you type there stay.',
  ratersHeader: ['Employee ID', 'Name', 'Indicator', 'Rater', 'Relation', 'Score (0-100)', 'Recorded fact', 'Date'],
  ratersSummarySection: 'Per employee and indicator (as of the last Score)',
  ratersSummaryHeader: [
    'Employee ID',
    'Name',
    'Indicator',
    'Raters',
    '360 average',
    'Panel score',
    'Panel - 360',
    'Panel note',
    'Check',
  ],
  raterGapText: 'The panel differs from the raters by {gap}: add a note or review the score',
  cycleLogSheet: 'Cycle log',
  cycleLogTitle: 'Cycle log: what changed in indicators, weights and targets since the previous cycle',
  cycleLogNote:
    'Previous cycle: {previous} ({file}). This cycle: {cycle}. The changes are listed again by every Score.',
  baselineSection: 'Indicators at the end of the previous cycle',
  baselineHeader: ['Sheet ID', 'Sheet', 'Key', 'Indicator', 'Weight (%)', 'Target', 'Direction'],
  changesSection: 'Changes since then (as of the last Score)',
  changesHeader: ['Sheet', 'Indicator', 'Change', 'Previous cycle', 'Now'],
  cycleAdded: 'Added',
  cycleRemoved: 'Removed',
  cycleRenamed: 'Renamed',
  cycleWeight: 'Weight',
  cycleTarget: 'Target',
  cycleNoChange: 'No change to indicators, weights or targets.',
  retroSection: 'Cycle retrospective: were the targets realistic?',
  retroHeader: ['Sheet', 'Indicator', 'Target', 'Measured', 'Median achievement', 'Below 60%', 'Above 150%', 'Note'],
  retroTooHigh: 'Target possibly too high',
  retroTooLow: 'Target possibly too low',
  goalsSection: 'Goals and cycles',
  cascadeToleranceLabel: 'Goal cascade: parts may differ from their parent by (%)',
  cascadeFarLabel: 'Goal cascade: a target this many times above or below the previous actual is checked',
  retroShareLabel: 'Retrospective: target possibly unrealistic when this share (%) is below 60% or above 150%',
  raterGapLabel: "360: panel score and raters' average may differ by (points)",
  cascadeSheet: 'Goal cascade',
  cascadeTitle: 'Goal cascade: the department target split into group and individual targets',
  cascadeNote:
    "One row per target. Parent = the Part ID of the target it is part of; an individual target with an Employee ID becomes that employee's own target on the Scores table. Grey cells are computed.",
  cascadeHeader: [
    'Level',
    'Part ID',
    'Parent',
    'Indicator',
    'Cycle',
    'Target',
    'Unit',
    'Direction',
    'Owner',
    'Employee ID',
    'Due date',
    'Source',
    'Rationale',
    'Parts total',
    'Check',
  ],
  cascadeTop: 'Department',
  cascadeGroup: 'Group',
  cascadeIndividual: 'Individual',
  cascadeOk: 'Parts add up',
  cascadeOff: 'Parts {parts} total {total}, not {target}.',
  cascadeMoreParts: '{first} … ({count} parts)',
  openMeasuresSheet: 'Open measures',
  openMeasuresTitle: 'Improvement measures still open from the previous cycle',
  openMeasuresNote:
    "{count} measures were not marked done in the previous cycle's plans. Take each into the new plan at the next one-on-one, or close it there.",
  openMeasuresHeader: [
    'Employee',
    'Employee ID',
    'Plan (previous file)',
    'Item',
    'Measure',
    'Owner',
    'Support',
    'Deadline',
    'Status',
    'Progress note',
  ],
  layoutMoved: '"{name}" moves from column {from} to column {to}.',
  layoutAdded: '"{name}" is new: an empty input column {to}.',
  layoutAddedOwn: '"{name}": an empty own-target column {to} (empty = the sheet\'s target).',
  layoutRenamed: '"{before}" is now "{name}" (column {to}); its values stay.',
  layoutKept: '"{name}" is no longer an indicator: its values are kept in column {to}, not scored.',
  layoutDropped: '"{name}" (column {from}) held no values and is removed.',
  ownTargetMark: ' (own target)',
  weightedTotal: 'Weighted total',
  weightsOk: 'Weights total 100',
  weightsOff: 'Weights must total 100; now ',
  name: 'Name',
  employeeId: 'Employee ID',
  team: 'Team',
  supervisor: 'Supervisor',
  previousGrade: 'Previous grade',
  actualGroup: 'Actual values (input)',
  achievementGroup: 'Achievement (actual vs target)',
  scoreGroup: 'Score (0-100)',
  weightedScore: 'Weighted score',
  status: 'Status',
  statusScored: 'Scored',
  statusWeights: 'Not scored: the weights do not total 100',
  statusIncomplete: 'Not scored:',
  inputMissing: 'missing',
  inputNotNumber: 'not a number',
  inputOutOfRange: 'must be 0-100',
  inputNegative: 'must not be negative',
  inputNotPositive: 'must be greater than 0',
  flagged: 'Flagged',
  flag: 'Flag',
  flagReason: 'Flag reason',
  calibratedGrade: 'Calibrated grade',
  finalGrade: 'Final grade',
  quantScore: 'Data-based score',
  qualScore: 'Qualitative score',
  potential: 'Potential',
  performanceLevel: 'Performance level',
  talentBox: 'Talent grid box',
  previousPotential: 'Previous potential',
  reasonHigh: 'Weighted score {w} is above the upper fence {fence} of this sheet: check for a data error.',
  reasonLow:
    'Weighted score {w} is below the lower fence {fence} of this sheet: check whether the target was set too high.',
  reasonAchievementHigh: '{name} at {pct}% (>= {limit}%): check the data.',
  reasonAchievementLow: '{name} at {pct}% (<= {limit}%): check whether the target was set too high.',
  statsScored: 'Scored',
  statsMedian: 'Median',
  statsQ1: 'Q1',
  statsQ3: 'Q3',
  statsLower: 'Lower fence',
  statsUpper: 'Upper fence',
  targetShare: 'Target share, at most (%)',
  calibrationSheet: 'Calibration',
  calibrationTitle: 'Calibration',
  calibrationNote:
    'Grade counts, bars and team medians are live formulas; the team and flagged-case lists are refreshed by each Score sheet. The log is append-only.',
  logSection: 'Calibration log',
  logHeader: [
    'Employee',
    'Employee ID',
    'Sheet',
    'Original score',
    'Original grade',
    'Calibrated grade',
    'Reason',
    'Decided by',
    'Date',
  ],
  distributionSection: 'Grade distribution (final grades)',
  helperSection: 'Employees by team (read by the team figures; refreshed by Score)',
  helperHeader: ['Sheet', 'Row', 'Team', 'Weighted score', 'Final grade'],
  distributionSheet: 'Sheet',
  distributionTeam: 'Team',
  distributionGraded: 'Graded',
  distributionShare: 'share',
  allTeams: 'All',
  chartsSection: 'Charts (live: they read the tables above)',
  chartGrades: 'Grade distribution: {sheet}',
  chartTeams: 'Grades by team: {sheet}',
  teamSection: 'Team deviation (teams whose median is far from the sheet median)',
  teamHeader: ['Sheet', 'Team', 'Scored', 'Team median', 'Sheet median', 'Gap', 'Note'],
  lenient: 'Possibly lenient rating',
  harsh: 'Possibly harsh rating',
  targetSection: 'Target distribution (Rules sheet)',
  targetHeader: ['Sheet', 'Grade', 'Target, at most (%)', 'Count', 'Allowed', 'Over (+) / under (-)'],
  flaggedSection: 'Flagged cases (as of the last Score sheet)',
  flaggedHeader: ['Sheet', 'Name', 'Employee ID', 'Team', 'Weighted score', 'Grade', 'Flag reason'],
  statusLineScored: 'Scored {when}: {scored} scored, {incomplete} not scored, {flagged} flagged, {errors} errors.',
  statusLineBlocked: 'Not scored {when}: {errors} sheet errors (nothing was written). First: {first}',
  planTitle: 'Table 2: Performance feedback and improvement plan',
  planBasics: 'Basic information',
  planEmployee: 'Employee',
  planSupervisor: 'Direct supervisor',
  planDate: 'Date of the conversation',
  planHighlights: 'Highlights',
  planToImprove: 'Areas to improve',
  planMeasures: 'Improvement measures',
  planItem: 'Item to improve',
  planMeasure: 'Measures',
  planOwner: 'Owner',
  planSupport: 'Support and resources',
  planDeadline: 'Deadline',
  planStatus: 'Status',
  planProgress: 'Weekly progress note',
  planTimeline: 'Timeline and milestones',
  planCycle: 'Improvement cycle',
  planOwners: 'Owners',
  planMilestones: 'Milestones',
  lineHigher: '{name} {actual} vs target {target}, achievement {pct} ({source})',
  lineLower: '{name} {actual} vs target at most {target}, achievement {pct} ({source})',
  lineQualitative: '{name}: panel score {score} ({source})',
  draftedTitle: 'Table 2: Performance feedback and improvement plan: {employee}',
  draftedCycle: 'Assessment cycle',
  draftedAction: 'Result action',
  draftedScore: 'Weighted score and grade',
  draftedAsOf: 'As at the conversation date',
  draftedChanged:
    'The data changed after the conversation date: compare with the column "As at the conversation date".',
  draftedMoved:
    'Row {row} of "{sheet}" no longer holds this employee (rows were sorted or moved): the data above comes from another row.',
  draftedNoHighlight: '(no indicator at or above target)',
  draftedNoArea: '(no indicator below target)',
  noteDate: 'Date of the note',
  measureDone: 'Done',
  registerSheet: 'Plans register',
  registerTitle: 'Improvement plans: every measure, for the weekly review',
  registerNote:
    'Live from the plan sheets. Overdue: the deadline has passed and the status is not "Done". Stale: no progress note for more than 7 days (since the conversation when there is none).',
  registerMoved: ' (its Scores row now holds another employee: see the plan)',
  registerHeader: [
    'Employee',
    'Team',
    'Plan',
    'Item',
    'Measure',
    'Owner',
    'Deadline',
    'Status',
    'Progress note',
    'Date of the note',
    'Overdue',
    'Stale',
  ],
  overdue: 'Overdue',
  summaryHeader: ['Team (monthly summary)', 'On 30-day plans', 'Talks due', 'Measures open', 'Done', 'Overdue'],
  stale: 'No progress for over 7 days',
  briefSection: 'One-on-one: how the conversation goes (30-60 minutes, somewhere quiet and private)',
  briefPrompts: [
    '1. Open with the highlights above, with their data.',
    '2. State each area to improve with its data, about the work, not the person.',
    '3. Listen: "What do you see as the reasons the target was not reached? What support do you need from the department?"',
    '4. Agree on the measures, owner, support and deadline below; no one-way announcement.',
  ],
};

const zh: Labels = {
  rulesSheet: '评分规则',
  planSheet: '改进计划',
  rulesTitle: '评分规则',
  rulesNote: '请修改黄色单元格。所有考核表都读取这些规则；灰色单元格为自动计算。',
  language: '工作簿语言',
  paperSize: '纸张大小（A4 或 Letter）',
  curveSection: '达成率与得分（分段线性；超过最后一点为100分）',
  achievement: '达成率',
  score: '得分',
  slope: '至下一点的斜率',
  gradeSection: '等级划分（从低到高）',
  minScore: '最低加权得分',
  grade: '等级',
  gradeNames: ['待改进', '合格', '良好', '优秀'],
  gradeActions: ['制定30天改进计划', '维持现有职责', '维持现有职责', '明星员工候选：优先参与培训或晋升'],
  talkAction: '连续两次待改进：启动绩效面谈',
  talkRule: '本期与上期均为最低等级时的结果应用',
  resultAction: '结果应用',
  policySection: '权重结构与检查',
  quantMin: '定量指标权重占比下限（%）',
  quantMax: '定量指标权重占比上限（%）',
  qualMin: '定性指标权重占比下限（%）',
  qualMax: '定性指标权重占比上限（%）',
  indicatorMin: '指标数量下限',
  indicatorMax: '指标数量上限',
  weightTolerance: '权重合计容差',
  calibrationSection: '校准',
  outlierK: '异常值界限（IQR倍数）',
  outlierMinScored: '识别异常值所需的已评分人数',
  achievementHigh: '极端达成率上限（核查数据）',
  achievementLow: '极端达成率下限（核查目标）',
  teamMinSize: '团队偏差的最少人数',
  teamGap: '团队中位数偏差（分）',
  labelsSection: '表中使用的词语',
  labelHigher: '方向：越高越好',
  labelLower: '方向：越低越好',
  labelQuant: '维度：定量',
  labelQual: '维度：定性',
  labelPanel: '定性指标的方向',
  aliasSection: '导入列名',
  wordingSection: '改进计划用语（警告；指南：客观、对事不对人）',
  vagueWords: '模糊用语',
  personWords: '针对个人而非工作的用语',
  vagueList: '大概、可能、左右、约、差不多、about、maybe、probably、roughly、approximately、more or less',
  personList:
    '不够努力、态度差、能力不行、不认真、太懒、lazy、careless、not motivated、bad attitude、not trying hard enough',
  aliasNote: '贵部门导出文件自己的列名：左边照文件填写列名，右边填写它对应的字段（如 工号）或指标名称。',
  aliasHeader: '文件中的列名',
  aliasMeans: '对应（字段或指标）',
  higher: '越高越好',
  lower: '越低越好',
  panel: '评审打分0-100',
  quantitative: '定量',
  qualitative: '定性',
  assessmentTitle: '市场部员工绩效考核表',
  position: '岗位',
  cycle: '考核周期',
  dataLog: '数据导入',
  indicatorsSection: '表1：考核指标',
  scoresSection: '评分',
  dimension: '维度',
  indicator: '指标',
  weight: '权重（%）',
  target: '目标值',
  direction: '方向',
  unit: '单位',
  dataSource: '数据来源',
  ownTargets: '个人目标',
  indicatorKey: '编号',
  ownTargetsYes: '是',
  ownGroup: '个人目标（录入；空 = 用表内目标）',
  keptGroup: '保留：已删除指标的数值',
  ownHeader: '{name}目标',
  keptHeader: '已删除：{header}',
  statusOwnTarget: '（个人目标：{name}）',
  ratersSheet: '360度评估',
  ratersTitle: '360度评估：每个定性指标可有多位评价人，每条评价附记录的事实',
  ratersNote: '关系：同事、协作部门、客户或上级。评分0-100。右侧汇总在每次评分时重写；在其中填写的评审说明会保留。',
  ratersHeader: ['工号', '姓名', '指标', '评价人', '关系', '评分（0-100）', '记录的事实', '日期'],
  ratersSummarySection: '按员工和指标汇总（截至最近一次评分）',
  ratersSummaryHeader: ['工号', '姓名', '指标', '评价人数', '360平均分', '评审打分', '评审 - 360', '评审说明', '核对'],
  raterGapText: '评审打分与评价人平均分相差 {gap}：请填写说明或复核评分',
  cycleLogSheet: '周期记录',
  cycleLogTitle: '周期记录：与上一周期相比，指标、权重和目标的变化',
  cycleLogNote: '上一周期：{previous}（{file}）。本周期：{cycle}。每次评分都会重新列出变化。',
  baselineSection: '上一周期结束时的指标',
  baselineHeader: ['表编号', '考核表', '编号', '指标', '权重（%）', '目标值', '方向'],
  changesSection: '此后的变化（截至最近一次评分）',
  changesHeader: ['考核表', '指标', '变化', '上一周期', '现在'],
  cycleAdded: '新增',
  cycleRemoved: '删除',
  cycleRenamed: '改名',
  cycleWeight: '权重',
  cycleTarget: '目标值',
  cycleNoChange: '指标、权重和目标均无变化。',
  retroSection: '周期复盘：目标是否合理？',
  retroHeader: ['考核表', '指标', '目标值', '人数', '达成率中位数', '低于60%', '高于150%', '提示'],
  retroTooHigh: '目标可能过高',
  retroTooLow: '目标可能过低',
  goalsSection: '目标与周期',
  cascadeToleranceLabel: '目标分解：下级合计与上级目标允许相差（%）',
  cascadeFarLabel: '目标分解：目标高于或低于上期实际值的倍数超过此值时提示',
  retroShareLabel: '周期复盘：低于60%或高于150%的人数占比超过此值（%）时提示目标可能不合理',
  raterGapLabel: '360度：评审打分与评价人平均分允许相差（分）',
  cascadeSheet: '目标分解',
  cascadeTitle: '目标分解：部门目标分解为小组目标和个人目标',
  cascadeNote:
    '每行一个目标。上级编号 = 其所属上级目标的编号；填写了工号的个人目标即为该员工在评分表中的个人目标。灰色单元格自动计算。',
  cascadeHeader: [
    '层级',
    '编号',
    '上级编号',
    '指标',
    '考核周期',
    '目标值',
    '单位',
    '方向',
    '负责人',
    '工号',
    '截止日期',
    '来源',
    '制定依据',
    '下级合计',
    '核对',
  ],
  cascadeTop: '部门',
  cascadeGroup: '小组',
  cascadeIndividual: '个人',
  cascadeOk: '下级合计一致',
  cascadeOff: '下级 {parts} 合计 {total}，不等于 {target}。',
  cascadeMoreParts: '{first} …（共 {count} 项）',
  openMeasuresSheet: '上期未完成措施',
  openMeasuresTitle: '上一周期尚未完成的改进措施',
  openMeasuresNote:
    '上一周期的改进计划中有 {count} 项措施未标记为完成。请在下次一对一面谈时纳入新计划，或在面谈中关闭。',
  openMeasuresHeader: [
    '员工',
    '工号',
    '计划（上期文件）',
    '改进项',
    '改进措施',
    '负责人',
    '支持与资源',
    '截止日期',
    '状态',
    '进展记录',
  ],
  layoutMoved: '"{name}"从第 {from} 列移到第 {to} 列。',
  layoutAdded: '"{name}"为新指标：新增空白录入列 {to}。',
  layoutAddedOwn: '"{name}"：新增空白个人目标列 {to}（空 = 用表内目标）。',
  layoutRenamed: '"{before}"改名为"{name}"（第 {to} 列），数值保留。',
  layoutKept: '"{name}"已不是指标：其数值保留在第 {to} 列，不参与评分。',
  layoutDropped: '"{name}"（第 {from} 列）没有数值，删除该列。',
  ownTargetMark: '（个人目标）',
  weightedTotal: '加权合计',
  weightsOk: '权重合计为100',
  weightsOff: '权重合计须为100，当前为',
  name: '姓名',
  employeeId: '工号',
  team: '团队',
  supervisor: '直属上级',
  previousGrade: '上期等级',
  actualGroup: '实际值（录入）',
  achievementGroup: '达成率（实际/目标）',
  scoreGroup: '得分（0-100）',
  weightedScore: '加权得分',
  status: '状态',
  statusScored: '已评分',
  statusWeights: '未评分：权重合计不等于100',
  statusIncomplete: '未评分：',
  inputMissing: '缺失',
  inputNotNumber: '不是数字',
  inputOutOfRange: '须在0-100之间',
  inputNegative: '不能为负数',
  inputNotPositive: '须大于0',
  flagged: '需校准',
  flag: '标记',
  flagReason: '标记原因',
  calibratedGrade: '校准等级',
  finalGrade: '最终等级',
  quantScore: '数据得分',
  qualScore: '定性得分',
  potential: '潜力',
  performanceLevel: '绩效水平',
  talentBox: '九宫格',
  previousPotential: '上期潜力',
  reasonHigh: '加权得分{w}高于本表上限{fence}：请核查数据是否有误。',
  reasonLow: '加权得分{w}低于本表下限{fence}：请核查目标是否设置过高。',
  reasonAchievementHigh: '{name}达成率{pct}%（≥{limit}%）：请核查数据。',
  reasonAchievementLow: '{name}达成率{pct}%（≤{limit}%）：请核查目标是否设置过高。',
  statsScored: '已评分人数',
  statsMedian: '中位数',
  statsQ1: '下四分位数',
  statsQ3: '上四分位数',
  statsLower: '下限',
  statsUpper: '上限',
  targetShare: '目标占比上限（%）',
  calibrationSheet: '校准',
  calibrationTitle: '校准',
  calibrationNote:
    '等级人数、条形图和团队中位数为实时公式；团队列表和标记案例在每次"评分"时刷新。校准记录只追加、不修改。',
  logSection: '校准记录',
  logHeader: ['员工', '工号', '工作表', '原得分', '原等级', '校准等级', '原因', '决定人', '日期'],
  distributionSection: '等级分布（最终等级）',
  helperSection: '按团队排列的员工（供团队统计读取；评分时刷新）',
  helperHeader: ['工作表', '行', '团队', '加权得分', '最终等级'],
  distributionSheet: '工作表',
  distributionTeam: '团队',
  distributionGraded: '已定级人数',
  distributionShare: '占比',
  allTeams: '全部',
  chartsSection: '图表（实时读取上方表格）',
  chartGrades: '等级分布：{sheet}',
  chartTeams: '各团队等级：{sheet}',
  teamSection: '团队偏差（中位数明显偏离本表中位数的团队）',
  teamHeader: ['工作表', '团队', '已评分人数', '团队中位数', '本表中位数', '差值', '说明'],
  lenient: '可能评分偏松',
  harsh: '可能评分偏严',
  targetSection: '目标分布（评分规则）',
  targetHeader: ['工作表', '等级', '目标占比上限（%）', '人数', '允许人数', '超出（+）/不足（-）'],
  flaggedSection: '标记案例（截至最近一次评分）',
  flaggedHeader: ['工作表', '姓名', '工号', '团队', '加权得分', '等级', '标记原因'],
  statusLineScored:
    '{when} 已评分：已评分 {scored} 人，未评分 {incomplete} 人，需校准 {flagged} 人，错误 {errors} 个。',
  statusLineBlocked: '{when} 未评分：考核表有 {errors} 个错误（未写入任何内容）。第一个：{first}',
  planTitle: '表2：绩效反馈与改进计划',
  planBasics: '基本信息',
  planEmployee: '员工姓名',
  planSupervisor: '直属上级',
  planDate: '面谈日期',
  planHighlights: '绩效亮点',
  planToImprove: '待改进点',
  planMeasures: '改进措施',
  planItem: '改进项',
  planMeasure: '具体措施',
  planOwner: '负责人',
  planSupport: '支持与资源',
  planDeadline: '完成期限',
  planStatus: '状态',
  planProgress: '每周进展',
  planTimeline: '时间节点与责任人',
  planCycle: '改进周期',
  planOwners: '责任人',
  planMilestones: '里程碑',
  lineHigher: '{name} {actual}（目标 {target}），达成率 {pct}（{source}）',
  lineLower: '{name} {actual}（目标 ≤{target}），达成率 {pct}（{source}）',
  lineQualitative: '{name}：评分 {score}（{source}）',
  draftedTitle: '表2：绩效反馈与改进计划：{employee}',
  draftedCycle: '考核周期',
  draftedAction: '结果应用',
  draftedScore: '加权得分与等级',
  draftedAsOf: '沟通日期时的数据',
  draftedChanged: '数据在沟通日期后有变化：请对照"沟通日期时的数据"一列。',
  draftedMoved: '"{sheet}"第 {row} 行已不是该员工（行被排序或移动）：上面的数据来自另一行。',
  draftedNoHighlight: '（没有达到或超过目标的指标）',
  draftedNoArea: '（没有低于目标的指标）',
  noteDate: '进展日期',
  measureDone: '已完成',
  registerSheet: '改进计划跟踪',
  registerTitle: '改进计划跟踪：所有改进措施，供每周检查',
  registerNote:
    '数据实时取自各改进计划表。已逾期：已过截止日期且状态不是"已完成"。无进展：超过7天没有进展记录（没有记录时从沟通日期算起）。',
  registerMoved: '（评分表中该行已是另一位员工：请查看计划）',
  registerHeader: [
    '员工',
    '团队',
    '计划',
    '改进项',
    '具体措施',
    '责任人',
    '完成期限',
    '状态',
    '进展记录',
    '进展日期',
    '已逾期',
    '无进展',
  ],
  overdue: '已逾期',
  summaryHeader: ['团队（月度汇总）', '30天改进计划人数', '待绩效面谈', '进行中措施', '已完成', '已逾期'],
  stale: '超过7天无进展',
  briefSection: '一对一沟通流程（30-60分钟，安静私密的环境）',
  briefPrompts: [
    '1. 开场肯定：先说明上面的业绩亮点及数据。',
    '2. 说明不足：用数据逐条说明待改进点，对事不对人。',
    '3. 倾听反馈："你认为目标未达成的具体原因是什么？需要部门提供什么支持？"',
    '4. 达成共识：在下表中明确改进措施、责任人、支持与截止日期，避免单向通知。',
  ],
};

export const LABELS = catalogue<Labels>(en, zh);

const compiled = new Map<string, string[]>();

/** Fills {placeholders} of a label. Templates are split once: scoring 10,000 rows calls this a lot. */
export function fill(template: string, params: Record<string, string | number>): string {
  let parts = compiled.get(template);
  if (!parts) {
    // Odd indexes are placeholder names.
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += String(params[parts[i]] ?? '') + parts[i + 1];
  return out;
}

export function labels(lang: Lang): Labels {
  return LABELS.of(lang);
}

/** Lower-cased, spaces and punctuation-insensitive key, for matching words typed in either language. */
export function matchKey(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s_\-（）()]+/g, '');
}
