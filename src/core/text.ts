/**
 * Unicode compatibility folding (NFKC) where the runtime has it, and otherwise (Internet Explorer 11,
 * which runs the ribbon commands in Excel 2019 volume-licensed) the part of it our parsing needs:
 * full-width ASCII (１２３，．％（） and full-width letters) and the ideographic space, which is what
 * Chinese input methods type in numbers and headers.
 */
export function foldWidth(text: string): string {
  if (typeof String.prototype.normalize === 'function') return text.normalize('NFKC');
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Bytes of a string in UTF-8, counted (TextEncoder is not in Internet Explorer 11). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Excel's TRIM: no leading or trailing spaces, single spaces inside. */
export function excelTrim(text: string): string {
  if (!text.includes('  ') && !text.startsWith(' ')) return text.endsWith(' ') ? text.slice(0, -1) : text;
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/** East Asian wide and full-width characters (CJK, kana, Hangul, full-width forms): two widths each. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** How many digit widths (Excel's column unit) a text takes on one line: a Chinese character takes two. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += WIDE.test(text.charAt(i)) ? 2 : 1;
  return width;
}

/**
 * A column width (in characters) that shows the longest of the texts on one line, bold included, with a
 * margin; at least `min`. Columns are measured from their words in both languages, not guessed.
 */
export function widthFor(texts: readonly string[], min = 8): number {
  return Math.max(min, ...texts.map((t) => Math.ceil(textWidth(t) * 1.1) + 2));
}

/** A formula as a host's formulas view reads it ("=..."), not something HR typed. */
export function isFormulaText(v: unknown): boolean {
  return typeof v === 'string' && v.startsWith('=');
}
