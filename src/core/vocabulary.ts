/**
 * The words real HR and CRM exports put in their header rows, in both languages, and how a header is
 * compared: case, spacing, full-width characters and a unit in brackets do not matter ("渠道销售额（万元）"
 * is "渠道销售额" in 10,000 yuan). One vocabulary for the command line's and the task pane's import.
 */
import { LABELS } from './labels';
import { EMPLOYEE_FIELDS, IMPORT_ALIASES_NAME, type EmployeeField } from './names';
import { findName, type GridReader, type NamedRange } from './snapshot';
import { PRESETS } from './presets';
import { LANGS } from './types';
import { foldWidth } from './text';

/** Synonyms beyond the template's own labels (which always match). */
export const FIELD_ALIASES: Record<EmployeeField, readonly string[]> = {
  name: [
    '姓名',
    '员工',
    '员工姓名',
    '名字',
    '人员',
    'Name',
    'Employee',
    'Employee Name',
    'Full Name',
    'Staff Name',
    'Staff',
  ],
  employeeId: [
    '工号',
    '编号',
    '员工编号',
    '员工ID',
    '员工工号',
    '人员编号',
    '职工号',
    'Employee ID',
    'Emp ID',
    'EmpID',
    'Staff ID',
    'Employee No',
    'Employee Number',
    'ID',
  ],
  team: ['团队', '小组', '部门', '组别', '所属部门', '所属团队', 'Team', 'Department', 'Dept', 'Group'],
  supervisor: [
    '上级',
    '直属上级',
    '直接上级',
    '主管',
    '经理',
    '负责人',
    'Manager',
    'Supervisor',
    'Line Manager',
    'Direct Supervisor',
    'Reports To',
  ],
  previousGrade: [
    '上期等级',
    '上期评级',
    '上期绩效',
    '上期考核等级',
    'Previous grade',
    'Last rating',
    'Previous rating',
    'Last grade',
  ],
};

/** Scale words a unit may carry: "万元" means the numbers are in 10,000 yuan. */
const SCALES: [RegExp, number][] = [
  [/^(亿|亿元)$/, 1e8],
  [/^(千万|千万元)$/, 1e7],
  [/^(百万|百万元|m|mn|million|millions|millionyuan|millionrmb)$/, 1e6],
  [/^(万|万元|w|10k|tenthousandyuan)$/, 1e4],
  [/^(千|千元|k|thousand|thousands|kyuan|krmb)$/, 1e3],
  [/^(元|yuan|rmb|cny|¥|￥)$/, 1],
];

/** Currency words around a scale ("RMB 万元", "人民币千元", "k CNY"): the scale is what is left. */
const CURRENCY = /^(人民币|rmb|cny|¥|￥)|(人民币|rmb|cny)$/g;

/** The scale a unit stands for, or null when it is not a money/scale unit ("家", "%", "次", "万美元"). */
export function unitScale(unit: string): number | null {
  const u = compact(unit);
  const bare = u.replace(CURRENCY, '');
  for (const candidate of bare === '' ? [u] : [u, bare])
    for (const [pattern, scale] of SCALES) if (pattern.test(candidate)) return scale;
  return bare === '' && u !== '' ? 1 : null;
}

function compact(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s_\-.:：·/]+/g, '');
}

/** A header as compared, and the unit it names in brackets ("Revenue (万元)" -> "revenue", "万元"). */
export function headerKey(header: string): { key: string; unit: string | null } {
  const text = foldWidth(header).trim();
  const m = /^(.*?)[([【]([^()[\]【】]*)[)\]】]\s*$/.exec(text);
  if (m && m[1].trim()) return { key: compact(m[1]), unit: m[2].trim() || null };
  return { key: compact(text), unit: null };
}

/** Every way a header may name an employee field. */
export function fieldHeaders(field: EmployeeField): string[] {
  return [...new Set([...LANGS.map((l) => LABELS[l][field]), ...FIELD_ALIASES[field]])];
}

/** A preset indicator's names in both languages and its synonyms, so an English export fills a Chinese sheet. */
export function indicatorHeaders(name: string): string[] {
  const key = headerKey(name).key;
  const out = [name];
  for (const preset of Object.values(PRESETS))
    for (const ind of preset.indicators) {
      const names = [...LANGS.map((l) => ind.name[l]), ...(ind.aliases ?? [])];
      if (names.some((n) => headerKey(n).key === key)) out.push(...names);
    }
  return out;
}

export type ColumnTarget =
  | { kind: 'field'; field: EmployeeField; index: number }
  | { kind: 'indicator'; index: number }
  /** An own-target input column ("渠道销售额目标"): `index` is its place among the inputs. */
  | { kind: 'own'; index: number }
  /** The talent grid's Potential (潜力), a panel's column of the computed block. */
  | { kind: 'potential'; index: 0 };

/** Headers that name the Potential column, besides its own header in either language. */
const POTENTIAL_ALIASES = ['潜力评估', '潜力等级', '发展潜力', 'potential rating', 'potential level'];

export interface ColumnMatch {
  header: string;
  target: ColumnTarget | null;
  /** Multiply plain numbers by this (the header's unit over the indicator's unit), 1 when none. */
  factor: number;
  /** The earlier column (0-based) that names the same target: the import refuses rather than choose. */
  duplicateOf?: number;
  /** A unit in the header's brackets that does not fit the indicator ("(USD)", "(%)" on a yuan column). */
  unknownUnit?: string;
}

