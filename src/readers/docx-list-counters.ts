/** Word's list counters: which list a paragraph belongs to, and the marker its next number shows (`一、`, `（一）`, `1.2 `). */
import { formatNumber } from './docx-number-formats.js';
import type { AbstractNum, Level, Num, Numbering, Styles } from './docx-numbering.js';

/** A w:num resolved to the abstract definition it counts with. */
interface List {
  /** The counters' key: the abstract definition, after numStyleLink. */
  key: string;
  num: Num;
  abstract: AbstractNum;
}

/** After the number Word puts a tab (or a space); after 、 . ） the text follows directly, as a typist would write it. */
const ENDS_WITH_SEPARATOR = /[、.．,，:：;；)）\]】〕>》」』\s]$/;

/**
 * Word's list counters. Every w:num that points at one w:abstractNum shares its counters (that is how
 * Word continues a list across instances); a w:startOverride restarts a level where its w:num is first used.
 */
export class ListCounters {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly overridden = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  /** A paragraph's list and level: its own w:numPr first, then its style and the styles that one is based on. */
  listOf(paragraph: { style: string | null; numId: string | null; ilvl: number | null }): { numId: string; ilvl: number } | null {
    let { numId, ilvl } = paragraph;
    let from: string | null = null;
    let style = paragraph.style ?? this.styles.defaultParagraph;
    for (let hops = 0; style !== null && hops < 32 && (numId === null || ilvl === null); hops++) {
      const found = this.styles.paragraphs.get(style);
      if (!found) break;
      if (numId === null && found.numId !== null) {
        numId = found.numId;
        from = style;
      }
      ilvl ??= found.ilvl;
      style = found.basedOn;
    }
    // numId 0 takes away the numbering a style gave
    if (numId === null || numId === '0') return null;
    return { numId, ilvl: ilvl ?? (from === null ? 0 : this.levelOfStyle(numId, from)) };
  }

  /**
   * Counts a paragraph of list `numId` at level `ilvl` and renders its marker as Word shows it
   * (`一、`, `(一)`, `1.`, `1.2 `); null for bullets, `none` and lists that are not defined.
   */
  next(numId: string, ilvl: number): string | null {
    const list = this.resolve(numId);
    if (!list) return null;
    const level = Math.min(Math.max(ilvl, 0), 8);
    const definition = levelAt(list, level);
    if (!definition) return null;
    let counts = this.counters.get(list.key);
    if (!counts) this.counters.set(list.key, (counts = []));
    const override = list.num.starts.get(level);
    if (override !== undefined && !this.overridden.has(`${numId}/${level}`)) {
      this.overridden.add(`${numId}/${level}`);
      counts[level] = override;
    } else {
      const count = counts[level];
      counts[level] = count === undefined ? definition.start : count + 1;
    }
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restart = levelAt(list, deeper)?.restart ?? null;
      // a w:lvlRestart naming this level or a deeper one is ignored (ECMA-376 17.9.10)
      const after = restart === null || restart > deeper ? deeper : restart;
      if (level < after) counts[deeper] = undefined;
    }
    if (definition.format === 'bullet' || definition.format === 'none') return null;
    const marker = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const other = Number(digit) - 1;
      if (other > level) return '';
      const format = definition.legal ? 'decimal' : levelAt(list, other)?.format ?? 'decimal';
      return formatNumber(counts[other] ?? levelAt(list, other)?.start ?? 1, format);
    });
    if (marker === '' || definition.suffix === 'nothing') return marker || null;
    return definition.suffix === 'space' || !ENDS_WITH_SEPARATOR.test(marker) ? `${marker} ` : marker;
  }

  private resolve(numId: string): List | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    let key = num.abstractId;
    let abstract = this.numbering.abstracts.get(key);
    for (let hops = 0; hops < 4 && abstract?.numStyleLink; hops++) {
      const linked = this.numbering.nums.get(this.styles.numbering.get(abstract.numStyleLink) ?? '');
      if (!linked) break;
      key = linked.abstractId;
      abstract = this.numbering.abstracts.get(key);
    }
    return abstract ? { key, num, abstract } : null;
  }

  /** The level a style's paragraphs take when the style names the list but no level: the w:lvl that names the style. */
  private levelOfStyle(numId: string, style: string): number {
    const list = this.resolve(numId);
    for (const [ilvl, level] of list?.abstract.levels ?? []) if (level.style === style) return ilvl;
    return 0;
  }
}

function levelAt(list: List, ilvl: number): Level | undefined {
  return list.num.levels.get(ilvl) ?? list.abstract.levels.get(ilvl);
}
