import type { Check, Lang, Severity } from './types';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/** Each check says what is wrong and how to fix it, in both languages. */
const MESSAGES = {
  'rules-missing': {
    severity: 'error',
    'en-US': (p) =>
      `the rules item ${p.name} is missing. Restore the Rules sheet or insert the templates into a new workbook.`,
    'zh-CN': (p) => `缺少规则项 ${p.name}。请恢复评分规则表，或在新工作簿中重新插入模板。`,
  },
  'rules-curve': {
    severity: 'error',
    'en-US': () =>
      'the achievement-to-score points must be numbers, rising, starting at 0. Correct the curve on the Rules sheet.',
    'zh-CN': () => '达成率与得分的各点须为数字、从0开始且递增。请在评分规则表中修正。',
  },
  'rules-grades': {
    severity: 'error',
    'en-US': () =>
      'grade minimums must be numbers rising from 0 and every grade needs a name. Correct the grade bands on the Rules sheet.',
    'zh-CN': () => '等级的最低分须为从0开始递增的数字，且每个等级都要有名称。请在评分规则表中修正等级划分。',
  },
  'rules-number': {
    severity: 'error',
    'en-US': (p) => `"${p.value}" is not a number. Enter a number for this rule.`,
    'zh-CN': (p) => `"${p.value}"不是数字。请为该规则填写数字。`,
  },
  'rules-language': {
    severity: 'error',
    'en-US': (p) => `"${p.value}" is not a workbook language. Enter zh-CN or en-US.`,
    'zh-CN': (p) => `"${p.value}"不是有效的工作簿语言。请填写 zh-CN 或 en-US。`,
  },
  'inputs-mismatch': {
    severity: 'error',
    'en-US': (p) =>
      `the Scores table has ${p.inputs} input columns but ${p.indicators} indicators are defined. Give every indicator one input column, in the same order.`,
    'zh-CN': (p) =>
      `评分表有 ${p.inputs} 个录入列，但定义了 ${p.indicators} 个指标。请为每个指标按相同顺序保留一个录入列。`,
  },
  'weights-total': {
    severity: 'error',
    'en-US': (p) => `the weights total ${p.total}, not 100. Adjust the weights so they total 100.`,
    'zh-CN': (p) => `权重合计为 ${p.total}，不等于100。请调整各指标权重，使合计为100。`,
  },
  'weight-invalid': {
    severity: 'error',
    'en-US': (p) =>
      `the weight of "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Enter a number greater than 0.`,
    'zh-CN': (p) => `指标"${p.name}"的权重${p.value === '' ? '为空' : `为"${p.value}"`}。请填写大于0的数字。`,
  },
  'name-missing': {
    severity: 'error',
    'en-US': () => 'this indicator has no name. Name it, or delete the row.',
    'zh-CN': () => '该指标没有名称。请填写名称或删除该行。',
  },
  'dimension-invalid': {
    severity: 'error',
    'en-US': (p) =>
      `the dimension of "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Choose ${p.quantitative} or ${p.qualitative}.`,
    'zh-CN': (p) =>
      `指标"${p.name}"的维度${p.value === '' ? '为空' : `为"${p.value}"`}。请选择"${p.quantitative}"或"${p.qualitative}"。`,
  },
  'duplicate-name': {
    severity: 'error',
    'en-US': (p) => `"${p.name}" is already the name of the indicator in ${p.first}. Give each indicator its own name.`,
    'zh-CN': (p) => `"${p.name}"与 ${p.first} 的指标重名。请为每个指标使用不同的名称。`,
  },
  'target-invalid': {
    severity: 'error',
    'en-US': (p) =>
      `the target of quantitative indicator "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Enter a number greater than 0.`,
    'zh-CN': (p) => `定量指标"${p.name}"的目标值${p.value === '' ? '为空' : `为"${p.value}"`}。请填写大于0的数字。`,
  },
  'direction-invalid': {
    severity: 'error',
    'en-US': (p) =>
      `the direction of quantitative indicator "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Choose ${p.higher} or ${p.lower}.`,
    'zh-CN': (p) =>
      `定量指标"${p.name}"的方向${p.value === '' ? '为空' : `为"${p.value}"`}。请选择"${p.higher}"或"${p.lower}"。`,
  },
  'value-missing': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: "${p.name}" is missing; a missing value is never counted as 0. Enter the actual value.`,
    'zh-CN': (p) => `${p.employee}："${p.name}"缺失，缺失值不会按0计算。请填写实际值。`,
  },
  'value-not-number': {
    severity: 'problem',
    'en-US': (p) => `${p.employee}: "${p.name}" is "${p.value}", which is not a number. Enter the number only.`,
    'zh-CN': (p) => `${p.employee}："${p.name}"为"${p.value}"，不是数字。请只填写数字。`,
  },
  'value-vague': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: "${p.name}" is the vague value "${p.value}". The guide allows no estimates: enter the exact figure from the data source.`,
    'zh-CN': (p) =>
      `${p.employee}："${p.name}"为模糊值"${p.value}"。考核要求数据准确、可追溯，不得估计：请填写数据来源中的准确数值。`,
  },
  'qual-out-of-range': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: the panel score for "${p.name}" is ${p.value}, outside 0-100. Enter a score from 0 to 100.`,
    'zh-CN': (p) => `${p.employee}："${p.name}"的评审得分为 ${p.value}，不在0-100之间。请填写0到100的分数。`,
  },
  'qual-percent': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: the panel score for "${p.name}" is written "${p.value}", with a percent sign. The panel scores 0-100 points: enter the points only (for 85% enter 85).`,
    'zh-CN': (p) =>
      `${p.employee}："${p.name}"的评审得分写成了"${p.value}"，带有百分号。评审得分为0-100分：请只填写分数（85% 请填 85）。`,
  },
  'duplicate-id': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: Employee ID "${p.id}" is also on row ${p.rows}. Each employee needs their own ID: correct the wrong one; neither row is scored (or updated by an import) until then.`,
    'zh-CN': (p) =>
      `${p.employee}：工号"${p.id}"与第 ${p.rows} 行重复。每位员工须有唯一工号：请改正错误的一行；改正前两行都不评分，导入也不会更新它们。`,
  },
  'id-other-sheet': {
    severity: 'warning',
    'en-US': (p) =>
      `${p.employee}: Employee ID "${p.id}" is also on sheet ${p.other}. If it is the same person, assess them on one sheet; if not, correct the ID.`,
    'zh-CN': (p) =>
      `${p.employee}：工号"${p.id}"也出现在工作表 ${p.other}。如为同一人，请只在一个考核表中考核；如不是，请改正工号。`,
  },
  'actual-negative': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: the actual value of "${p.name}" is ${p.value}, which is negative. Enter the actual value from the data source.`,
    'zh-CN': (p) => `${p.employee}："${p.name}"的实际值为 ${p.value}，不能为负数。请填写数据来源中的实际值。`,
  },
  'lower-not-positive': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: "${p.name}" is lower-is-better and its actual value is ${p.value}; it must be greater than 0 to compute the achievement. Enter the actual value.`,
    'zh-CN': (p) => `${p.employee}："${p.name}"越低越好，实际值为 ${p.value}，须大于0才能计算达成率。请填写实际值。`,
  },
  'quant-share': {
    severity: 'warning',
    'en-US': (p) =>
      `quantitative indicators carry ${p.share}% of the weight; the policy is ${p.min}-${p.max}%. Rebalance the weights.`,
    'zh-CN': (p) => `定量指标权重占比为 ${p.share}%，规定为 ${p.min}%-${p.max}%。请调整权重结构。`,
  },
  'qual-share': {
    severity: 'warning',
    'en-US': (p) =>
      `qualitative indicators carry ${p.share}% of the weight; the policy is ${p.min}-${p.max}%. Rebalance the weights.`,
    'zh-CN': (p) => `定性指标权重占比为 ${p.share}%，规定为 ${p.min}%-${p.max}%。请调整权重结构。`,
  },
  'source-missing': {
    severity: 'warning',
    'en-US': (p) =>
      `quantitative indicator "${p.name}" has no data source. Name the system the data comes from (e.g. CRM), so it can be traced.`,
    'zh-CN': (p) => `定量指标"${p.name}"没有数据来源。请注明数据来自哪个系统（如CRM），以便追溯。`,
  },
  'indicator-count': {
    severity: 'info',
    'en-US': (p) =>
      `the sheet has ${p.count} indicators; the guide recommends ${p.min}-${p.max}. Consider adding or merging indicators.`,
    'zh-CN': (p) => `本表有 ${p.count} 个指标，建议为 ${p.min}-${p.max} 个。可考虑增加或合并指标。`,
  },
  'calibrated-invalid': {
    severity: 'problem',
    'en-US': (p) =>
      `${p.employee}: the calibrated grade "${p.value}" is not a grade of the Rules sheet (${p.grades}). Choose one of them or clear the cell.`,
    'zh-CN': (p) =>
      `${p.employee}：校准等级"${p.value}"不是评分规则中的等级（${p.grades}）。请选择其中之一或清空该单元格。`,
  },
  'calibrated-no-reason': {
    severity: 'warning',
    'en-US': (p) =>
      `${p.employee}: the calibrated grade "${p.value}" has no reason in the calibration log. Record it with a reason through the task pane (Calibrate), or clear the cell.`,
    'zh-CN': (p) =>
      `${p.employee}：校准等级"${p.value}"在校准记录中没有原因。请通过任务窗格（校准）填写原因后记录，或清空该单元格。`,
  },
  'calibrate-no-reason': {
    severity: 'error',
    'en-US': () => 'a calibrated grade needs a reason. Write why the panel changed the grade.',
    'zh-CN': () => '校准等级必须填写原因。请写明评审小组调整等级的理由。',
  },
  'calibrate-no-decider': {
    severity: 'error',
    'en-US': () => 'say who decided the calibrated grade.',
    'zh-CN': () => '请填写校准等级的决定人。',
  },
  'calibrate-bad-grade': {
    severity: 'error',
    'en-US': (p) => `"${p.value}" is not a grade of the Rules sheet. Choose one of: ${p.grades}.`,
    'zh-CN': (p) => `"${p.value}"不是评分规则中的等级。请从以下等级中选择：${p.grades}。`,
  },
  'calibrate-unknown-employee': {
    severity: 'error',
    'en-US': (p) =>
      `no employee "${p.employee}" on this sheet. Use the Employee ID or the name as it stands in the Scores table.`,
    'zh-CN': (p) => `本表中没有员工"${p.employee}"。请使用评分表中的工号或姓名。`,
  },
  'calibrate-ambiguous': {
    severity: 'error',
    'en-US': (p) =>
      `"${p.employee}" could be more than one employee: ${p.candidates}. Nothing was recorded: give the Employee ID${p.sheets ? ' and the sheet (--sheet)' : ''} of the one you mean.`,
    'zh-CN': (p) =>
      `"${p.employee}"可能指多位员工：${p.candidates}。未记录任何内容：请给出所指员工的工号${p.sheets ? '和工作表（--sheet）' : ''}。`,
  },
  'calibrate-not-scored': {
    severity: 'error',
    'en-US': (p) => `${p.employee} is not scored yet. Complete the inputs and score the sheet before calibrating.`,
    'zh-CN': (p) => `${p.employee}尚未评分。请先补全数据并评分，再进行校准。`,
  },
  'calibrate-no-log': {
    severity: 'error',
    'en-US': () => 'the workbook has no calibration log. Insert the templates to add the Calibration sheet.',
    'zh-CN': () => '工作簿中没有校准记录。请插入模板以添加校准表。',
  },
  normalised: {
    severity: 'info',
    'en-US': (p) => `"${p.before}" was read as ${p.after} and written back as a number.`,
    'zh-CN': (p) => `"${p.before}"已识别为 ${p.after}，并改写为数字。`,
  },
  restored: {
    severity: 'info',
    'en-US': (p) => `this computed cell had been typed over with "${p.before}"; its formula is restored.`,
    'zh-CN': (p) => `该计算单元格曾被手工改写为"${p.before}"，已恢复公式。`,
  },
} satisfies Record<string, { severity: Severity; 'en-US': Template; 'zh-CN': Template }>;

/** Every check the tool makes: a missing message is a compile error, not a run-time throw. */
export type CheckCode = keyof typeof MESSAGES;

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function makeCheck(code: CheckCode, sheet: string, cell: string, params: Params, lang: Lang): Check {
  const message: { severity: Severity; 'en-US': Template; 'zh-CN': Template } = MESSAGES[code];
  return {
    code,
    severity: message.severity,
    sheet,
    cell,
    params,
    text: `${quoteSheet(sheet)}!${cell}: ${message[lang](params)}`,
  };
}

/** The same finding in another language (the task pane's language switch). */
export function translateCheck(check: Check, lang: Lang): Check {
  return makeCheck(check.code, check.sheet, check.cell, check.params, lang);
}

export const CHECK_CODES = Object.keys(MESSAGES) as CheckCode[];
