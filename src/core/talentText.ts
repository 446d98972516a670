import { catalogue } from './catalogue';

/**
 * The words of the talent grid (人才九宫格) and the rater effects (评分者效应), in both languages: the
 * Rules' defaults, the Talent grid sheet and the Calibration sheet's rater table.
 */
export interface TalentWords {
  /** The three levels of performance and of potential, lowest first (what cells hold and formulas match). */
  levels: [string, string, string];
  /**
   * The nine boxes, best first: performance high, medium, low, each with potential high, medium, low.
   * Their names and suggested development actions are the Rules' defaults (HR edits them there).
   */
  boxNames: [string, string, string, string, string, string, string, string, string];
  boxActions: [string, string, string, string, string, string, string, string, string];
  rulesSection: string;
  rulesNote: string;
  gradeLevelHeader: [string, string];
  boxHeader: [string, string, string, string];
  raterMinPeople: string;
  raterEffectGap: string;
  raterMinRatings: string;
  gridSheet: string;
  gridTitle: string;
  gridNote: string;
  performanceAxis: string;
  potentialAxis: string;
  /** The number format of a box's count: "3 people", "3 人". */
  countFormat: string;
  placed: string;
  noPotential: string;
  notScored: string;
  helperSection: string;
  helperHeader: [string, string, string, string, string];
  /** Between names in a box's list. */
  nameSeparator: string;
  raterSection: string;
  raterHeader: [string, string, string, string, string, string, string, string, string, string, string];
  raterLenient: string;
  raterSevere: string;
  raterTooFew: string;
  raterHelperSection: string;
  raterHelperHeader: [string, string, string, string, string, string, string];
  compareSection: string;
  compareHeader: [string, string, string, string];
  compareHigher: string;
  compareLower: string;
  compareTooFew: string;
}

const en: TalentWords = {
  levels: ['Low', 'Medium', 'High'],
  boxNames: [
    'Star',
    'High performer',
    'Trusted professional',
    'Growth employee',
    'Core player',
    'Effective employee',
    'Rough diamond',
    'Inconsistent player',
    'Underperformer',
  ],
  boxActions: [
    'Develop for a bigger role; name as a successor',
    'Stretch assignments to broaden their skills',
    'Recognise their expertise; keep them in role',
    'Coaching or a rotation to lift performance',
    'Keep developing; agree the next goals',
    'Keep them engaged in the current role',
    'Find what holds them back; adjust the role or coach',
    'A 30-day improvement plan, followed closely',
    'A performance talk: improve, or change role',
  ],
  rulesSection: 'Talent grid and rater effects',
  rulesNote:
    'The talent grid places each employee by the performance level of their final grade and by their potential (High, Medium or Low in the Scores table).',
  gradeLevelHeader: ['Grade', 'Performance level'],
  boxHeader: ['Performance', 'Potential', 'Box', 'Suggested development'],
  raterMinPeople: 'Rater effects: fewest people a supervisor must have rated to be judged',
  raterEffectGap: 'Rater effects: qualitative minus data-based gap beyond the sheet’s (points)',
  raterMinRatings: '360: fewest ratings a rater must have given to be compared',
  gridSheet: 'Talent grid',
  gridTitle: 'Talent grid: performance and potential',
  gridNote:
    'Each box counts and names the employees whose final grade and potential place them there; live formulas. The grid groups people, it does not rank them.',
  performanceAxis: 'Performance →',
  potentialAxis: 'Potential ↑',
  countFormat: '0" people"',
  placed: 'In the grid',
  noPotential: 'Scored, no potential yet',
  notScored: 'Not scored yet',
  helperSection: 'Employees (read by the grid; refreshed by Score)',
  helperHeader: ['Sheet', 'Row', 'Name', 'Performance', 'Box'],
  nameSeparator: ', ',
  raterSection: 'Rater effects (per direct supervisor)',
  raterHeader: [
    'Sheet',
    'Supervisor',
    'People rated',
    'Mean weighted score',
    'vs sheet',
    'Top grade share',
    'Qualitative mean',
    'vs sheet',
    'Data-based mean',
    'vs sheet',
    'Note',
  ],
  raterLenient: 'Qualitative scores lenient for the data: review them',
  raterSevere: 'Qualitative scores severe for the data: review them',
  raterTooFew: 'Too few people to judge',
  raterHelperSection: 'Employees by supervisor (read by the rater figures; refreshed by Score)',
  raterHelperHeader: ['Sheet', 'Row', 'Supervisor', 'Weighted score', 'Final grade', 'Qualitative', 'Data-based'],
  compareSection: 'Raters against the other raters of the same people',
  compareHeader: ['Rater', 'Ratings compared', 'Difference (points)', 'Note'],
  compareHigher: 'Scores higher than the other raters: review',
  compareLower: 'Scores lower than the other raters: review',
  compareTooFew: 'Too few ratings to judge',
};

