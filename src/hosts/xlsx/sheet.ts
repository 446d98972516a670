import { concatBytes } from './zip';
import { cellAddress, columnNumber, parseRange, rangeAddress } from '../../core/a1';
import type { CellValue, RangeRef } from '../../core/types';
import { attributes, escapeXml, findElement, setAttribute, stringItemText, unescapeXml } from './xml';
import { plainFormula, shiftFormula } from './formula';

/** One <c>: untouched cells keep their XML exactly as the file had it. */
interface XCell {
  col: number;
  /** Where the cell's XML as read stands in its row's text (start, end); -1 once the tool rewrote it. */
  from: number;
  to: number;
  s: string | null;
  t: string | null;
  /** The whole <f> element, or null. */
  f: string | null;
  v: string | null;
  /** The <is> element of an inline string. */
  is: string | null;
}

interface XRow {
  r: number;
  /** The <row ...> start tag as read (without its closing "/>" or ">"). */
  open: string;
  /** The row's cell XML as read; parsed on first use. */
  inner: string;
  cells: XCell[] | null;
  dirty: boolean;
}

export type CellWrite =
  | { kind: 'value'; value: CellValue }
  | { kind: 'formula'; formula: string; result: CellValue; shared?: { si: number; ref?: string } };

/** Where each element may stand in a worksheet (CT_Worksheet's sequence): inserted elements keep the order Excel requires. */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW_RE = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

const columnOf = new Map<string, number>();

/** A cell reference's column ("AB12" -> 28), cached: the same few letters repeat on every row. */
function columnOfRef(ref: string): number {
  let end = 0;
  while (end < ref.length && ref.charCodeAt(end) > 64) end++;
  const letters = ref.slice(0, end);
  let col = columnOf.get(letters);
  if (col === undefined) columnOf.set(letters, (col = columnNumber(letters)));
  return col;
}

/** One attribute of a <c> start tag; cells carry only r, s, t (and rarely cm, vm, ph). */
function cellAttribute(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return null;
  const from = at + name.length + 3;
  return tag.slice(from, tag.indexOf('"', from));
}

function parseCells(inner: string): XCell[] {
  const cells: XCell[] = [];
  let last = 0;
  CELL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_RE.exec(inner))) {
    const tag = m[1];
    const r = cellAttribute(tag, 'r');
    const col = r ? columnOfRef(r) : last + 1;
    last = col;
    const body = m[2] ?? '';
    const f = body.includes('<f') ? (findElement(body, 'f')?.text ?? null) : null;
    const v = body.includes('<v') ? /<v>([\s\S]*?)<\/v>/.exec(body) : null;
    const is = body.includes('<is') ? (findElement(body, 'is')?.text ?? null) : null;
    cells.push({
      col,
      from: m.index,
      to: m.index + m[0].length,
      s: cellAttribute(tag, 's'),
      t: cellAttribute(tag, 't'),
      f: f && internShared(f),
      v: v ? unescapeXml(v[1]) : body.includes('<v/>') ? '' : null,
      is,
    });
  }
  return cells;
}

function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

/** A worksheet part, edited cell by cell: what the tool does not write comes out as it went in. */
export class SheetDoc {
  private head: string;
  private tail: string;
  private rows: XRow[] = [];
  private byRow = new Map<number, XRow>();
  private sorted = true;
  private nextSi: number;
  /** Shared groups from this id on are the tool's own, written in this run. */
  private firstNewSi: number;
  /** Shared-formula masters the tool overwrote: their remaining children get explicit formulas. */
  private brokenShared = new Map<number, { formula: string; row: number; col: number; ref: RangeRef }>();
  private changed = false;

