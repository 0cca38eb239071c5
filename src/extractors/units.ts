/**
 * Unit lists of responsibility notes: `市、县级党委、政府；省住建厅、省商务厅按职责分工负责`
 * → units with roles, compound actors kept whole, 等 / 负责 / 牵头 stripped.
 */
import type { Role } from '../model/document.js';
import { foldTraditional } from './fold.js';

/** A unit as read from a list, before the document's role convention is applied. */
export interface ListedUnit {
  name: string;
  role: Role;
  generic: boolean;
  /** The role came from 按职责分工负责 (which a 列第一位为牵头 convention leaves alone). */
  division: boolean;
  /** The role was said in the list (牵头, 配合, 负责 …) rather than taken from a label or default. */
  explicit: boolean;
}

/** How sure the caller is that the text is a unit list. */
export type ListMode =
  /** After a label such as 责任单位: — any short name counts. */
  | 'labeled'
  /** A bracket with a role word (`(X负责)`): names must look like units. */
  | 'verb'
  /** A bare bracket at the end of a task (`(市发改委、市财政局)`): names must end like an organization. */
  | 'strict';

export interface UnitList {
  units: ListedUnit[];
  /** Every fragment was a unit (in 'labeled' mode: short enough to be one). */
  ok: boolean;
  /** A role word (牵头, 负责, 配合 …) was found. */
  hasRoleWord: boolean;
}

// Role words at the end of a fragment, optionally after 等 / 等部门, or in brackets after a name.
//     > | 省农业农村厅、省畜牧局、省林草局等按职责分工负责
//                                  ^^^^^^^^^^^^^^^
//     > | 市发改委(牵头)
//                 ^^^^^^
const ROLE_SUFFIX = new RegExp(
  '(等(?:部门|单位)?)?(?:' +
    '(?:为|作为)(牵头|责任|配合|参与|协办)(?:单位|部门)' +
    '|[(（](牵头|牵头单位|主责|配合|配合单位|协办|参与|责任单位|负责)[)）]' +
    '|(牵头负责|牵头落实|牵头抓总|牵头|负总责|总牵头|统筹|主抓|主责)' +
    '|((?:按|按照|根据|依|依据)(?:各自)?职(?:责|能)(?:分工)?(?:负责|落实)|分工负责|各负其责|分别负责|共同负责|具体负责|负责落实|负责|组织实施|具体实施|抓好落实|落实|实施|承办|承担)' +
    '|(配合落实|配合|协助|参与|协办|协同|指导|督导|督促))$',
);
const BRACKETED_ROLE: Record<string, Role> = { 牵头: 'lead', 牵头单位: 'lead', 主责: 'lead', 责任单位: 'responsible', 负责: 'responsible' };

const PLACE_ONLY = /^各?(?:省|市|州|县|区|乡|镇|旗|盟|地|县市|市县|县区|市州)(?:级|直)?$/;
const BARE_GOVERNMENT = /^(?:人民)?政府$/;
const GENERIC = /^(?:省直|市直|州直|县直|区直|乡直|各级|各)?(?:其他|其它)?(?:各)?(?:相关|有关)?(?:职能)?(?:部门|科室|单位|处室|机构)(?:和单位|和部门)?$/;
const GENERIC_LAST = '门室位构';
const LEADING_WORD = /^(?:由|请|其中|包括)/;
const ORG_SUFFIX =
  /(?:局|厅|委|办|部|院|会|室|科|站|所|司|署|处|队|组|社|联|馆|厂|校|团|中心|公司|政府|党委|集团|街道|社区|机关|单位|部门|学校|医院|园区|基地|企业|人大|政协|专班|指挥部|党组|银行|分行|支行|总行|电视台|气象台|电台)$/;
