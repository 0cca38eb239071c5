/** The brackets of Chinese documents, in one place: ( （ 〔 【 〖 [ ﹝ and their partners. */

/** Opening brackets as code units: ( （ 〔 【 〖 [ ﹝. */
export function isOpener(code: number): boolean {
  return code === 0x28 || code === 0xff08 || code === 0x3014 || code === 0x3010 || code === 0x3016 || code === 0x5b || code === 0xfe5d;
}

/** Closing brackets as code units: ) ） 〕 】 〗 ] ﹞. */
export function isCloser(code: number): boolean {
  return code === 0x29 || code === 0xff09 || code === 0x3015 || code === 0x3011 || code === 0x3017 || code === 0x5d || code === 0xfe5e;
}

/** A regular expression for the next opening bracket (global: set lastIndex before exec). */
export const OPENER_PATTERN = /[(（〔【〖[﹝]/g;

/** Openers minus closers: 0 for balanced text, > 0 when a bracket is left open. */
export function bracketBalance(text: string): number {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isOpener(code)) balance++;
    else if (isCloser(code)) balance--;
  }
  return balance;
}

/** Whether every bracket in the text closes, in order. */
export function isBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isOpener(code)) depth++;
    else if (isCloser(code) && --depth < 0) return false;
  }
  return depth === 0;
}
