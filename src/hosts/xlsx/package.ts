import { parseSheetRange } from '../../core/a1';
import { NAME_PREFIX } from '../../core/names';
import type { NamedRange } from '../../core/snapshot';
import { SheetDoc } from './sheet';
import { Styles } from './styles';
import { allElements, attributes, escapeXml, findElement, setAttribute, stringItemText, unescapeXml } from './xml';
import { crc32, deflateEntry, inflateEntry, readZip, writeZip, ZipError, type ZipEntry } from './zip';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

interface SheetEntry {
  name: string;
  path: string;
  worksheet: boolean;
}

/** A relationship's target as a part path, from the part that holds the relationship. */
export function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** The first relationship id ("rId1", "rId2"...) not among those a part's relationships use. */
export function freeRelId(taken: readonly string[]): string {
  let k = 1;
  while (taken.includes(`rId${k}`)) k++;
  return `rId${k}`;
}

/** Where a part's relationships are: xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/**
 * An .xlsx package edited in place: every part the tool does not mean to change (charts, comments,
 * pictures, pivot tables, other sheets, the user's names) is written back byte for byte.
 */
export class XlsxPackage {
  private text = new Map<string, string>();
  private changedParts = new Set<string>();
  /** Changed parts already encoded (worksheets are encoded as they are serialised). */
  private encoded = new Map<string, Uint8Array>();
  private removed = new Set<string>();
  private sheetDocs = new Map<string, SheetDoc>();
  private stylesDoc: Styles | null = null;
  private strings: string[] | null = null;
  readonly workbookPath: string;
  private sheetList: SheetEntry[];

  private entries: Map<string, ZipEntry>;
  /** The file the package was read from, for messages about parts found damaged later. */
  origin = '';

  /** From the entries of a zip as read, and the text of parts made new (a blank workbook's). */
  constructor(entries: readonly ZipEntry[], created: Record<string, string> = {}) {
    this.entries = new Map(entries.map((e) => [e.name, e]));
    for (const [path, text] of Object.entries(created)) this.setPart(path, text);
    const rootRels = this.part('_rels/.rels');
    const office = allElements(rootRels, 'Relationship')
      .map((e) => attributes(e.text))
      .find((a) => a.Type.endsWith('/officeDocument'));
    if (!office) throw new Error('no workbook in the package');
    this.workbookPath = resolvePath('', office.Target);
    this.sheetList = this.readSheets();
  }

  static read(bytes: Uint8Array): XlsxPackage {
    return new XlsxPackage(readZip(bytes));
  }

  has(path: string): boolean {
    return !this.removed.has(path) && (this.entries.has(path) || this.text.has(path));
  }

