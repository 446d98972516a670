import { catalogue } from '../core/catalogue';
import type { Lang, Severity } from '../core/types';

/** The task pane's own words; workbook words and check messages come from src/core in the same two languages. */
export interface UiText {
  appTitle: string;
  uiLanguage: string;
  jumpTo: string;
  parts: { scoring: string; calibration: string; feedback: string; setup: string; nextCycle: string };
  langNames: Record<Lang, string>;
  insertHeading: string;
  roles: string;
  templateLanguage: string;
  cycle: string;
  cyclePlaceholder: string;
  insertButton: string;
  inserting: string;
  noRole: string;
  inserted: (sheets: string[]) => string;
  insertedNothing: string;
  scoreHeading: string;
  scoreActive: string;
  scoreAll: string;
  nextCycleHeading: string;
  nextCycleIntro: string;
  nextCycleLabel: string;
  nextCycleButton: string;
  nextCycleName: string;
  nextCycleWorking: string;
  nextCycleOpened: (employees: number, measures: number) => string;
  nextCycleErrors: string;
  nextCycleUnsupported: string;
  layoutTitle: (sheet: string) => string;
  layoutApply: string;
  layoutNotNow: string;
  scoring: string;
  progress: (done: number, total: number) => string;
  resultsHeading: string;
  resultsAnnouncement: (sheets: number, scored: number, incomplete: number, flagged: number) => string;
  blocked: string;
  grade: string;
  count: string;
  /** The share column of the grade chart. */
  share: string;
  /** What the marker on a grade's bar means: the Rules' target share, at most. */
  targetShare: (percent: number) => string;
  scored: string;
  incomplete: string;
  flagged: string;
  noScoredYet: string;
  noResultsYet: string;
  checksHeading: string;
  noChecks: string;
  severity: Record<Severity, string>;
  goToCell: string;
  goToCellLabel: (sheet: string, cell: string) => string;
  /** A figure that leads to its first row: its visible text is the count, the name says where it goes. */
  firstRowLabel: (count: number, cell: string) => string;
  showMore: (n: number) => string;
  notAssessment: (active: string) => string;
  assessmentSheetsAre: string;
  noAssessmentSheets: string;
  goToSheet: (sheet: string) => string;
  failed: (message: string) => string;
  needsExcel: string;
  /** The page Internet Explorer 11 shows instead of the pane (legacy.ts). */
  legacyTitle: string;
  legacyLines: string[];
  calibrationHeading: string;
  feedbackHeading: string;
  feedbackIntro: string;
  draftSelected: string;
  draftAll: string;
  drafting: string;
  drafted: (who: string) => string;
  planExists: (who: string) => string;
  goToPlan: string;
  noPlanNeeded: string;
  selectEmployeeFirst: string;
  calibrationIntro: string;
  showFlagged: string;
  showAll: string;
  filteredTo: (sheet: string, flagged: number) => string;
  showingAll: (sheet: string) => string;
  noneFlagged: (sheet: string) => string;
  talentGridHeading: (sheet: string) => string;
  raterEffectsHeading: string;
  noRaterEffect: string;
  raterNoted: (supervisor: string, sheet: string, qual: number, quant: number, lenient: boolean) => string;
  potential: string;
  potentialHint: string;
  noPotential: string;
  savePotential: string;
  potentialSaved: (who: string, potential: string) => string;
  potentialSame: (who: string, potential: string) => string;
  talentGridIntro: string;
  boxButton: (box: string, count: number) => string;
  boxFiltered: (sheet: string, box: string, count: number) => string;
  boxEmpty: (sheet: string, box: string) => string;
  countedApart: (noPotential: number, notScored: number) => string;
  useSelected: string;
  useSelectedHint: string;
  noEmployeeSelected: string;
  selectedEmployee: string;
  rowOf: (sheet: string, row: number) => string;
  weightedScore: string;
  status: string;
  flagReason: string;
  notFlagged: string;
  notScored: string;
  calibratedGrade: string;
  noCalibratedGrade: string;
  chooseGrade: string;
  reason: string;
  reasonHint: string;
  decidedBy: string;
  record: string;
  recording: string;
  gradeRequired: string;
  reasonRequired: string;
  deciderRequired: string;
  recorded: (employee: string, grade: string) => string;
  /** Calibrated to this grade already, its reason logged: nothing recorded. */
  alreadyCalibrated: (employee: string, grade: string) => string;
  logRowCaption: (sheet: string, row: number) => string;
  notRecorded: string;
  importHeading: string;
  importIntro: string;
  chooseCsv: string;
  chooseFile: string;
  noFileChosen: string;
  pasteLabel: string;
  previewImport: string;
  runImport: string;
  importing: string;
  noCsv: string;
  csvFile: (name: string) => string;
  mappingCaption: string;
  columnInFile: string;
  matchedTo: string;
  notMatched: string;
  unitScaled: (factor: string) => string;
  willChange: (added: number, updated: number, unchanged: number) => string;
  didChange: (added: number, updated: number, unchanged: number, sheet: string) => string;
  nothingToChange: string;
  ambiguousLine: (line: number, who: string, rows: string, lines: string) => string;
  skippedLines: (lines: string) => string;
  missingIndicators: (names: string) => string;
  noKeyColumn: (seen: string) => string;
  noRows: string;
  importScoreFirst: string;
}