const zh: TalentWords = {
  levels: ['低', '中', '高'],
  boxNames: ['明星', '绩效骨干', '专业能手', '潜力新星', '中坚', '稳定贡献者', '待发掘', '待提升', '表现欠佳'],
  boxActions: [
    '重点培养，承担更大职责，列入继任人选',
    '安排挑战性任务，拓展能力',
    '认可专业贡献，保留在岗',
    '辅导或轮岗，帮助提升业绩',
    '持续发展，约定下一步目标',
    '保持投入，巩固现岗位',
    '找出阻碍原因，调整岗位或加强辅导',
    '制定30天改进计划，密切跟进',
    '绩效面谈：限期改进或调整岗位',
  ],
  rulesSection: '人才九宫格与评分者效应',
  rulesNote: '人才九宫格按最终等级对应的绩效水平和潜力（在评分表中填写高、中或低）放置每位员工。',
  gradeLevelHeader: ['等级', '绩效水平'],
  boxHeader: ['绩效', '潜力', '格子', '发展建议'],
  raterMinPeople: '评分者效应：上级至少评过多少人才做判断',
  raterEffectGap: '评分者效应：定性减数据得分之差超出本表多少（分）时提示',
  raterMinRatings: '360度：评价人至少评过多少次才做比较',
  gridSheet: '人才九宫格',
  gridTitle: '人才九宫格：绩效与潜力',
  gridNote: '每个格子统计并列出最终等级和潜力落在该格的员工；均为实时公式。九宫格只分组，不排名。',
  performanceAxis: '绩效 →',
  potentialAxis: '潜力 ↑',
  countFormat: '0" 人"',
  placed: '已入格',
  noPotential: '已评分，未填潜力',
  notScored: '尚未评分',
  helperSection: '员工（供九宫格读取；评分时刷新）',
  helperHeader: ['工作表', '行', '姓名', '绩效', '格子'],
  nameSeparator: '、',
  raterSection: '评分者效应（按直接上级）',
  raterHeader: [
    '工作表',
    '直接上级',
    '评分人数',
    '平均加权得分',
    '与本表差',
    '最高等级占比',
    '定性平均分',
    '与本表差',
    '数据平均分',
    '与本表差',
    '说明',
  ],
  raterLenient: '定性打分相对数据偏松：请复核',
  raterSevere: '定性打分相对数据偏严：请复核',
  raterTooFew: '人数太少，无法判断',
  raterHelperSection: '按直接上级排列的员工（供评分者统计读取；评分时刷新）',
  raterHelperHeader: ['工作表', '行', '直接上级', '加权得分', '最终等级', '定性得分', '数据得分'],
  compareSection: '评价人对比（与同一员工的其他评价人比较）',
  compareHeader: ['评价人', '比较次数', '差值（分）', '说明'],
  compareHigher: '打分高于其他评价人：请复核',
  compareLower: '打分低于其他评价人：请复核',
  compareTooFew: '评价次数太少，无法判断',
};

export const TALENT_WORDS = catalogue<TalentWords>(en, zh);
