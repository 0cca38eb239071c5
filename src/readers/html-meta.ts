/** Metadata fields as portals print them (`发布时间:2022-11-14 来源:双营乡`), in lines and in tables. */
import { foldTraditional } from '../extractors/fold.js';
import { DOC_NUMBER } from './page-furniture.js';
import type { TableCell } from './types.js';

const LABELS = '索引号|主题分类|主题词|体裁分类|组配分类|服务对象|发文机关|发布机构|发文单位|成文日期|成文时间|发文字号|文号|发布日期|发布时间|发文日期|印发日期|生效日期|废止日期|有效性|时效性|时效|有效期|公开方式|公开形式|公开范围|公开属性|公开时限|信息来源|文章来源|来源|标题|名称|责任编辑|编辑|作者|浏览次数|点击数|阅读次数|访问次数|字号';
/** A metadata field in a normalized line: `发布时间:2022-11-14 10:45 来源:双营乡` has two. */
const META_LABEL = new RegExp(`(${LABELS})\\s*:`, 'g');
const META_FIELD = new RegExp(`^(?:${LABELS})\\s*:`);
const BARE_LABEL = new RegExp(`^(?:${LABELS})$`);

/** A line or cell that opens with a field, in either script: `发布时间:2022-11-14`, `文號:琴執發〔2024〕5號`. */
export function isMetaField(text: string): boolean {
  return META_FIELD.test(foldTraditional(text));
}

/** A cell that is a label alone, its colon in the next cell: `发文字号`, `發布日期`. */
export function isBareLabel(text: string): boolean {
  return BARE_LABEL.test(foldTraditional(text));
}

/** Fields the text pipeline reads (meta.ts): 发文字号, dates, issuers. */
export const KEPT_LABELS = new Set(['发文机关', '发布机构', '发文单位', '成文日期', '成文时间', '发文字号', '文号', '发布日期', '发布时间', '发文日期', '印发日期', '信息来源', '文章来源', '来源']);
export const TITLE_LABELS = new Set(['标题', '名称']);
/** Fields whose value is one name: the first word is kept (`来源:双营乡 浏览次数…`). */
const NAME_LABELS = new Set(['发文机关', '发布机构', '发文单位', '信息来源', '文章来源', '来源']);

interface MetaPart {
  label: string;
  value: string;
  /** `label:value`, or the bare value of a 发文字号 (`延政办函〔2025〕37号`). */
  text: string;
}

/**
 * Splits a normalized line at its metadata labels; text before the first label is left out.
 * Labels are found in simplified characters and given so; values are given as written (the
 * fold keeps positions): a Macau portal's info line (横琴 probe round 12)
 *
 *     > | 文號:琴執發〔2024〕5號 發布時間:2024-04-02 來源:經濟發展局
 *
 * gives `琴執發〔2024〕5號` (a bare 发文字号), `发布时间:2024-04-02` and `来源:經濟發展局`.
 */
export function splitMeta(text: string): MetaPart[] {
  const folded = foldTraditional(text);
  const matches = [...folded.matchAll(META_LABEL)];
  return matches.flatMap((match, i) => {
    const end = matches[i + 1]?.index ?? text.length;
    const label = match[1]!;
    // 来源:双营乡 【字体:大 中 小】 — the font-size bar shares the line
    let value = text.slice(match.index + match[0].length, end);
    const bar = value.search(/[【[]/);
    value = (bar >= 0 ? value.slice(0, bar) : value).trim();
    if (NAME_LABELS.has(label)) value = value.split(' ')[0]!;
    if (!value) return [];
    // meta.ts reads a 发文字号 on a line of its own, as a cover letter prints it; it folds 號 itself
    const bare = (label === '发文字号' || label === '文号') && DOC_NUMBER.test(foldTraditional(value));
    return [{ label, value, text: bare ? value : `${label}:${value}` }];
  });
}

/** Cells of a metadata row on one line, a colon after a bare label: `发文字号 | 延政办函〔2025〕37号`. */
export function joinRow(cells: readonly string[]): string {
  return cells.map((cell) => {
    // a label spaced out to the width of the longest (`文　　号：`, `时    效：`, 吴中 probe round 61) is read whole
    const label = squash(cell);
    if (isBareLabel(label)) return `${label}:`;
    return /^[^:：]{2,8}[:：]$/.test(label) && isMetaField(label.replace('：', ':')) ? label : cell;
  }).join(' ');
}

/** A table of two or more labels (`发文字号 | 延政办函〔2025〕37号`): a metadata box, not data. */
export function isMetaTable(table: readonly TableCell[][]): boolean {
  let labels = 0;
  for (const row of table) {
    for (const cell of row) if (!cell.fromAbove && !cell.fromLeft && (isMetaField(cell.text) || isBareLabel(squash(cell.text)))) labels++;
  }
  return labels >= 2;
}

/** The text without white space, for comparing lines: `发文字号 ：` → `发文字号：`. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