  constructor(
    xml: string,
    private readonly sharedStrings: () => string[],
  ) {
    const data = findElement(xml, 'sheetData');
    if (!data) throw new Error('worksheet without sheetData');
    const selfClosing = data.text.endsWith('/>');
    const openEnd = xml.indexOf('>', data.start) + 1;
    this.head = selfClosing ? xml.slice(0, data.start) + '<sheetData>' : xml.slice(0, openEnd);
    this.tail = selfClosing ? '</sheetData>' + xml.slice(data.end) : xml.slice(data.end - '</sheetData>'.length);
    const body = selfClosing ? '' : xml.slice(openEnd, data.end - '</sheetData>'.length);
    let last = 0;
    ROW_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ROW_RE.exec(body))) {
      const rAttr = /\sr="(\d+)"/.exec(m[1]);
      const r = rAttr ? Number(rAttr[1]) : last + 1;
      if (r <= last) this.sorted = false;
      last = r;
      const row: XRow = { r, open: `<row${m[1]}`, inner: m[2] ?? '', cells: null, dirty: false };
      this.rows.push(row);
      this.byRow.set(r, row);
    }
    let maxSi = -1;
    for (const s of body.matchAll(/<f\b[^>]*\bsi="(\d+)"/g)) maxSi = Math.max(maxSi, Number(s[1]));
    this.nextSi = maxSi + 1;
    this.firstNewSi = this.nextSi;
  }

  get isChanged(): boolean {
    return this.changed;
  }

  private cellsOf(row: XRow): XCell[] {
    if (!row.cells) row.cells = parseCells(row.inner);
    return row.cells;
  }

  private cell(r: number, c: number): XCell | undefined {
    const row = this.byRow.get(r);
    if (!row) return undefined;
    const cells = this.cellsOf(row);
    // Cells are in column order: a binary search keeps wide rows fast.
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cells[mid].col === c) return cells[mid];
      if (cells[mid].col < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private ensureRow(r: number): XRow {
    let row = this.byRow.get(r);
    if (!row) {
      row = { r, open: `<row r="${r}"`, inner: '', cells: [], dirty: true };
      if (this.rows.length && this.rows[this.rows.length - 1].r > r) this.sorted = false;
      this.rows.push(row);
      this.byRow.set(r, row);
    }
    return row;
  }

  private ensureCell(r: number, c: number): XCell {
    const row = this.ensureRow(r);
    const cells = this.cellsOf(row);
    row.dirty = true;
    this.changed = true;
    let lo = 0;
    let hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cells[mid].col < c) lo = mid + 1;
      else hi = mid;
    }
    const at = lo;
    if (at < cells.length && cells[at].col === c) return cells[at];
    const cell: XCell = { col: c, from: -1, to: -1, s: null, t: null, f: null, v: null, is: null };
    cells.splice(at, 0, cell);
    return cell;
  }

  /** The value as the core reads it: a formula cell's cached result, text for strings. */
  value(r: number, c: number): CellValue {
    const cell = this.cell(r, c);
    if (!cell) return null;
    switch (cell.t) {
      case 's':
        return cell.v === null ? null : (this.sharedStrings()[Number(cell.v)] ?? null);
      case 'str':
        return cell.v;
      case 'inlineStr':
        return cell.is ? stringItemText(cell.is) : cell.v;
      case 'b':
        return cell.v === null ? null : cell.v === '1';
      case 'e':
        return cell.v;
      case 'd':
        return cell.v === null ? null : cell.v.slice(0, 10);
      default:
        return cell.v === null || cell.v === '' ? null : Number(cell.v);
    }
  }

  /**
   * Like Office.js `formulas` for the core: "=..." for a formula cell, the value for the others. A shared
   * formula's other cells read as "=" alone (their text is not rebuilt), as the Office.js host serves
   * formula cells it finds through special cells: the core only tells formulas from typed values.
   */
  formula(r: number, c: number): CellValue {
    const cell = this.cell(r, c);
    if (!cell?.f) return this.value(r, c);
    const body = /^<f\b[^>]*>([\s\S]*)<\/f>$/.exec(cell.f);
    return body && body[1] !== '' ? `=${plainFormula(unescapeXml(body[1]))}` : '=';
  }

  private masters: Map<number, { formula: string; row: number; col: number; ref: RangeRef }> | null = null;

  /** Cells still pointing at each shared group of the file (its master excluded). */
  private sharedChildren = new Map<number, number>();

  private sharedMaster(si: number) {
    if (!this.masters) {
      this.masters = new Map();
      for (const row of this.rows)
        for (const cell of this.cellsOf(row)) {
          if (!cell.f || !cell.f.includes('t="shared"')) continue;
          if (!cell.f.includes('ref=')) {
            const child = sharedId(cell.f);
            this.sharedChildren.set(child, (this.sharedChildren.get(child) ?? 0) + 1);
            continue;
          }
          const attrs = attributes(cell.f.slice(0, cell.f.indexOf('>') + 1));
          const body = /^<f\b[^>]*>([\s\S]*)<\/f>$/.exec(cell.f);
          const ref = parseRange(attrs.ref ?? '');
          if (body && ref)
            this.masters.set(Number(attrs.si), { formula: unescapeXml(body[1]), row: row.r, col: cell.col, ref });
        }
    }
    return this.masters.get(si) ?? this.brokenShared.get(si);
  }

  /** Last row holding a value (0 when none), in the columns given or any: rows with only formats do not count. */
  lastRow(columns?: { c1: number; c2: number }): number {
    let last = 0;
    for (const row of this.rows) {
      if (row.r <= last) continue;
      const holds = (c: XCell) =>
        (columns === undefined || (c.col >= columns.c1 && c.col <= columns.c2)) &&
        (c.f !== null || (c.v !== null && c.v !== '') || c.is !== null);
      if (this.cellsOf(row).some(holds)) last = row.r;
    }
    return last;
  }

  /** A fresh shared-formula group id for this sheet. */
  allocateSharedId(): number {
    return this.nextSi++;
  }

  write(r: number, c: number, what: CellWrite | null): void {
    const cell = this.ensureCell(r, c);
    if (cell.f && cell.f.includes('t="shared"')) {
      const si = sharedId(cell.f);
      if (cell.f.includes('ref=')) {
        // Overwriting a shared formula's master: its other cells must not lose their formula.
        const master = this.sharedMaster(si);
        if (master) this.brokenShared.set(si, master);
        this.masters?.delete(si);
      } else if (si < this.firstNewSi) {
        this.sharedMaster(si);
        this.sharedChildren.set(si, (this.sharedChildren.get(si) ?? 1) - 1);
      }
    }
    cell.from = -1;
    cell.f = null;
    cell.v = null;
    cell.is = null;
    cell.t = null;
    if (what === null) return;
    if (what.kind === 'value') {
      const v = what.value;
      if (typeof v === 'number') cell.v = formatNumber(v);
      else if (typeof v === 'boolean') [cell.t, cell.v] = ['b', v ? '1' : '0'];
      else if (typeof v === 'string')
        [cell.t, cell.is] = ['inlineStr', `<is><t xml:space="preserve">${escapeXml(v)}</t></is>`];
      return;
    }
    const { formula, result, shared } = what;
    if (shared && shared.ref === undefined) cell.f = sharedChild(shared.si);
    else if (shared) cell.f = `<f t="shared" ref="${shared.ref}" si="${shared.si}">${escapeXml(formula)}</f>`;
    else cell.f = `<f>${escapeXml(formula)}</f>`;
    if (typeof result === 'number') cell.v = formatNumber(result);
    else if (typeof result === 'boolean') [cell.t, cell.v] = ['b', result ? '1' : '0'];
    else if (typeof result === 'string') [cell.t, cell.v] = ['str', result];
  }

  /** Empties the cells of a range that hold anything (contents only: formats stay), row by row. */
  clear(range: RangeRef): void {
    for (const row of this.rows) {
      if (row.r < range.r1 || row.r > range.r2) continue;
      const cells = this.cellsOf(row);
      for (const cell of cells)
        if (cell.col >= range.c1 && cell.col <= range.c2 && (cell.f !== null || cell.v !== null || cell.is !== null))
          this.write(row.r, cell.col, null);
    }
  }

  /** A row's height in points, kept as set (customHeight). */
  setRowHeight(r: number, height: number): void {
    const row = this.ensureRow(r);
    const tag = setAttribute(setAttribute(row.open + '>', 'ht', String(height)), 'customHeight', '1');
    row.open = tag.slice(0, -1);
    row.dirty = true;
    this.changed = true;
  }

  styleOf(r: number, c: number): string | null {
    return this.cell(r, c)?.s ?? null;
  }

  setStyle(r: number, c: number, s: string): void {
    const existing = this.cell(r, c);
    if (existing && existing.s === s) return;
    const cell = existing ?? this.ensureCell(r, c);
    const row = this.byRow.get(r)!;
    row.dirty = true;
    this.changed = true;
    cell.s = s;
    cell.from = -1;
  }

  /** Replaces (or adds, in schema order) the one top-level element `name` after sheetData; null removes it. */
  setElement(name: string, xml: string | null): void {
    this.changed = true;
    const inHead = WORKSHEET_ORDER.indexOf(name) < WORKSHEET_ORDER.indexOf('sheetData');
    const part = inHead ? this.head : this.tail;
    const existing = findElement(part, name);
    let next: string;
    if (existing) next = part.slice(0, existing.start) + (xml ?? '') + part.slice(existing.end);
    else if (xml === null) return;
    else next = insertInOrder(part, name, xml, inHead);
    if (inHead) this.head = next;
    else this.tail = next;
  }

  /** The one top-level element `name` (before or after sheetData) as written, or null. */
  element(name: string): string | null {
    const inHead = WORKSHEET_ORDER.indexOf(name) < WORKSHEET_ORDER.indexOf('sheetData');
    return findElement(inHead ? this.head : this.tail, name)?.text ?? null;
  }

  /** Every top-level element `name` after sheetData (conditionalFormatting may repeat). */
  elements(name: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (let e = findElement(this.tail, name, from); e; e = findElement(this.tail, name, from)) {
      out.push(e.text);
      from = e.end;
    }
    return out;
  }

  /** Removes the elements `name` that `drop` picks, then adds `add` (if any) after the last remaining one. */
  replaceElements(name: string, drop: (xml: string) => boolean, add: string | null): void {
    this.changed = true;
    let tail = this.tail;
    for (const text of this.elements(name).filter(drop)) tail = tail.replace(text, '');
    this.tail = tail;
    if (add === null) return;
    const all = this.elements(name);
    if (all.length) {
      const lastAt = this.tail.lastIndexOf(all[all.length - 1]) + all[all.length - 1].length;
      this.tail = this.tail.slice(0, lastAt) + add + this.tail.slice(lastAt);
    } else this.tail = insertInOrder(this.tail, name, add, false);
  }

  /**
   * The part's XML as UTF-8: untouched rows exactly as read, edited rows rebuilt from their cells.
   * Encoded in blocks of rows, so a sheet of 50,000 employees never exists as one giant string.
   */
  toBytes(): Uint8Array {
    this.repairSharedChildren();
    if (!this.sorted) {
      this.rows.sort((a, b) => a.r - b.r);
      this.sorted = true;
    }
    this.compactSharedIds();
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [encoder.encode(this.updatedDimension())];
    let parts: string[] = [];
    const spill = () => {
      chunks.push(encoder.encode(parts.join('')));
      parts = [];
    };
    for (const row of this.rows) {
      if (!row.dirty) parts.push(row.inner === '' ? `${row.open}/>` : `${row.open}>${row.inner}</row>`);
      else {
        parts.push(setAttribute(setAttribute(row.open + '>', 'spans', null), 'r', String(row.r)));
        for (const cell of this.cellsOf(row))
          parts.push(cell.from >= 0 ? row.inner.slice(cell.from, cell.to) : cellXml(row.r, cell));
        parts.push('</row>');
      }
      if (parts.length > 20000) spill();
    }
    parts.push(this.tail);
    spill();
    return concatBytes(chunks);
  }

  /**
   * The shared-formula groups this run wrote get the smallest numbers no remaining group uses, in the
   * order they appear: scoring again writes the very same bytes (so an unchanged workbook is recognised
   * as such, and not written), instead of numbers that only grow.
   */
  private compactSharedIds(): void {
    if (this.nextSi === this.firstNewSi) return;
    const kept = new Set<number>();
    const fresh: number[] = [];
    const siOf = (text: string) => /\bsi="(\d+)"/.exec(text);
    for (const row of this.rows) {
      if (!row.dirty) {
        for (const m of row.inner.matchAll(/\bsi="(\d+)"/g)) kept.add(Number(m[1]));
        continue;
      }
      for (const cell of this.cellsOf(row)) {
        const m = siOf(cell.from >= 0 ? row.inner.slice(cell.from, cell.to) : (cell.f ?? ''));
        const si = m ? Number(m[1]) : -1;
        if (si < 0) continue;
        if (cell.from < 0 && si >= this.firstNewSi) {
          if (!fresh.includes(si)) fresh.push(si);
        } else kept.add(si);
      }
    }
    const renumbered = new Map<number, number>();
    let next = 0;
    for (const si of fresh) {
      while (kept.has(next)) next++;
      renumbered.set(si, next);
      kept.add(next);
    }
    for (const row of this.rows) {
      if (!row.dirty) continue;
      for (const cell of this.cellsOf(row)) {
        if (cell.from >= 0 || !cell.f) continue;
        const m = siOf(cell.f);
        const to = m ? renumbered.get(Number(m[1])) : undefined;
        if (to !== undefined) cell.f = cell.f.replace(/\bsi="\d+"/, `si="${to}"`);
      }
    }
  }

  /** Cells of an overwritten shared master's group keep their formula, now written out in full. */
  private repairSharedChildren(): void {
    for (const [si, master] of this.brokenShared) {
      // Every cell of the group rewritten (a column scored again): nothing to repair.
      if ((this.sharedChildren.get(si) ?? 0) <= 0) continue;
      for (let r = master.ref.r1; r <= master.ref.r2; r++)
        for (let c = master.ref.c1; c <= master.ref.c2; c++) {
          const cell = this.cell(r, c);
          if (
            !cell?.f ||
            (cell.f !== sharedChild(si) &&
              !(cell.f.endsWith('/>') && cell.f.includes(`si="${si}"`) && cell.f.includes('t="shared"')))
          )
            continue;
          cell.f = `<f>${escapeXml(shiftFormula(master.formula, r - master.row, c - master.col))}</f>`;
          cell.from = -1;
          this.byRow.get(r)!.dirty = true;
        }
    }
    this.brokenShared.clear();
  }

  private updatedDimension(): string {
    if (!this.changed) return this.head;
    let r2 = 0;
    let c2 = 0;
    let r1 = Infinity;
    let c1 = Infinity;
    for (const row of this.rows) {
      const cells = this.cellsOf(row);
      if (!cells.length) continue;
      r1 = Math.min(r1, row.r);
      r2 = Math.max(r2, row.r);
      c1 = Math.min(c1, cells[0].col);
      c2 = Math.max(c2, cells[cells.length - 1].col);
    }
    const ref = r2 ? rangeAddress({ r1, c1, r2, c2 }) : 'A1';
    const dim = findElement(this.head, 'dimension');
    if (dim) return this.head.slice(0, dim.start) + `<dimension ref="${ref}"/>` + this.head.slice(dim.end);
    return insertInOrder(this.head, 'dimension', `<dimension ref="${ref}"/>`, true);
  }
}

