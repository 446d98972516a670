import type { CellStyle } from '../../layout/plan';
import { allElements, attributes, findElement } from './xml';

/** Number formats Excel knows by id (ECMA-376 18.8.30); others are added as custom formats from 164. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

const THIN_BORDER =
  '<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>';

/** A list element of styles.xml (fonts, fills, cellXfs...): its items as XML, appended to on demand. */
class StyleList {
  items: string[];
  added = false;
  constructor(
    readonly name: string,
    readonly item: string,
    xml: string,
  ) {
    const list = findElement(xml, name);
    this.items = list ? allElements(list.text, item).map((e) => e.text) : [];
  }
  indexOf(xml: string): number {
    const at = this.items.indexOf(xml);
    if (at >= 0) return at;
    this.items.push(xml);
    this.added = true;
    return this.items.length - 1;
  }
  toXml(): string {
    return `<${this.name} count="${this.items.length}">${this.items.join('')}</${this.name}>`;
  }
}

/**
 * styles.xml, extended but never rewritten: a style the plan asks for is merged into the cell's own
 * (its font, fill or format kept where the plan says nothing) and appended as a new cell format.
 */
export class Styles {
  private fonts: StyleList;
  private fills: StyleList;
  private borders: StyleList;
  private xfs: StyleList;
  private dxfs: StyleList;
  private numFmts: Map<string, number>;
  private newNumFmts: { id: number; code: string }[] = [];
  private merged = new Map<string, string>();

