/** Metadata fields as portals print them (`发布时间:2022-11-14 来源:双营乡`), in lines and in tables. */
import { DOC_NUMBER } from './page-furniture.js';
import type { TableCell } from './types.js';

const LABELS = '索引号|主题分类|主题词|体裁分类|组配分类|服务对象|发文机关|发布机构|发文单位|成文日期|成文时间|发文字号|文号|发布日期|发布时间|发文日期|印发日期|生效日期|废止日期|有效性|时效性|信息来源|文章来源|来源|标题|名称|责任编辑|编辑|作者|浏览次数|点击数|阅读次数|访问次数|字号';
/** A metadata field in a normalized line: `发布时间:2022-11-14 10:45 来源:双营乡` has two. */
const META_LABEL = new RegExp(`(${LABELS})\\s*:`, 'g');
/** A line or cell that opens with a field: `发布时间:2022-11-14`. */
export const META_FIELD = new RegExp(`^(?:${LABELS})\\s*:`);
export const BARE_LABEL = new RegExp(`^(?:${LABELS})$`);
/** Fields the text pipeline reads (meta.ts): 发文字号, dates, issuers. */
export const KEPT_LABELS = new Set(['发文机关', '发布机构', '发文单位', '成文日期', '成文时间', '发文字号', '文号', '发布日期', '发布时间', '发文日期', '印发日期', '信息来源', '文章来源', '来源']);
export const TITLE_LABELS = new Set(['标题', '名称']);
/** Fields whose value is one name: the first word is kept (`来源:双营乡 浏览次数…`). */
const NAME_LABELS = new Set(['信息来源', '文章来源', '来源']);
/**
 * Fields naming the issuers, several of a joint plan, set apart by spaces, 、 or ;: the words that
 * end like an office are kept (`发文机关:湘潭市发展和改革委员会　湘潭市财政局`, probe h19).
 */
const ISSUER_LABELS = new Set(['发文机关', '发布机构', '发文单位']);
const OFFICE_END = /(?:办公室|办公厅|政府|委员会|党委|党组|委|厅|局|办|部|院|中心|街道办事处)$/;

interface MetaPart {
  label: string;
  value: string;
  /** `label:value`, or the bare value of a 发文字号 (`延政办函〔2025〕37号`). */
  text: string;
}

/**
 * Splits a normalized line at its metadata labels; text before the first label is left out. The
 * issuers of a 发文机关 field are read in `plain`, the same line with its spaces, which set apart
 * joint issuers (`text` has lost them).
 */
export function splitMeta(text: string, plain: string = text): MetaPart[] {
  const matches = [...text.matchAll(META_LABEL)];
  const spaced = plain === text ? matches : [...plain.matchAll(META_LABEL)];
  return matches.flatMap((match, i) => {
    const label = match[1]!;
    let value = fieldValue(text, matches, i);
    if (NAME_LABELS.has(label) || ISSUER_LABELS.has(label)) value = value.split(' ')[0]!;
    // the labels are the same in both forms, which differ only in spaces
    if (ISSUER_LABELS.has(label) && spaced.length === matches.length) value = issuerWords(fieldValue(plain, spaced, i)) ?? value;
    if (!value) return [];
    // meta.ts reads a 发文字号 on a line of its own, as a cover letter prints it
    const bare = (label === '发文字号' || label === '文号') && DOC_NUMBER.test(value);
    return [{ label, value, text: bare ? value : `${label}:${value}` }];
  });
}

/** The value of the i-th field: to the next label, or to a font-size bar sharing the line (`来源:双营乡 【字体:大 中 小】`). */
function fieldValue(line: string, matches: readonly RegExpMatchArray[], i: number): string {
  const match = matches[i]!;
  const value = line.slice(match.index! + match[0].length, matches[i + 1]?.index ?? line.length);
  const bar = value.search(/[【[]/);
  return (bar >= 0 ? value.slice(0, bar) : value).trim();
}

/** Two or more offices, one space apart, when every word of the value ends like one; else null. */
function issuerWords(value: string): string | null {
  const words = value.split(/[\s、,，;；]+/).filter(Boolean);
  return words.length > 1 && words.every((word) => OFFICE_END.test(word)) ? words.join(' ') : null;
}

/** Cells of a metadata row on one line, a colon after a bare label: `发文字号 | 延政办函〔2025〕37号`. */
export function joinRow(cells: readonly string[]): string {
  return cells.map((cell) => (BARE_LABEL.test(cell.replace(/\s+/g, '')) ? `${cell}:` : cell)).join(' ');
}

/** A table of two or more labels (`发文字号 | 延政办函〔2025〕37号`): a metadata box, not data. */
export function isMetaTable(table: readonly TableCell[][]): boolean {
  let labels = 0;
  for (const row of table) {
    for (const cell of row) if (!cell.fromAbove && !cell.fromLeft && (META_FIELD.test(cell.text) || BARE_LABEL.test(squash(cell.text)))) labels++;
  }
  return labels >= 2;
}

/** The text without white space, for comparing lines: `发文字号 ：` → `发文字号：`. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
