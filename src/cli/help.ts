import { catalogue } from '../core/catalogue';
import { textTable } from './format';

/** The command line's commands, in the order the overall usage lists them. */
export const COMMAND_NAMES = [
  'template',
  'import',
  'score',
  'calibrate',
  'potential',
  'plan',
  'next-cycle',
  'report',
  'demo',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const isCommandName = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

interface CommandHelp {
  usage: string;
  about: string;
  /** [option, what it does]. */
  options: [string, string][];
}

/** Each command's own help (`perf-review help score`, `perf-review score --help`), in both languages. */
export const COMMAND_HELP = catalogue<Record<CommandName, CommandHelp>>(
  {
    template: {
      usage:
        'perf-review template --out FILE [--lang zh-CN|en-US] [--roles channel,sales,planning,media] [--cycle TEXT]',
      about:
        'Writes a new workbook: the Rules sheet, one assessment sheet per role, the Calibration sheet and the Improvement plan. Never overwrites a file.',
      options: [
        ['--out FILE', 'the new workbook (.xlsx); it must not exist yet'],
        ['--lang', "the sheets' language (default zh-CN)"],
        [
          '--roles',
          'roles by name in either language: channel / 渠道, sales / 销售, planning / 策划, media / 媒介 (default channel)',
        ],
        ['--cycle', 'the assessment cycle, e.g. "2024 Q3"'],
      ],
    },
    import: {
      usage: 'perf-review import FILE --csv DATA.csv [--sheet NAME] [--source TEXT] [--out OUT]',
      about:
        "Fills an assessment sheet's Scores table from a CSV export (UTF-8, UTF-16 with BOM or GB18030); employees are found by Employee ID, else by name, never guessed.",
      options: [
        ['--csv DATA.csv', 'the export to read'],
        ['--sheet NAME', 'the assessment sheet (needed when the workbook has several)'],
        ['--source TEXT', 'where the data came from, for the "Data imported" line (default: the CSV\'s name)'],
        ['--out OUT', 'write the result there instead of FILE'],
      ],
    },
    score: {
      usage: 'perf-review score FILE [--out OUT] [--json]',
      about:
        'Runs the checks, rewrites written numbers in place and writes every computed formula with its result. With a sheet error nothing is written (exit 1).',
      options: [
        ['--out OUT', 'write the result there instead of FILE'],
        ['--json', "print the checks and every employee's results as JSON"],
      ],
    },
    calibrate: {
      usage:
        'perf-review calibrate FILE --employee ID|NAME --grade GRADE --reason TEXT --by NAME [--sheet NAME] [--out OUT]',
      about: "Records the calibration panel's grade with its reason and decider in the sheet and the calibration log.",
      options: [
        ['--employee', 'Employee ID, or the name where there is no ID'],
        ['--grade', 'a grade of the Rules sheet'],
        ['--reason', 'why the panel changed the grade'],
        ['--by', 'who decided'],
        ['--sheet NAME', 'the assessment sheet (when the employee could be on several)'],
        ['--out OUT', 'write the result there instead of FILE'],
      ],
    },
    potential: {
      usage: 'perf-review potential FILE --employee ID|NAME --potential High|Medium|Low [--sheet NAME] [--out OUT]',
      about:
        "Records the calibration panel's view of an employee's potential (High, Medium or Low; 高, 中 or 低) for the talent grid; an empty --potential clears it.",
      options: [
        ['--employee', 'Employee ID, or the name where there is no ID'],
        ['--potential', 'High, Medium or Low (高, 中 or 低), or empty to clear'],
        ['--sheet NAME', 'the assessment sheet (when the employee could be on several)'],
        ['--out OUT', 'write the result there instead of FILE'],
      ],
    },
    plan: {
      usage: 'perf-review plan FILE (--employee ID|NAME | --all) [--sheet NAME] [--date YYYY-MM-DD] [--out OUT]',
      about:
        'Drafts the feedback and improvement plan of one employee, or of everyone whose result action is a 30-day plan or a talk. A plan drafted before is left as it is.',
      options: [
        ['--employee', 'one employee (Employee ID, else name)'],
        ['--all', 'everyone who needs a plan'],
        ['--sheet NAME', 'only this assessment sheet'],
        ['--date', 'the conversation date (default today)'],
        ['--out OUT', 'write the result there instead of FILE'],
      ],
    },
    'next-cycle': {
      usage: 'perf-review next-cycle FILE --cycle TEXT --out NEW',
      about:
        "Writes the next cycle's workbook: the same indicators, targets and people, inputs empty, Previous grade = this cycle's final grade. FILE is only read.",
      options: [
        ['--cycle', 'the new cycle, e.g. "2024 Q4"'],
        ['--out NEW', 'the new workbook; it must not exist yet'],
      ],
    },
    report: {
      usage: 'perf-review report FILE... [--json | --csv]',
      about:
        "Lists the results as they stand in the cells of one or many workbooks (HR collecting every team's file). Nothing is written.",
      options: [
        ['--json', 'as JSON'],
        ['--csv', 'as CSV (UTF-8 with BOM, for Excel)'],
      ],
    },
    demo: {
      usage: 'perf-review demo [--out DIR] [--lang zh-CN|en-US]',
      about:
        "Builds a demo workbook the way HR would (template, CSV import, score), prints each person's grade and says what to open.",
      options: [
        ['--out DIR', 'the folder for the demo files (default demo-out)'],
        ['--lang', "the workbook's language (default: the terminal's)"],
      ],
    },
  },
  {
    template: {
      usage:
        'perf-review template --out 文件 [--lang zh-CN|en-US] [--roles channel,sales,planning,media] [--cycle 周期]',
      about: '新建工作簿：评分规则、每个岗位一张考核表、校准表和改进计划。不会覆盖任何文件。',
      options: [
        ['--out 文件', '新工作簿（.xlsx），不能已存在'],
        ['--lang', '工作表语言（默认 zh-CN）'],
        ['--roles', '岗位，中英文均可：渠道 / channel、销售 / sales、策划 / planning、媒介 / media（默认渠道）'],
        ['--cycle', '考核周期，例如"2024 Q3"'],
      ],
    },
    import: {
      usage: 'perf-review import 文件 --csv 数据.csv [--sheet 表名] [--source 来源] [--out 输出]',
      about:
        '把 CSV 导出（UTF-8、带 BOM 的 UTF-16 或 GB18030）填入考核表的评分表；按工号、其次按姓名匹配员工，绝不猜测。',
      options: [
        ['--csv 数据.csv', '要读取的导出文件'],
        ['--sheet 表名', '考核表（工作簿有多张时必填）'],
        ['--source 来源', '数据来源，写入"数据导入"行（默认为 CSV 文件名）'],
        ['--out 输出', '把结果写到该文件而不是原文件'],
      ],
    },
    score: {
      usage: 'perf-review score 文件 [--out 输出] [--json]',
      about: '运行检查，就地改写书面数字，并写入全部计算公式及其结果。考核表有错误时不写入任何内容（退出码 1）。',
      options: [
        ['--out 输出', '把结果写到该文件而不是原文件'],
        ['--json', '以 JSON 输出检查结果和每位员工的结果'],
      ],
    },
    calibrate: {
      usage:
        'perf-review calibrate 文件 --employee 工号|姓名 --grade 等级 --reason 原因 --by 决定人 [--sheet 表名] [--out 输出]',
      about: '把评审小组的校准等级连同原因和决定人记入考核表和校准记录。',
      options: [
        ['--employee', '工号；没有工号时用姓名'],
        ['--grade', '评分规则中的等级'],
        ['--reason', '评审小组调整等级的原因'],
        ['--by', '决定人'],
        ['--sheet 表名', '考核表（员工可能在多张表上时）'],
        ['--out 输出', '把结果写到该文件而不是原文件'],
      ],
    },
    potential: {
      usage: 'perf-review potential 文件 --employee 工号|姓名 --potential 高|中|低 [--sheet 表名] [--out 输出]',
      about: '记录评审小组对员工潜力的判断（高、中或低；High、Medium、Low），用于人才九宫格；--potential 为空时清除。',
      options: [
        ['--employee', '工号；没有工号时用姓名'],
        ['--potential', '高、中或低（High、Medium、Low），为空则清除'],
        ['--sheet 表名', '考核表（员工可能在多张表上时）'],
        ['--out 输出', '把结果写到该文件而不是原文件'],
      ],
    },
    plan: {
      usage: 'perf-review plan 文件 (--employee 工号|姓名 | --all) [--sheet 表名] [--date YYYY-MM-DD] [--out 输出]',
      about: '为一位员工，或为结果处理为 30 天改进计划或绩效面谈的所有员工，起草反馈与改进计划。已有的计划保持不变。',
      options: [
        ['--employee', '一位员工（工号，其次姓名）'],
        ['--all', '所有需要计划的员工'],
        ['--sheet 表名', '只处理该考核表'],
        ['--date', '面谈日期（默认今天）'],
        ['--out 输出', '把结果写到该文件而不是原文件'],
      ],
    },
    'next-cycle': {
      usage: 'perf-review next-cycle 文件 --cycle 周期 --out 新文件',
      about: '写出下一周期的工作簿：相同的指标、目标和人员，录入为空，上期等级 = 本期最终等级。原文件只读不写。',
      options: [
        ['--cycle', '新周期，例如"2024 Q4"'],
        ['--out 新文件', '新工作簿，不能已存在'],
      ],
    },
    report: {
      usage: 'perf-review report 文件... [--json | --csv]',
      about: '列出一个或多个工作簿单元格中的结果（人力资源汇总各团队的文件）。不写入任何内容。',
      options: [
        ['--json', '以 JSON 输出'],
        ['--csv', '以 CSV 输出（带 BOM 的 UTF-8，便于 Excel 打开）'],
      ],
    },
    demo: {
      usage: 'perf-review demo [--out 目录] [--lang zh-CN|en-US]',
      about: '像人力资源那样搭建演示工作簿（模板、导入 CSV、评分），列出每个人的等级并说明要打开什么。',
      options: [
        ['--out 目录', '演示文件所在文件夹（默认 demo-out）'],
        ['--lang', '工作簿语言（默认为终端的语言）'],
      ],
    },
  },
);

/** A command's help as printed. */
export function commandHelpText(help: CommandHelp, usageWord: string): string {
  return [
    `${usageWord}${help.usage}`,
    '',
    help.about,
    '',
    textTable(help.options.map(([o, what]) => [`  ${o}`, what])),
  ].join('\n');
}