/** A difference in points with its sign and one decimal: +12.0, -3.0. */
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;

const en: UiText = {
  importHeading: 'Import data (CSV)',
  importIntro:
    'Bring actual values from a CRM or HR export into the active assessment sheet. Check the mapping first; nothing is written until you import.',
  chooseCsv: 'CSV file',
  chooseFile: 'Choose a file…',
  noFileChosen: 'No file chosen',
  pasteLabel: 'Or paste the rows copied from the export (header first)',
  previewImport: 'Check mapping',
  runImport: 'Import',
  importing: 'Reading the sheet…',
  noCsv: 'Choose a CSV file or paste rows first.',
  csvFile: (name) => `File: ${name}`,
  mappingCaption: 'How the columns of the file are read',
  columnInFile: 'Column in the file',
  matchedTo: 'Goes into',
  notMatched: 'Not used',
  unitScaled: (factor) => ` (numbers × ${factor} for the unit)`,
  willChange: (added, updated, unchanged) =>
    `Import will add ${added}, update ${updated}; ${unchanged} already up to date.`,
  didChange: (added, updated, unchanged, sheet) =>
    `Imported into ${sheet}: ${added} added, ${updated} updated, ${unchanged} already up to date.`,
  nothingToChange: 'Nothing to change: the sheet already holds this data.',
  ambiguousLine: (line, who, rows, lines) =>
    `Line ${line} ("${who}") is left alone: ${rows ? `it could be row ${rows}` : ''}${rows && lines ? '; ' : ''}${lines ? `line ${lines} names the same employee` : ''}. Give each employee their own Employee ID.`,
  skippedLines: (lines) => `Lines without Employee ID or name, skipped: ${lines}.`,
  missingIndicators: (names) => `No column for: ${names}.`,
  noKeyColumn: (seen) =>
    `No column names the employee (Employee ID or Name), so nothing can be imported. Columns found: ${seen}. Rename the header, or add your word under "Import column names" on the Rules sheet.`,
  noRows: 'No row of the file can be imported (see above); nothing was written.',
  importScoreFirst:
    'The Indicators table changed since the last Score, so the input columns are not in its order yet. Score the sheet first, then import; nothing was written.',
  appTitle: 'Performance Review',
  // Both languages, so whoever cannot read the current one still finds the switch.
  uiLanguage: 'Pane language · 语言',
  jumpTo: 'Go to',
  parts: {
    scoring: 'Scoring',
    calibration: 'Calibration',
    feedback: 'Feedback',
    setup: 'Set-up',
    nextCycle: 'Next cycle',
  },
  langNames: { 'zh-CN': '中文', 'en-US': 'English' },
  insertHeading: 'Insert templates',
  roles: 'Roles',
  templateLanguage: 'Sheet language',
  cycle: 'Cycle',
  cyclePlaceholder: 'e.g. 2025 H1',
  insertButton: 'Insert templates',
  inserting: 'Inserting templates…',
  noRole: 'Choose at least one role.',
  inserted: (sheets) => `Added sheets: ${sheets.join(', ')}.`,
  insertedNothing: 'Nothing to add: the workbook already has these sheets.',
  scoreHeading: 'Score',
  scoreActive: 'Score active sheet',
  scoreAll: 'Score all sheets',
  nextCycleHeading: 'Next cycle',
  nextCycleIntro:
    "A new workbook with the same indicators, weights, targets and people: inputs empty, Previous grade = this cycle's final grade, open improvement measures listed. This workbook, its plans and calibration log stay as they are.",
  nextCycleLabel: 'New cycle',
  nextCycleButton: 'Start the next cycle in a new workbook',
  nextCycleName: 'Name the new cycle first (e.g. 2025 H2).',
  nextCycleWorking: 'Building the new workbook…',
  nextCycleOpened: (employees, measures) =>
    `The new workbook is open: ${employees} employees carried, ${measures} open measures listed. Save it under a name of its own.`,
  nextCycleErrors: 'This cycle has errors to fix first (below): no workbook was made.',
  nextCycleUnsupported:
    'This Excel cannot open a new workbook from an add-in (it needs Excel 2019 or later, or Microsoft 365). Use perf-review next-cycle on the file instead.',
  layoutTitle: (sheet) =>
    `The indicators or own targets of "${sheet}" changed. Scoring it first lays out the Scores table's input columns again; nothing typed is lost:`,
  layoutApply: 'Lay out and score',
  layoutNotNow: 'Not now',
  scoring: 'Scoring…',
  progress: (done, total) => `Scoring: ${done} of ${total} done`,
  resultsHeading: 'Results',
  resultsAnnouncement: (sheets, scored, incomplete, flagged) =>
    `Scored ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}: ${scored} ${scored === 1 ? 'employee' : 'employees'} scored, ${incomplete} incomplete, ${flagged} flagged.`,
  blocked: 'Not scored: fix the sheet errors below first.',
  grade: 'Grade',
  count: 'Employees',
  share: 'Share',
  targetShare: (percent) => `target at most ${percent}%`,
  scored: 'Scored',
  incomplete: 'Incomplete',
  flagged: 'Flagged',
  noScoredYet: 'No employee is scored yet.',
  noResultsYet: 'Score a sheet to see grades, counts and checks here.',
  checksHeading: 'Checks',
  noChecks: 'No problems found.',
  severity: { error: 'Sheet errors', problem: 'Row problems', warning: 'Warnings', info: 'Notes' },
  goToCell: 'Go to cell',
  goToCellLabel: (sheet, cell) => `Go to cell ${cell} on ${sheet}`,
  firstRowLabel: (count, cell) => `${count}: go to the first, cell ${cell}`,
  showMore: (n) => `Show ${n} more`,
  notAssessment: (active) => `"${active}" is not an assessment sheet.`,
  assessmentSheetsAre: 'Assessment sheets in this workbook:',
  noAssessmentSheets: 'This workbook has no assessment sheet yet: insert templates first.',
  goToSheet: (sheet) => `Go to ${sheet}`,
  failed: (message) => `Something went wrong: ${message}`,
  needsExcel: 'Open this add-in in Excel: it works on an Excel workbook.',
  legacyTitle: 'This task pane needs a newer Excel',
  legacyLines: [
    'This Excel shows add-ins in Internet Explorer 11 or the old Edge (EdgeHTML), which cannot run the task pane.',
    "What works here: the ribbon's Score sheet and Flagged rows buttons, and every formula of the workbook (scores, grades, flags, the Calibration sheet), which Excel recalculates as usual.",
    'The task pane (templates, import, calibration) needs Microsoft 365 or Excel 2021 or later on Windows or Mac, or Excel on the web. Excel 2016 and 2019 use Internet Explorer or the old Edge.',
  ],
  calibrationHeading: 'Calibration',
  feedbackHeading: 'Feedback and improvement plans',
  feedbackIntro:
    "Drafts the guide's Table 2 with the one-on-one brief from the scores, one sheet per employee, and adds it to the Plans register. A plan drafted before is left as it is.",
  draftSelected: 'Draft the plan of the selected employee',
  draftAll: 'Draft plans for everyone who needs one',
  drafting: 'Drafting…',
  drafted: (who) => `Plan drafted: ${who}`,
  planExists: (who) => `${who} already has a plan: left as it is`,
  goToPlan: 'Go to the plan',
  noPlanNeeded: 'No one needs a plan: no result action is a 30-day plan or a performance talk.',
  selectEmployeeFirst: "Select a cell in the employee's row on an assessment sheet first.",
  calibrationIntro:
    "Flagged rows may hide a data error or a target set too high. Review them, then record the panel's grade with its reason.",
  showFlagged: 'Show flagged rows only',
  showAll: 'Show all rows',
  filteredTo: (sheet, flagged) => `${sheet}: showing the ${flagged} flagged ${flagged === 1 ? 'row' : 'rows'} only.`,
  showingAll: (sheet) => `${sheet}: showing all rows.`,
  noneFlagged: (sheet) => `${sheet}: no employee is flagged, so all rows are shown.`,
  talentGridHeading: (sheet) => `Talent grid: ${sheet}`,
  raterEffectsHeading: 'Rater effects',
  noRaterEffect: "No supervisor's qualitative scores stand apart from their people's data.",
  raterNoted: (supervisor, sheet, qual, quant, lenient) =>
    `${supervisor} (${sheet}): qualitative ${signed(qual)}, data-based ${signed(quant)} against the sheet: ${lenient ? 'lenient' : 'severe'} for the data.`,
  potential: 'Potential',
  potentialHint: "The panel's view of what the employee could grow into: the talent grid's other axis.",
  noPotential: 'Not assessed',
  savePotential: 'Save potential',
  potentialSaved: (who, potential) =>
    potential ? `Saved: ${who}'s potential is ${potential}.` : `Saved: ${who}'s potential is cleared.`,
  potentialSame: (who, potential) =>
    `${who}'s potential is ${potential || 'not assessed'} already: nothing was written.`,
  talentGridIntro:
    'Performance (from the final grade) across, potential up. Choose a box to show its people in the Scores table; choose it again to show all rows.',
  boxButton: (box, count) => `${box}: ${count} ${count === 1 ? 'person' : 'people'}`,
  boxFiltered: (sheet, box, count) =>
    `${sheet}: showing the ${count} ${count === 1 ? 'person' : 'people'} in ${box} only.`,
  boxEmpty: (sheet, box) => `${sheet}: no one is in ${box}, so all rows are shown.`,
  countedApart: (noPotential, notScored) =>
    `Not in the grid: ${noPotential} scored without a potential yet, ${notScored} not scored yet.`,
  useSelected: 'Use selected cell',
  useSelectedHint: "Select a cell in an employee's row on an assessment sheet, then click Use selected cell.",
  noEmployeeSelected:
    "The selected cell is not in an employee's row of an assessment sheet. Select a cell in that row and try again.",
  selectedEmployee: 'Selected employee',
  rowOf: (sheet, row) => `${sheet}, row ${row}`,
  weightedScore: 'Weighted score',
  status: 'Status',
  flagReason: 'Flag reason',
  notFlagged: 'Not flagged',
  notScored: 'Not scored',
  calibratedGrade: 'Calibrated grade',
  noCalibratedGrade: 'None',
  chooseGrade: 'Choose a grade',
  reason: 'Reason',
  reasonHint: 'Why the panel changed the grade; it goes into the calibration log.',
  decidedBy: 'Decided by',
  record: 'Record calibration',
  recording: 'Recording…',
  gradeRequired: 'Choose the calibrated grade.',
  reasonRequired: 'Write why the panel changed the grade.',
  deciderRequired: 'Say who decided.',
  recorded: (employee, grade) => `Recorded: ${employee} calibrated to ${grade}.`,
  alreadyCalibrated: (employee, grade) =>
    `${employee} is already calibrated to ${grade}, with its reason in the log: nothing was recorded.`,
  logRowCaption: (sheet, row) => `Calibration log, row ${row} of ${sheet}`,
  notRecorded: 'Not recorded, nothing was written:',
};

