/** Table headers by meaning (序号, 重点任务, 牵头单位, 配合单位, 完成时限 …), whatever their order. */
import type { Role } from '../model/document.js';
import { foldLine, removeStraySpaces } from '../readers/text.js';
import { foldTraditional } from './fold.js';
import { remembered } from '../collections.js';

/** What a column holds, recognized by the meaning of its header. */
export type ColumnKind = 'no' | 'section' | 'text' | Role | 'deadline' | 'other';

// Header cells by meaning, whatever their order.
//     > | 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限
const HEADERS: ReadonlyArray<readonly [ColumnKind, RegExp]> = [
  // 任务编号 opens a task card's first row (宜宾 交办卡, probe round 12)
  ['no', /^(?:序号|编号|序|No\.?|任务(?:编号|序号))$/i],
  // 建设起止年限 (a project list's years, 攸县 probe round 42)
  ['deadline', /^(?:(?:完成|整改|办结|实施|推进|截止|落实)?(?:时限|期限|时间)(?:节点|要求)?|时间节点|进度安排|时间安排|办结时限|(?:建设)?(?:起止)?年限)$/],
  // 测评项目 beside 重点任务 (a 文明城市 测评体系's items) is the rows' category: yuxi 责任分解表
  ['section', /^(?:类别|分类|领域|板块|方面|重点领域|任务类别|工作类别|测评项目)$/],
  // 工作职责 (a duty table, h25), 存在问题 (a rectification list, h27): what the row is about
  ['text', /(?:任务|工作|内容|措施|事项|举措|要求|目标|项目|职责|问题)$/],
  // 项目名称 opens a project list's rows as 重点任务 does (湘乡 民生实事项目任务分解表)
  // 一件事名称 (合肥 probe round 32), 场景名称, 活动名称 likewise; 单位名称 and 部门名称 name units
  ['text', /^(?![\u4e00-\u9fa5]{0,4}(?:单位|部门)名称$)[\u4e00-\u9fa5]{1,6}名称$/],
  // 问题描述, 问题清单 (益阳 交办问题清单, probe round 16): the problem and a word saying how it is given
  ['text', /^[\u4e00-\u9fa5]{0,4}(?:问题|任务|事项)(?:描述|清单|表现|概述|摘要|详情)$/],
  // a 建议's or 提案's subject, its number beside it (荆门 probe round 69: `建议号 | 案由 | 领衔代表`)
  ['text', /^(?:案由|建议(?:名称|标题|题目)|提案(?:名称|标题|题目))$/],
  ['other', /^(?:建议|提案|议案)(?:号|编号)$|^(?:领衔代表|提案人|建议人|代表)$/],
];

/** The name of a unit column once its level, weight and persons are set aside: 牵头单位, 配合部门, 责任股室. */
const UNIT_HEADERS: ReadonlyArray<readonly [Role, RegExp]> = [
  // a township's offices and stations: 责任办所, 牵头站所 (高塘, 小河 probe round 30)
  ['lead', /^(?:牵头(?:单位|部门|处室|科室|股室|部室|办所|站所)?|主责(?:单位|部门|处室|科室|股室|部室|办所|站所)|牵头责任单位)$/],
  // the department in charge of a project's line of work (攸县, 通渭 probe round 67: `行业主管部门`, `项目主管部门`), as its note label is
  ['lead', /^(?:行业|项目)?主管(?:单位|部门)$/],
  // a 建议's or 提案's handling (荆门 probe round 69: `主办单位 | 会办单位`): the 主办 leads it, the 会办 and 协办 help
  ['lead', /^主办(?:单位|部门)$/],
  ['support', /^(?:会办|参办)(?:单位|部门)$/],
  ['responsible', /^(?:整改责任|承办)(?:单位|部门)$/],
  ['support', /^(?:配合|(?:配合|参与|协办|协助|协同|支持)(?:单位|部门|处室|科室|股室|部室|办所|站所))$/],
  // who regulates a project, who serves an investment project (埇桥 probe round 67: `服务单位`)
  ['support', /^(?:监管|服务)(?:单位|部门)$/],
  // the place a project stands in (天宁 probe round 67: `属地责任单位`)
  ['responsible', /^属地(?:责任)?(?:单位|主体|政府|乡镇|街道|镇街)$/],
  // 责任分工 merged over a matrix's units (yuxi-like 责任分解表) or over its cells' `X牵头，Y配合`
  // …and a street's or a township's column of the communities or villages that carry it out (集里 probe round 76: `责任社区`)
  // …and an education or health bureau's column of its schools or hospitals (叙州 probe round 83: `责任学校（单位）`)
  ['responsible', /^(?:(?:责任|实施|承办|落实|主体责任)(?:单位|部门|处室|科室|股室|部室|主体|办所|站所|社区|村|村\(社区\)|乡镇|镇街|街道|片区|学校|医院|医疗机构)|责任分工)$/],
  // a project list's owner, who carries the project out (荆门, 射洪, 沂水 probe round 42)
  ['responsible', /^(?:项目业主|业主单位|业主|项目单位|建设单位|项目建设单位|建设主体|项目法人|项目(?:实施|责任)(?:单位|主体))$/],
];

