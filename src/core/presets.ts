import type { Dimension, Direction, Lang } from './types';

export type RoleId = 'channel' | 'sales' | 'planning' | 'media';
export const ROLE_IDS: readonly RoleId[] = ['channel', 'sales', 'planning', 'media'];

interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

export interface PresetIndicator {
  dimension: Dimension;
  name: Bilingual;
  weight: number;
  target: number | null;
  direction: Direction | null;
  unit: Bilingual;
  source: Bilingual;
  /** Other names exports use for it (import headers): "CAC", "获客成本". */
  aliases?: string[];
}

export interface RolePreset {
  id: RoleId;
  title: Bilingual;
  indicators: PresetIndicator[];
}

const quant = (
  name: Bilingual,
  weight: number,
  target: number,
  direction: Direction,
  unit: Bilingual,
  source: Bilingual,
): PresetIndicator => ({
  dimension: 'quantitative',
  name,
  weight,
  target,
  direction,
  unit,
  source,
});
const qual = (name: Bilingual, weight: number, source: Bilingual): PresetIndicator => ({
  dimension: 'qualitative',
  name,
  weight,
  target: null,
  direction: null,
  unit: { 'zh-CN': '分', 'en-US': 'points' },
  source,
});

const YUAN = { 'zh-CN': '元', 'en-US': 'yuan' };
const CRM = { 'zh-CN': 'CRM系统', 'en-US': 'CRM' };
const FINANCE = { 'zh-CN': '财务系统', 'en-US': 'Finance system' };
const MA = { 'zh-CN': '营销自动化工具', 'en-US': 'Marketing automation' };
const PANEL_360 = { 'zh-CN': '360度评估', 'en-US': '360-degree feedback' };
const PERCENT = { 'zh-CN': '%', 'en-US': '%' };
const COLLABORATION = { 'zh-CN': '跨部门协作', 'en-US': 'Cross-department collaboration' };

/** The guide's roles. Channel specialist is exactly the guide's Table 1; sales is its step-3 example. */
export const PRESETS: Record<RoleId, RolePreset> = {
  channel: {
    id: 'channel',
    title: { 'zh-CN': '渠道专员', 'en-US': 'Channel specialist' },
    indicators: [
      {
        ...quant({ 'zh-CN': '渠道销售额', 'en-US': 'Channel sales revenue' }, 40, 800000, 'higher', YUAN, CRM),
        aliases: ['渠道收入', '渠道销售收入', 'Channel revenue', 'Channel sales'],
      },
      {
        ...quant(
          { 'zh-CN': '新客户开发数量', 'en-US': 'New customers' },
          30,
          15,
          'higher',
          { 'zh-CN': '家', 'en-US': 'accounts' },
          CRM,
        ),
        aliases: ['新客户数', '新客户数量', '新增客户', '新增客户数', 'New accounts'],
      },
      {
        ...quant(
          { 'zh-CN': '客户获取成本', 'en-US': 'Customer acquisition cost' },
          20,
          5000,
          'lower',
          { 'zh-CN': '元/客户', 'en-US': 'yuan per customer' },
          FINANCE,
        ),
        aliases: ['获客成本', '客户获取成本', 'CAC', 'Acquisition cost', 'Cost per acquisition'],
      },
      qual({ 'zh-CN': '渠道维护效率', 'en-US': 'Channel maintenance efficiency' }, 10, PANEL_360),
    ],
  },
  sales: {
    id: 'sales',
    title: { 'zh-CN': '销售', 'en-US': 'Sales' },
    indicators: [
      {
        ...quant({ 'zh-CN': '销售额', 'en-US': 'Sales revenue' }, 40, 1000000, 'higher', YUAN, CRM),
        aliases: ['销售收入', '业绩', 'Revenue', 'Sales'],
      },
      quant(
        { 'zh-CN': '新客户数量', 'en-US': 'New customers' },
        30,
        20,
        'higher',
        { 'zh-CN': '家', 'en-US': 'accounts' },
        CRM,
      ),
      qual({ 'zh-CN': '客户满意度', 'en-US': 'Customer satisfaction' }, 20, {
        'zh-CN': '客户调研',
        'en-US': 'Customer survey',
      }),
      qual({ 'zh-CN': '团队协作', 'en-US': 'Teamwork' }, 10, PANEL_360),
    ],
  },
  planning: {
    id: 'planning',
    title: { 'zh-CN': '策划', 'en-US': 'Planning and creative' },
    indicators: [
      quant({ 'zh-CN': '方案通过率', 'en-US': 'Proposal approval rate' }, 30, 0.8, 'higher', PERCENT, {
        'zh-CN': '项目管理系统',
        'en-US': 'Project management system',
      }),
      quant({ 'zh-CN': '活动转化率', 'en-US': 'Campaign conversion rate' }, 25, 0.05, 'higher', PERCENT, MA),
      quant({ 'zh-CN': '方案按时交付率', 'en-US': 'On-time delivery rate' }, 15, 0.95, 'higher', PERCENT, {
        'zh-CN': '项目管理系统',
        'en-US': 'Project management system',
      }),
      qual({ 'zh-CN': '活动创意', 'en-US': 'Campaign creativity' }, 20, {
        'zh-CN': '项目复盘',
        'en-US': 'Project retrospectives',
      }),
      qual(COLLABORATION, 10, PANEL_360),
    ],
  },
  media: {
    id: 'media',
    title: { 'zh-CN': '媒介', 'en-US': 'Media and support' },
    indicators: [
      quant(
        { 'zh-CN': '品牌曝光量', 'en-US': 'Brand exposure' },
        25,
        5000000,
        'higher',
        { 'zh-CN': '次', 'en-US': 'impressions' },
        { 'zh-CN': '第三方监测平台', 'en-US': 'Third-party monitoring' },
      ),
      {
        ...quant(
          { 'zh-CN': '投放ROI', 'en-US': 'Media ROI' },
          25,
          3,
          'higher',
          { 'zh-CN': '倍', 'en-US': 'x' },
          FINANCE,
        ),
        aliases: ['ROI', '投资回报率'],
      },
      quant(
        { 'zh-CN': '线索获取成本', 'en-US': 'Cost per lead' },
        20,
        50,
        'lower',
        { 'zh-CN': '元/条', 'en-US': 'yuan per lead' },
        FINANCE,
      ),
      qual({ 'zh-CN': '问题解决', 'en-US': 'Problem solving' }, 15, PANEL_360),
      qual(COLLABORATION, 15, PANEL_360),
    ],
  },
};

export function roleTitle(role: RoleId, lang: Lang): string {
  return PRESETS[role].title[lang];
}
