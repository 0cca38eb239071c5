/** The numbers an ordered list (`<ol>`) prints before its items, which the page's text does not hold. */
import type { Element } from 'domhandler';
import { NUMBERED } from './page-furniture.js';

type ListStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman' | 'cjk' | 'none';

const TYPE_ATTRIBUTE: Record<string, ListStyle> = { 1: 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };
/** `list-style-type` (or `list-style`) in an inline style: `list-style-type:cjk-ideographic`. */
const STYLE_TYPE = /list-style(?:-type)?\s*:\s*([a-z-]+)/i;
const STYLE_NAMES: Record<string, ListStyle> = {
  decimal: 'decimal', 'lower-alpha': 'lower-alpha', 'lower-latin': 'lower-alpha', 'upper-alpha': 'upper-alpha', 'upper-latin': 'upper-alpha',
  'lower-roman': 'lower-roman', 'upper-roman': 'upper-roman', 'cjk-ideographic': 'cjk', 'cjk-decimal': 'cjk', 'simp-chinese-informal': 'cjk',
  'trad-chinese-informal': 'cjk', none: 'none',
};

interface List {
  element: Element;
  style: ListStyle;
  next: number;
}

/**
 * Follows the `<ol>`s a walk enters and leaves and gives each of their items the marker the list
 * implies, honouring `start`, `type`, `<li value>` and `list-style-type`:
 *
 *     > | <ol start="3"><li>强化督查考核。</li>
 *     → 3.强化督查考核。
 */
export class ListNumbers {
  private readonly lists: List[] = [];
  /** The marker of the item just opened, until its first line takes it. */
  private pending: string | null = null;

  enter(element: Element): void {
    if (element.name === 'ol') {
      const start = Number.parseInt(element.attribs.start ?? '', 10);
      this.lists.push({ element, style: listStyle(element), next: Number.isFinite(start) ? start : 1 });
      return;
    }
    const list = this.lists[this.lists.length - 1];
    if (element.name !== 'li' || !list || element.parent !== list.element) {
      // an item of a <ul> inside the <ol> item has no number of its own
      if (element.name === 'li') this.pending = null;
      return;
    }
    const value = Number.parseInt(element.attribs.value ?? '', 10);
    if (Number.isFinite(value)) list.next = value;
    this.pending = formatMarker(list.next++, list.style);
  }

  leave(element: Element): void {
    if (element.name === 'li') this.pending = null;
    else if (element.name === 'ol' && this.lists[this.lists.length - 1]?.element === element) this.lists.pop();
  }

  /** The marker for a line of normalized `text`, once per item; none when the item prints its own (`1.已有序号`). */
  take(text: string): string {
    const marker = this.pending;
    this.pending = null;
    return marker === null || NUMBERED.test(text) ? '' : marker;
  }
}

function listStyle(element: Element): ListStyle {
  const styled = STYLE_TYPE.exec(element.attribs.style ?? '');
  const named = styled ? STYLE_NAMES[styled[1]!.toLowerCase()] : undefined;
  return named ?? TYPE_ATTRIBUTE[element.attribs.type ?? ''] ?? 'decimal';
}

const CN_DIGITS = '〇一二三四五六七八九';

function formatMarker(n: number, style: ListStyle): string {
  switch (style) {
    case 'none':
      return '';
    case 'cjk':
      return n >= 1 && n < 100 ? `${chineseNumber(n)}、` : `${n}.`;
    case 'lower-alpha':
    case 'upper-alpha': {
      const letter = n >= 1 && n <= 26 ? String.fromCharCode(0x60 + n) : String(n);
      return `${style === 'upper-alpha' ? letter.toUpperCase() : letter}.`;
    }
    case 'lower-roman':
    case 'upper-roman': {
      const roman = n >= 1 && n < 40 ? toRoman(n) : String(n);
      return `${style === 'lower-roman' ? roman.toLowerCase() : roman}.`;
    }
    default:
      return `${n}.`;
  }
}

/** 1–99 in Chinese numerals: 十, 十二, 二十, 二十三. */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CN_DIGITS[ones]!;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

function toRoman(n: number): string {
  return 'X'.repeat(Math.floor(n / 10)) + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10]!;
}
