import { catalogue } from './catalogue';
import { CHECKS, type CheckCode, type CheckParams } from './checkCodes';
import type { Check, Lang } from './types';

export type { CheckCode, CheckParams } from './checkCodes';

/** A difference from the sheet's mean in points, one decimal: "12.0 points above the sheet" / "高于本表 12.0 分". */
function points(value: string | number, lang: Lang): string {
  const x = Math.round(Number(value) * 10) / 10;
  const size = Math.abs(x).toFixed(1);
  if (lang === 'zh-CN') return x === 0 ? '与本表持平' : `${x > 0 ? '高于' : '低于'}本表 ${size} 分`;
  return x === 0 ? "at the sheet's" : `${size} points ${x > 0 ? 'above' : 'below'} the sheet`;
}

/** Each code's message, reading the parameters its code declares (core/checkCodes.ts). */
type Messages = { [C in CheckCode]: (p: CheckParams[C]) => string };

/** Each check says what is wrong and how to fix it, in both languages (one catalogue, core/catalogue.ts). */
const en: Messages = {
  'rules-missing': (p) =>
    `the rules item ${p.name} is missing. Restore the Rules sheet or insert the templates into a new workbook.`,
  'rules-curve': () =>
    'the achievement-to-score points must be numbers, rising, starting at 0. Correct the curve on the Rules sheet.',
  'rules-grades': () =>
    'grade minimums must be numbers rising from 0 and every grade needs a name. Correct the grade bands on the Rules sheet.',
  'rules-number': (p) => `"${p.value}" is not a number. Enter a number for this rule.`,
  'rules-language': (p) => `"${p.value}" is not a workbook language. Enter 简体中文 or English.`,
  'rules-paper': (p) => `"${p.value}" is not a paper size the tool prints on: A4 is used. Enter A4 or Letter.`,
  'rules-talent-added': () =>
    "the talent grid and rater effects block was added here, with the defaults (each grade's performance level, the nine boxes' names and development, the rater thresholds). Adjust them if your department uses others.",
  'rules-level': (p) =>
    `"${p.value}" is not a performance level, so the talent grid places nobody of this grade. Enter High, Medium or Low (高, 中 or 低).`,
  'rules-box': (p) =>
    p.value === ''
      ? 'this talent-grid box has no name, so it holds nobody. Give it a name.'
      : `another talent-grid box is named "${p.value}" too, so both count the same people. Give each box its own name.`,
  'relayout-occupied': (p) =>
    `the Scores table needs this column for its changed indicators, and it holds "${p.value}". Move that elsewhere, then score again; nothing was written.`,
  'sheet-name-missing': (p) =>
    `the defined name ${p.name} is missing (deleted in Formulas > Name Manager?), so this assessment sheet cannot be read. Undo the deletion, or add it again in Name Manager: ${p.name} refers to ${p.what ? "the Indicators table's rows (from Dimension to Key, without the header row)" : 'the Scores header row (from Name to the last input column)'}; nothing was written.`,
  'table-structure': (p) =>
    `the ${p.table ? 'Indicators' : 'Scores'} table has "${p.found}" where its column "${p.expected}" belongs: a column was inserted into or deleted from the table, so nothing can be read by position. Undo that (delete the inserted column, or put the deleted one back; add your own columns right of the table), then score again; nothing was written.`,
  'table-column-taken': (p) =>
    `this cell holds "${p.found}", where the Scores table now has its column "${p.expected}" (added for the talent grid and the rater effects). Move your column further right, then score again; nothing was written.`,
  'table-occupied': (p) =>
    `this cell holds "${p.value}", inside the Scores table where Score writes its formulas (a row with no name or Employee ID${p.summary ? ', labelled as a total' : ''}). Move it below the last employee, or delete it, then score again; nothing was written.`,
  'layout-pending': () =>
    `the indicators of this sheet changed since it was last scored, so its columns are about to move. Score the sheet first (Score sheet, or perf-review score), then try again; nothing was written.`,
  'weights-total': (p) => `the weights total ${p.total}, not 100. Adjust the weights so they total 100.`,
  'weight-invalid': (p) =>
    `the weight of "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Enter a number greater than 0.`,
  'name-missing': () => 'this indicator has no name. Name it, or delete the row.',
  'dimension-invalid': (p) =>
    `the dimension of "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Choose ${p.quantitative} or ${p.qualitative}.`,
  'duplicate-name': (p) =>
    `"${p.name}" is already the name of the indicator in ${p.first}. Give each indicator its own name.`,
  'formula-limit': (p) =>
    p.limit === 'nesting'
      ? `the ${p.column} formula would nest ${p.value} levels of functions, over Excel's limit of 64. Use fewer points in the achievement-to-score curve on the Rules sheet; nothing was written.`
      : p.limit === 'literal'
        ? `the ${p.column} formula would hold a text of ${p.value} characters, over Excel's limit of 255. Shorten the indicator's name; nothing was written.`
        : `the ${p.column} formula would be ${p.value} characters long, over Excel's limit of 8,192 (${p.indicators} indicators). Use fewer indicators or shorter indicator names; nothing was written.`,
  'target-invalid': (p) =>
    `the target of quantitative indicator "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Enter a number greater than 0.`,
  'direction-invalid': (p) =>
    `the direction of quantitative indicator "${p.name}" is ${p.value === '' ? 'empty' : `"${p.value}"`}. Choose ${p.higher} or ${p.lower}.`,
  'value-missing': (p) =>
    `${p.employee}: "${p.name}" is missing; a missing value is never counted as 0. Enter the actual value.`,
  'value-not-number': (p) =>
    `${p.employee}: "${p.name}" is "${p.value}", which is not a number. Enter the number only.`,
  'potential-invalid': (p) =>
    `${p.employee}: Potential is "${p.value}", which is not High, Medium or Low (高, 中 or 低). Enter one of them or clear the cell; until then the talent grid leaves this person out.`,
  'rater-360-effect': (p) =>
    `${p.rater}'s 360 scores stand ${String(p.difference).replace('-', '')} points ${p.higher ? 'above' : 'below'} the other raters of the same people (${p.count} ratings compared). Review their ratings and the facts behind them.`,
  'rater-effect': (p) =>
    `${p.supervisor}'s qualitative scores average ${points(p.qual, 'en-US')} while their people's data-based scores average ${points(p.quant, 'en-US')}: the qualitative scores look ${p.lenient ? 'lenient' : 'severe'} for the data. Review them in the calibration meeting.`,
  'own-target-invalid': (p) =>
    `${p.employee}: the own target "${p.name}" is "${p.value}"; a target must be a number greater than 0. Enter the target, or leave the cell empty for the sheet's target.`,
  'cascade-sum': (p) =>
    `the parts of "${p.part}" (${p.parts}) total ${p.total}, not its target ${p.target}. Correct the parts or the target so that they add up.`,
  'cascade-too-many': (p) =>
    `the ${p.count} parts of "${p.part}" are spread over too many separate rows for one formula to add them up, so its Parts total is left empty. Sort the cascade by Parent so that each target's parts stand together.`,
  'cascade-duplicate-part': (p) =>
    `Part ID "${p.part}" is also used at ${p.first}. Give each target its own Part ID: parts name their parent by it.`,
  'cascade-parent-unknown': (p) =>
    `${p.part}: the parent "${p.parent}" is no Part ID on this sheet. Enter the Part ID of the target this one is part of.`,
  'cascade-no-parent': (p) =>
    `${p.part} names no parent. Link every group and individual target to the target it is part of (guide step 2), or set its level to Department.`,
  'cascade-no-number': (p) =>
    `${p.part}: the target ${p.value === '' ? 'is empty' : `"${p.value}" is not a number`}. A SMART target is measurable: enter the figure.`,
  'cascade-no-unit': (p) =>
    `${p.part} has neither a unit nor a direction. Say what is measured and which way is better (SMART: specific).`,
  'cascade-no-due': (p) => `${p.part} has no due date. A SMART target is time-bound: enter the date (yyyy-mm-dd).`,
  'cascade-vague': (p) => `${p.part} uses the vague word "${p.word}". Say it exactly (SMART: specific, measurable).`,
  'cascade-far': (p) =>
    `${p.part}: the target ${p.target} is more than ${p.factor} times above or below the previous actual ${p.actual}. Check that it is achievable and still a stretch (SMART: achievable).`,
  'rater-unknown-employee': (p) =>
    `no assessment sheet has Employee ID "${p.id}". Correct the ID so that the rating counts for the right person.`,
  'rater-unknown-indicator': (p) =>
    `"${p.name}" is no qualitative indicator of sheet ${p.sheet}. Use the indicator's name as the Indicators table writes it.`,
  'rater-score-invalid': (p) =>
    `the score ${p.value === '' ? 'is empty' : `"${p.value}" is not a score from 0 to 100`}, so this rating is not counted. Enter 0-100.`,
  'rater-no-fact': (p) =>
    `the rating of ${p.id} has no recorded fact. Qualitative judgements rest on recorded facts (the guide): note what happened, when.`,
  'rater-gap': (p) =>
    `${p.employee}: the panel's ${p.panel} for "${p.name}" differs from the 360 average ${p.average} (${p.count} raters) by more than ${p.limit}. Review the score, or write the reason in the Panel note on the 360 raters sheet.`,
  'value-vague': (p) =>
    `${p.employee}: "${p.name}" is the vague value "${p.value}". The guide allows no estimates: enter the exact figure from the data source.`,
  'value-bound': (p) =>
    `${p.employee}: "${p.name}" is written "${p.value}", a bound, not the actual value. Enter the exact figure from the data source.`,
  'value-percent': (p) =>
    `${p.employee}: "${p.name}" is written "${p.value}", a percentage, but this indicator counts ${p.unit || 'a number'}. Enter the value in ${p.unit || 'its unit'} (the achievement is computed from it).`,
  'qual-out-of-range': (p) =>
    `${p.employee}: the panel score for "${p.name}" is ${p.value}, outside 0-100. Enter a score from 0 to 100.`,
  'qual-percent': (p) =>
    `${p.employee}: the panel score for "${p.name}" is written "${p.value}", with a percent sign. The panel scores 0-100 points: enter the points only (for 85% enter 85).`,
  'duplicate-id': (p) =>
    `${p.employee}: Employee ID "${p.id}" is also on row ${p.rows}. Each employee needs their own ID: correct the wrong one; neither row is scored (or updated by an import) until then.`,
  'id-other-sheet': (p) =>
    `${p.employee}: Employee ID "${p.id}" is also on sheet ${p.other}. If it is the same person, assess them on one sheet; if not, correct the ID.`,
  'actual-negative': (p) =>
    `${p.employee}: the actual value of "${p.name}" is ${p.value}, which is negative. Enter the actual value from the data source.`,
  'lower-not-positive': (p) =>
    `${p.employee}: "${p.name}" is lower-is-better and its actual value is ${p.value}; it must be greater than 0 to compute the achievement. Enter the actual value.`,
  'quant-share': (p) =>
    `quantitative indicators carry ${p.share}% of the weight; the policy is ${p.min}-${p.max}%. Rebalance the weights.`,
  'qual-share': (p) =>
    `qualitative indicators carry ${p.share}% of the weight; the policy is ${p.min}-${p.max}%. Rebalance the weights.`,
  'source-missing': (p) =>
    `quantitative indicator "${p.name}" has no data source. Name the system the data comes from (e.g. CRM), so it can be traced.`,
  'indicator-count': (p) =>
    `the sheet has ${p.count} indicators; the guide recommends ${p.min}-${p.max}. Consider adding or merging indicators.`,
  'calibrated-invalid': (p) =>
    `${p.employee}: the calibrated grade "${p.value}" is not a grade of the Rules sheet (${p.grades}). Choose one of them or clear the cell.`,
  'calibrated-no-reason': (p) =>
    `${p.employee}: the calibrated grade "${p.value}" has no reason in the calibration log. Record it with a reason through the task pane (Calibrate), or clear the cell.`,
  'calibrate-no-reason': () => 'a calibrated grade needs a reason. Write why the panel changed the grade.',
  'calibrate-no-decider': () => 'say who decided the calibrated grade.',
  'calibrate-bad-grade': (p) => `"${p.value}" is not a grade of the Rules sheet. Choose one of: ${p.grades}.`,
  'calibrate-unknown-employee': (p) =>
    `no employee "${p.employee}" on this sheet. Use the Employee ID or the name as it stands in the Scores table.`,
  'calibrate-ambiguous': (p) =>
    `"${p.employee}" could be more than one employee: ${p.candidates}. Nothing was recorded: give the Employee ID${p.sheets ? ' and the sheet (--sheet)' : ''} of the one you mean.`,
  'calibrate-not-scored': (p) =>
    `${p.employee} is not scored yet. Complete the inputs and score the sheet before calibrating.`,
  'calibrate-no-log': () => 'the workbook has no calibration log. Insert the templates to add the Calibration sheet.',
  'plan-vague': (p) =>
    `"${p.word}" is vague. State the number and where it comes from (the guide: no "大概", "可能"), e.g. "visit 2 new channels a week".`,
  'plan-person': (p) =>
    `"${p.word}" is about the person, not the work. The guide: not "you don't try hard enough" but "customer visits were 8 below target this month".`,
  'plan-no-number': () =>
    'this measure has no number. Make it measurable, e.g. "visit 2 new channels a week, 1 trade fair a month".',
  'plan-no-deadline': () => 'this measure has no deadline. Enter the date it is due.',
  'plan-deadline-text': (p) =>
    `the ${p.note ? 'date of the note' : 'deadline'} "${p.value}" is text, not a date, so it is never shown as ${p.note ? 'Stale' : 'Overdue'}. Enter it as a date: ${p.date}.`,
  'plan-deadline-invalid': (p) =>
    `the ${p.note ? 'date of the note' : 'deadline'} "${p.value}" is not a date (or no such day). Enter it as a date, e.g. 2024-11-30.`,
  'plan-no-owner': () => 'this measure has no owner. Name who carries it out (the employee, the supervisor).',
  'plan-not-scored': (p) =>
    `${p.employee} is not scored yet: the plan states the scores' data. Complete the inputs and score the sheet, then draft the plan.`,
  'previous-grade-invalid': (p) =>
    `${p.employee}'s Previous grade "${p.value}" is not a grade (${p.grades}), so whether a formal talk is due cannot be told. Enter last cycle's grade as one of these, or leave it empty.`,
  normalised: (p) =>
    `"${p.before}" was read as ${p.after} and written back ${typeof p.after === 'number' ? 'as a number' : "in the Rules' words"}.`,
  restored: (p) => `this computed cell had been typed over with "${p.before}"; its formula is restored.`,
};