const SHARED_CHILD = /^<f t="shared" si="(\d+)"\/>$/;

/** A shared formula's other cell as the one string of its group (Excel writes them all alike). */
function internShared(f: string): string {
  const m = f.length < 40 ? SHARED_CHILD.exec(f) : null;
  return m ? sharedChild(Number(m[1])) : f;
}

/** The si of a shared formula's <f>. */
function sharedId(f: string): number {
  const at = f.indexOf(' si="');
  return at < 0 ? -1 : Number(f.slice(at + 5, f.indexOf('"', at + 5)));
}

const childTags = new Map<number, string>();

/** The <f> of a shared formula's other cells: one string per group, however many cells share it. */
function sharedChild(si: number): string {
  let tag = childTags.get(si);
  if (!tag) childTags.set(si, (tag = `<f t="shared" si="${si}"/>`));
  return tag;
}

function cellXml(r: number, cell: XCell): string {
  let attrs = ` r="${cellAddress(r, cell.col)}"`;
  if (cell.s !== null && cell.s !== '0') attrs += ` s="${cell.s}"`;
  if (cell.t !== null) attrs += ` t="${cell.t}"`;
  const body = (cell.f ?? '') + (cell.is ?? '') + (cell.v !== null ? `<v>${escapeXml(cell.v)}</v>` : '');
  return body ? `<c${attrs}>${body}</c>` : `<c${attrs}/>`;
}

/** Inserts `xml` before the first element that must follow `name` (within the head or the tail of a worksheet). */
function insertInOrder(part: string, name: string, xml: string, inHead: boolean): string {
  const order = WORKSHEET_ORDER.indexOf(name);
  let at = -1;
  for (const later of WORKSHEET_ORDER.slice(order + 1)) {
    const e = findElement(part, later);
    if (e && (at < 0 || e.start < at)) at = e.start;
  }
  if (at < 0) at = inHead ? part.lastIndexOf('<sheetData') : part.lastIndexOf('</worksheet>');
  return part.slice(0, at) + xml + part.slice(at);
}