/** What kind of quantity a unit counts: a header's unit must be of its indicator's kind. */
type UnitKind = 'money' | 'count' | 'points' | 'percent';
const UNIT_KINDS: [RegExp, UnitKind][] = [
  [
    /^(家|个|人|次|件|单|位|户|名|条|篇|场|accounts?|customers?|clients?|people|persons?|count|no|number|pcs|times|#)$/,
    'count',
  ],
  [/^(分|points?|pts?|score)$/, 'points'],
  [/^(%|百分比|百分数|percent|pct)$/, 'percent'],
];

function unitKind(unit: string): UnitKind | null {
  const u = compact(unit);
  if (unitScale(u) !== null || /^(元|yuan|rmb|cny)/.test(u)) return 'money';
  for (const [pattern, kind] of UNIT_KINDS) if (pattern.test(u)) return kind;
  return null;
}

/** The units a header may name for an indicator of this unit (for the message when one does not fit). */
export function understoodUnits(indicatorUnit: string): string[] {
  const kind = unitKind(indicatorUnit);
  const own = indicatorUnit.trim() ? [indicatorUnit.trim()] : [];
  if (kind === 'money') return [...new Set([...own, '元', '千元', '万元', '百万元', '亿元', 'yuan', 'k', 'million'])];
  if (kind === 'count') return [...new Set([...own, '家', '个', '人', '次', 'accounts', 'people'])];
  if (kind === 'points') return [...new Set([...own, '分', 'points'])];
  if (kind === 'percent') return [...new Set([...own, '%'])];
  return own;
}

/** The factor a header's unit applies to an indicator's numbers, or null when the unit does not fit it. */
function unitFactor(headerUnit: string, indicatorUnit: string): number | null {
  if (compact(headerUnit) === compact(indicatorUnit)) return 1;
  const kind = unitKind(headerUnit);
  if (kind === null || kind !== unitKind(indicatorUnit)) return null;
  if (kind !== 'money') return 1;
  const from = unitScale(headerUnit);
  return from === null ? 1 : from / (unitScale(indicatorUnit) ?? 1);
}

/** HR's own header words (the Rules sheet's import aliases): header -> a field label or an indicator name. */
export interface HeaderAlias {
  header: string;
  means: string;
}

/**
 * Which employee field or indicator each header names. Indicators are matched before fields (an indicator
 * called "Team" wins over the Team field only when HR named it so). A later column naming a target an
 * earlier one took says so (`duplicateOf`), and a unit that does not fit its indicator is named
 * (`unknownUnit`): the import refuses both rather than pick a column or guess a scale.
 */
export function matchColumns(
  headers: readonly string[],
  indicators: readonly { name: string; unit: string }[],
  aliases: readonly HeaderAlias[] = [],
  /** The sheet's own-target columns: their headers, in either language's words, and places. */
  ownInputs: readonly { headers: string[]; index: number }[] = [],
): ColumnMatch[] {
  const byKey = new Map<string, ColumnTarget>();
  const add = (text: string, target: ColumnTarget) => {
    const { key } = headerKey(text);
    if (key && !byKey.has(key)) byKey.set(key, target);
  };
  for (const own of ownInputs) for (const h of own.headers) add(h, { kind: 'own', index: own.index });
  indicators.forEach((ind, index) => add(ind.name, { kind: 'indicator', index }));
  EMPLOYEE_FIELDS.forEach((field, index) =>
    LANGS.forEach((l) => add(LABELS[l][field], { kind: 'field', field, index })),
  );
  indicators.forEach((ind, index) => indicatorHeaders(ind.name).forEach((h) => add(h, { kind: 'indicator', index })));
  EMPLOYEE_FIELDS.forEach((field, index) =>
    FIELD_ALIASES[field].forEach((h) => add(h, { kind: 'field', field, index })),
  );
  for (const h of [...LANGS.map((l) => LABELS[l].potential), ...POTENTIAL_ALIASES])
    add(h, { kind: 'potential', index: 0 });
  // HR's aliases come last but win: they are the department's own words.
  for (const alias of aliases) {
    const target = byKey.get(headerKey(alias.means).key);
    const { key } = headerKey(alias.header);
    if (target && key) byKey.set(key, target);
  }
  const taken = new Map<string, number>();
  return headers.map((header, at) => {
    const { key, unit } = headerKey(header);
    const hit = byKey.get(key) ?? null;
    if (!hit) return { header, target: null, factor: 1 };
    const id = `${hit.kind}:${hit.index}`;
    if (taken.has(id)) return { header, target: hit, factor: 1, duplicateOf: taken.get(id)! };
    taken.set(id, at);
    if (hit.kind !== 'indicator' || !unit) return { header, target: hit, factor: 1 };
    // "客户获取成本（CAC）": the brackets hold another name of the same indicator, not a unit.
    const named = byKey.get(headerKey(unit).key);
    if (named?.kind === 'indicator' && named.index === hit.index) return { header, target: hit, factor: 1 };
    const factor = unitFactor(unit, indicators[hit.index].unit);
    return factor === null ? { header, target: hit, factor: 1, unknownUnit: unit } : { header, target: hit, factor };
  });
}

/** HR's import aliases from the Rules sheet; none when the workbook predates them. */
export function readHeaderAliases(names: readonly NamedRange[], reader: GridReader): HeaderAlias[] {
  const at = findName(names, IMPORT_ALIASES_NAME);
  if (!at) return [];
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  return reader
    .values(at.sheet, at.range)
    .map((r) => ({ header: text(r[0]), means: text(r[1]) }))
    .filter((a) => a.header && a.means);
}
