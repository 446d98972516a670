import { catalogue } from '../core/catalogue';
import type { Lang, Severity } from '../core/types';
import type { FileProblem } from '../hosts/xlsx/workbook';

/** What the command line itself says, in both languages. */
const en = {
  usage: `perf-review: performance assessments as live Excel workbooks (业绩考核)

Usage:
  perf-review template --lang zh-CN|en-US --roles channel,sales,planning,media --cycle "2024 Q3" --out FILE
  perf-review import FILE --csv DATA.csv [--sheet NAME] [--source TEXT] [--out OUT]
  perf-review score FILE [--out OUT] [--json]
  perf-review calibrate FILE --employee ID|NAME --grade GRADE --reason TEXT --by NAME [--sheet NAME] [--out OUT]
  perf-review plan FILE (--employee ID|NAME | --all) [--sheet NAME] [--date YYYY-MM-DD] [--out OUT]
  perf-review next-cycle FILE --cycle "2024 Q4" --out NEW
  perf-review report FILE... [--json | --csv]
  perf-review demo [--out DIR]

Every command takes --lang zh-CN|en-US for its messages (default: the workbook's language).
Exit codes: 0 done, 1 a sheet error (nothing written), 2 usage or file error.`,
  unknownCommand: (c: string) => `unknown command "${c}"`,
  unknownOption: (o: string, command: string) =>
    `"${command}" has no option ${o}. Its options are below; "perf-review help ${command}" says what each does.`,
  optionNeedsValue: (o: string) => `${o} needs a value, e.g. ${o} VALUE`,
  usageWord: 'Usage: ',
  version: (v: string) => `perf-review ${v}`,
  helpHint: 'Run "perf-review help COMMAND" for the options of a command.',
  reportFormat: 'choose one of --json and --csv, not both',
  calibrateSame: (who: string, grade: string) =>
    `${who} is already calibrated to ${grade}: nothing was recorded and the file was not written.`,
  noSuchEmployee: (message: string) => `${message} Nothing was written.`,
  fileUnchanged: (f: string) => `Nothing changed: ${f} already holds all of this; the file was not written.`,
  severityTag: { error: 'error', problem: 'row', warning: 'warning', info: 'info' } as Record<Severity, string>,
  internalError: (m: string) =>
    `perf-review could not finish (${m}); nothing was written. Please report this with the command you ran.`,
  missingOption: (o: string) => `missing ${o}`,
  badLang: (v: string) => `--lang must be zh-CN or en-US, not "${v}"`,
  badRoles: (v: string) =>
    `unknown role "${v}"; roles are channel (渠道), sales (销售), planning (策划), media (媒介), in either language`,
  fileMissing: (f: string) => `cannot read ${f}: there is no such file. Check the name and the folder.`,
  fileProblem: {
    missing: (f) => `cannot read ${f}: there is no such file. Check the name and the folder.`,
    directory: (f) => `${f} is a folder, not a workbook. Give the path of the .xlsx file.`,
    unreadable: (f) =>
      `cannot read ${f}: permission denied. Ask the owner for access, or copy the file somewhere you can read it.`,
    xls: (f) =>
      `${f} is an old-style Excel .xls file. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then run the command on the .xlsx.`,
    encrypted: (f) =>
      `${f} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and try again.`,
    text: (f) =>
      `${f} is a text file (CSV?), not a workbook. To bring CSV data into a workbook use "perf-review import WORKBOOK.xlsx --csv ${f}".`,
    damaged: (f) =>
      `${f} is damaged or incomplete (perhaps cut off while copying). Copy it again, or open it in Excel and let Excel repair it.`,
    'not-workbook': (f) => `${f} is not an Excel workbook (.xlsx). Give the workbook the template created.`,
    'too-large': (f) =>
      `${f} is not a workbook the tool can read: its parts would take more than 2 GB unpacked (no real workbook does; it may be a damaged or hostile zip). Nothing was written.`,
    'out-not-workbook': (f) =>
      `cannot write ${f}: it exists and is not an Excel workbook (a CSV, a text?), so it is not replaced. Choose another --out; nothing was written.`,
    'out-busy': (f) =>
      `cannot write ${f}: another perf-review run is writing it and did not finish within 10 seconds. Run the command again when it is done; nothing was written.`,
    'out-folder-missing': (f) =>
      `cannot write ${f}: its folder does not exist. Create the folder or choose another --out; nothing was written.`,
    'out-directory': (f) =>
      `cannot write ${f}: it is a folder. Give a file name such as ${f.replace(/[\\/]+$/, '')}/result.xlsx; nothing was written.`,
    'out-unwritable': (f) =>
      `cannot write ${f}: permission denied or read-only. Choose another --out; nothing was written and the original is unchanged.`,
    'out-locked': (f) =>
      `cannot write ${f}: it is open in Excel (or another program). Close it there and run the command again; nothing was written.`,
  } satisfies Record<FileProblem, (f: string) => string> as Record<FileProblem, (f: string) => string>,
  exists: (f: string) => `${f} exists already; choose another --out (nothing is overwritten)`,
  wrote: (f: string) => `Wrote ${f}`,
  templateSheets: (s: string) => `Sheets: ${s}`,
  noAssessment: (f: string) => `${f} has no assessment sheet; create one with "perf-review template"`,
  chooseSheet: (s: string) => `the workbook has several assessment sheets; choose one with --sheet: ${s}`,
  noSuchSheet: (n: string, s: string) => `no assessment sheet named "${n}"; assessment sheets: ${s}`,
  emptyCsv: (f: string) => `${f} has no header row`,
  imported: (u: number, a: number, sheet: string, same = 0) =>
    `Imported into '${sheet}': ${u} updated, ${a} appended${same ? `, ${same} already up to date` : ''}`,
  nothingChanged: 'Nothing changed: the workbook already holds this data; the file was not written.',
  noKeyColumn: (f: string, seen: string, expected: string) =>
    `${f}: no column names the employee, so no row can be matched and nothing was written. Headers found: ${seen}. Expected an Employee ID column (${expected.split(' | ')[0]}) or a Name column (${expected.split(' | ')[1]}); rename the header, or add your word under "Import column names" on the Rules sheet.`,
  importScoreFirst: (sheet: string) =>
    `the Indicators table of '${sheet}' changed since its last Score, so its input columns are not in its order yet. Score the sheet first (perf-review score), then import; nothing was written.`,
  noRows: (f: string, seen: string) =>
    `${f}: no row could be imported (see above), so nothing was written. Headers found: ${seen}.`,
  ambiguousLine: (line: number, who: string, rows: string, lines: string) =>
    `CSV line ${line} ("${who}") left alone: ${rows ? `it could be row ${rows} of the sheet` : ''}${rows && lines ? '; ' : ''}${lines ? `CSV line ${lines} names the same employee` : ''}. Give each employee their own Employee ID, then import again.`,
  converted: (header: string, factor: string, count: number, before: number, after: number) =>
    `Column "${header}": ${count} values multiplied by ${factor} for its unit (e.g. ${before} -> ${after})`,
  unmatchedColumns: (c: string) => `Columns not matched (ignored): ${c}`,
  skippedLines: (l: string) => `Rows without employee ID or name (skipped), CSV lines: ${l}`,
  missingIndicators: (c: string) => `Indicators without a column in the CSV: ${c}`,
  sheetLine: (sheet: string, scored: number, incomplete: number, flagged: number) =>
    `'${sheet}': ${scored} scored, ${incomplete} not scored, ${flagged} flagged`,
  blockedLine: (sheet: string) => `'${sheet}': not scored, fix the sheet errors below`,
  notWritten: 'Sheet errors: nothing was written.',
  noResults: 'No results found.',
  flagTag: 'flag',
  nextCycleNotWritten: 'The next cycle needs this one scored without errors: nothing was written.',
  nextCycleSheet: (sheet: string, employees: number, graded: number) =>
    `'${sheet}': ${employees} employees carried, inputs empty; Previous grade = this cycle's final grade for ${graded}.`,
  nextCycleMeasures: (count: number) => `Open measures: ${count} not done, listed on the sheet "Open measures".`,
  nextCycleRules: (names: string) =>
    `These Rules cells differ in size from the new sheet's and kept the defaults; copy them by hand: ${names}`,
  layoutHeader: (sheet: string) =>
    `'${sheet}': the input columns are laid out again (indicators or own targets changed); nothing typed is lost:`,
  calibrated: (who: string, from: string, to: string) =>
    `Calibrated ${who}: ${from} -> ${to}, recorded in the calibration log`,
  potentialSet: (who: string, potential: string) =>
    potential ? `Potential of ${who}: ${potential}` : `Potential of ${who} cleared`,
  potentialSame: (who: string, potential: string) =>
    `${who}'s Potential is ${potential || 'empty'} already: the file was not written.`,
  planDrafted: (who: string, sheet: string) => `Drafted the improvement plan of ${who} on sheet '${sheet}'`,
  planExists: (who: string, sheet: string) => `${who} already has a plan on sheet '${sheet}': left as it is`,
  planNone: 'No one needs a plan: no employee has the result action "30-day improvement plan" or "formal talk".',
  planNothingWritten: 'Nothing new to draft: the workbook was not written.',
  planWhom: 'give --employee ID|NAME, or --all for everyone whose result action is a 30-day plan or a talk',
  badDate: (v: string) => `--date must be a day of the calendar as YYYY-MM-DD, not "${v}"`,
  demoTitle: 'Demo workbook',
  demoBuilt: (f: string) =>
    `Demo workbook ${f}: built as HR would, from the template, two CSV exports imported (channel.csv, sales.csv beside it), then scored. Grades:`,
  demoNotScored: 'not scored',
  demoSampleErrors:
    'The sample data holds a few errors on purpose, to show what the checks catch (nothing of yours is involved):',
  demoOtherChecks: 'Other checks of the sample sheets:',
  demoOpen: (f: string, sheet: string, calibration: string, rules: string, grid: string) =>
    `Open ${f} in Excel or LibreOffice. Look at '${sheet}' (each row's achievements, scores, grade, flag and result action are live formulas: change an actual and watch them follow), the ${calibration} sheet (the grade distribution against the Rules' targets, and each supervisor's rating beside their people's data), the ${grid} sheet (performance and potential: type a Potential or a calibrated grade and watch the person move) and the ${rules} sheet (every threshold the formulas read).`,
  guideExample: (name: string, w: number, g: string) =>
    `The guide's example (${name}): weighted score ${w}, grade ${g}`,
  reportHeader: [
    'File',
    'Sheet',
    'Name',
    'Employee ID',
    'Team',
    'Supervisor',
    'Weighted score',
    'Grade',
    'Status',
    'Flag',
    'Flag reason',
    'Calibrated grade',
    'Final grade',
  ],
};

