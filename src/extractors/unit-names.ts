/**
 * Unit names → canonical name, level, line of work and kind: `州住建局` → 州住房和城乡建设局, 州,
 * 住房和城乡建设, department. A name is cut into a place head (省, 延边州, 各县(市、区)) and an office
 * the dictionary knows (住建局); what the name does not say, the document's own level does.
 */
import { type DocumentLevel, type DocumentMeta, UNIT_LEVEL_RANK as RANK, type UnitKind, type UnitLevel } from '../model/document.js';
import { foldTraditional } from './fold.js';
import type { FunctionEntry, UnitDictionary } from './unit-dictionary.js';

/** What a unit's name tells once normalized. */
export interface UnitDescription {
  canonical: string;
  level: UnitLevel | null;
  function: string | null;
  kind: UnitKind;
  /** The dictionary or the alias file knows the name (false: canonical is the name as written). */
  known: boolean;
}

/** A name cut into its parts, before the document's level fills what it leaves open. */
interface ParsedName {
  /** 国网 / 中共 before the place. */
  prefix: string;
  head: string;
  headLevel: UnitLevel | null;
  rest: string;
  entry: FunctionEntry | null;
  /** For a `start` entry, the form that opens the rest (国开行), else null. */
  opening: string | null;
}

// Level words a place ends with, longest first: 延边朝鲜族自治州 → 州, 宽城区 → 区.
const LEVEL_WORDS: ReadonlyArray<readonly [string, UnitLevel]> = [
  ['特别行政区', '省'], ['自治区', '省'], ['自治州', '州'], ['自治县', '县'], ['自治旗', '旗'], ['地区', '市'], ['街道', '镇'], ['社区', '村'],
  ['省', '省'], ['州', '州'], ['市', '市'], ['盟', '盟'], ['县', '县'], ['区', '区'], ['旗', '旗'], ['乡', '乡'], ['镇', '镇'], ['村', '村'],
];
const LEVEL_CHARS = /^[省州市盟县区旗乡镇村]+$/;
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,12}$/;
const PREFIX = /^(?:国网|中共|中国共产党)/;
/** 各县(市、区), 市、县级, 省直, 各县市: the words around places that are no place. */
const HEAD_EDGES = /^各|(?:级|直|直属|各)$/g;
/** The last character of every place head that is no known place: 省 州 市 … 区(自治区) 道(街道) 直 级 各 ). */
const HEAD_LAST = '省州市盟县区旗乡镇村道直级属各)';
const TOWNSHIP_LEVELS: ReadonlySet<UnitLevel> = new Set(['乡', '镇', '村']);

/**
 * The level a place head names, or undefined when the head is no place (null: the empty head).
 *
 *     placeLevel('各县(市、区)', places) // → '县'
 *     placeLevel('市、县级', places)     // → '县'
 *     placeLevel('延边', places)         // → '州' (from the dictionary's places)
 */
export function placeLevel(head: string, places: ReadonlyMap<string, UnitLevel>): UnitLevel | null | undefined {
  if (head === '') return null;
  const bare = head.replace(/\([^()]*\)/g, '').replace(HEAD_EDGES, '');
  if (bare === '') return undefined;
  let lowest: UnitLevel | undefined;
  for (const part of bare.split('、')) {
    const level = partLevel(part, places);
    if (level === undefined) return undefined;
    if (lowest === undefined || RANK[level] >= RANK[lowest]) lowest = level;
  }
  return lowest;
}

function partLevel(part: string, places: ReadonlyMap<string, UnitLevel>): UnitLevel | undefined {
  const known = places.get(part);
  if (known) return known;
  if (LEVEL_CHARS.test(part)) {
    // 县市, 市县, 县区: the lowest of the levels named
    let lowest: UnitLevel | undefined;
    for (const ch of part) {
      const level = ch as UnitLevel;
      if (lowest === undefined || RANK[level] >= RANK[lowest]) lowest = level;
    }
    return lowest;
  }
  if (!PLACE_NAME.test(part)) return undefined;
  for (const [word, level] of LEVEL_WORDS) if (part.endsWith(word)) return level;
  return undefined;
}

/** The kind of a name the dictionary does not hold, from how it ends. */
export function kindOfName(name: string): UnitKind {
  if (/公司|集团|有限|厂$/.test(name)) return 'enterprise';
  if (/银行|分行|支行|信用社|信用联社|银保监|证监|保监|农商行|村镇银行/.test(name)) return 'financial';
  if (/(?:妇联|残联|工会|团委|共青团|工商联|科协|文联|侨联|红十字会|联合会|协会|学会|商会)$/.test(name)) return 'mass-organization';
  if (/(?:人民政府|政府|人大常委会|政协)$/.test(name)) return 'government';
  if (/(?:^委|党委|党工委|党组|纪委|监委|组织部|宣传部|统战部)$/.test(name)) return 'party-committee';
  if (/(?:学校|学院|大学|中学|小学|幼儿园|医院|卫生院|馆|电视台|研究院|研究所|中心)$/.test(name)) return 'public-institution';
  return 'department';
}

