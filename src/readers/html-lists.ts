/** The markers a browser draws before the items of an `<ol>`: `1.`, `一、`, and one level deeper `（1）`, `（一）`, `①`. */
import type { AnyNode, Element, Text } from 'domhandler';
import { type MarkerKind, readMarker } from '../extractors/numbering.js';
import { formatNumber } from './docx-number-formats.js';
import { isElement } from './html-dom.js';
import { foldLine, makeLine, type SourceLine } from './text.js';

/**
 * Where a list's markers stand in the document's numbering, outermost first: `一、` `（一）` `1.`
 * `（1）` `①`. A list nested in a numbered list takes the rung below its parent's, so that the
 * segmenter reads it one level deeper: a browser draws `1.` at every depth of a decimal list, but
 * a Chinese plan types a decimal list under a decimal list as `（1）`.
 */
const LADDER: ReadonlyArray<(n: number) => string> = [
  (n) => `${formatNumber(n, 'chineseCounting')}、`,
  (n) => `（${formatNumber(n, 'chineseCounting')}）`,
  (n) => `${n}. `,
  (n) => `（${n}）`,
  (n) => `${formatNumber(n, 'decimalEnclosedCircle')}`,
];
const CN_RUNG = 0;
const DECIMAL_RUNG = 2;

/** A list's style: its rung on the ladder, or for a family the numbering does not read (`a.`, `i.`) how to draw it. */
type ListStyle = { rung: number } | { draw: (n: number) => string } | null;

/**
 * CSS list-style-type (and `<ol type>`) → what the browser draws; null for none and the bullets.
 * The Latin styles end in `. `, a space after the stop as CSS draws them (so `1. 2024年底前…` reads
 * as a marker, where `1.2024` would be a number); the Chinese styles end in 、, as Chromium draws
 * them; `simp-chinese-formal` (壹、) is no marker of the numbering and is drawn as it is.
 */
function styleNamed(name: string): ListStyle | undefined {
  switch (name) {
    case 'decimal':
    case '1':
      return { rung: DECIMAL_RUNG };
    case 'cjk-ideographic':
    case 'cjk-decimal':
    case 'simp-chinese-informal':
    case 'trad-chinese-informal':
      return { rung: CN_RUNG };
    case 'simp-chinese-formal':
      return { draw: (n) => `${formatNumber(n, 'chineseLegalSimplified')}、` };
    case 'trad-chinese-formal':
      return { draw: (n) => `${formatNumber(n, 'ideographLegalTraditional')}、` };
    case 'decimal-leading-zero':
      return { draw: (n) => `${formatNumber(n, 'decimalZero')}. ` };
    case 'lower-alpha':
    case 'lower-latin':
    case 'a':
      return { draw: (n) => `${formatNumber(n, 'lowerLetter')}. ` };
    case 'upper-alpha':
    case 'upper-latin':
    case 'A':
      return { draw: (n) => `${formatNumber(n, 'upperLetter')}. ` };
    case 'lower-roman':
    case 'i':
      return { draw: (n) => `${formatNumber(n, 'lowerRoman')}. ` };
    case 'upper-roman':
    case 'I':
      return { draw: (n) => `${formatNumber(n, 'upperRoman')}. ` };
    case 'none':
    case 'disc':
    case 'circle':
    case 'square':
      return null;
    default:
      return undefined;
  }
}

/** `list-style-type: decimal;`, `list-style: cjk-ideographic inside`: the declaration's words. */
const LIST_STYLE = /list-style(?:-type)?\s*:([^;]*)/gi;

/** The style a list is drawn in: its inline CSS first, then `<ol type>`, then the default (decimal for `<ol>`, bullets for `<ul>`). */
function styleOf(list: Element): ListStyle {
  for (const match of (list.attribs.style ?? '').matchAll(LIST_STYLE)) {
    for (const word of match[1]!.trim().split(/\s+/)) {
      const style = styleNamed(word.toLowerCase());
      if (style !== undefined) return style;
    }
  }
  if (list.name === 'ol' && list.attribs.type !== undefined) {
    const style = styleNamed(list.attribs.type.trim());
    if (style !== undefined) return style;
  }
  return list.name === 'ol' ? { rung: DECIMAL_RUNG } : null;
}

function isList(element: Element): boolean {
  return element.name === 'ol' || element.name === 'ul';
}

