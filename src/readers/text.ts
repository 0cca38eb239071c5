/**
 * Plain text → source lines, each normalized on its own so every finding keeps its line number.
 */

/** One line of the source, in three forms. */
export interface SourceLine {
  /** 1-based line number in the source. */
  line: number;
  /** As decoded, without the line break. */
  raw: string;
  /** Width-folded, white space collapsed to single spaces and trimmed; spaces kept (for meta: `中共延边州委办公室 延边州人民政府办公室`). */
  plain: string;
  /** `plain` without the stray spaces next to Chinese characters (`优 质` → `优质`): what extractors read. */
  text: string;
}

/** Splits decoded text into lines (LF, CRLF or CR) and normalizes each. */
export function readTextLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
    lines.push(makeLine(text.slice(start, i), number++));
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  if (start < length || length === 0) lines.push(makeLine(text.slice(start), number));
  return lines;
}

function makeLine(raw: string, line: number): SourceLine {
  const plain = foldLine(raw);
  return { line, raw, plain, text: removeStraySpaces(plain) };
}

/**
 * Folds widths and spaces: full-width ASCII → ASCII (`（一）` → `(一)`, `1．` → `1.`, `：` → `:`),
 * U+3000 / U+2002 / NBSP / tabs → one space, zero-width characters dropped, `⑴` → `(1)`, `⒈` → `1.`;
 * then collapses runs of spaces and trims.
 */
export function foldLine(raw: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0x00ad) continue;
    let piece: string;
    if (code >= 0xff01 && code <= 0xff5e) {
      code -= 0xfee0;
      piece = String.fromCharCode(code);
    } else if (code === 0xff61) {
      piece = '。';
    } else if (code >= 0x2474 && code <= 0x2487) {
      piece = `(${code - 0x2473})`;
    } else if (code >= 0x2488 && code <= 0x249b) {
      piece = `${code - 0x2487}.`;
    } else {
      piece = raw[i]!;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += piece;
  }
  return out;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x1680
  );
}

/**
 * Drops a space that has a Chinese character or punctuation on either side: scraped pages
 * break words (`发 挥`, `优 质`, `一星 级`) and put spaces before punctuation (`民俗风情 、`).
 * Spaces between two Latin letters or digits stay (`10:45`, `PPP 模式` keeps nothing to drop).
 */
export function removeStraySpaces(plain: string): string {
  if (plain.indexOf(' ') < 0) return plain;
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i]!;
    if (ch === ' ' && i > 0 && i < plain.length - 1) {
      if (isCjkLike(plain.charCodeAt(i - 1)) || isCjkLike(plain.charCodeAt(i + 1))) continue;
    }
    out += ch;
  }
  return out;
}

/** CJK ideographs, CJK and full-width punctuation, Chinese quotes and dashes, surrogates (rare ideographs). */
export function isCjkLike(code: number): boolean {
  return code >= 0x2e80 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 ||
    code === 0x2026 || code === 0x2014 || code === 0x00b7 || code === 0x2022;
}