/** From a unit level to the document level it belongs to. */
export function documentLevelOf(level: UnitLevel | null): DocumentLevel | null {
  if (level === null) return null;
  const rank = RANK[level];
  return rank === 1 ? 'provincial' : rank === 2 ? 'prefecture' : rank === 3 ? 'county' : rank === 4 ? 'township' : 'village';
}

/**
 * Names the units of one document. Names repeat across a plan's tasks and tables, so each is
 * parsed once.
 */
export class UnitNamer {
  /** Parsed names, shared by every document read with this dictionary (see {@link namesOf}). */
  private readonly parsed: Map<string, ParsedName>;
  /** The document's own level, used where a name has no place: 住建局 in a 州 plan is 州住建局. */
  documentLevel: UnitLevel | null = null;

  constructor(private readonly dictionary: UnitDictionary) {
    this.parsed = namesOf(dictionary);
  }

  /**
   * Describes one unit.
   *
   *     namer.describe('省住房城乡建设厅', false)
   *     // → { canonical: '省住房和城乡建设厅', level: '省', function: '住房和城乡建设', kind: 'department', known: true }
   */
  describe(name: string, generic: boolean): UnitDescription {
    const folded = fold(name);
    const alias = this.dictionary.units.get(folded);
    if (alias) {
      const base = this.describeFolded(alias.canonical !== undefined ? fold(alias.canonical) : folded, generic);
      return {
        canonical: alias.canonical ?? base.canonical,
        level: alias.level !== undefined ? alias.level : base.level,
        function: alias.function !== undefined ? alias.function : base.function,
        kind: alias.kind ?? base.kind,
        known: true,
      };
    }
    return this.describeFolded(folded, generic);
  }

  /** The level a name states by its place head (省住建厅 → 省), without the document's; null when it states none. */
  statedLevel(name: string, generic: boolean): UnitLevel | null {
    const folded = fold(name);
    const alias = this.dictionary.units.get(folded);
    if (alias?.level !== undefined) return alias.level;
    if (generic) return genericHeadLevel(folded, this.dictionary.places);
    const parsed = this.parse(folded);
    return parsed.headLevel ?? (parsed.entry ? officeLevel(parsed) : null);
  }

  private describeFolded(folded: string, generic: boolean): UnitDescription {
    if (generic) {
      return { canonical: folded, level: genericHeadLevel(folded, this.dictionary.places) ?? this.documentLevel, function: null, kind: 'generic', known: true };
    }
    const parsed = this.parse(folded);
    const level = parsed.headLevel ?? officeLevel(parsed) ?? this.documentLevel;
    const { entry } = parsed;
    if (entry === null && parsed.head === '' && surelyPlace(parsed.rest, this.dictionary.places)) {
      // 各乡镇, 各县(市、区): a place named as an actor is its government
      return { canonical: canonicalHead(folded), level: placeLevel(parsed.rest, this.dictionary.places) ?? level, function: '党委政府', kind: 'government', known: true };
    }
    if (entry === null) {
      const stem = this.dictionary.stems.find((candidate) => candidate.entry.function !== '党委政府' && parsed.rest.includes(candidate.form));
      return { canonical: folded, level, function: stem?.entry.function ?? null, kind: kindOfName(parsed.rest), known: false };
    }
    return { canonical: parsed.prefix + canonicalHead(parsed.head) + office(parsed, entry, level), level, function: entry.function, kind: entry.kind, known: true };
  }

  private parse(folded: string): ParsedName {
    let parsed = this.parsed.get(folded);
    if (parsed === undefined) {
      if (this.parsed.size >= MAX_PARSED) this.parsed.clear();
      parsed = parseName(folded, this.dictionary);
      this.parsed.set(folded, parsed);
    }
    return parsed;
  }
}

/** Names parsed with a dictionary; bounded, since a batch may bring any number of spellings. */
const MAX_PARSED = 20_000;
const parsedNames = new WeakMap<UnitDictionary, Map<string, ParsedName>>();

/**
 * The parsed names of a dictionary. Unit names are a small vocabulary that recurs from plan to plan
 * (州住建局 in every Yanbian plan), and a parse depends only on the name and the dictionary, so a
 * batch parses each spelling once; the document's level is applied afterwards, per document.
 */
function namesOf(dictionary: UnitDictionary): Map<string, ParsedName> {
  let names = parsedNames.get(dictionary);
  if (names === undefined) {
    names = new Map();
    parsedNames.set(dictionary, names);
  }
  return names;
}

function fold(name: string): string {
  const folded = foldTraditional(name);
  return /[\s（）]/.test(folded) ? folded.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')') : folded;
}

/**
 * Cuts a name at the shortest place head whose rest the dictionary knows: 市市场监管局 is 市 +
 * 市场监管局, not 市市 + 场监管局; 州委组织部 is 州 + 委组织部.
 */
