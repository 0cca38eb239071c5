/** The list definitions a .docx carries: paragraph and numbering styles from styles.xml, abstract and concrete lists from numbering.xml. */
import { attr, child, childrenThrough, documentElement, intAttr, isOn, local, NONE, parseXml, wordPrefix, type XmlNode } from './docx-xml.js';

// ── styles ──────────────────────────────────────────────────────────────────────────────────

interface ParagraphStyle {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export interface Styles {
  paragraphs: Map<string, ParagraphStyle>;
  /** The style of paragraphs that name none (Normal, 正文). */
  defaultParagraph: string | null;
  /** Numbering styles (w:type="numbering") → their w:numId, for w:numStyleLink. */
  numbering: Map<string, string>;
}

/** Paragraph styles that carry numbering (标题 1 → numId 3), and numbering styles. */
export function readStyles(xml: Uint8Array | null): Styles {
  const styles: Styles = { paragraphs: new Map(), defaultParagraph: null, numbering: new Map() };
  if (!xml) return styles;
  const root = parseXml(xml);
  const w = wordPrefix(root);
  for (const style of childrenThrough(documentElement(root) ?? root, w, 'style')) {
    const id = attr(style, w, 'styleId');
    if (!id) continue;
    const type = attr(style, w, 'type') ?? 'paragraph';
    const numPr = child(child(style, w, 'pPr'), w, 'numPr');
    const numId = attr(child(numPr, w, 'numId'), w, 'val') ?? null;
    if (type === 'numbering') {
      if (numId !== null) styles.numbering.set(id, numId);
    } else if (type === 'paragraph') {
      styles.paragraphs.set(id, { basedOn: attr(child(style, w, 'basedOn'), w, 'val') ?? null, numId, ilvl: intAttr(child(numPr, w, 'ilvl'), w, 'val') });
      if (['1', 'true', 'on'].includes(attr(style, w, 'default') ?? '')) styles.defaultParagraph ??= id;
    }
  }
  return styles;
}

// ── numbering ───────────────────────────────────────────────────────────────────────────────

/** One level of a list definition (w:lvl). */
export interface Level {
  start: number;
  /** w:numFmt: decimal, chineseCounting, upperRoman, bullet, none … */
  format: string;
  /** w:lvlText: `%1、`, `（%1）`, `%1.%2`, `第%1章`; %n stands for the number of level n. */
  text: string;
  /** w:lvlRestart: restarts after a use of the levels above this 1-based level; 0 never; null after any level above. */
  restart: number | null;
  /** w:isLgl: every number of the text as decimal (`1.1` under `第一章`). */
  legal: boolean;
  /** w:suff: tab, space or nothing between the number and the text. */
  suffix: string;
  /** w:pStyle: the paragraph style that takes this level. */
  style: string | null;
}

export interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the levels live in the list a numbering style points at. */
  numStyleLink: string | null;
}

export interface Num {
  abstractId: string;
  /** w:lvlOverride/w:startOverride by level. */
  starts: Map<number, number>;
  /** w:lvlOverride/w:lvl: whole levels replaced. */
  levels: Map<number, Level>;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

export function readNumbering(xml: Uint8Array | null): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!xml) return numbering;
  const root = parseXml(xml);
  const w = wordPrefix(root);
  for (const node of documentElement(root)?.children ?? NONE) {
    const kind = local(node, w);
    if (kind === 'abstractNum') {
      const id = attr(node, w, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of node.children ?? NONE) if (local(lvl, w) === 'lvl') levels.set(intAttr(lvl, w, 'ilvl') ?? 0, readLevel(lvl, w));
      numbering.abstracts.set(id, { levels, numStyleLink: attr(child(node, w, 'numStyleLink'), w, 'val') ?? null });
    } else if (kind === 'num') {
      const id = attr(node, w, 'numId');
      const abstractId = attr(child(node, w, 'abstractNumId'), w, 'val');
      if (id === undefined || abstractId === undefined) continue;
      const num: Num = { abstractId, starts: new Map(), levels: new Map() };
      for (const override of node.children ?? NONE) {
        if (local(override, w) !== 'lvlOverride') continue;
        const ilvl = intAttr(override, w, 'ilvl') ?? 0;
        const start = intAttr(child(override, w, 'startOverride'), w, 'val');
        if (start !== null) num.starts.set(ilvl, start);
        const lvl = child(override, w, 'lvl');
        if (lvl) num.levels.set(ilvl, readLevel(lvl, w));
      }
      numbering.nums.set(id, num);
    }
  }
  return numbering;
}

function readLevel(lvl: XmlNode, w: string): Level {
  return {
    start: intAttr(child(lvl, w, 'start'), w, 'val') ?? 0,
    format: levelFormat(lvl, w),
    text: attr(child(lvl, w, 'lvlText'), w, 'val') ?? '',
    restart: intAttr(child(lvl, w, 'lvlRestart'), w, 'val'),
    legal: isOn(child(lvl, w, 'isLgl'), w),
    suffix: attr(child(lvl, w, 'suff'), w, 'val') ?? 'tab',
    style: attr(child(lvl, w, 'pStyle'), w, 'val') ?? null,
  };
}

/**
 * w:numFmt, or Word 2010's custom format behind markup compatibility, with its fallback:
 *
 *     > | <mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>
 */
function levelFormat(lvl: XmlNode, w: string): string {
  const direct = child(lvl, w, 'numFmt');
  if (direct) return formatOf(direct, w) ?? 'decimal';
  const alternate = lvl.children?.find((node) => node.name?.endsWith(':AlternateContent'));
  for (const choice of alternate?.children ?? NONE) {
    const format = formatOf(child(choice, w, 'numFmt'), w);
    if (format) return format;
  }
  return 'decimal';
}

function formatOf(numFmt: XmlNode | undefined, w: string): string | null {
  const value = attr(numFmt, w, 'val');
  if (value !== 'custom') return value ?? null;
  const zeros = /^(0+)1\b/.exec(attr(numFmt, w, 'format') ?? '');
  return zeros ? `decimalZero${zeros[1]!.length + 1}` : null;
}