  constructor(private xml: string) {
    this.fonts = new StyleList('fonts', 'font', xml);
    this.fills = new StyleList('fills', 'fill', xml);
    this.borders = new StyleList('borders', 'border', xml);
    this.xfs = new StyleList('cellXfs', 'xf', xml);
    this.dxfs = new StyleList('dxfs', 'dxf', xml);
    this.numFmts = new Map(Object.entries(BUILTIN_FORMATS));
    const list = findElement(xml, 'numFmts');
    for (const e of list ? allElements(list.text, 'numFmt') : []) {
      const a = attributes(e.text);
      this.numFmts.set(a.formatCode, Number(a.numFmtId));
    }
    if (this.xfs.items.length === 0) this.xfs.indexOf('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  get isChanged(): boolean {
    return (
      [this.fonts, this.fills, this.borders, this.xfs, this.dxfs].some((l) => l.added) || this.newNumFmts.length > 0
    );
  }

  /** For one style, the cell format index of a cell now at `current` with the style applied on top (memoised: a column of a million cells costs a lookup each). */
  applier(style: CellStyle): (current: string | null) => string {
    const styleKey = JSON.stringify(style);
    const local = new Map<string | null, string>();
    return (current) => {
      let hit = local.get(current);
      if (hit === undefined) {
        hit = this.apply(current, style, styleKey);
        local.set(current, hit);
      }
      return hit;
    };
  }

  private apply(current: string | null, style: CellStyle, styleKey: string): string {
    const key = `${current ?? '0'}|${styleKey}`;
    const hit = this.merged.get(key);
    if (hit !== undefined) return hit;
    const base = this.xfs.items[Number(current ?? 0)] ?? this.xfs.items[0];
    const a = attributes(base.slice(0, base.indexOf('>') + 1));
    let fontId = Number(a.fontId ?? 0);
    let fillId = Number(a.fillId ?? 0);
    let borderId = Number(a.borderId ?? 0);
    let numFmtId = Number(a.numFmtId ?? 0);
    let alignment = findElement(base, 'alignment')?.text ?? '';
    const protection = findElement(base, 'protection')?.text ?? '';
    if (style.bold !== undefined || style.italic !== undefined || style.fontColor || style.fontSize)
      fontId = this.fonts.indexOf(mergeFont(this.fonts.items[fontId] ?? this.fonts.items[0] ?? '<font/>', style));
    if (style.fill)
      fillId = this.fills.indexOf(
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
    if (style.border) borderId = this.borders.indexOf(THIN_BORDER);
    if (style.numberFormat) numFmtId = this.numFmtId(style.numberFormat);
    if (style.wrap) alignment = '<alignment vertical="top" wrapText="1"/>';
    if (style.acrossGroup) alignment = '<alignment horizontal="centerContinuous"/>';
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const xfId = a.xfId ?? '0';
    const inner = alignment + protection;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="${xfId}"${applied}${inner ? `>${inner}</xf>` : '/>'}`;
    const index = String(this.xfs.indexOf(xf));
    this.merged.set(key, index);
    return index;
  }

  /** A differential format (conditional formatting): a font colour, bold, italic, a solid background. */
  dxf(look: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean }): number {
    const font =
      look.fontColor || look.bold || look.italic
        ? `<font>${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}${look.fontColor ? `<color rgb="FF${look.fontColor}"/>` : ''}</font>`
        : '';
    const fill = look.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="FF${look.fill}"/></patternFill></fill>`
      : '';
    return this.dxfs.indexOf(`<dxf>${font}${fill}</dxf>`);
  }

  private numFmtId(code: string): number {
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = Math.max(163, ...this.numFmts.values()) + 1;
    this.numFmts.set(code, id);
    this.newNumFmts.push({ id, code });
    return id;
  }

  toXml(): string {
    let xml = this.xml;
    const put = (name: string, content: string, after: string[]) => {
      const existing = findElement(xml, name);
      if (existing) xml = xml.slice(0, existing.start) + content + xml.slice(existing.end);
      else {
        // Insert after the last present predecessor (styleSheet's sequence).
        let at = xml.indexOf('>', xml.indexOf('<styleSheet')) + 1;
        for (const prev of after) {
          const e = findElement(xml, prev);
          if (e) at = Math.max(at, e.end);
        }
        xml = xml.slice(0, at) + content + xml.slice(at);
      }
    };
    if (this.newNumFmts.length) {
      const list = findElement(xml, 'numFmts');
      const old = list ? allElements(list.text, 'numFmt').map((e) => e.text) : [];
      const added = this.newNumFmts.map(
        (n) =>
          `<numFmt numFmtId="${n.id}" formatCode="${n.code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`,
      );
      put('numFmts', `<numFmts count="${old.length + added.length}">${[...old, ...added].join('')}</numFmts>`, []);
    }
    if (this.fonts.added) put('fonts', this.fonts.toXml(), ['numFmts']);
    if (this.fills.added) put('fills', this.fills.toXml(), ['numFmts', 'fonts']);
    if (this.borders.added) put('borders', this.borders.toXml(), ['numFmts', 'fonts', 'fills']);
    if (this.xfs.added) put('cellXfs', this.xfs.toXml(), ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs']);
    if (this.dxfs.added)
      put('dxfs', this.dxfs.toXml(), ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']);
    return xml;
  }
}

/** A font with bold, italic, colour or size set, its other properties (name, family, scheme...) kept. */
function mergeFont(font: string, style: CellStyle): string {
  const children = new Map<string, string>();
  const inner = /^<font\b[^>]*>([\s\S]*)<\/font>$/.exec(font)?.[1] ?? '';
  for (const m of inner.matchAll(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)) children.set(m[1], m[0]);
  if (style.bold) children.set('b', '<b/>');
  else if (style.bold === false) children.delete('b');
  if (style.italic) children.set('i', '<i/>');
  else if (style.italic === false) children.delete('i');
  if (style.fontColor) children.set('color', `<color rgb="FF${style.fontColor}"/>`);
  if (style.fontSize) children.set('sz', `<sz val="${style.fontSize}"/>`);
  const ordered = [...children.entries()]
    .sort(([a], [b]) => FONT_ORDER.indexOf(a) - FONT_ORDER.indexOf(b))
    .map(([, xml]) => xml);
  return `<font>${ordered.join('')}</font>`;
}