type Text = typeof en;
export type CliText = Text;

const zh: Text = {
  usage: `perf-review：把绩效考核变成实时计算的 Excel 工作簿

用法：
  perf-review template --lang zh-CN|en-US --roles channel,sales,planning,media --cycle "2024 Q3" --out 文件
  perf-review import 文件 --csv 数据.csv [--sheet 表名] [--source 来源] [--out 输出]
  perf-review score 文件 [--out 输出] [--json]
  perf-review calibrate 文件 --employee 工号|姓名 --grade 等级 --reason 原因 --by 决定人 [--sheet 表名] [--out 输出]
  perf-review plan 文件 (--employee 工号|姓名 | --all) [--sheet 表名] [--date YYYY-MM-DD] [--out 输出]
  perf-review next-cycle 文件 --cycle "2024 Q4" --out 新文件
  perf-review report 文件... [--json | --csv]
  perf-review demo [--out 目录]

所有命令都可用 --lang zh-CN|en-US 指定提示语言（默认为工作簿语言）。
退出码：0 完成，1 考核表有错误（未写入任何内容），2 用法或文件错误。`,
  unknownCommand: (c) => `未知命令"${c}"`,
  unknownOption: (o, command) =>
    `"${command}"没有选项 ${o}。其选项如下；"perf-review help ${command}"说明每个选项的作用。`,
  optionNeedsValue: (o) => `${o} 需要一个值，例如 ${o} 值`,
  usageWord: '用法：',
  version: (v) => `perf-review ${v}`,
  helpHint: '运行"perf-review help 命令"查看该命令的选项。',
  reportFormat: '--json 和 --csv 只能选一个',
  calibrateSame: (who, grade) => `${who}的校准等级已是${grade}：未记录任何内容，文件未写入。`,
  noSuchEmployee: (message) => `${message}未写入任何内容。`,
  fileUnchanged: (f) => `没有变化：${f} 中已是这些内容；文件未写入。`,
  severityTag: { error: '错误', problem: '数据', warning: '警告', info: '提示' },
  internalError: (m) => `perf-review 未能完成（${m}）；未写入任何内容。请连同所运行的命令一起反馈此问题。`,
  missingOption: (o) => `缺少 ${o}`,
  badLang: (v) => `--lang 须为 zh-CN 或 en-US，而不是"${v}"`,
  badRoles: (v) => `未知岗位"${v}"；可选：渠道（channel）、销售（sales）、策划（planning）、媒介（media），中英文均可`,
  fileMissing: (f) => `无法读取 ${f}：文件不存在。请检查文件名和文件夹。`,
  fileProblem: {
    missing: (f) => `无法读取 ${f}：文件不存在。请检查文件名和文件夹。`,
    directory: (f) => `${f} 是文件夹，不是工作簿。请给出 .xlsx 文件的路径。`,
    unreadable: (f) => `无法读取 ${f}：没有权限。请向文件所有者申请权限，或将文件复制到您可读取的位置。`,
    xls: (f) =>
      `${f} 是旧版 Excel .xls 文件。请在 Excel 中打开并另存为"Excel 工作簿 (*.xlsx)"，再对 .xlsx 文件运行命令。`,
    encrypted: (f) =>
      `${f} 设有打开密码。请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密），保存后重试。`,
    text: (f) =>
      `${f} 是文本文件（CSV？），不是工作簿。要把 CSV 数据导入工作簿，请用"perf-review import 工作簿.xlsx --csv ${f}"。`,
    damaged: (f) => `${f} 已损坏或不完整（可能复制时中断）。请重新复制，或在 Excel 中打开让 Excel 修复。`,
    'not-workbook': (f) => `${f} 不是 Excel 工作簿（.xlsx）。请使用模板生成的工作簿。`,
    'too-large': (f) =>
      `${f} 不是本工具可读取的工作簿：解压后超过 2 GB（真实工作簿不会如此，可能是损坏或恶意的压缩文件）。未写入任何内容。`,
    'out-not-workbook': (f) =>
      `无法写入 ${f}：该文件已存在且不是 Excel 工作簿（CSV 或文本文件？），不会被替换。请另选 --out；未写入任何内容。`,
    'out-busy': (f) =>
      `无法写入 ${f}：另一个 perf-review 正在写入该文件，10 秒内未完成。请待其完成后重新运行；未写入任何内容。`,
    'out-folder-missing': (f) => `无法写入 ${f}：所在文件夹不存在。请先创建文件夹或另选 --out；未写入任何内容。`,
    'out-directory': (f) =>
      `无法写入 ${f}：这是一个文件夹。请给出文件名，如 ${f.replace(/[\\/]+$/, '')}/result.xlsx；未写入任何内容。`,
    'out-unwritable': (f) => `无法写入 ${f}：没有权限或为只读。请另选 --out；未写入任何内容，原文件未改动。`,
    'out-locked': (f) => `无法写入 ${f}：文件正在 Excel（或其他程序）中打开。请先关闭再运行命令；未写入任何内容。`,
  },
  exists: (f) => `${f} 已存在；请另选 --out（不会覆盖任何文件）`,
  wrote: (f) => `已写入 ${f}`,
  templateSheets: (s) => `工作表：${s}`,
  noAssessment: (f) => `${f} 中没有考核表；请先用"perf-review template"创建`,
  chooseSheet: (s) => `工作簿中有多个考核表，请用 --sheet 指定：${s}`,
  noSuchSheet: (n, s) => `没有名为"${n}"的考核表；现有考核表：${s}`,
  emptyCsv: (f) => `${f} 没有表头行`,
  imported: (u, a, sheet, same = 0) =>
    `已导入"${sheet}"：更新 ${u} 人，新增 ${a} 人${same ? `，${same} 人数据未变` : ''}`,
  nothingChanged: '没有变化：工作簿中已是这些数据；文件未写入。',
  noKeyColumn: (f, seen, expected) =>
    `${f}：没有可识别员工的列，无法匹配任何行，未写入任何内容。找到的列：${seen}。需要工号列（${expected.split(' | ')[0]}）或姓名列（${expected.split(' | ')[1]}）；请修改列名，或在评分规则表的"导入列名"中添加贵部门的叫法。`,
  importScoreFirst: (sheet) =>
    `'${sheet}'的考核指标表在上次评分后有变更，录入列尚未按其顺序排列。请先评分（perf-review score），再导入；未写入任何内容。`,
  noRows: (f, seen) => `${f}：没有可导入的行（见上），未写入任何内容。找到的列：${seen}。`,
  ambiguousLine: (line, who, rows, lines) =>
    `CSV 第 ${line} 行（"${who}"）未导入：${rows ? `可能对应表中第 ${rows} 行` : ''}${rows && lines ? '；' : ''}${lines ? `CSV 第 ${lines} 行也是同一员工` : ''}。请为每位员工使用唯一工号后重新导入。`,
  converted: (header, factor, count, before, after) =>
    `列"${header}"：按单位将 ${count} 个数值乘以 ${factor}（如 ${before} -> ${after}）`,
  unmatchedColumns: (c) => `未匹配的列（已忽略）：${c}`,
  skippedLines: (l) => `缺少工号和姓名的行（已跳过），CSV 行号：${l}`,
  missingIndicators: (c) => `CSV 中没有对应列的指标：${c}`,
  sheetLine: (sheet, scored, incomplete, flagged) =>
    `"${sheet}"：已评分 ${scored} 人，未评分 ${incomplete} 人，需校准 ${flagged} 人`,
  blockedLine: (sheet) => `"${sheet}"：未评分，请先修正以下错误`,
  notWritten: '考核表有错误：未写入任何内容。',
  noResults: '未找到结果。',
  flagTag: '标记',
  nextCycleNotWritten: '开始下一周期需要本周期已评分且没有错误：未写入任何内容。',
  nextCycleSheet: (sheet, employees, graded) =>
    `'${sheet}'：带入 ${employees} 名员工，录入值为空；其中 ${graded} 人的上期等级为本周期的最终等级。`,
  nextCycleMeasures: (count) => `未完成措施：${count} 项未完成，列在"上期未完成措施"表中。`,
  nextCycleRules: (names) => `以下评分规则单元格与新表大小不同，保留默认值，请手工复制：${names}`,
  layoutHeader: (sheet) => `'${sheet}'：录入列重新排列（指标或个人目标有变更），已录入的内容不会丢失：`,
  calibrated: (who, from, to) => `已校准 ${who}：${from} -> ${to}，已记入校准记录`,
  potentialSet: (who, potential) => (potential ? `${who}的潜力：${potential}` : `已清空${who}的潜力`),
  potentialSame: (who, potential) => `${who}的潜力已是${potential || '空'}：文件未写入。`,
  planDrafted: (who, sheet) => `已在工作表"${sheet}"中起草 ${who} 的改进计划`,
  planExists: (who, sheet) => `${who} 已有改进计划（工作表"${sheet}"）：保持不变`,
  planNone: '没有需要制定计划的员工：没有员工的结果应用为"30天改进计划"或"绩效面谈"。',
  planNothingWritten: '没有需要新起草的计划：未写入工作簿。',
  planWhom: '请给出 --employee 工号|姓名，或用 --all 为所有结果应用为30天改进计划或绩效面谈的员工起草',
  badDate: (v) => `--date 须为 YYYY-MM-DD 格式的真实日期，而不是"${v}"`,
  demoTitle: '演示工作簿',
  demoBuilt: (f) =>
    `演示工作簿 ${f}：按人力资源的做法搭建——先用模板，再导入两份 CSV 导出（同目录下的 channel.csv、sales.csv），然后评分。等级如下：`,
  demoNotScored: '未评分',
  demoSampleErrors: '示例数据中故意放了几处错误，用来展示检查能发现什么（与您的数据无关）：',
  demoOtherChecks: '示例考核表的其他检查：',
  demoOpen: (f, sheet, calibration, rules, grid) =>
    `用 Excel 或 LibreOffice 打开 ${f}。请看"${sheet}"（每一行的达成率、得分、等级、标记和结果应用都是实时公式：改一个实际值，它们随之变化）、"${calibration}"表（等级分布与评分规则目标的对比，以及每位上级的打分与下属数据的对比）、"${grid}"表（绩效与潜力：填写潜力或校准等级，人员随之移动）和"${rules}"表（公式读取的全部阈值）。`,
  guideExample: (name, w, g) => `指南示例（${name}）：加权得分 ${w}，等级 ${g}`,
  reportHeader: [
    '文件',
    '工作表',
    '姓名',
    '工号',
    '团队',
    '直属上级',
    '加权得分',
    '等级',
    '状态',
    '标记',
    '标记原因',
    '校准等级',
    '最终等级',
  ],
};

const CLI_TEXT = catalogue<Text>(en, zh);

export function cliText(lang: Lang): Text {
  return CLI_TEXT.of(lang);
}
