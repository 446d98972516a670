import type { Lang } from '../core/types';

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
      [n('赵磊', 'Zhao Lei'), 'E1005', east, liNa, '', '80万', 15, 5000, 80],
      [n('孙丽', 'Sun Li'), 'E1006', east, liNa, '', 1750000, 16, 4500, 88],
      [n('周杰', 'Zhou Jie'), 'E1007', east, liNa, '', 900000, zh ? '约14' : 'about 14', 5100, 75],
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