function parseName(folded: string, dictionary: UnitDictionary): ParsedName {
  const prefix = PREFIX.exec(folded)?.[0] ?? '';
  const name = folded.slice(prefix.length);
  let fallback: ParsedName | null = null;
  for (let i = 0; i < name.length; i++) {
    // a head ends in a level word, 直/级/各, or a bracket, unless it is a known place: most cuts are none
    if (i > 0 && !HEAD_LAST.includes(name[i - 1]!) && !dictionary.places.has(name.slice(0, i))) continue;
    const head = name.slice(0, i);
    const headLevel = placeLevel(head, dictionary.places);
    if (headLevel === undefined) continue;
    const rest = name.slice(i);
    const entry = dictionary.exact.get(rest);
    if (entry) return { prefix, head, headLevel, rest, entry, opening: null };
    const start = dictionary.starts.find((candidate) => rest.startsWith(candidate.form));
    if (start) return { prefix, head, headLevel, rest, entry: start.entry, opening: start.form };
    // an unknown office still has its place: the shortest head that leaves a name, not a list (市、县级…),
    // and a head that surely is a place (示范镇建设工作专班 and 美丽乡村办 name no 镇 or 乡)
    if (fallback === null && i > 0 && rest.length >= 2 && !/^[、,()级直各]/.test(rest) && surelyPlace(head, dictionary.places)) {
      fallback = { prefix, head, headLevel, rest, entry: null, opening: null };
    }
  }
  return fallback ?? { prefix, head: '', headLevel: null, rest: name, entry: null, opening: null };
}

/** Level words alone (省, 县市, 市、县级), a known place, or a name ending in a level word that no common phrase ends in. */
function surelyPlace(head: string, places: ReadonlyMap<string, UnitLevel>): boolean {
  const bare = head.replace(/\([^()]*\)/g, '').replace(HEAD_EDGES, '');
  return bare.split('、').every((part) => LEVEL_CHARS.test(part) || places.has(part) || /(?:省|自治区|自治州|州|市|盟|县|旗)$/.test(part));
}

/** 各县(市)党委、政府 and 各县市党委、政府 are one actor: the brackets of a head are dropped, its words kept. */
function canonicalHead(head: string): string {
  return head.includes('(') ? head.replace(/\(([^()]*)\)/g, (_, inner: string) => inner.replace(/、/g, '')) : head;
}

/** An office word that exists at one level only: 厅 is provincial. */
function officeLevel(parsed: ParsedName): UnitLevel | null {
  return parsed.entry?.kind === 'department' && parsed.rest.endsWith('厅') && !parsed.rest.endsWith('办公厅') ? '省' : null;
}

/** The standard office name at a level; a township keeps its own office names unless the entry gives one. */
function office(parsed: ParsedName, entry: FunctionEntry, level: UnitLevel | null): string {
  if (parsed.opening !== null) return (entry.canonical['*'] ?? parsed.opening) + parsed.rest.slice(parsed.opening.length);
  // 州委: the committee's own short name is its standard name
  if (entry.kind === 'party-committee' && parsed.rest === '委') return parsed.rest;
  const byLevel = level === null ? undefined : entry.canonical[level];
  if (byLevel !== undefined) return byLevel;
  if (level !== null && TOWNSHIP_LEVELS.has(level)) return parsed.rest;
  return entry.canonical['*'] ?? parsed.rest;
}

/** 省直相关部门 → 省, 各县(市、区)有关部门 → 县, 相关部门 → null. */
function genericHeadLevel(folded: string, places: ReadonlyMap<string, UnitLevel>): UnitLevel | null {
  const head = /^(.*?)(?:其他|其它)?(?:相关|有关|各)/.exec(folded)?.[1] ?? '';
  return placeLevel(head, places) ?? null;
}

/**
 * The document's own level: from its issuers (中共延边州委办公室 → 州), else its title (吉林省关于…),
 * else the level most of its units state (省住建厅, 省商务厅 … in an unsigned provincial plan).
 */
export function findDocumentLevel(meta: DocumentMeta, unitLevels: ReadonlyArray<UnitLevel | null>, namer: UnitNamer, places: ReadonlyMap<string, UnitLevel>): UnitLevel | null {
  for (const issuer of meta.issuers) {
    const whole = placeLevel(fold(issuer).replace(PREFIX, ''), places);
    const level = whole ?? namer.statedLevel(issuer, false);
    if (level) return level;
  }
  const title = meta.title === null ? null : /^(?:中共)?([\u4e00-\u9fa5]{1,8}?(?:自治区|自治州|省|州|市|盟|县|区|旗|乡|镇))/.exec(fold(meta.title));
  if (title && !/^关于|印发|推进|加快|开展|实施/.test(title[1]!)) {
    const level = placeLevel(title[1]!, places);
    if (level) return level;
  }
  const counts = new Map<UnitLevel, number>();
  for (const level of unitLevels) if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
  let best: UnitLevel | null = null;
  for (const [level, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && RANK[level] < RANK[best])) best = level;
  return best;
}
