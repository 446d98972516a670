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
