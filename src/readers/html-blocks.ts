/** Block text: a DOM subtree's text nodes joined into lines, ended by block elements, with source offsets. */
import type { AnyNode, Element } from 'domhandler';
import { isElement, SKIPPED_TAGS, walk } from './html-dom.js';
import { trimEndWhere, trimStartWhere } from './text.js';

/** HTML's white space: tab, line feed, form feed, carriage return, space. */
function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** A line break: LF, CR, CRLF (one break, placed at its LF), U+2028, U+2029. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** A break other than LF: most pages have none, and their breaks are found by indexOf. */
const OTHER_BREAK = /[\r\u2028\u2029]/;

/** Source offsets → 1-based line numbers: the line breaks are found once, then binary-searched. */
export class Source {
  private readonly breaks: number[] = [];

  constructor(text: string) {
    // indexOf or a pattern find the breaks several times faster than a loop over every character
    if (!OTHER_BREAK.test(text)) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.breaks.push(at);
      return;
    }
    for (const match of text.matchAll(LINE_BREAK)) this.breaks.push(match.index + match[0].length - 1);
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}

/**
 * Collects the text of the current line from text nodes and hands it on when a block ends it:
 * each line is joined once, never a subtree's text per element.
 */
export class BlockText {
  /** Depth of `<pre>`: its line breaks end lines and its spaces stay. */
  pre = 0;
  /** Once closed (the preamble reached the content), nothing more is collected. */
  closed = false;
  private readonly parts: string[] = [];
  private start = -1;
  /** Whether the parts hold anything but white space: most flushes end the white space between two blocks. */
  private visible = false;
  /** The marker a browser draws before the list item begun, waiting for the item's first visible text. */
  private pendingMarker: string | null = null;
  /** The marker of the current line: it opens a list item. */
  private lineMarker: string | null = null;

  /** Where the bold run open in the current line began (a part's index), or -1. */
  private boldFrom = -1;
  /** The runs of the current line set in bold, as written. */
  private boldRuns: string[] = [];

  /**
   * `marker`: what a browser draws before the line, the list item it opens (`1.`), or null; `bold`: the texts of the line
   * set in bold (`<strong>县农业农村局</strong>`), where a caller asked for them with {@link beginBold}.
   */
  constructor(private readonly emit: (raw: string, start: number, marker: string | null, bold: readonly string[]) => void) {}

  /** A bold element begins: its text, up to {@link endBold}, is a run of the line's bold. */
  beginBold(): void {
    this.boldFrom = this.parts.length;
  }

  endBold(): void {
    this.closeBold();
    this.boldFrom = -1;
  }

  private closeBold(): void {
    if (this.boldFrom < 0) return;
    const run = this.parts.slice(this.boldFrom).join('');
    if (run.trim() !== '') this.boldRuns.push(run);
    this.boldFrom = this.parts.length;
  }

  /** A list item begins: its marker goes before its first line of visible text. */
  item(marker: string | null): void {
    this.pendingMarker = marker;
  }

  /** The list item ended: a marker that found no text (an empty `<li>`) is dropped. */
  endItem(): void {
    this.pendingMarker = null;
  }

  /** A block starts at `start` (source offset): the line before it ends. */
  open(start: number): void {
    this.flush();
    this.start = start;
  }

  text(data: string, offset: number): void {
    if (this.closed) return;
    if (this.pre === 0) return this.append(data, offset);
    let from = 0;
    for (const match of data.matchAll(/\r\n?|\n/g)) {
      this.append(data.slice(from, match.index), offset + from);
      this.flush();
      from = match.index + match[0].length;
    }
    this.append(data.slice(from), offset + from);
  }

  /** Whether the current line holds no visible text yet. */
  get blank(): boolean {
    return !this.visible;
  }

  /** Position in the current line, for `since`. */
  mark(): number {
    return this.parts.length;
  }

  since(mark: number): string {
    return this.parts.slice(mark).join('');
  }