const zh: Messages = {
  'rules-missing': (p) => `缺少规则项 ${p.name}。请恢复评分规则表，或在新工作簿中重新插入模板。`,
  'rules-curve': () => '达成率与得分的各点须为数字、从0开始且递增。请在评分规则表中修正。',
  'rules-grades': () => '等级的最低分须为从0开始递增的数字，且每个等级都要有名称。请在评分规则表中修正等级划分。',
  'rules-number': (p) => `"${p.value}"不是数字。请为该规则填写数字。`,
  'rules-language': (p) => `"${p.value}"不是有效的工作簿语言。请填写"简体中文"或"English"。`,
  'rules-paper': (p) => `"${p.value}"不是可用的纸张大小，已按 A4 打印设置。请填写 A4 或 Letter。`,
  'rules-talent-added': () =>
    '已在此处添加人才九宫格与评分者效应规则（默认值：各等级的绩效水平、九个格子的名称和发展建议、评分者阈值）。如部门另有标准，请修改。',
  'rules-level': (p) => `"${p.value}"不是绩效水平，九宫格不会放入该等级的员工。请填写高、中或低（High、Medium、Low）。`,
  'rules-box': (p) =>
    p.value === ''
      ? '此九宫格格子没有名称，不会放入任何员工。请填写名称。'
      : `另一个格子也叫"${p.value}"，两者会统计同一批员工。请为每个格子取不同的名称。`,
  'relayout-occupied': (p) =>
    `指标已变更，评分表需要占用此列，但此处有"${p.value}"。请将其移到别处后再评分；未写入任何内容。`,
  'sheet-name-missing': (p) =>
    `定义名称 ${p.name} 不存在（可能在"公式 > 名称管理器"中被删除），无法读取此考核表。请撤销删除，或在名称管理器中重新添加：${p.name} 引用${p.what ? '考核指标表的各行（从"维度"到"键"，不含表头行）' : '评分表的表头行（从"姓名"到最后一个录入列）'}；未写入任何内容。`,
  'table-structure': (p) =>
    `${p.table ? '考核指标表' : '评分表'}中应为"${p.expected}"列的位置现在是"${p.found}"：表内插入或删除了列，无法按位置读取。请撤销该操作（删除插入的列，或恢复删除的列；自己的列请加在表格右侧），然后再评分；未写入任何内容。`,
  'table-column-taken': (p) =>
    `此单元格有"${p.found}"，而评分表现在在这里有"${p.expected}"列（为人才九宫格和评分者效应新增）。请把您的列移到更右侧，然后再评分；未写入任何内容。`,
  'table-occupied': (p) =>
    `此单元格有"${p.value}"，位于评分表内、评分要写入公式的位置（该行没有姓名或工号${p.summary ? '，标为合计行' : ''}）。请将其移到最后一名员工下方或删除后再评分；未写入任何内容。`,
  'layout-pending': () =>
    `此表的指标在上次评分后有变更，各列即将移动。请先评分（"评分"按钮或 perf-review score），再重试；未写入任何内容。`,
  'weights-total': (p) => `权重合计为 ${p.total}，不等于100。请调整各指标权重，使合计为100。`,
  'weight-invalid': (p) => `指标"${p.name}"的权重${p.value === '' ? '为空' : `为"${p.value}"`}。请填写大于0的数字。`,
  'name-missing': () => '该指标没有名称。请填写名称或删除该行。',
  'dimension-invalid': (p) =>
    `指标"${p.name}"的维度${p.value === '' ? '为空' : `为"${p.value}"`}。请选择"${p.quantitative}"或"${p.qualitative}"。`,
  'duplicate-name': (p) => `"${p.name}"与 ${p.first} 的指标重名。请为每个指标使用不同的名称。`,
  'formula-limit': (p) =>
    p.limit === 'nesting'
      ? `"${p.column}"的公式将嵌套 ${p.value} 层函数，超过 Excel 的上限 64 层。请减少评分规则表中达成率与得分曲线的点数；未写入任何内容。`
      : p.limit === 'literal'
        ? `"${p.column}"的公式将包含 ${p.value} 个字符的文字，超过 Excel 的上限 255 个。请缩短指标名称；未写入任何内容。`
        : `"${p.column}"的公式将长达 ${p.value} 个字符，超过 Excel 的上限 8192 个（${p.indicators} 个指标）。请减少指标或缩短指标名称；未写入任何内容。`,
  'target-invalid': (p) =>
    `定量指标"${p.name}"的目标值${p.value === '' ? '为空' : `为"${p.value}"`}。请填写大于0的数字。`,
  'direction-invalid': (p) =>
    `定量指标"${p.name}"的方向${p.value === '' ? '为空' : `为"${p.value}"`}。请选择"${p.higher}"或"${p.lower}"。`,
  'value-missing': (p) => `${p.employee}："${p.name}"缺失，缺失值不会按0计算。请填写实际值。`,
  'cascade-sum': (p) =>
    `"${p.part}"的下级目标（${p.parts}）合计 ${p.total}，不等于其目标 ${p.target}。请修改下级目标或该目标，使其相加一致。`,
  'cascade-too-many': (p) =>
    `"${p.part}"的 ${p.count} 个下级目标分散在太多不相连的行中，无法用一个公式相加，下级合计留空。请按上级编号排序，使同一目标的下级排在一起。`,
  'cascade-duplicate-part': (p) =>
    `编号"${p.part}"已在 ${p.first} 使用。请为每个目标使用不同的编号，下级目标靠它指明上级。`,
  'cascade-parent-unknown': (p) => `${p.part}：上级编号"${p.parent}"不是本表中的编号。请填写其所属上级目标的编号。`,
  'cascade-no-parent': (p) =>
    `${p.part}没有上级编号。请把每个小组和个人目标关联到其所属的上级目标（指南第2步），或将层级设为"部门"。`,
  'cascade-no-number': (p) =>
    `${p.part}：目标值${p.value === '' ? '为空' : `"${p.value}"不是数字`}。SMART目标须可衡量：请填写具体数值。`,
  'cascade-no-unit': (p) => `${p.part}既没有单位也没有方向。请写明衡量什么、以及越高还是越低越好（SMART：具体）。`,
  'cascade-no-due': (p) => `${p.part}没有截止日期。SMART目标须有时限：请填写日期（yyyy-mm-dd）。`,
  'cascade-vague': (p) => `${p.part}使用了模糊词"${p.word}"。请准确表述（SMART：具体、可衡量）。`,
  'cascade-far': (p) =>
    `${p.part}：目标 ${p.target} 与上期实际值 ${p.actual} 相差超过 ${p.factor} 倍。请确认该目标可实现且具挑战性（SMART：可实现）。`,
  'rater-unknown-employee': (p) => `没有考核表包含工号"${p.id}"。请改正工号，使评价计入正确的人。`,
  'rater-unknown-indicator': (p) => `"${p.name}"不是考核表 ${p.sheet} 的定性指标。请使用考核指标表中的指标名称。`,
  'rater-score-invalid': (p) =>
    `评分${p.value === '' ? '为空' : `"${p.value}"不是0-100之间的分数`}，该评价不计入。请填写0-100。`,
  'rater-no-fact': (p) =>
    `${p.id}的这条评价没有记录事实。定性评价须以记录的事实为依据（指南）：请写明发生了什么、何时。`,
  'rater-gap': (p) =>
    `${p.employee}："${p.name}"的评审打分 ${p.panel} 与360平均分 ${p.average}（${p.count} 位评价人）相差超过 ${p.limit}。请复核评分，或在"360度评估"表的评审说明中写明原因。`,
  'value-not-number': (p) => `${p.employee}："${p.name}"为"${p.value}"，不是数字。请只填写数字。`,
  'potential-invalid': (p) =>
    `${p.employee}：潜力为"${p.value}"，不是高、中或低（High、Medium、Low）。请填写其中之一或清空；在此之前九宫格不计入此人。`,
  'rater-360-effect': (p) =>
    `${p.rater}的360度打分比同一员工的其他评价人平均${p.higher ? '高' : '低'} ${String(p.difference).replace('-', '')} 分（比较了 ${p.count} 次评价）。请复核其评价及所依据的事实。`,
  'rater-effect': (p) =>
    `${p.supervisor}给出的定性得分平均${points(p.qual, 'zh-CN')}，而其下属的数据得分平均${points(p.quant, 'zh-CN')}：定性打分相对数据${p.lenient ? '偏松' : '偏严'}。请在校准会上复核。`,
  'own-target-invalid': (p) =>
    `${p.employee}：个人目标"${p.name}"为"${p.value}"；目标须为大于0的数字。请填写目标，或留空以使用表内目标。`,
  'value-vague': (p) =>
    `${p.employee}："${p.name}"为模糊值"${p.value}"。考核要求数据准确、可追溯，不得估计：请填写数据来源中的准确数值。`,
  'value-bound': (p) =>
    `${p.employee}："${p.name}"写成了"${p.value}"，这是一个范围，不是实际值。请填写数据来源中的准确数值。`,
  'value-percent': (p) =>
    `${p.employee}："${p.name}"写成了"${p.value}"，是百分比，但该指标的单位是${p.unit || '数值'}。请按${p.unit || '其单位'}填写实际值（达成率由此计算）。`,
  'qual-out-of-range': (p) => `${p.employee}："${p.name}"的评审得分为 ${p.value}，不在0-100之间。请填写0到100的分数。`,
  'qual-percent': (p) =>
    `${p.employee}："${p.name}"的评审得分写成了"${p.value}"，带有百分号。评审得分为0-100分：请只填写分数（85% 请填 85）。`,
  'duplicate-id': (p) =>
    `${p.employee}：工号"${p.id}"与第 ${p.rows} 行重复。每位员工须有唯一工号：请改正错误的一行；改正前两行都不评分，导入也不会更新它们。`,
  'id-other-sheet': (p) =>
    `${p.employee}：工号"${p.id}"也出现在工作表 ${p.other}。如为同一人，请只在一个考核表中考核；如不是，请改正工号。`,
  'actual-negative': (p) => `${p.employee}："${p.name}"的实际值为 ${p.value}，不能为负数。请填写数据来源中的实际值。`,
  'lower-not-positive': (p) =>
    `${p.employee}："${p.name}"越低越好，实际值为 ${p.value}，须大于0才能计算达成率。请填写实际值。`,
  'quant-share': (p) => `定量指标权重占比为 ${p.share}%，规定为 ${p.min}%-${p.max}%。请调整权重结构。`,
  'qual-share': (p) => `定性指标权重占比为 ${p.share}%，规定为 ${p.min}%-${p.max}%。请调整权重结构。`,
  'source-missing': (p) => `定量指标"${p.name}"没有数据来源。请注明数据来自哪个系统（如CRM），以便追溯。`,
  'indicator-count': (p) => `本表有 ${p.count} 个指标，建议为 ${p.min}-${p.max} 个。可考虑增加或合并指标。`,
  'calibrated-invalid': (p) =>
    `${p.employee}：校准等级"${p.value}"不是评分规则中的等级（${p.grades}）。请选择其中之一或清空该单元格。`,
  'calibrated-no-reason': (p) =>
    `${p.employee}：校准等级"${p.value}"在校准记录中没有原因。请通过任务窗格（校准）填写原因后记录，或清空该单元格。`,
  'calibrate-no-reason': () => '校准等级必须填写原因。请写明评审小组调整等级的理由。',
  'calibrate-no-decider': () => '请填写校准等级的决定人。',
  'calibrate-bad-grade': (p) => `"${p.value}"不是评分规则中的等级。请从以下等级中选择：${p.grades}。`,
  'calibrate-unknown-employee': (p) => `本表中没有员工"${p.employee}"。请使用评分表中的工号或姓名。`,
  'calibrate-ambiguous': (p) =>
    `"${p.employee}"可能指多位员工：${p.candidates}。未记录任何内容：请给出所指员工的工号${p.sheets ? '和工作表（--sheet）' : ''}。`,
  'calibrate-not-scored': (p) => `${p.employee}尚未评分。请先补全数据并评分，再进行校准。`,
  'calibrate-no-log': () => '工作簿中没有校准记录。请插入模板以添加校准表。',
  'plan-vague': (p) =>
    `"${p.word}"是模糊表述。请写明数字及其来源（指南：禁止用"大概""可能"），例如"每周拜访2家新渠道"。`,
  'plan-person': (p) => `"${p.word}"针对的是人而不是事。指南：不说"你不够努力"，而说"本月客户拜访量较目标少8次"。`,
  'plan-no-number': () => '该措施没有数字。请使其可衡量，例如"每周拜访2家新渠道，每月参加1次行业展会"。',
  'plan-no-deadline': () => '该措施没有完成期限。请填写截止日期。',
  'plan-deadline-text': (p) =>
    `${p.note ? '记录日期' : '截止日期'}"${p.value}"是文本而不是日期，永远不会显示为${p.note ? '无进展' : '逾期'}。请按日期填写：${p.date}。`,
  'plan-deadline-invalid': (p) =>
    `${p.note ? '记录日期' : '截止日期'}"${p.value}"不是日期（或没有这一天）。请按日期填写，如 2024-11-30。`,
  'plan-no-owner': () => '该措施没有责任人。请写明由谁执行（员工本人、上级）。',
  'plan-not-scored': (p) => `${p.employee}尚未评分：改进计划要列出评分数据。请先补全数据并评分，再起草计划。`,
  'previous-grade-invalid': (p) =>
    `${p.employee}的上期等级"${p.value}"不是有效等级（${p.grades}），无法判断是否需要绩效面谈。请填写其中之一，或留空。`,
  normalised: (p) =>
    `"${p.before}"已识别为 ${p.after}，并改写为${typeof p.after === 'number' ? '数字' : '评分规则中的用词'}。`,
  restored: (p) => `该计算单元格曾被手工改写为"${p.before}"，已恢复公式。`,
};

const MESSAGES = catalogue<Messages>(en, zh);

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function makeCheck<C extends CheckCode>(
  code: C,
  sheet: string,
  cell: string,
  params: CheckParams[C],
  lang: Lang,
): Check {
  return {
    code,
    severity: CHECKS[code].severity,
    sheet,
    cell,
    params,
    text: `${quoteSheet(sheet)}!${cell}: ${messageText(code, params, lang)}`,
  };
}

/** A code's message with its parameters, in a language. */
function messageText<C extends CheckCode>(code: C, params: CheckParams[C], lang: Lang): string {
  return (MESSAGES.of(lang)[code] as (p: CheckParams[C]) => string)(params);
}

/** A check's message alone, without the sheet and cell it is at (a command line's usage error). */
export function checkMessage(check: Check, lang: Lang): string {
  return messageText(check.code, check.params as CheckParams[CheckCode], lang);
}

/** The same finding in another language (the task pane's language switch). */
export function translateCheck(check: Check, lang: Lang): Check {
  // A check's params are the ones its code declares: makeCheck was given them.
  return makeCheck(check.code, check.sheet, check.cell, check.params as CheckParams[CheckCode], lang);
}

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];