  /** A part's text (UTF-8). */
  part(path: string): string {
    const cached = this.text.get(path);
    if (cached !== undefined) return cached;
    const encoded = this.encoded.get(path);
    if (encoded) return new TextDecoder().decode(encoded);
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`missing part ${path}`);
    let bytes: Uint8Array;
    try {
      bytes = inflateEntry(entry);
    } catch (e) {
      // Parts are inflated when first read: the error says which file it came from.
      if (e instanceof ZipError) e.file = this.origin;
      throw e;
    }
    const text = new TextDecoder().decode(bytes);
    this.text.set(path, text);
    return text;
  }

  setPart(path: string, text: string): void {
    this.text.set(path, text);
    this.encoded.delete(path);
    this.changedParts.add(path);
    this.removed.delete(path);
  }

  removePart(path: string): void {
    this.removed.add(path);
  }

  /** Every sheet in workbook order (chart sheets too: local names count them), worksheets marked. */
  private readSheets(): SheetEntry[] {
    const rels = new Map(
      allElements(this.part(relsPath(this.workbookPath)), 'Relationship').map((e) => {
        const a = attributes(e.text);
        return [
          a.Id,
          {
            path: resolvePath(this.workbookPath, a.Target),
            worksheet: a.Type === WORKSHEET_TYPE || a.Type.endsWith('/worksheet'),
          },
        ];
      }),
    );
    return allElements(this.part(this.workbookPath), 'sheet').map((e) => {
      const a = attributes(e.text);
      const id = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      const rel = rels.get(id);
      return { name: a.name, path: rel?.path ?? '', worksheet: Boolean(rel?.worksheet) };
    });
  }

  /** The part path of a worksheet. */
  sheetPath(name: string): string {
    const entry = this.sheetList.find((s) => s.name === name && s.worksheet);
    if (!entry) throw new Error(`no worksheet named ${name}`);
    return entry.path;
  }

  /** Names of the worksheets (chart sheets left out). */
  get sheetNames(): string[] {
    return this.sheetList.filter((s) => s.worksheet).map((s) => s.name);
  }

  /** The path of the workbook's related part of a type ("styles", "sharedStrings"), or null. */
  private related(type: string): string | null {
    const rel = allElements(this.part(relsPath(this.workbookPath)), 'Relationship')
      .map((e) => attributes(e.text))
      .find((a) => a.Type.endsWith(`/${type}`));
    return rel ? resolvePath(this.workbookPath, rel.Target) : null;
  }

  private sharedStrings(): string[] {
    if (!this.strings) {
      const path = this.related('sharedStrings');
      this.strings =
        path && this.has(path) ? allElements(this.part(path), 'si').map((e) => stringItemText(e.text)) : [];
    }
    return this.strings;
  }

  sheet(name: string): SheetDoc {
    const entry = this.sheetList.find((s) => s.name === name && s.worksheet);
    if (!entry) throw new Error(`no worksheet named ${name}`);
    let doc = this.sheetDocs.get(entry.path);
    if (!doc) {
      doc = new SheetDoc(this.part(entry.path), () => this.sharedStrings());
      this.sheetDocs.set(entry.path, doc);
      // The document holds what it needs of the text; the cache would keep a second copy.
      this.text.delete(entry.path);
    }
    return doc;
  }

  styles(): Styles {
    if (!this.stylesDoc) {
      const path = this.related('styles');
      if (!path) throw new Error('no styles part');
      this.stylesDoc = new Styles(this.part(path));
    }
    return this.stylesDoc;
  }

  /** Workbook-scoped defined names (any prefix), as written. */
  allNames(): { name: string; ref: string; local: boolean; hidden: boolean }[] {
    const names = findElement(this.part(this.workbookPath), 'definedNames');
    if (!names) return [];
    return allElements(names.text, 'definedName').map((e) => {
      const a = attributes(e.text);
      const ref = unescapeXml(/>([\s\S]*)<\/definedName>$/.exec(e.text)?.[1] ?? '');
      return {
        name: a.name,
        ref,
        local: a.localSheetId !== undefined,
        hidden: a.hidden === '1' || a.hidden === 'true',
      };
    });
  }

  /** The tool's names (PR_...), workbook-scoped, each one sheet range. */
  definedNames(): NamedRange[] {
    const out: NamedRange[] = [];
    for (const n of this.allNames()) {
      if (n.local || !n.name.startsWith(NAME_PREFIX)) continue;
      const parsed = parseSheetRange(n.ref);
      if (parsed) out.push({ name: n.name, ...parsed });
    }
    return out;
  }

  /** Deletes a workbook-scoped defined name; nothing when there is none. */
  deleteName(name: string): void {
    const xml = this.part(this.workbookPath);
    const list = findElement(xml, 'definedNames');
    if (!list) return;
    const same = allElements(list.text, 'definedName').find((e) => {
      const a = attributes(e.text.slice(0, e.text.indexOf('>') + 1));
      return a.name.toLowerCase() === name.toLowerCase() && a.localSheetId === undefined;
    });
    if (!same) return;
    this.setPart(this.workbookPath, xml.slice(0, list.start) + list.text.replace(same.text, '') + xml.slice(list.end));
  }

  /** Adds or replaces a defined name (workbook-scoped, or local to a sheet); other names are left as written. */
  setName(name: string, ref: string, options: { localSheet?: string; hidden?: boolean } = {}): void {
    let xml = this.part(this.workbookPath);
    const local =
      options.localSheet === undefined
        ? undefined
        : String(this.sheetList.findIndex((s) => s.name === options.localSheet));
    const element = `<definedName name="${escapeXml(name)}"${local !== undefined ? ` localSheetId="${local}"` : ''}${options.hidden ? ' hidden="1"' : ''}>${escapeXml(ref)}</definedName>`;
    const list = findElement(xml, 'definedNames');
    if (list) {
      const same = allElements(list.text, 'definedName').find((e) => {
        const a = attributes(e.text.slice(0, e.text.indexOf('>') + 1));
        return a.name.toLowerCase() === name.toLowerCase() && a.localSheetId === local;
      });
      const next = same
        ? list.text.replace(same.text, element)
        : list.text.replace('</definedNames>', `${element}</definedNames>`);
      xml = xml.slice(0, list.start) + next + xml.slice(list.end);
    } else {
      // definedNames follows sheets (and externalReferences) in CT_Workbook.
      const after = findElement(xml, 'externalReferences') ?? findElement(xml, 'sheets')!;
      xml = xml.slice(0, after.end) + `<definedNames>${element}</definedNames>` + xml.slice(after.end);
    }
    this.setPart(this.workbookPath, xml);
  }

  addSheet(name: string): void {
    if (this.sheetList.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`sheet ${name} exists`);
    let n = this.sheetList.length + 1;
    while (this.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    this.setPart(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
    const relsFile = relsPath(this.workbookPath);
    const rels = this.part(relsFile);
    const id = freeRelId(allElements(rels, 'Relationship').map((e) => attributes(e.text).Id));
    const target = path.startsWith('xl/') && this.workbookPath.startsWith('xl/') ? path.slice(3) : `/${path}`;
    this.setPart(
      relsFile,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${WORKSHEET_TYPE}" Target="${target}"/></Relationships>`,
      ),
    );
    const types = this.part('[Content_Types].xml');
    this.setPart(
      '[Content_Types].xml',
      types.replace('</Types>', `<Override PartName="/${path}" ContentType="${WORKSHEET_CONTENT}"/></Types>`),
    );
    let wb = this.part(this.workbookPath);
    const sheetIds = allElements(wb, 'sheet').map((e) => Number(attributes(e.text).sheetId));
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const element = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${id}"/>`;
    wb = /<sheets\s*\/>/.test(wb)
      ? wb.replace(/<sheets\s*\/>/, `<sheets>${element}</sheets>`)
      : wb.replace('</sheets>', `${element}</sheets>`);
    this.setPart(this.workbookPath, wb);
    this.sheetList.push({ name, path, worksheet: true });
  }

  /** Renames a sheet as Excel does: defined names that point at it follow. */
  renameSheet(from: string, to: string): void {
    const entry = this.sheetList.find((s) => s.name === from);
    if (!entry) throw new Error(`no sheet named ${from}`);
    const quote = (n: string) => escapeXml(`'${n.replace(/'/g, "''")}'!`);
    const plain = (n: string) => escapeXml(`${n}!`);
    let wb = this.part(this.workbookPath).replace(
      new RegExp(`(<sheet\\b[^>]*\\bname=")${escapeXml(from).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
      `$1${escapeXml(to)}"`,
    );
    wb = wb.replace(
      /(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g,
      (_, open: string, ref: string, close: string) =>
        open + ref.split(quote(from)).join(quote(to)).split(plain(from)).join(quote(to)) + close,
    );
    this.setPart(this.workbookPath, wb);
    entry.name = to;
  }

  /** Excel recomputes every formula on opening; the calculation chain (a cache) is dropped as formulas changed. */
  markRecalculation(): void {
    let wb = this.part(this.workbookPath);
    const calcPr = findElement(wb, 'calcPr');
    if (calcPr)
      wb = wb.slice(0, calcPr.start) + setAttribute(calcPr.text, 'fullCalcOnLoad', '1') + wb.slice(calcPr.end);
    else {
      const before = [
        'oleSize',
        'customWorkbookViews',
        'pivotCaches',
        'smartTagPr',
        'smartTagTypes',
        'webPublishing',
        'fileRecoveryPr',
        'webPublishObjects',
        'extLst',
      ]
        .map((n) => findElement(wb, n))
        .filter((e): e is NonNullable<typeof e> => e !== null)
        .sort((a, b) => a.start - b.start)[0];
      const at = before ? before.start : wb.lastIndexOf('</workbook>');
      wb = wb.slice(0, at) + '<calcPr calcId="191029" fullCalcOnLoad="1"/>' + wb.slice(at);
    }
    if (wb !== this.part(this.workbookPath)) this.setPart(this.workbookPath, wb);
    const relsFile = relsPath(this.workbookPath);
    const rels = this.part(relsFile);
    const chain = allElements(rels, 'Relationship').find((e) => attributes(e.text).Type.endsWith('/calcChain'));
    if (chain) {
      const path = resolvePath(this.workbookPath, attributes(chain.text).Target);
      this.setPart(relsFile, rels.replace(chain.text, ''));
      this.removePart(path);
      const types = this.part('[Content_Types].xml');
      this.setPart(
        '[Content_Types].xml',
        types.replace(new RegExp(`<Override[^>]*PartName="/${path.replace(/[.]/g, '\\.')}"[^>]*/>`), ''),
      );
    }
  }

  private flush(): void {
    for (const [path, doc] of this.sheetDocs)
      if (doc.isChanged) {
        this.encoded.set(path, doc.toBytes());
        this.changedParts.add(path);
        this.text.delete(path);
      }
    this.sheetDocs.clear();
    if (this.stylesDoc?.isChanged) this.setPart(this.related('styles')!, this.stylesDoc.toXml());
    this.stylesDoc = null;
  }

  /**
   * Whether the package now differs from what was read: parts written again with the very bytes they
   * had (a Score that changes nothing) are no change, so the file need not be written.
   */
  differsFromRead(): boolean {
    this.flush();
    if (this.removed.size) return true;
    const encoder = new TextEncoder();
    for (const path of this.changedParts) {
      const entry = this.entries.get(path);
      if (!entry) return true;
      const now = this.encoded.get(path) ?? encoder.encode(this.text.get(path)!);
      if (now.length !== entry.size || crc32(now) !== entry.crc) return true;
      const before = inflateEntry(entry);
      for (let i = 0; i < now.length; i++) if (now[i] !== before[i]) return true;
    }
    return false;
  }

  /** The package as bytes: changed parts compressed anew, every other part copied as it was stored. */
  toBytes(): Uint8Array {
    this.flush();
    const encoder = new TextEncoder();
    const bytes = (path: string) => this.encoded.get(path) ?? encoder.encode(this.text.get(path)!);
    const out: ZipEntry[] = [];
    for (const [path, entry] of this.entries) {
      if (this.removed.has(path)) continue;
      out.push(this.changedParts.has(path) ? deflateEntry(path, bytes(path)) : entry);
    }
    for (const path of this.changedParts)
      if (!this.entries.has(path) && !this.removed.has(path)) out.push(deflateEntry(path, bytes(path)));
    return writeZip(out);
  }
}