/**
 * A level or a weight before a unit column's name.
 *
 *     > | 省级牵头单位 | 市直责任单位 | 主要责任单位
 *         ^^^^           ^^^^           ^^^^
 */
const UNIT_PREFIX = /^(?:[省市州盟县区旗乡镇]{1,3}[级直]?|街道)?(?:主要|具体)?/;

/**
 * Persons named beside the units: the column still holds units (a person in a cell is no unit).
 *
 *     > | 责任单位及责任人 | 责任领导及单位
 *                 ^^^^^^^^     ^^^^^^
 */
const UNIT_PERSONS = /[及和与、](?:责任人|负责人|联系人|责任领导|分管领导)$|(?:领导|人)[及和与、]/;

/**
 * A deadline named beside the units: the column still holds units, each cell's deadline after them
 * (`市商务局牵头，市供销社配合；2024年11月底前完成`).
 *
 *     > | 责任单位及完成时限 | 牵头单位和时间节点
 *                 ^^^^^^^^^^         ^^^^^^^^^^
 */
const UNIT_DEADLINE = /[及和与、](?:完成|办结|整改)?(?:时限|期限|时间)(?:节点|要求)?$/;
const DEADLINE_NAME = /^(?:完成|办结|整改)?(?:时限|期限|时间)(?:节点|要求)?$/;

/** A header with a bracket after its name: `责任单位（部门）`, `责任单位(牵头单位)`, `完成时限（年月）`. */
const BRACKETED = /^([^()（）]+)[(（]([^()（）]*)[)）]$/;

/** The role a unit column's name gives, level prefix and persons set aside, or null. */
function unitRole(name: string): Role | null {
  const core = name.replace(UNIT_DEADLINE, '').replace(UNIT_PERSONS, '').replace(UNIT_PREFIX, '');
  for (const [role, pattern] of UNIT_HEADERS) if (pattern.test(core)) return role;
  return null;
}

/**
 * The roles a unit column's header gives, in the order it names them: one for most (`省级牵头单位`),
 * two for a column holding both (`牵头单位/配合单位`), none when the column holds no units. A
 * bracket naming a role says which (`责任单位(牵头单位)` is the lead's column); another bracket
 * only explains (`责任单位（部门）`).
 */
export function columnRoles(header: string): Role[] {
  const folded = foldHeader(header);
  const bracketed = BRACKETED.exec(folded);
  if (bracketed) {
    const outer = unitRole(bracketed[1]!);
    return outer ? [unitRole(bracketed[2]!) ?? outer] : [];
  }
  // 责任单位/责任人, 责任单位/完成时限: the persons and the deadline beside the units hold no role
  const roles = folded.split(/[/／]/).filter((part) => !/^(?:责任人|负责人|联系人|责任领导|分管领导)$/.test(part) && !DEADLINE_NAME.test(part)).map(unitRole);
  return roles.every((role) => role !== null) ? (roles as Role[]) : [];
}

function foldHeader(header: string): string {
  return foldTraditional(header).replace(/\s+/g, '');
}

/**
 * The kind of a header cell, or null when it means nothing to us. Headers are a small vocabulary (序号, 重点任务,
 * 牵头单位, 完成时限) that every plan's tables repeat, and reading one runs a score of patterns: each is read once,
 * bounded, as the layout and the PDF readers ask about any short line or cell.
 */
