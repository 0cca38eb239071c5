/** The XML of a Word part as cheerio parses it, and the few helpers that read WordprocessingML elements and attributes from it. */
import { loadCheerio } from './lazy.js';

/** The parts of a parsed node we read (domhandler's nodes, as cheerio gives them). */
export interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
  data?: string;
}

const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
export const NONE: XmlNode[] = [];

/** A part's bytes (UTF-8, or UTF-16 with a BOM) as a tree; `lean` first drops the formatting nothing here reads (document.xml). */
export function parseXml(bytes: Uint8Array, lean = false): XmlNode {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const xml = new TextDecoder(encoding).decode(bytes);
  return loadCheerio().load(lean ? dropFormatting(xml) : xml, { xml: true }).root()[0]!;
}

// Empty formatting elements and revision ids that nothing here reads: they are four fifths of a
// document.xml that Word wrote (仿宋_GB2312 fonts, sizes, spacing on every run), and parsing is most of the time.
//     > | <w:r w:rsidRPr="00A81F3C"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>
//                ^^^^^^^^^^^^^^^^^^^^        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// Bold (w:b) is kept: a legend may give units set in bold a role (加粗字体为牵头单位).
const FORMATTING = 'rFonts|sz|szCs|color|kern|lang|spacing|ind|jc|bCs|i|iCs|u|shd|highlight|position|w|noProof|rStyle|'
  + 'adjustRightInd|snapToGrid|widowControl|autoSpaceDE|autoSpaceDN|textAlignment|wordWrap|overflowPunct|topLinePunct|kinsoku|'
  + 'proofErr|bookmarkStart|bookmarkEnd|lastRenderedPageBreak|tcW|vAlign|tcBorders|top|left|bottom|right|insideH|insideV';
const formattingOf = new Map<string, RegExp>();

function dropFormatting(xml: string): string {
  const prefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"/.exec(xml.slice(0, 8192))?.[1];
  if (!prefix) return xml;
  let pattern = formattingOf.get(prefix);
  if (!pattern) {
    const p = prefix.replace(/\./g, '\\.');
    pattern = new RegExp(`<${p}:(?:${FORMATTING})(?:\\s[^>]*)?/>|\\s${p}:rsid\\w*="[^"]*"`, 'g');
    formattingOf.set(prefix, pattern);
  }
  return xml.replace(pattern, '');
}

export function documentElement(root: XmlNode): XmlNode | undefined {
  return root.children?.find((node) => node.type === 'tag');
}

/** The prefix the part's root binds to WordprocessingML, with its colon: `w:` in every Word file seen, `` for a default namespace. */
export function wordPrefix(root: XmlNode): string {
  for (const [name, value] of Object.entries(documentElement(root)?.attribs ?? {})) {
    if (WORD_NAMESPACES.has(value)) return name === 'xmlns' ? '' : `${name.slice('xmlns:'.length)}:`;
  }
  return 'w:';
}

/** Local names by qualified name, for each prefix: the walk asks for every element. */
const localNames = new Map<string, Map<string, string>>();

/** The WordprocessingML local name of an element (`p` for `w:p`); '' for text and other namespaces. */
export function local(node: XmlNode, w: string): string {
  if (node.type !== 'tag') return '';
  const name = node.name!;
  let names = localNames.get(w);
  if (!names) localNames.set(w, (names = new Map()));
  let found = names.get(name);
  if (found === undefined) {
    found = name.startsWith(w) && name.indexOf(':', w.length) < 0 ? name.slice(w.length) : '';
    // bounded: a hostile part could name a million distinct elements
    if (names.size < 10_000) names.set(name, found);
  }
  return found;
}

export function child(node: XmlNode | undefined, w: string, name: string): XmlNode | undefined {
  return node?.children?.find((c) => local(c, w) === name);
}

export function attr(node: XmlNode | undefined, w: string, name: string): string | undefined {
  return node?.attribs?.[w + name] ?? node?.attribs?.[name];
}

export function intAttr(node: XmlNode | undefined, w: string, name: string): number | null {
  const value = Number.parseInt(attr(node, w, name) ?? '', 10);
  return Number.isFinite(value) ? value : null;
}

/** An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`). */
export function isOn(node: XmlNode | undefined, w: string): boolean {
  if (!node) return false;
  const value = attr(node, w, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** Elements named `name` among the children, looking through content controls and custom XML (`w:tbl > w:sdt > w:sdtContent > w:tr`). */
export function childrenThrough(node: XmlNode, w: string, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  walkChildren(node, (next) => {
    const kind = local(next, w);
    if (kind === name) found.push(next);
    return kind !== name && WRAPPERS.has(kind);
  });
  return found;
}

/** Content controls and custom XML: wrappers whose children stand as if in the wrapper's place. */
export const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml']);

/**
 * Visits the children of `node` depth first, in document order, going into a node's own children
 * when `visit` returns true. A loop rather than recursion: a damaged or hostile part may nest deeper than the call stack.
 *
 *     walkChildren(body, (node) => WRAPPERS.has(local(node, 'w:'))) // every body child, through w:sdt
 */
export function walkChildren(node: XmlNode, visit: (node: XmlNode) => boolean): void {
  const stack: Array<{ nodes: XmlNode[]; index: number }> = [{ nodes: node.children ?? NONE, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.nodes[top.index++];
    if (!next) {
      stack.pop();
      continue;
    }
    if (visit(next)) stack.push({ nodes: next.children ?? NONE, index: 0 });
  }
}
