/** Just enough XML for SpreadsheetML parts: we edit the text of a part, never re-serialise a DOM. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e],
  );
}

/** Text content and attribute values; characters XML 1.0 forbids are dropped (Excel would refuse the file). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The attributes of a start tag such as `<c r="A1" s="3">`. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = unescapeXml(m[3] ?? m[4]);
  return out;
}

/** Sets (or with null removes) one attribute of a start tag, leaving the others as written. */
export function setAttribute(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === null) return tag.replace(re, '');
  const attr = ` ${name}="${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, attr);
  return tag.replace(/\s*(\/?>)$/, `${attr}$1`);
}

/** Text of every <t> in a string item (shared string or inline string), phonetic runs left out. */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutPhonetic))) out += m[1] === undefined ? '' : unescapeXml(m[1]);
  return out;
}

/** An element's whole text `<name ...>...</name>` or `<name .../>` starting at `from`, or null. */
export function findElement(xml: string, name: string, from = 0): { start: number; end: number; text: string } | null {
  const re = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const start = m.index;
  const tagEnd = xml.indexOf('>', start);
  if (xml[tagEnd - 1] === '/') return { start, end: tagEnd + 1, text: xml.slice(start, tagEnd + 1) };
  // Same-named elements do not nest in the parts we edit.
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) return null;
  const end = close + name.length + 3;
  return { start, end, text: xml.slice(start, end) };
}

export function allElements(xml: string, name: string): { start: number; end: number; text: string }[] {
  const out = [];
  let from = 0;
  for (let e = findElement(xml, name, from); e; e = findElement(xml, name, from)) {
    out.push(e);
    from = e.end;
  }
  return out;
}