const zh: UiText = {
  appTitle: '业绩考核',
  uiLanguage: '窗格语言 · Language',
  jumpTo: '转到',
  parts: { scoring: '评分', calibration: '校准', feedback: '反馈', setup: '准备', nextCycle: '下一周期' },
  langNames: { 'zh-CN': '中文', 'en-US': 'English' },
  insertHeading: '插入模板',
  roles: '岗位',
  templateLanguage: '工作表语言',
  cycle: '考核周期',
  cyclePlaceholder: '例如 2025年上半年',
  insertButton: '插入模板',
  inserting: '正在插入模板…',
  noRole: '请至少选择一个岗位。',
  inserted: (sheets) => `已添加工作表：${sheets.join('、')}。`,
  insertedNothing: '无需添加：工作簿中已有这些工作表。',
  scoreHeading: '评分',
  scoreActive: '为当前表评分',
  scoreAll: '为全部考核表评分',
  nextCycleHeading: '下一周期',
  nextCycleIntro:
    '新建一个工作簿：指标、权重、目标和人员相同，录入值为空，上期等级 = 本周期的最终等级，并列出未完成的改进措施。本工作簿及其改进计划和校准记录保持不变。',
  nextCycleLabel: '新周期',
  nextCycleButton: '在新工作簿中开始下一周期',
  nextCycleName: '请先填写新周期的名称（如 2025年下半年）。',
  nextCycleWorking: '正在生成新工作簿…',
  nextCycleOpened: (employees, measures) =>
    `新工作簿已打开：带入 ${employees} 名员工，列出 ${measures} 项未完成措施。请另存为新的文件名。`,
  nextCycleErrors: '本周期还有需要先修正的错误（见下）：未生成工作簿。',
  nextCycleUnsupported:
    '此版本的 Excel 不能由加载项打开新工作簿（需要 Excel 2019 或更高版本，或 Microsoft 365）。请对文件使用 perf-review next-cycle。',
  layoutTitle: (sheet) => `"${sheet}"的指标或个人目标有变更。评分前将重新排列评分表的录入列，已录入的内容不会丢失：`,
  layoutApply: '重新排列并评分',
  layoutNotNow: '暂不',
  scoring: '正在评分…',
  progress: (done, total) => `正在评分：已完成 ${done} / ${total}`,
  resultsHeading: '结果',
  resultsAnnouncement: (sheets, scored, incomplete, flagged) =>
    `已为 ${sheets} 张表评分：${scored} 人已评分，${incomplete} 人未评分，${flagged} 人需校准。`,
  blocked: '未评分：请先修正下方的表格错误。',
  grade: '等级',
  count: '人数',
  share: '占比',
  targetShare: (percent) => `目标不超过 ${percent}%`,
  scored: '已评分',
  incomplete: '未评分',
  flagged: '需校准',
  noScoredYet: '尚无员工完成评分。',
  noResultsYet: '评分后，这里会显示等级分布、人数统计和校验结果。',
  checksHeading: '校验结果',
  noChecks: '未发现问题。',
  severity: { error: '表格错误', problem: '数据问题', warning: '警告', info: '提示' },
  goToCell: '定位到单元格',
  goToCellLabel: (sheet, cell) => `定位到单元格 ${cell}（${sheet}）`,
  firstRowLabel: (count, cell) => `${count}：转到第一个（单元格 ${cell}）`,
  showMore: (n) => `再显示 ${n} 条`,
  notAssessment: (active) => `“${active}”不是考核表。`,
  assessmentSheetsAre: '本工作簿中的考核表：',
  noAssessmentSheets: '本工作簿中还没有考核表：请先插入模板。',
  goToSheet: (sheet) => `转到 ${sheet}`,
  failed: (message) => `出错了：${message}`,
  needsExcel: '请在 Excel 中打开此加载项：它需要一个 Excel 工作簿。',
  legacyTitle: '此任务窗格需要更新版本的 Excel',
  legacyLines: [
    '此 Excel 使用 Internet Explorer 11 或旧版 Edge（EdgeHTML）显示加载项，无法运行任务窗格。',
    '在此仍可使用：功能区的"评分"和"标记行"按钮，以及工作簿中的全部公式（得分、等级、标记、校准表），Excel 照常重新计算。',
    '任务窗格（模板、导入、校准）需要 Windows 或 Mac 上的 Microsoft 365 或 Excel 2021 及更高版本，或 Excel 网页版。Excel 2016 和 2019 使用 Internet Explorer 或旧版 Edge。',
  ],
  importHeading: '导入数据（CSV）',
  importIntro: '把 CRM 或人事系统导出的实际值导入当前考核表。请先核对列的对应关系；点击"导入"前不会写入任何内容。',
  chooseCsv: 'CSV 文件',
  chooseFile: '选择文件…',
  noFileChosen: '未选择文件',
  pasteLabel: '或粘贴从导出文件复制的数据行（含表头）',
  previewImport: '核对对应关系',
  runImport: '导入',
  importing: '正在读取工作表…',
  noCsv: '请先选择 CSV 文件或粘贴数据行。',
  csvFile: (name) => `文件：${name}`,
  mappingCaption: '文件各列的读取方式',
  columnInFile: '文件中的列',
  matchedTo: '填入',
  notMatched: '不使用',
  unitScaled: (factor) => `（按单位乘以 ${factor}）`,
  willChange: (added, updated, unchanged) => `导入将新增 ${added} 人，更新 ${updated} 人；${unchanged} 人数据未变。`,
  didChange: (added, updated, unchanged, sheet) =>
    `已导入"${sheet}"：新增 ${added} 人，更新 ${updated} 人，${unchanged} 人数据未变。`,
  nothingToChange: '没有需要更改的内容：工作表中已是这些数据。',
  ambiguousLine: (line, who, rows, lines) =>
    `第 ${line} 行（"${who}"）未导入：${rows ? `可能对应表中第 ${rows} 行` : ''}${rows && lines ? '；' : ''}${lines ? `第 ${lines} 行也是同一员工` : ''}。请为每位员工使用唯一工号。`,
  skippedLines: (lines) => `缺少工号和姓名的行（已跳过）：${lines}。`,
  missingIndicators: (names) => `没有对应列的指标：${names}。`,
  noKeyColumn: (seen) =>
    `没有可识别员工的列（工号或姓名），无法导入。找到的列：${seen}。请修改列名，或在评分规则表的"导入列名"中添加贵部门的叫法。`,
  noRows: '文件中没有可导入的行（见上）；未写入任何内容。',
  importScoreFirst: '考核指标表在上次评分后有变更，录入列尚未按其顺序排列。请先评分，再导入；未写入任何内容。',
  calibrationHeading: '校准',
  feedbackHeading: '反馈与改进计划',
  feedbackIntro:
    '根据评分数据起草指南的表2及一对一沟通提纲，每位员工一张工作表，并加入改进计划跟踪。已起草的计划保持不变。',
  draftSelected: '为所选员工起草计划',
  draftAll: '为所有需要的员工起草计划',
  drafting: '正在起草…',
  drafted: (who) => `已起草计划：${who}`,
  planExists: (who) => `${who} 已有计划：保持不变`,
  goToPlan: '转到计划',
  noPlanNeeded: '没有需要制定计划的员工：没有结果应用为30天改进计划或绩效面谈。',
  selectEmployeeFirst: '请先在考核表中选中该员工所在行的任一单元格。',
  calibrationIntro: '被标记的行可能存在数据错误或目标设置过高。请逐一核查，然后记录评审小组确定的等级及原因。',
  showFlagged: '仅显示标记行',
  showAll: '显示全部行',
  filteredTo: (sheet, flagged) => `${sheet}：仅显示 ${flagged} 个标记行。`,
  showingAll: (sheet) => `${sheet}：已显示全部行。`,
  noneFlagged: (sheet) => `${sheet}：没有被标记的员工，已显示全部行。`,
  talentGridHeading: (sheet) => `人才九宫格：${sheet}`,
  raterEffectsHeading: '评分者效应',
  noRaterEffect: '没有上级的定性打分明显偏离其下属的数据得分。',
  raterNoted: (supervisor, sheet, qual, quant, lenient) =>
    `${supervisor}（${sheet}）：定性得分与本表差 ${signed(qual)}，数据得分与本表差 ${signed(quant)}：定性打分相对数据${lenient ? '偏松' : '偏严'}。`,
  potential: '潜力',
  potentialHint: '评审小组对员工发展潜力的判断：人才九宫格的另一个维度。',
  noPotential: '未评估',
  savePotential: '保存潜力',
  potentialSaved: (who, potential) =>
    potential ? `已保存：${who}的潜力为${potential}。` : `已保存：已清空${who}的潜力。`,
  potentialSame: (who, potential) => `${who}的潜力已是${potential || '未评估'}：未写入任何内容。`,
  talentGridIntro: '横向为绩效（按最终等级），纵向为潜力。选择一个格子，评分表只显示该格的员工；再选一次显示全部行。',
  boxButton: (box, count) => `${box}：${count} 人`,
  boxFiltered: (sheet, box, count) => `${sheet}：仅显示"${box}"的 ${count} 人。`,
  boxEmpty: (sheet, box) => `${sheet}："${box}"中没有员工，已显示全部行。`,
  countedApart: (noPotential, notScored) => `未入格：已评分但未填潜力 ${noPotential} 人，尚未评分 ${notScored} 人。`,
  useSelected: '使用所选单元格',
  useSelectedHint: '在考核表中选中某位员工所在行的任一单元格，然后点击“使用所选单元格”。',
  noEmployeeSelected: '所选单元格不在考核表的员工行中。请选中该员工所在行的单元格后重试。',
  selectedEmployee: '所选员工',
  rowOf: (sheet, row) => `${sheet}，第 ${row} 行`,
  weightedScore: '加权得分',
  status: '状态',
  flagReason: '标记原因',
  notFlagged: '未标记',
  notScored: '未评分',
  calibratedGrade: '校准等级',
  noCalibratedGrade: '无',
  chooseGrade: '请选择等级',
  reason: '原因',
  reasonHint: '评审小组调整等级的理由，将写入校准记录。',
  decidedBy: '决定人',
  record: '记录校准',
  recording: '正在记录…',
  gradeRequired: '请选择校准等级。',
  reasonRequired: '请填写调整等级的原因。',
  deciderRequired: '请填写决定人。',
  recorded: (employee, grade) => `已记录：${employee} 校准为 ${grade}。`,
  alreadyCalibrated: (employee, grade) => `${employee} 已校准为 ${grade}，校准记录中已有原因：未重复记录。`,
  logRowCaption: (sheet, row) => `校准记录（${sheet}，第 ${row} 行）`,
  notRecorded: '未记录，未写入任何内容：',
};

export const UI = catalogue<UiText>(en, zh);