function integer(value: string | undefined): number | null {
  if (value === undefined || !/^\s*[+-]?\d{1,9}\s*$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

/**
 * The markers of the list items of a page, as a browser draws them: counted from `start` (or down
 * from it, `reversed`), a `<li value>` setting the count, in the list's `list-style-type` or
 * `type`. A `<ul>` draws bullets, which are no numbering: its items get none.
 */
export class ListMarkers {
  private readonly markers = new Map<Element, string | null>();
  private readonly rungs = new Map<Element, number | null>();

  /** The marker before a list item, or null (a bullet, `list-style-type: none`, an item outside a list). */
  markerOf(item: Element): string | null {
    const list = item.parent;
    if (!list || !isElement(list) || !isList(list)) return null;
    if (!this.markers.has(item)) this.count(list);
    return this.markers.get(item) ?? null;
  }

  /** Draws the markers of all the list's items at once: a list of n items costs n, not n². */
  private count(list: Element): void {
    const items = list.children.filter((child): child is Element => isElement(child) && child.name === 'li');
    const style = styleOf(list);
    const rung = this.rungOf(list);
    const reversed = list.name === 'ol' && list.attribs.reversed !== undefined;
    const draw = style === null ? null : rung !== null ? LADDER[rung]! : 'draw' in style ? style.draw : null;
    let n = (list.name === 'ol' ? integer(list.attribs.start) : null) ?? (reversed ? items.length : 1);
    for (const item of items) {
      n = integer(item.attribs.value) ?? n;
      this.markers.set(item, draw ? draw(n) : null);
      n += reversed ? -1 : 1;
    }
  }

  /** The rung a list's markers stand on: its style's, or the one below the nearest numbered list it is nested in. */
  private rungOf(list: Element): number | null {
    const known = this.rungs.get(list);
    if (known !== undefined) return known;
    const style = styleOf(list);
    let rung: number | null = null;
    if (style !== null && 'rung' in style) {
      rung = style.rung;
      for (let node = list.parent; node; node = node.parent) {
        if (!isElement(node) || !isList(node)) continue;
        const outer = this.rungOf(node);
        if (outer === null) continue;
        rung = Math.min(Math.max(rung, outer + 1), LADDER.length - 1);
        break;
      }
      // `<p>1.推进老旧小区改造。</p><p>主要包括：</p><ol>…`: the list's items are the typed item's points, a rung below it
      const typed = typedRungBefore(list);
      if (typed !== null && typed >= rung) rung = Math.min(typed + 1, LADDER.length - 1);
    }
    this.rungs.set(list, rung);
    return rung;
  }
}

/** The rung of each family of typed markers on the ladder: 一、 (一) 1. (1) ①. */
const TYPED_RUNGS: Partial<Record<MarkerKind, number>> = { cn: 0, 'cn-paren': 1, num: 2, 'num-paren': 3, circled: 4 };

/** How many blocks before a list are searched for a typed marker, at each level up. */
const TYPED_REACH = 12;

/**
 * The rung of the nearest typed marker before a list, in the blocks before it and before its
 * containers (a few at each level), or null: the items a typed `1.` announces are its points.
 */
function typedRungBefore(list: Element): number | null {
  for (let node: Element | null = list; node; node = node.parent && isElement(node.parent) ? node.parent : null) {
    let sibling = node.prev;
    for (let seen = 0; sibling && seen < TYPED_REACH; sibling = sibling.prev) {
      if (!isElement(sibling)) continue;
      seen++;
      if (isList(sibling)) return null;
      const marker = readMarker(foldLine(textOf(sibling)));
      if (marker) return TYPED_RUNGS[marker.kind] ?? null;
    }
  }
  return null;
}

/** An element's text, its first 40 characters at most: enough for a marker. */
function textOf(element: Element): string {
  let text = '';
  const pending: AnyNode[] = [...element.children].reverse();
  for (let node = pending.pop(); node && text.length < 40; node = pending.pop()) {
    if (node.type === 'text') text += (node as Text).data;
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return text.replace(/^[\s\u3000\u00a0]+/, '');
}

/**
 * A list item's first line with the marker the browser draws before it, after its indent; left as
 * it is when its text already opens with a typed marker (`<li>1．推进…</li>`, a list whose style
 * sheet hides the numbers).
 *
 *     numberedLine(makeLine('推进农村生活污水治理。', 36), '1. ')  // → the line `1.推进农村生活污水治理。` (raw `1. 推进…`)
 */
export function numberedLine(line: SourceLine, marker: string | null): SourceLine {
  if (marker === null || line.text === '' || readMarker(line.text) !== null) return line;
  const { raw } = line;
  const indent = raw.length - raw.trimStart().length;
  return makeLine(raw.slice(0, indent) + marker + raw.slice(indent), line.line);
}