  flush(): void {
    const start = this.start;
    this.start = -1;
    // a bold element that runs on past the line's end: its part in this line is a run, the rest the next line's
    const bold = this.boldFrom >= 0;
    if (bold) this.closeBold();
    // a new list only once one was filled: most lines set nothing in bold
    const runs = this.boldRuns.length > 0 ? this.boldRuns : NO_RUNS;
    if (runs !== NO_RUNS) this.boldRuns = [];
    if (bold) this.boldFrom = 0;
    if (this.parts.length === 0 || this.closed) return;
    const visible = this.visible;
    this.visible = false;
    if (!visible) {
      this.parts.length = 0;
      return;
    }
    const joined = this.parts.join('');
    const marker = this.lineMarker;
    this.parts.length = 0;
    this.lineMarker = null;
    // only white space goes, so the line keeps the visible text found in its parts
    this.emit(this.pre > 0 ? trimEndWhere(trimStartWhere(joined, isHtmlSpace), isHtmlSpace) : collapseSpaces(joined), start < 0 ? 0 : start, marker, runs);
  }

  /** `offset` -1: text that is not in the source (a separator between cells). */
  private append(piece: string, offset: number): void {
    if (piece.length === 0) return;
    const placing = this.start < 0 && offset >= 0;
    if (placing || !this.visible) {
      const first = piece.search(/\S/);
      if (first >= 0) {
        if (!this.visible && this.pendingMarker !== null) {
          this.lineMarker = this.pendingMarker;
          this.pendingMarker = null;
        }
        this.visible = true;
        if (placing) this.start = offset + first;
      }
    }
    this.parts.push(piece);
  }
}

const NO_RUNS: readonly string[] = [];

/** HTML collapses runs of ASCII white space to one space; NBSP and U+3000 are text. */
function collapseSpaces(text: string): string {
  return /[\t\n\f\r]| {2}|^ | $/.test(text) ? text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '') : text;
}

/** Decides for an element before the default handling: true (go in), false (skip), undefined (default). */
export interface BlockHooks {
  element?(element: Element): boolean | undefined;
  leave?(element: Element): void;
  text?(data: string): void;
  /** The marker a browser draws before a list item (`1.`), handed to `out` with the item's first line; without it items get none. */
  item?(item: Element): string | null;
}

/** Walks `start` and feeds its text to `out`, ending a line at each element of `blocks` and at `<br>`. */
export function readBlocks(start: AnyNode, dropped: ReadonlySet<Element>, out: BlockText, blocks: ReadonlySet<string>, hooks: BlockHooks = {}): void {
  walk(start, (node) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      hooks.text?.(data);
      out.text(data, node.startIndex ?? 0);
      return false;
    }
    if (!isElement(node)) return node.type === 'root';
    if (SKIPPED_TAGS.has(node.name) || dropped.has(node)) return false;
    const decided = hooks.element?.(node);
    if (decided !== undefined) return decided;
    if (node.name === 'br') {
      out.flush();
      return false;
    }
    if (blocks.has(node.name)) out.open(node.startIndex ?? 0);
    if (node.name === 'li' && hooks.item) out.item(hooks.item(node));
    if (keepsBreaks(node)) out.pre++;
    return true;
  }, (element) => {
    hooks.leave?.(element);
    if (blocks.has(element.name)) out.flush();
    if (element.name === 'li' && hooks.item) out.endItem();
    if (keepsBreaks(element)) out.pre--;
  });
  out.flush();
}

/** `white-space: pre`, `pre-wrap`, `pre-line` or `break-spaces` in an inline style. */
const PRE_STYLE = /white-space\s*:\s*(?:pre|break-spaces)/i;

/**
 * `<pre>`, or an element styled to keep its line breaks: a portal may print a plan as text in
 * `<div style="white-space:pre-line">`, one line a task, with no `<p>` or `<br>` (probe h18).
 */
function keepsBreaks(element: Element): boolean {
  return element.name === 'pre' || (element.attribs.style !== undefined && PRE_STYLE.test(element.attribs.style));
}