export const columnKind: (header: string) => ColumnKind | null = remembered(readColumnKind, 2000);

function readColumnKind(header: string): ColumnKind | null {
  const role = columnRoles(header)[0];
  if (role) return role;
  // a bracket after a name explains it: 完成时限（年月）, 重点任务（措施）
  const folded = foldHeader(header).replace(/[(（][^()（）]{0,20}[)）]$/, '');
  for (const [kind, pattern] of HEADERS) if (pattern.test(folded)) return kind;
  return /领导|备注|说明|目标值|指标|考核|责任人|联系人|分值/.test(folded) ? 'other' : null;
}

/** A line of an ASCII box's border, `+----+------+` or `|    +------+    |`: no cell of a table, no title over it. */
export function isBorderLine(raw: string): boolean {
  return /[-=─━═+┼]/.test(raw) && /^[\s+\-=|｜:─━│┃┌┐└┘├┤┬┴┼╋═║╔╗╚╝╠╣╦╩╬]*$/.test(raw);
}

/** Whether a column holds units: 牵头单位, 责任单位, 配合单位 and their kin. */
export function isUnitKind(kind: ColumnKind | null | undefined): kind is Role {
  return kind === 'lead' || kind === 'responsible' || kind === 'support';
}

/** Whether a row of cells is a table header: a 序号-like or unit column and one more column we know. */
export function isHeaderRow(cells: readonly string[]): boolean {
  return isHeaderKinds(cells.map(columnKind));
}

/** {@link isHeaderRow} for a row whose kinds are known already. */
export function isHeaderKinds(kinds: ReadonlyArray<ColumnKind | null>): boolean {
  const known = kinds.filter((kind) => kind !== null && kind !== 'other').length;
  const hasUnits = kinds.some(isUnitKind);
  return known >= 2 && (hasUnits || kinds.includes('no'));
}

/**
 * Fields of a raw text line that stands for a table row, normalized like lines: `|`-separated
 * (`| 1 | 推进… | 市住建局 |`), tab-separated (an empty field between two tabs is an empty cell),
 * or separated by two or more spaces or ideographic spaces. One field when the line is no row.
 * A cell's `<br>` breaks become \n, Markdown's `**` bold is dropped.
 */
export function splitRowFields(raw: string, borderless = false): string[] {
  const bars = raw.match(/[|｜]/g)?.length ?? 0;
  let fields: string[];
  if (bars >= 2) {
    fields = raw.split(/[|｜]/);
    // a table whose header has no outer bars (`序号|反馈问题|…`) writes its rows so too: a bar opening a row there parts an
    // empty cell, merged above it where the table was copied from (四川 probe round 86: `||开展交通强省建设试点任务中期评估…`)
    if (!borderless && fields[0]?.trim() === '') fields.shift();
    if (!borderless && fields[fields.length - 1]?.trim() === '') fields.pop();
  } else if (raw.includes('\t')) {
    // leading tabs are kept: they say which column a continuation line belongs to
    fields = raw.trimEnd().split('\t');
  } else {
    fields = raw.trim().split(/\u3000+| {2,}/);
  }
  return fields.map(cellOfField);
}

/**
 * A line break written into a Markdown or tab table's cell: `<br>`, `<br/>`, `<br />` (会昌,
 * probe round 12). The cell's lines are parted by it as a Word cell's paragraphs are.
 *
 *     > | 1.1 | 建设县级农产品冷链物流集配中心… | 县商务局 | 县发改委<br>县自然资源局<br>县城投集团 |
 *                                                             ^^^^        ^^^^
 */
const LINE_BREAK = /<br\s*\/?>/gi;

/** Markdown's bold around a cell's text: `| **一** | **冷链设施建设** |` (会昌, probe round 12). */
const BOLD = /\*\*(.+?)\*\*/g;

/** A field as a cell's text: folded like a line, its `<br>` breaks as \n between its lines, bold marks dropped. */
function cellOfField(field: string): string {
  const plain = field.includes('**') ? field.replace(BOLD, '$1') : field;
  if (!plain.includes('<')) return removeStraySpaces(foldLine(plain));
  return plain.split(LINE_BREAK).map((part) => removeStraySpaces(foldLine(part))).filter((part) => part !== '').join('\n');
}