const PLACE_SUFFIX = /(?:村|镇|乡|县|市|区|旗|盟|州|省)(?:\([^()]*\))?$/;
// Words that make a fragment a sentence rather than a unit name.
const NOT_A_NAME = /[的需请把。!?:;“”"《》]|以下|以上|通过|加强|推进|确保|落实|应当|要求|不得|不再|已经|可以|并且/;

/**
 * Whether a name is a placeholder rather than a named unit: 相关部门, 有关科室, 省直相关部门, 各有关单位.
 */
export function isGenericUnit(name: string): boolean {
  // every placeholder ends in 部门, 科室, 单位, 处室 or 机构
  if (!GENERIC_LAST.includes(name[name.length - 1] ?? '')) return false;
  const folded = foldTraditional(name);
  return GENERIC.test(folded) && !/^(?:部门|单位|科室|处室|机构)$/.test(folded);
}

/**
 * Whether a fragment reads as the name of a unit in the given mode.
 *
 *     looksLikeUnit('州文广旅局', 'verb')           // true
 *     looksLikeUnit('以下任务均需各县(市)政府落实', 'verb') // false
 */
export function looksLikeUnit(name: string, mode: ListMode): boolean {
  const folded = foldTraditional(name);
  if (folded.length < 2 || folded.length > 40 || /^\d/.test(folded)) return false;
  if (isGenericUnit(folded)) return true;
  if (mode === 'labeled') return !/[。!?“”《》]/.test(folded);
  if (NOT_A_NAME.test(folded.includes('(') ? folded.replace(/\([^()]*\)/g, '') : folded)) return false;
  if (ORG_SUFFIX.test(folded) || folded.startsWith('各')) return true;
  return mode === 'verb' && PLACE_SUFFIX.test(folded);
}

/** A key under which two spellings of one unit in one task compare equal. */
export function unitKey(name: string): string {
  // names come width-folded from the reader, so folding traditional characters is enough (no NFKC)
  return foldTraditional(name).replace(/[\s()（）【】〔〕[\]]/g, '');
}

/**
 * Splits a unit list on 、 , ; (outside brackets), reads the role words, keeps compound actors whole.
 *
 *     readUnitList('自然资源服务科牵头、执法保障科、农业服务科等按职责分工负责', 'responsible', 'verb')
 *     // → 自然资源服务科 lead, 执法保障科 responsible, 农业服务科 responsible
 */
export function readUnitList(body: string, defaultRole: Role, mode: ListMode): UnitList {
  const units: ListedUnit[] = [];
  let pending = 0; // units[pending..] wait for a role word
  let hasRoleWord = false;
  const addPiece = (piece: string): void => {
    let name = LEADING_WORD.test(piece) ? piece.replace(LEADING_WORD, '').trim() : piece;
    const role = readRoleSuffix(name);
    if (role) {
      name = role.rest;
      hasRoleWord = true;
    }
    const etc = splitEtc(name);
    addUnit(units, pending, etc[0], defaultRole);
    if (etc[1] !== undefined) addUnit(units, pending, etc[1], defaultRole);
    if (!role) return;
    for (let i = pending; i < units.length; i++) {
      const unit = units[i]!;
      unit.role = role.role;
      unit.division = role.division;
      unit.explicit = true;
    }
    pending = units.length;
  };
  for (const piece of splitOutsideBrackets(body)) {
    const together = splitTogetherWith(piece);
    if (together) {
      addPiece(together[0]);
      addPiece(together[1]);
    } else {
      addPiece(piece);
    }
  }
  const kept = units.filter((unit) => unit.name.length > 0);
  let ok = kept.length > 0;
  for (const unit of kept) if (ok && !unit.generic && !looksLikeUnit(unit.name, mode)) ok = false;
  return { units: kept, ok, hasRoleWord };
}

/** Adds a unit, or joins it to the one before when together they are one compound actor. */
function addUnit(units: ListedUnit[], pending: number, name: string, role: Role): void {
  const previous = units.length > pending ? units[units.length - 1] : undefined;
  if (previous && joinsPrevious(previous.name, name)) {
    previous.name = `${previous.name}、${name}`;
    previous.generic = isGenericUnit(previous.name);
    return;
  }
  units.push({ name, role, generic: isGenericUnit(name), division: false, explicit: false });
}

/** Role words are short: only a fragment's tail is searched, so a long fragment costs no more. */
const ROLE_TAIL = 24;

function readRoleSuffix(name: string): { rest: string; role: Role; division: boolean } | null {
  const from = Math.max(0, name.length - ROLE_TAIL);
  const match = ROLE_SUFFIX.exec(foldTraditional(name.slice(from)));
  if (!match) return null;
  match.index += from;
  const [, , labelWord, bracketed, lead, responsible] = match;
  const role: Role =
    labelWord !== undefined ? (labelWord === '牵头' ? 'lead' : labelWord === '责任' ? 'responsible' : 'support')
      : bracketed !== undefined ? (BRACKETED_ROLE[bracketed] ?? 'support')
        : lead !== undefined ? 'lead' : responsible !== undefined ? 'responsible' : 'support';
  const division = responsible !== undefined && /职|分工/.test(responsible);
  return { rest: name.slice(0, match.index).trim(), role, division };
}

/** `省发展改革委会同省财政厅负责` → [省发展改革委牵头, 省财政厅负责]: 会同 names the lead first. */
function splitTogetherWith(piece: string): [string, string] | null {
  if (!piece.includes('同')) return null;
  const at = foldTraditional(piece).indexOf('会同');
  if (at <= 0) return null;
  return [`${piece.slice(0, at)}牵头`, piece.slice(at + 2)];
}

/** `民政办公室等有关部门` → [民政办公室, 有关部门]; `省交通运输厅、省财政厅等` → [省财政厅]. */
function splitEtc(name: string): [string] | [string, string] {
  const at = name.lastIndexOf('等');
  if (at < 0) return [name];
  const head = name.slice(0, at).trim();
  const tail = name.slice(at + 1).trim();
  if (!head) return [name];
  if (tail === '' || /^(?:部门|单位|科室|处室)$/.test(tail)) return [head];
  if (isGenericUnit(tail)) return [head, tail];
  return [name];
}

/**
 * Keeps compound actors whole: `市、县级党委、政府` splits into 市 | 县级党委 | 政府, which join back;
 * `州委、州政府` stays two units because 州政府 names its own level.
 */
function joinsPrevious(previous: string, name: string): boolean {
  const folded = foldTraditional(previous);
  return PLACE_ONLY.test(folded) || (BARE_GOVERNMENT.test(name) && folded.endsWith('委'));
}

/** Splits on 、 , ; and / outside brackets, dropping empty pieces. */
export function splitOutsideBrackets(body: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    // ( （ 〔 [ 【 open; ) ） 〕 ] 】 close; 、 , ， ; ； / separate
    if (code === 0x28 || code === 0xff08 || code === 0x3014 || code === 0x5b || code === 0x3010) depth++;
    else if ((code === 0x29 || code === 0xff09 || code === 0x3015 || code === 0x5d || code === 0x3011) && depth > 0) depth--;
    else if (depth === 0 && (code === 0x3001 || code === 0x2c || code === 0xff0c || code === 0x3b || code === 0xff1b || code === 0x2f)) {
      pieces.push(body.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(body.slice(start));
  return pieces.map((piece) => piece.trim().replace(/[。.]+$/, '')).filter((piece) => piece.length > 0);
}
