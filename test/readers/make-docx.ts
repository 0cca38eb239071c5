// Builds small .docx files for the tests: paragraphs, list numbering (numbering.xml), paragraph styles and tables.
import { zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run of text: `<w:r><w:t xml:space="preserve">…</w:t></w:r>`. */
export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphOptions {
  /** w:numPr/w:numId. */
  numId?: number;
  /** w:numPr/w:ilvl. */
  ilvl?: number;
  /** w:pStyle. */
  style?: string;
  /** Runs as XML instead of one run of `text` (see run, deleted, inserted, lineBreak, field). */
  runs?: string;
  /** The paragraph mark deleted with tracked changes. */
  markDeleted?: boolean;
}

/** A w:p with one run of text, or the given runs. */
export function paragraph(text: string, options: ParagraphOptions = {}): string {
  const props: string[] = [];
  if (options.style) props.push(`<w:pStyle w:val="${options.style}"/>`);
  if (options.numId !== undefined || options.ilvl !== undefined) {
    const ilvl = options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`;
    const numId = options.numId === undefined ? '' : `<w:numId w:val="${options.numId}"/>`;
    props.push(`<w:numPr>${ilvl}${numId}</w:numPr>`);
  }
  if (options.markDeleted) props.push('<w:rPr><w:del w:id="90" w:author="审核人" w:date="2024-01-01T00:00:00Z"/></w:rPr>');
  const pPr = props.length > 0 ? `<w:pPr>${props.join('')}</w:pPr>` : '';
  return `<w:p>${pPr}${options.runs ?? (text === '' ? '' : run(text))}</w:p>`;
}

/** A tracked deletion: `<w:del><w:r><w:delText>…</w:delText></w:r></w:del>`. */
export function deleted(text: string): string {
  return `<w:del w:id="91" w:author="审核人" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;
}

/** A tracked insertion. */
export function inserted(text: string): string {
  return `<w:ins w:id="92" w:author="审核人" w:date="2024-01-01T00:00:00Z">${run(text)}</w:ins>`;
}

export function lineBreak(type?: 'page' | 'column'): string {
  return `<w:r><w:br${type ? ` w:type="${type}"` : ''}/></w:r>`;
}

/** A complex field: instructions, then the displayed result. */
export function field(instructions: string, result: string): string {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(instructions)} </w:instrText></w:r>`
    + `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
}

export interface CellOptions {
  text?: string | string[];
  /** w:gridSpan. */
  span?: number;
  /** w:vMerge: restart begins a vertical merge, continue carries it on. */
  vMerge?: 'restart' | 'continue';
  /** Paragraphs as XML instead of `text` (a nested table, numbered paragraphs). */
  xml?: string;
}

export type Cell = string | CellOptions;

/** A w:tbl; a cell is its text or its options. */
export function table(rows: readonly (readonly Cell[])[]): string {
  const width = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + (typeof cell === 'string' ? 1 : cell.span ?? 1), 0)));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width)}</w:tblGrid>`;
  const body = rows.map((row) => `<w:tr>${row.map(tableCell).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`;
}

function tableCell(cell: Cell): string {
  const options = typeof cell === 'string' ? { text: cell } : cell;
  const props: string[] = ['<w:tcW w:w="2000" w:type="dxa"/>'];
  if (options.span && options.span > 1) props.push(`<w:gridSpan w:val="${options.span}"/>`);
  if (options.vMerge === 'restart') props.push('<w:vMerge w:val="restart"/>');
  if (options.vMerge === 'continue') props.push('<w:vMerge/>');
  const texts = options.text === undefined ? [''] : Array.isArray(options.text) ? options.text : [options.text];
  // every cell must hold at least one paragraph
  const content = options.xml ?? texts.map((text) => paragraph(text)).join('');
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${content}</w:tc>`;
}

export interface LevelOptions {
  format: string;
  /** w:lvlText, e.g. `%1、`. */
  text: string;
  start?: number;
  /** w:lvlRestart. */
  restart?: number;
  /** w:pStyle. */
  style?: string;
  /** w:isLgl: all numbers of the text as decimal (`1.1` under `第一章`). */
  legal?: boolean;
  /** w:suff: tab when left out. */
  suffix?: 'tab' | 'space' | 'nothing';
}

/** A w:abstractNum with levels 0, 1, 2 … */
export function abstractNum(id: number, levels: readonly LevelOptions[]): string {
  const lvls = levels.map((level, ilvl) => {
    const restart = level.restart === undefined ? '' : `<w:lvlRestart w:val="${level.restart}"/>`;
    const style = level.style ? `<w:pStyle w:val="${level.style}"/>` : '';
    const legal = level.legal ? '<w:isLgl/>' : '';
    const suffix = level.suffix ? `<w:suff w:val="${level.suffix}"/>` : '';
    return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/>${restart}${style}${legal}${suffix}`
      + `<w:lvlText w:val="${escapeXml(level.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`;
  });
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls.join('')}</w:abstractNum>`;
}

/** A w:num over an abstract definition, with start overrides by level. */
export function num(id: number, abstractId: number, startOverrides: Readonly<Record<number, number>> = {}): string {
  const overrides = Object.entries(startOverrides).map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`);
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides.join('')}</w:num>`;
}

export interface StyleOptions {
  name: string;
  basedOn?: string;
  numId?: number;
  ilvl?: number;
}

/** A paragraph style, possibly carrying numbering. */
export function paragraphStyle(id: string, options: StyleOptions): string {
  const basedOn = options.basedOn ? `<w:basedOn w:val="${options.basedOn}"/>` : '';
  const ilvl = options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`;
  const numPr = options.numId === undefined ? '' : `<w:pPr><w:numPr>${ilvl}<w:numId w:val="${options.numId}"/></w:numPr></w:pPr>`;
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${escapeXml(options.name)}"/>${basedOn}<w:qFormat/>${numPr}</w:style>`;
}

export interface DocxParts {
  /** Body content: paragraphs and tables, in order. */
  body: readonly string[];
  /** w:abstractNum and w:num elements (abstract ones first, as Word requires). */
  numbering?: readonly string[];
  /** w:style elements besides Normal. */
  styles?: readonly string[];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A complete, minimal WordprocessingML package that Word and LibreOffice open. */
export function makeDocx(parts: DocxParts): Uint8Array {
  const numbering = parts.numbering && parts.numbering.length > 0;
  const files: Record<string, string> = {
    '[Content_Types].xml': `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      + (numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '')
      + '</Types>',
    '_rels/.rels': `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
      + (numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '')
      + '</Relationships>',
    'word/document.xml': `${XML_DECLARATION}<w:document xmlns:w="${W}"><w:body>${parts.body.join('')}`
      + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>',
    'word/styles.xml': `${XML_DECLARATION}<w:styles xmlns:w="${W}">`
      + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
      + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
      + `${(parts.styles ?? []).join('')}</w:styles>`,
  };
  if (numbering) files['word/numbering.xml'] = `${XML_DECLARATION}<w:numbering xmlns:w="${W}">${parts.numbering!.join('')}</w:numbering>`;
  return makeZip(files);
}

/** A ZIP of text files, with a fixed time so the same files give the same bytes. */
export function makeZip(files: Readonly<Record<string, string>>): Uint8Array {
  const encoder = new TextEncoder();
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encoder.encode(text)]));
  return zipSync(entries, { level: 6, mtime: new Date(2024, 0, 1) });
}
