/** List numbers as Word renders each w:numFmt: decimal, Chinese counting (三十七), legal ideographs (叁拾柒), enclosed (③), letters, roman. */

interface Numerals {
  /** 0–9, the zero first. */
  digits: string;
  /** 十 百 千. */
  units: string;
  /** `十一` rather than `一十一` for 10–19. */
  shortTen: boolean;
}

const CHINESE: Numerals = { digits: '零一二三四五六七八九', units: '十百千', shortTen: true };
const LEGAL_SIMPLIFIED: Numerals = { digits: '零壹贰叁肆伍陆柒捌玖', units: '拾佰仟', shortTen: false };
const LEGAL_TRADITIONAL: Numerals = { digits: '零壹貳參肆伍陸柒捌玖', units: '拾佰仟', shortTen: false };

/**
 * A list number in a w:numFmt, as Word renders it.
 *
 *     formatNumber(37, 'chineseCounting') // → '三十七'
 *     formatNumber(3, 'decimalEnclosedCircleChinese') // → '③'
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'bullet':
    case 'none':
      return '';
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460); // ①
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474); // ⑴
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488); // ⒈
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseNumber(n, CHINESE);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
      return chineseNumber(n, LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (digit) => '〇一二三四五六七八九'[Number(digit)]!);
    case 'ideographTraditional':
      return cycle(n, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
      return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default: {
      // decimal, decimalHalfWidth, and our decimalZero3… for Word 2010's custom `001, 002, 003, ...`
      const width = /^decimalZero(\d)$/.exec(format);
      return width ? String(n).padStart(Number(width[1]), '0') : String(n);
    }
  }
}

/** ①–⑳ (and ⑴, ⒈) exist for 1–20; beyond, Word falls back to digits. */
function enclosed(n: number, first: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(first + n - 1) : String(n);
}

function cycle(n: number, signs: string): string {
  return n >= 1 ? signs[(n - 1) % signs.length]! : String(n);
}

/** A, B, … Z, AA, BB, … as Word counts letters. */
function letters(n: number, a: string): string {
  if (n < 1) return String(n);
  return String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, sign] of ROMAN) {
    for (; rest >= value; rest -= value) out += sign;
  }
  return out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** 1 → 一, 10 → 十, 11 → 十一, 37 → 三十七, 101 → 一百零一, 12345 → 一万二千三百四十五. */
function chineseNumber(n: number, numerals: Numerals): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return numerals.digits[0]!;
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return belowTenThousand(low, numerals, true);
  const rest = low === 0 ? '' : (low < 1000 ? numerals.digits[0]! : '') + belowTenThousand(low, numerals, false);
  return `${belowTenThousand(high, numerals, true)}万${rest}`;
}

function belowTenThousand(n: number, numerals: Numerals, leading: boolean): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += numerals.digits[0];
    zero = false;
    if (!(place === 1 && digit === 1 && out === '' && leading && numerals.shortTen)) out += numerals.digits[digit];
    if (place > 0) out += numerals.units[place - 1];
  }
  return out;
}
