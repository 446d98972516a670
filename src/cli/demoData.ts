import type { Lang } from '../core/types';
import { TALENT_WORDS } from '../core/talentText';

type Row = [string, string, string, string, string, ...(string | number)[]];

/**
 * A channel team and a sales team. 张伟 / Zhang Wei is the guide's own example (Table 1 and Table 2);
 * the others show a written number ("80万"), a vague value the guide forbids, a missing score, an
 * extreme achievement and a "Needs improvement" with the previous cycle's grade.
 */
export function demoTeams(lang: Lang): { channel: Row[]; sales: Row[] } {
  const zh = lang === 'zh-CN';
  const east = zh ? '华东渠道组' : 'East channel';
  const liNa = zh ? '李娜' : 'Li Na';
  const zhou = zh ? '周敏' : 'Zhou Min';
  const s1 = zh ? '销售一组' : 'Sales team 1';
  const wang = zh ? '王强' : 'Wang Qiang';
  const needs = zh ? '待改进' : 'Needs improvement';
  const n = (zhName: string, enName: string) => (zh ? zhName : enName);
  return {
    channel: [
      [n('张伟', 'Zhang Wei'), 'E1001', east, liNa, '', 880000, 12, 4800, 85],
      [n('王芳', 'Wang Fang'), 'E1002', east, liNa, '', 1000000, 18, 4200, 90],
      [n('刘洋', 'Liu Yang'), 'E1003', east, liNa, '', 560000, 8, 6500, 70],
      [n('陈静', 'Chen Jing'), 'E1004', east, liNa, needs, 400000, 6, 7000, 65],
      [n('赵磊', 'Zhao Lei'), 'E1005', east, zhou, '', '80万', 15, 5000, 80],
      [n('孙丽', 'Sun Li'), 'E1006', east, zhou, '', 1750000, 16, 4500, 88],
      [n('周杰', 'Zhou Jie'), 'E1007', east, zhou, '', 900000, zh ? '约14' : 'about 14', 5100, 75],
    ],
    sales: [
      [n('吴敏', 'Wu Min'), 'E2001', s1, wang, '', 1200000, 22, 88, 90],
      [n('郑浩', 'Zheng Hao'), 'E2002', s1, wang, '', 950000, 19, 80, 85],
      [n('冯雪', 'Feng Xue'), 'E2003', s1, wang, '', 700000, 12, 75, 80],
      [n('何军', 'He Jun'), 'E2004', s1, wang, '', 1100000, 25, 92, 95],
      [n('许婷', 'Xu Ting'), 'E2005', s1, wang, '', 1000000, 20, 85, ''],
      [n('马超', 'Ma Chao'), 'E2006', s1, wang, '', '105万', 21, 83, 78],
    ],
  };
}

/**
 * The calibration panel's view of each person's potential (High / Medium / Low), in the order of
 * demoTeams' rows: the CSV carries it as a Potential column; one is not assessed yet.
 */
export function demoPotentials(lang: Lang): { channel: string[]; sales: string[] } {
  const [low, medium, high] = TALENT_WORDS.of(lang).levels;
  return {
    channel: [medium, high, medium, low, high, medium, medium],
    sales: [high, medium, low, high, '', medium],
  };
}

/**
 * The guide's own cascade (step 2): the department's 3,000,000 of channel sales revenue split into
 * group A 1,500,000, group B 1,000,000 and one representative's 500,000 (周杰 / Zhou Jie; with his
 * Employee ID typed in, it would become his own target on the Scores table).
 */
export function demoCascade(lang: Lang): (string | number | null)[][] {
  const zh = lang === 'zh-CN';
  const revenue = zh ? '渠道销售额' : 'Channel sales revenue';
  const yuan = zh ? '元' : 'yuan';
  const higher = zh ? '越高越好' : 'Higher is better';
  const due = '2024-09-30';
  const row = (
    level: string,
    part: string,
    parent: string | null,
    target: number,
    owner: string,
    id: string | null,
    rationale: string,
  ) => [
    level,
    part,
    parent,
    revenue,
    '2024 Q3',
    target,
    yuan,
    higher,
    owner,
    id,
    due,
    zh ? '年度经营计划' : 'Annual business plan',
    rationale,
  ];
  return zh
    ? [
        row('部门', 'D1', null, 3000000, '市场部经理', null, '年度目标的四分之一'),
        row('小组', 'G1', 'D1', 1500000, '华东渠道组', null, '上季度 1,350,000，增长11%'),
        row('小组', 'G2', 'D1', 1000000, '华南渠道组', null, '新开两家经销商'),
        row('个人', 'I1', 'D1', 500000, '周杰', null, '负责重点客户'),
      ]
    : [
        row('Department', 'D1', null, 3000000, 'Marketing manager', null, 'A quarter of the annual target'),
        row('Group', 'G1', 'D1', 1500000, 'East channel', null, 'Last quarter 1,350,000, 11% growth'),
        row('Group', 'G2', 'D1', 1000000, 'South channel', null, 'Two new distributors'),
        row('Individual', 'I1', 'D1', 500000, 'Zhou Jie', null, 'Key accounts'),
      ];
}

/** A few 360 ratings of channel maintenance efficiency, each with its recorded fact. */
export function demoRatings(lang: Lang): (string | number | null)[][] {
  const zh = lang === 'zh-CN';
  const ind = zh ? '渠道维护效率' : 'Channel maintenance efficiency';
  const n = (a: string, b: string) => (zh ? a : b);
  return [
    [
      'E1001',
      n('张伟', 'Zhang Wei'),
      ind,
      n('陈静', 'Chen Jing'),
      n('同事', 'Peer'),
      80,
      n('9月3日修复经销商门户故障', 'Fixed the distributor portal outage on 3 Sep'),
      '2024-09-03',
    ],
    [
      'E1001',
      n('张伟', 'Zhang Wei'),
      ind,
      n('华东经销商A', 'East distributor A'),
      n('客户', 'Customer'),
      88,
      n('季度满意度调查 4.6/5', 'Quarterly survey 4.6 of 5'),
      '2024-09-20',
    ],
    [
      'E1003',
      n('刘洋', 'Liu Yang'),
      ind,
      n('财务部 吴磊', 'Wu Lei, Finance'),
      n('协作部门', 'Partner department'),
      90,
      n('对账单每周按时提交', 'Statements on time every week'),
      '2024-09-27',
    ],
    [
      'E1003',
      n('刘洋', 'Liu Yang'),
      ind,
      n('李娜', 'Li Na'),
      n('上级', 'Supervisor'),
      92,
      n('接手三个客户，零投诉', 'Took over three accounts, no complaints'),
      '2024-09-27',
    ],
  ];
}
