/** One Word paragraph as the text Word shows: its list marker, then its runs, with field instructions, deletions and hidden text left out. */
import type { ListCounters } from './docx-list-counters.js';
import type { Styles } from './docx-numbering.js';
import { attr, child, intAttr, isOn, local, NONE, walkChildren, type XmlNode } from './docx-xml.js';
import { append } from '../collections.js';

/** What reading the body carries from paragraph to paragraph. */
export interface Context {
  /** document.xml's WordprocessingML prefix. */
  w: string;
  styles: Styles;
  lists: ListCounters;
  fields: Fields;
  /** Body paragraphs read so far: the line number of the last one. */
  paragraph: number;
  textBoxes: number;
  firstTextBoxLine: number | null;
}

/**
 * One paragraph as Word shows it: the list marker, then the text, split at line breaks.
 * Null for a paragraph deleted with tracked changes (its text and its mark gone): it shows nowhere and is not counted.
 */
export function readParagraph(p: XmlNode, context: Context): string[] | null {
  const { w } = context;
  const pPr = child(p, w, 'pPr');
  const segments = paragraphText(p, context);
  context.fields.endParagraph();
  if (child(child(pPr, w, 'rPr'), w, 'del') && segments.every((segment) => segment === '')) return null;
  const numPr = child(pPr, w, 'numPr');
  const list = context.lists.listOf({
    style: attr(child(pPr, w, 'pStyle'), w, 'val') ?? null,
    numId: attr(child(numPr, w, 'numId'), w, 'val') ?? null,
    ilvl: intAttr(child(numPr, w, 'ilvl'), w, 'val'),
  });
  const marker = list ? context.lists.next(list.numId, list.ilvl) : null;
  if (marker) segments[0] = marker + segments[0]!;
  return segments;
}

/**
 * The displayed text of a paragraph: w:t in order, w:tab as a tab, w:br / w:cr splitting lines;
 * tracked deletions (w:del, w:moveFrom), hidden runs, field instructions and drawings are left out.
 */
function paragraphText(p: XmlNode, context: Context): string[] {
  const { w, fields } = context;
  const segments: string[] = [];
  let current = '';
  walkChildren(p, (node) => {
    switch (local(node, w)) {
      case 'r':
        return !isOn(child(child(node, w, 'rPr'), w, 'vanish'), w);
      case 't':
        if (fields.visible) for (const text of node.children ?? NONE) current += text.data ?? '';
        return false;
      case 'tab':
      case 'ptab':
        if (fields.visible) current += '\t';
        return false;
      case 'noBreakHyphen':
        if (fields.visible) current += '-';
        return false;
      case 'br':
      case 'cr':
        if (fields.visible) {
          segments.push(current);
          current = '';
        }
        return false;
      case 'fldChar':
        fields.step(attr(node, w, 'fldCharType'));
        return false;
      case 'drawing':
      case 'pict':
      case 'object':
        noteTextBox(node, context);
        return false;
      case 'ins':
      case 'moveTo':
      case 'hyperlink':
      case 'smartTag':
      case 'customXml':
      case 'sdt':
      case 'sdtContent':
      case 'fldSimple':
      case 'dir':
      case 'bdo':
      case 'ruby':
      case 'rubyBase':
        return true;
      case '':
        // text boxes of Word 2010+ stand in mc:AlternateContent (wps shape, VML fallback)
        if (node.name?.endsWith(':AlternateContent')) noteTextBox(node, context);
        return false;
      default:
        // w:del, w:moveFrom, w:instrText, w:delText, w:sym, w:softHyphen, w:rt, properties, bookmarks: not shown or not text
        return false;
    }
  });
  segments.push(current);
  // a page break before or after the text, or a trailing line break, opens no line of its own
  while (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  while (segments.length > 1 && segments[0] === '') segments.shift();
  return segments;
}

function noteTextBox(node: XmlNode, context: Context): void {
  const stack = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.name?.endsWith(':txbxContent')) {
      context.textBoxes += 1;
      context.firstTextBoxLine ??= context.paragraph + 1;
      return;
    }
    if (next.children) append(stack, next.children);
  }
}

/**
 * Complex fields (`w:fldChar` begin … separate … end) nest and may span paragraphs (a TOC):
 * only their results show, never the instructions.
 */
export class Fields {
  /** Open fields, innermost last: true once past `separate` (showing the result). */
  private readonly open: boolean[] = [];
  private inInstructions = 0;

  get visible(): boolean {
    return this.inInstructions === 0;
  }

  step(type: string | undefined): void {
    if (type === 'begin') {
      this.open.push(false);
      this.inInstructions += 1;
    } else if (type === 'separate' && this.open[this.open.length - 1] === false) {
      this.open[this.open.length - 1] = true;
      this.inInstructions -= 1;
    } else if (type === 'end' && this.open.length > 0) {
      if (this.open.pop() === false) this.inInstructions -= 1;
    }
  }

  /** Instructions never span paragraphs; a field left open in them is broken and must not hide the rest of the document. */
  endParagraph(): void {
    if (this.inInstructions === 0) return;
    this.open.fill(true);
    this.inInstructions = 0;
  }
}
