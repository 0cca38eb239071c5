/**
 * The characters a PDF's fonts give for their glyphs, made into text: ideographs a font maps to
 * the radical sharing their glyph folded back, and a check that the fonts map to Unicode at all.
 */

/**
 * CJK Radicals Supplement characters that stand for an ideograph of the same glyph, as a font's
 * ToUnicode gives them when one glyph serves both (Noto CJK through Chromium: 民 as ⺠ U+2EA0,
 * 门 as ⻔ U+2ED4). The Kangxi Radicals block (⼈ U+2F08 for 人) folds by NFKC.
 */
const SUPPLEMENT_RADICALS: Readonly<Record<string, string>> = {
  '⺟': '母', '⺠': '民', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻄': '西', '⻑': '長', '⻒': '镸', '⻓': '长',
  '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐',
  '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;
const HAS_RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/;

/**
 * Text with radicals that stand for ideographs folded back to them.
 *
 *     foldRadicals('延安市⼈⺠政府') // → '延安市人民政府'
 */
export function foldRadicals(text: string): string {
  if (!HAS_RADICAL.test(text)) return text;
  return text.replace(RADICAL, (radical) => SUPPLEMENT_RADICALS[radical] ?? (radical >= '\u2f00' ? radical.normalize('NFKC') : radical));
}

/**
 * The share of characters that a Chinese plan is written in: ASCII, CJK ideographs and punctuation,
 * full-width forms, general punctuation, circled numbers. The glyphs of a font without a Unicode
 * map come out as their glyph numbers — control characters, private-use code points, and letters
 * of Khmer, Sinhala or Canadian syllabics — and bring the share far down.
 *
 *     plainShare('一、总体要求（责任单位：市住建局）') // → 1
 *     plainShare('\u0015\u0013ᜃ䛹ඃឰ') // → 0
 */
export function plainShare(text: string): number {
  let counted = 0;
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x3000) continue;
    counted++;
    if (isPlain(code)) plain++;
  }
  return counted === 0 ? 1 : plain / counted;
}

function isPlain(code: number): boolean {
  return (code >= 0x21 && code <= 0x7e) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xffef)
    || (code >= 0x2000 && code <= 0x206f) || (code >= 0x2460 && code <= 0x24ff) || code === 0xb7 || code === 0xd7;
}
