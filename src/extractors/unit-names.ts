/**
 * Unit names → canonical name, level, line of work and kind: `州住建局` → 州住房和城乡建设局, 州,
 * 住房和城乡建设, department. A name is cut into a place head (省, 延边州, 各县(市、区)) and an office
 * the dictionary knows (住建局); what the name does not say, the document's own level does.
 */
import { UNIT_LEVEL_RANK as RANK, type UnitAssignment, type UnitKind, type UnitLevel } from '../model/document.js';
import { CENTRAL, foldUnitName, type FunctionEntry, type UnitDictionary } from './unit-dictionary.js';
import { withoutOtherName } from './units.js';

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
  /** 国家发改委, 财政部, 国务院办公厅: a unit of the central government, which has no level of ours. */
  central: boolean;
}

// Level words a place ends with, longest first: 延边朝鲜族自治州 → 州, 宽城区 → 区.
const LEVEL_WORDS: ReadonlyArray<readonly [string, UnitLevel]> = [
  ['特别行政区', '省'], ['自治区', '省'], ['自治州', '州'], ['自治县', '县'], ['自治旗', '旗'], ['地区', '市'], ['街道', '镇'], ['社区', '村'],
  ['省', '省'], ['州', '州'], ['市', '市'], ['盟', '盟'], ['县', '县'], ['区', '区'], ['旗', '旗'], ['乡', '乡'], ['镇', '镇'], ['村', '村'],
];
/** The four municipalities rank as provinces: 北京市发展改革委 is a provincial commission. */
const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京市', '天津市', '上海市', '重庆市']);
const LEVEL_CHARS = /^[省州市盟县区旗乡镇村]+$/;
// 酉阳土家族苗族自治县龙潭镇 (龙潭 probe round 61): an autonomous county named for two peoples, and a town in it
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,20}$/;
const PREFIX = /^(?:国网|中共|中国共产党)/;
/**
 * Heads of the central government and of the national bodies: 国家发展改革委, 国务院国资委, 中央网信办,
 * 中国证监会, 全国妇联, 中华全国总工会, 最高人民法院. With an office the dictionary knows, the name is
 * that line of work's central unit (its `中央` name).
 */
const CENTRAL_HEADS: ReadonlySet<string> = new Set(['国家', '国务院', '中央', '中国', '全国', '中华全国', '最高']);
/** Of them, the heads of the central government whatever follows (国务院安委办); 中国 opens a company's name as well (中国铁路广州局集团). */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['国家', '国务院', '中央']);
/** 各县(市、区), 市、县级, 省直, 各县市: the words around places that are no place. */
const HEAD_EDGES = /^各|(?:级|直|直属|各)$/g;
/** The last character of every place head that is no known place: 省 州 市 … 区(自治区) 道(街道) 直 级 各 ) 家(国家) 院(国务院) 央 国(全国) 高(最高). */
const HEAD_LAST = '省州市盟县区旗乡镇村道直级属各)家院央国高';
const TOWNSHIP_LEVELS: ReadonlySet<UnitLevel> = new Set(['乡', '镇', '村']);
/** Office words a writer chooses on purpose (Jilin's 省市场监管厅, Chongqing's 住房和城乡建设委员会): kept in the canonical name. */
const FULL_OFFICE_WORDS = ['办公厅', '办公室', '委员会', '厅', '局', '支队', '大队'];
/** Longer names are no unit names (a sentence that slipped through): not parsed, kept as written. */
const MAX_NAME = 40;

/**
 * The level a place head names, or undefined when the head is no place (null: the empty head, or
 * 各 alone). A compound head belongs to the lowest level it names, the first of equal ones.
 *
 *     placeLevel('各县(市、区)', places) // → '县'
 *     placeLevel('市、县级', places)     // → '县'
 *     placeLevel('延边', places)         // → '州' (from the dictionary's places)
 */
export function placeLevel(head: string, places: ReadonlyMap<string, UnitLevel>): UnitLevel | null | undefined {
  if (head === '' || head === '各') return null;
  const bare = bareHead(head);
  if (bare === '') return undefined;
  let lowest: UnitLevel | undefined;
  for (const part of bare.split('、')) {
    const level = partLevel(part, places);
    if (level === undefined) return undefined;
    lowest = lower(lowest, level);
  }
  return lowest;
}

function partLevel(part: string, places: ReadonlyMap<string, UnitLevel>): UnitLevel | undefined {
  const known = places.get(part);
  if (known) return known;
  if (MUNICIPALITIES.has(part)) return '省';
  if (LEVEL_CHARS.test(part)) {
    // 县市, 市县, 乡镇: the lowest of the levels named
    let lowest: UnitLevel | undefined;
    for (const ch of part) lowest = lower(lowest, ch as UnitLevel);
    return lowest;
  }
  // 区纪委区 of 区纪委区监委 names no place: no place's name holds an office's word; nor does 市城乡 of an unknown
  // 市城乡水务局 (济南 probe round 89), a level before the 城乡 of the office's name
  if (!PLACE_NAME.test(part) || /[委局厅办]/.test(part) || LEVEL_BEFORE_WORD.test(part)) return undefined;
  for (const [word, level] of LEVEL_WORDS) if (part.endsWith(word)) return level;
  return undefined;
}

/** The lower of two levels; of two at one rank, the first (县市区 is a county-level actor, 县). */
function lower(first: UnitLevel | undefined, second: UnitLevel): UnitLevel {
  return first === undefined || RANK[second] > RANK[first] ? second : first;
}

/** A head without its brackets and the words around places: 各县(市、区) → 县, 省直 → 省. */
function bareHead(head: string): string {
  return head.replace(/\([^()]*\)/g, '').replace(HEAD_EDGES, '');
}

/** The kind of a name the dictionary does not hold, from how it ends. */
export function kindOfName(name: string): UnitKind {
  if (/公司|集团|有限|厂$|企业$/.test(name)) return 'enterprise';
  if (/银行|分行|支行|信用社|信用联社|银保监|证监|保监|农商行|村镇银行/.test(name)) return 'financial';
  if (/(?:妇联|残联|工会|团委|共青团|工商联|科协|文联|侨联|红十字会|联合会|协会|学会|商会)$/.test(name)) return 'mass-organization';
  if (/(?:人民政府|政府|人大常委会|政协)$/.test(name)) return 'government';
  if (/(?:^委|党委|党工委|党组|纪委|监委|组织部|宣传部|统战部)$/.test(name)) return 'party-committee';
  if (/(?:学校|学院|大学|中学|小学|幼儿园|医院|卫生院|馆|电视台|研究院|研究所|中心)$/.test(name)) return 'public-institution';
  return 'department';
}

/** Whether a name is a unit of the central government or a national body: 国务院办公厅, 财政部, 中共中央办公厅, 全国妇联. */
export function isCentralUnit(name: string, dictionary: UnitDictionary): boolean {
  return parse(foldUnitName(name), dictionary).central;
}

/**
 * The level a name states by itself, without the document's: its place head (省住建厅 → 省), an
 * office that exists at one level only (住建厅 → 省, 街道办事处 → 镇), else null.
 */
export function statedLevel(name: string, generic: boolean, dictionary: UnitDictionary): UnitLevel | null {
  // asked for each spelling of each document, as names are described: kept for a batch like them
  const levels = cacheOf(generic ? genericLevels : statedLevels, dictionary);
  let level = levels.get(name);
  if (level === undefined) {
    if (levels.size >= MAX_PARSED) levels.clear();
    level = readStatedLevel(name, generic, dictionary);
    levels.set(name, level);
  }
  return level;
}

function readStatedLevel(name: string, generic: boolean, dictionary: UnitDictionary): UnitLevel | null {
  const folded = foldUnitName(name);
  const alias = dictionary.units.get(folded);
  if (alias?.level !== undefined) return alias.level;
  if (generic) return genericHeadLevel(folded, dictionary.places);
  const parsed = parse(folded, dictionary);
  if (parsed.central) return null;
  return parsed.headLevel ?? officeLevel(parsed) ?? (parsed.entry === null ? townshipLevel(folded) : null);
}

/** The place a name is written with, as written (县 of 县委组织部, 延边州 of 延边州住建局), or '' where it names none (财政厅, 民政局). */
export function writtenPlace(name: string, dictionary: UnitDictionary): string {
  return parse(foldUnitName(name), dictionary).head;
}

/** A place's level written in a name: 省 市 州 盟 县 区 旗 乡 镇. */
const LEVEL_IN_NAME = /[省市州盟县区旗乡镇]/;

/**
 * Whether a name is surely a unit's by itself: the dictionary knows it and it states its level
 * with a place (县财政局, 延边州住建局, 各乡镇人民政府). A heading such as 建设法治政府, 数据中心 or
 * 政务服务大厅 names no unit.
 */
export function isPlacedUnitName(name: string, dictionary: UnitDictionary): boolean {
  return LEVEL_IN_NAME.test(name) && statedLevel(name, false, dictionary) !== null && new UnitNamer(dictionary, null).describe(name, false).known;
}

/**
 * Whether a name with no place is an office the dictionary knows, a department's or the party
 * committee's (社会事务办, 综合行政执法队, 党群工作办); 政府, 党委 and 学校 alone are no office a prose names.
 */
export function isOfficeName(name: string, dictionary: UnitDictionary): boolean {
  if (name.length < 3) return false;
  const described = new UnitNamer(dictionary, null).describe(name, false);
  return described.known && (described.kind === 'department' || described.kind === 'party-committee');
}

/**
 * Describes the units of one document: a name's own words first, the document's level (`documentLevel`,
 * from document-level.ts) where the name has no place.
 *
 *     new UnitNamer(dictionary, '州').describe('住建局', false)
 *     // → { canonical: '州住房和城乡建设局', level: '州', function: '住房和城乡建设', kind: 'department', known: true }
 */
export class UnitNamer {
  constructor(
    private readonly dictionary: UnitDictionary,
    private readonly documentLevel: UnitLevel | null,
    /** The plan is a county-level city's (宁乡市): its bare 市 (市工信局, 市直有关部门) is a county. */
    private readonly countyCity = false,
    /**
     * The place whose plan it is (延边州): its units named with it (延边州住建局) are the ones its
     * plan names with the level alone (州住建局), one canonical name for both.
     */
    private readonly ownPlace: string | null = null,
    /** The central government's plan: its units named with no place (国资委, 发展改革委) are the central ones. */
    private readonly centralPlan = false,
  ) {
    let descriptions = describedNames.get(dictionary);
    if (descriptions === undefined) describedNames.set(dictionary, (descriptions = new Descriptions()));
    this.descriptions = descriptions;
    const context = `${centralPlan ? '中央' : documentLevel ?? ''}${countyCity ? '*' : ''}${ownPlace ?? ''}`;
    this.contexts = [`${context}|0`, `${context}|1`];
  }

  /** The batch's descriptions: a description depends on the name, the document's context and the dictionary alone. */
  private readonly descriptions: Descriptions;
  /** This document's contexts in them, of named units and of generic ones: made once, not a key a name. */
  private readonly contexts: readonly [string, string];

  /**
   * Describes one unit.
   *
   *     namer.describe('省住房城乡建设厅', false)
   *     // → { canonical: '省住房和城乡建设厅', level: '省', function: '住房和城乡建设', kind: 'department', known: true }
   */
  describe(name: string, generic: boolean): UnitDescription {
    const context = this.contexts[generic ? 1 : 0];
    let described = this.descriptions.get(context, name);
    if (described === undefined) {
      described = this.describeName(name, generic);
      this.descriptions.set(context, name, described);
    }
    return described;
  }

  private describeName(name: string, generic: boolean): UnitDescription {
    const folded = foldUnitName(name);
    // 县住建局(县人防办): the office that shares the bureau's door is named, the bureau is described
    const main = this.dictionary.units.has(folded) ? folded : withoutOtherName(folded);
    if (main !== folded) return this.describeName(main, generic);
    const alias = this.dictionary.units.get(folded);
    if (alias) {
      const base = this.describeFolded(alias.canonical !== undefined ? foldUnitName(alias.canonical) : folded, generic);
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

  private describeFolded(folded: string, generic: boolean): UnitDescription {
    const { dictionary, documentLevel } = this;
    if (generic) {
      const head = genericHeadLevel(folded, dictionary.places);
      return { canonical: folded, level: this.countyCity && head === '市' && /^市/.test(folded) ? '县' : head ?? documentLevel, function: null, kind: 'generic', known: true };
    }
    const parsed = parse(folded, dictionary);
    const cityHead = this.countyCity && parsed.headLevel === '市' && bareHead(parsed.head) === '市';
    const stated = cityHead ? '县' : parsed.headLevel ?? officeLevel(parsed) ?? branchLevel(parsed, dictionary);
    const level = parsed.central ? null : stated ?? documentLevel;
    const { entry } = parsed;
    if (entry === null && parsed.head === '' && surelyPlace(parsed.rest, dictionary.places)) {
      // 各乡镇, 各县(市、区): a place named as an actor is its government
      return { canonical: canonicalHead(folded), level: placeLevel(parsed.rest, dictionary.places) ?? level, function: '党委政府', kind: 'government', known: true };
    }
    // 龙甫镇, 东城街道, 圭塘街道办事处, 各乡镇(街道) (probe round 49): a township named as an actor is its government
    const township = entry === null ? townshipLevel(folded) : null;
    if (township) return { canonical: folded, level: township, function: '党委政府', kind: 'government', known: true };
    // 各镇人民政府、街道办事处, 各县区政府、管理区、开发区: the places' governments with their other bodies, one actor
    const compound = entry === null ? firstOfCompound(folded) : null;
    if (compound !== null) {
      const first = this.describeFolded(compound, false);
      if (first.known && first.kind === 'government') return { ...first, canonical: folded };
    }
    if (entry === null) return { canonical: folded, level, function: lineOfWorkInside(parsed.rest, dictionary), kind: kindOfName(parsed.rest), known: false };
    if (parsed.central) return describeCentral(folded, parsed, entry);
    // 国资委 in a plan of the State Council's is the State Council's 国资委 (probe round 58)
    if (this.centralPlan && parsed.head === '' && parsed.prefix === '' && stated === null && entry.canonical[CENTRAL] !== undefined) return describeCentral(folded, parsed, entry);
    // 住建局 in a 州 plan is the 州's bureau: its canonical name says so, as 州住建局's does
    // (a bank's branch or a company names its place its own way: 国开行吉林省分行, 延边供电公司)
    const ownName = parsed.opening !== null || entry.kind === 'enterprise' || entry.kind === 'financial' || /^团.委$/.test(parsed.rest);
    // 延边州住建局 in 延边州's plan is its 州住建局; a company or a bank keeps the place it names (国网吉林省电力公司)
    const head = parsed.head !== '' && parsed.head === this.ownPlace && !ownName && parsed.prefix === '' ? parsed.head.slice(-1) : parsed.head;
    const place = head !== '' ? canonicalHead(head) : level !== null && !parsed.central && !ownName && !TOWNSHIP_LEVELS.has(level) ? level : '';
    return { canonical: parsed.prefix + place + office(parsed, entry, level), level, function: entry.function, kind: entry.kind, known: true };
  }
}

/** The first name of a compound actor kept whole (`各镇人民政府` of `各镇人民政府、街道办事处`), or null for a single name. */
function firstOfCompound(folded: string): string | null {
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '、' && depth === 0) return i > 0 ? folded.slice(0, i) : null;
  }
  return null;
}

/** Names parsed with a dictionary; bounded, since a batch may bring any number of spellings. */
const MAX_PARSED = 20_000;
const parsedNames = new WeakMap<UnitDictionary, Map<string, ParsedName>>();
/**
 * Descriptions by document context (level, county-level city, own place; generic or not) and by
 * name, for one dictionary; bounded like the parsed names, over all contexts.
 */
class Descriptions {
  private contexts = new Map<string, Map<string, UnitDescription>>();
  private size = 0;

  get(context: string, name: string): UnitDescription | undefined {
    return this.contexts.get(context)?.get(name);
  }

  set(context: string, name: string, description: UnitDescription): void {
    if (this.size >= MAX_PARSED) [this.contexts, this.size] = [new Map(), 0];
    let names = this.contexts.get(context);
    if (names === undefined) this.contexts.set(context, (names = new Map()));
    names.set(name, description);
    this.size++;
  }
}

const describedNames = new WeakMap<UnitDictionary, Descriptions>();
/** Levels names state by themselves, per dictionary, of named units and of generic ones; bounded alike. */
const statedLevels = new WeakMap<UnitDictionary, Map<string, UnitLevel | null>>();
const genericLevels = new WeakMap<UnitDictionary, Map<string, UnitLevel | null>>();

/** The dictionary's map in a cache of maps, made when first asked for. */
function cacheOf<T>(caches: WeakMap<UnitDictionary, Map<string, T>>, dictionary: UnitDictionary): Map<string, T> {
  let cache = caches.get(dictionary);
  if (cache === undefined) {
    cache = new Map();
    caches.set(dictionary, cache);
  }
  return cache;
}

/**
 * Parses a folded name once per dictionary. Unit names are a small vocabulary that recurs from
 * plan to plan (州住建局 in every Yanbian plan), and a parse depends only on the name and the
 * dictionary, so a batch parses each spelling once; the document's level is applied per document.
 */
function parse(folded: string, dictionary: UnitDictionary): ParsedName {
  const names = cacheOf(parsedNames, dictionary);
  let parsed = names.get(folded);
  if (parsed === undefined) {
    if (names.size >= MAX_PARSED) names.clear();
    parsed = parseName(folded, dictionary);
    names.set(folded, parsed);
  }
  return parsed;
}

/**
 * Cuts a name at the shortest place head whose rest the dictionary knows: 市市场监管局 is 市 +
 * 市场监管局, not 市市 + 场监管局; 州委组织部 is 州 + 委组织部.
 */
function parseName(folded: string, dictionary: UnitDictionary): ParsedName {
  const prefix = PREFIX.exec(folded)?.[0] ?? '';
  const name = folded.slice(prefix.length);
  const unknown: ParsedName = { prefix, head: '', headLevel: null, rest: name, entry: null, opening: null, central: /部$/.test(name) && !/委|党/.test(name) };
  if (name.length > MAX_NAME) return unknown;
  let fallback: ParsedName | null = null;
  for (let i = 0; i < name.length; i++) {
    // a head ends in a level word, 直/级/各, or a bracket, unless it is a known place: most cuts are none
    if (i > 0 && !HEAD_LAST.includes(name[i - 1]!) && !dictionary.places.has(name.slice(0, i))) continue;
    const head = name.slice(0, i);
    const central = CENTRAL_HEADS.has(head);
    const headLevel = central ? null : placeLevel(head, dictionary.places);
    if (headLevel === undefined) continue;
    const rest = name.slice(i);
    // 财政部, 人社部, (国家)市场监管总局: a central unit by its own name, before 国家邮政局 reads as 国家 + 邮政局
    const centralEntry = head === '' || central ? dictionary.central(rest) : undefined;
    if (centralEntry) return { prefix, head, headLevel, rest, entry: centralEntry, opening: null, central: true };
    // 自治区党委组织部, 区党委政法委 (广西 probe round 62): an autonomous region's committee is its 党委, whose offices
    // are the committee's as a province's 省委's are; the 党 is kept with the head, the office read without it
    if (rest.startsWith('党委') && head.endsWith('区')) {
      const committee = dictionary.exact(rest.slice(1));
      if (committee?.kind === 'party-committee') return { prefix, head: `${head}党`, headLevel, rest: rest.slice(1), entry: committee, opening: null, central };
    }
    const entry = dictionary.exact(rest);
    if (entry) return { prefix, head, headLevel, rest, entry, opening: null, central };
    const start = dictionary.starts.find((candidate) => rest.startsWith(candidate.form));
    if (start) return { prefix, head, headLevel, rest, entry: start.entry, opening: start.form, central };
    // 市生态环境局信丰分局, 市公安局开发区分局 (赣州 probe round 62): a bureau's branch, named bureau first
    const branch = rest.endsWith('分局') ? BUREAU_BRANCH.exec(rest) : null;
    const bureau = branch && dictionary.exact(branch[1]!);
    // …which serves a county or a district: a level below the city's
    if (bureau?.kind === 'department') return { prefix, head, headLevel: headLevel !== null && CITY_LEVELS.has(headLevel) ? '县' : headLevel, rest, entry: bureau, opening: branch![1]!, central };
    // 赣州市信丰生态环境局, 贺州市富川生态环境局: a county's ecology bureau the city runs, the county named bare after the city
    const county = i > 0 && headLevel !== null && rest.endsWith('生态环境局') ? COUNTY_ECOLOGY_BUREAU.exec(rest) : null;
    if (county) return { prefix, head: head + county[1], headLevel: '县', rest: county[2]!, entry: dictionary.exact(county[2]!) ?? null, opening: null, central };
    // an unknown office still has its place: the shortest head that surely is one (示范镇建设工作专班
    // names no 镇; 市场服务中心 no 市) and leaves a name, not a list (市、县级…)
    if (fallback === null && i > 0 && rest.length >= 2 && !/^[、,()级直各]/.test(rest) && (GOVERNMENT_HEADS.has(head) || (!central && surelyPlace(head, dictionary.places)))) {
      fallback = { prefix, head, headLevel, rest, entry: null, opening: null, central };
    }
  }
  return fallback ?? unknown;
}

const CITY_LEVELS: ReadonlySet<UnitLevel> = new Set(['市', '州', '盟']);
/** A bureau and its branch named for a place or an area: 生态环境局 + 信丰分局, 公安局 + 开发区分局. */
const BUREAU_BRANCH = /^([\u4e00-\u9fa5]{2,12}?局)([\u4e00-\u9fa5]{2,6})分局$/;
/** A county's name of two or three characters before the ecology bureau of its city: 信丰 + 生态环境局. */
const COUNTY_ECOLOGY_BUREAU = /^([\u4e00-\u9fa5]{2,3})(生态环境局)$/;

/**
 * A head that surely is a place: a known place, several level words (县市, 市、县级), or a name of
 * two or more characters ending in a level word. One level character alone is no sure place in
 * an unknown name (市场服务中心, 区域经济合作局, 乡贤理事会), nor are 镇, 乡, 村, 区 endings (示范镇).
 */
function surelyPlace(head: string, places: ReadonlyMap<string, UnitLevel>): boolean {
  const bare = bareHead(head);
  if (bare === '') return false;
  // 各县, 县(市): one level character is a place when 各 or a bracket says so
  const marked = bare.includes('、') || head.startsWith('各') || head.includes('(');
  return bare.split('、').every((part) => places.has(part) || MUNICIPALITIES.has(part) || (LEVEL_CHARS.test(part) && (part.length >= 2 || marked))
    || (part.length >= 3 && /(?:省|自治区|自治州|州|市|盟|县|旗)$/.test(part) && !LEVEL_BEFORE_WORD.test(part)));
}

/** A level and a word that ends like a place but names none: 区城市 of 区城市更新服务中心 (雨花 probe round 49). */
const LEVEL_BEFORE_WORD = /^[省市州县区旗乡镇](?:城市|城乡|城镇)/;

/** 各县(市)党委、政府 and 各县市党委、政府 are one actor: the brackets of a head are dropped, its words kept. */
function canonicalHead(head: string): string {
  return head.includes('(') ? head.replace(/\(([^()]*)\)/g, (_, inner: string) => inner.replace(/、/g, '')) : head;
}

/** A township by its name, or the townships of a county as a group: 龙甫镇, 东城街道(办事处), 各乡镇(街道), 各街道(镇). */
// 各镇街, 各街镇 (渝北 probe round 64): Chongqing's towns and streets as a group
const TOWNSHIP = /^(?:[\u4e00-\u9fa5]{2,6}(镇|乡|街道)(?:办事处)?|各(乡)?镇(?:\((?:街道|场|园区|街道、园区)\))?|各街道(?:\((?:乡)?镇\))?|各镇街|各街镇)$/;

/** The level of a township named by itself or of the townships as a group (乡 where 乡 comes first), or null for any other name. */
function townshipLevel(folded: string): UnitLevel | null {
  // 各村(社区), 各行政村 (大窑 probe round 51): the villages as a group, their committees
  if (VILLAGES.test(folded)) return '村';
  const township = TOWNSHIP.exec(folded);
  if (township === null || KIND_OF_TOWN.test(folded)) return null;
  return township[1] === '乡' || township[2] === '乡' ? '乡' : '镇';
}

const VILLAGES = /^各(?:村|行政村|社区|村\((?:社区|居)\)|社区\(村\)|村居)$/;

/** Towns of a kind, no one of them: 示范镇, 特色小镇, 重点镇. */
const KIND_OF_TOWN = /(?:示范|特色|小|重点|中心|建制|集|全国|全省)镇$/;

/** An office that exists at one level only: 厅 is provincial, 街道办事处 a township's, 村委会 a village's. */
function officeLevel(parsed: ParsedName): UnitLevel | null {
  const { entry, rest } = parsed;
  if (entry === null) return null;
  if (entry.kind === 'department' && rest.endsWith('厅') && !rest.endsWith('办公厅')) return '省';
  if (rest.startsWith('街道')) return '镇';
  // 团县委, 团州委: the level stands inside the name
  const youthLeague = /^团([省州市县区旗])委$/.exec(rest);
  if (youthLeague) return youthLeague[1] as UnitLevel;
  // 村建办 (村镇建设办公室) is a township's office, no village's (塘 probe round 45)
  if (/^(?:村(?!建|镇)|社区|居委会|居民委员会)/.test(rest)) return '村';
  return null;
}

/**
 * The level of a bank's or a central body's branch by the place it names after the body's own name:
 * `国家金融监督管理总局广西监管局` is a province's, `…宜昌监管分局` a city's, `国家外汇局吉林省分局` a province's.
 */
const BRANCH_BY_PLACE: ReadonlySet<string> = new Set(['银行保险监管', '外汇管理']);

function branchLevel(parsed: ParsedName, dictionary: UnitDictionary): UnitLevel | null {
  // the regulators' offices follow their places; a bank's branch does not always (人民银行长春中心支行 was Jilin's)
  if (parsed.opening === null || !BRANCH_BY_PLACE.has(parsed.entry?.function ?? '')) return null;
  const branch = parsed.rest.slice(parsed.opening.length);
  for (let end = Math.min(branch.length - 1, 8); end >= 2; end--) {
    const level = placeLevel(branch.slice(0, end), dictionary.places);
    if (level) return level;
  }
  return null;
}

/**
 * A central unit by its whole official name, whatever head and short form it is written with:
 * 国家发改委 and 国家发展改革委 are 国家发展和改革委员会, 中共中央宣传部 and 中宣部 中央宣传部. A
 * line of work the dictionary knows no central unit of keeps the written name, unknown (国务院安委办).
 */
function describeCentral(folded: string, parsed: ParsedName, entry: FunctionEntry): UnitDescription {
  const name = entry.canonical[CENTRAL];
  const described = { level: null, function: entry.function, kind: entry.kind };
  if (name === undefined) return { canonical: folded, ...described, known: false };
  // a bank's form opening a branch's name: the branch stays named (国家外汇局 + …分局)
  const branch = parsed.opening !== null ? parsed.rest.slice(parsed.opening.length) : '';
  return { canonical: name + branch, ...described, known: true };
}

/**
 * The standard office name at a level, keeping an office word the writer chose (厅, 局, 委员会);
 * a township keeps its own office names unless the entry gives one.
 */
function office(parsed: ParsedName, entry: FunctionEntry, level: UnitLevel | null): string {
  const { rest } = parsed;
  if (parsed.opening !== null) return (entry.canonical['*'] ?? parsed.opening) + rest.slice(parsed.opening.length);
  // 州委: the committee's own short name is its standard name; 省委、省政府 names its place twice
  if ((entry.kind === 'party-committee' && rest === '委') || (entry.function === '党委政府' && /[省州市盟县区旗]/.test(rest))) return rest;
  const standard = (level === null ? undefined : entry.canonical[level]) ?? (level !== null && TOWNSHIP_LEVELS.has(level) ? undefined : entry.canonical['*']);
  if (standard === undefined) return rest;
  // 委 is a 委员会 written short: Chongqing's 市教委 is its 市教育委员会, no 市教育局
  const shortCommittee = rest.endsWith('委') && entry.kind === 'department';
  // an irregular form names the office by another word: 保密局 is the 保密委员会办公室, no 保密委员会局
  if (entry.forms?.includes(rest) && !shortCommittee) return standard;
  const written = shortCommittee ? '委员会' : FULL_OFFICE_WORDS.find((word) => rest.endsWith(word));
  if (written === undefined) return standard;
  // 县生态环境局 stays a 局 where the standard name says 分局
  if (written === '局' && standard.endsWith('分局')) return `${standard.slice(0, -2)}局`;
  const kept = FULL_OFFICE_WORDS.find((word) => standard.endsWith(word));
  // 省市场监管厅 → 省市场监督管理厅, not …局; 市人民政府办公厅 stays a 办公厅
  return kept !== undefined && kept !== written ? standard.slice(0, -kept.length) + written : standard;
}

/**
 * The line of work of a name the dictionary does not hold, from a stem that opens it
 * (交通服务站 → 交通运输) or a long one inside it; 市容环境卫生管理处 is no 卫生健康 office.
 */
function lineOfWorkInside(rest: string, dictionary: UnitDictionary): string | null {
  const stem = dictionary.stems.find(({ form, entry }) => entry.function !== '党委政府' && (rest.startsWith(form) || (form.length >= 4 && rest.includes(form))));
  return stem?.entry.function ?? null;
}

/** 省直相关部门 → 省, 各县(市、区)有关部门 → 县, 相关部门 → null. */
function genericHeadLevel(folded: string, places: ReadonlyMap<string, UnitLevel>): UnitLevel | null {
  const head = /^(.*?)(?:其他|其它)?(?:相关|有关|各)/.exec(folded)?.[1] ?? '';
  return placeLevel(head, places) ?? null;
}

/**
 * A name written without its place after one written with it, in one task's list, is that place's
 * (宁陵 probe round 45: `县委组织部、政法委、民政局` → 县委政法委, 县民政局; 塘 `镇自然资源所、村建办` → 镇村建办; 甘肃 round 49
 * `省发展改革委、财政厅` → 省财政厅, a 厅 being a province's):
 * where the dictionary knows it and reads it at that level, it is written with the place as its
 * neighbour is — with the party committee's (县委) where it is one of the committee's offices. A
 * place's government (各乡镇, 县人民政府), a company's or a bank's name, a name of another level keep theirs.
 */
export function carryPlace(units: readonly UnitAssignment[], known: ReadonlySet<UnitAssignment>, dictionary: UnitDictionary): UnitAssignment[] {
  const carried: UnitAssignment[] = [];
  let place: string | null = null;
  for (const unit of units) {
    if (unit.generic) continue;
    const own = listPlace(unit.name, dictionary);
    if (own !== '') {
      place = isCarriedPlace(own) ? own : null;
      continue;
    }
    // 自治区民族宗教委、党委宣传部 (广西 probe round 68): an autonomous region writes its party committee 党委, its offices 党委宣传部
    if (place === '自治区' && REGION_PARTY_OFFICE.test(unit.name)) {
      unit.name = place + unit.name;
      carried.push(unit);
      continue;
    }
    if (place === null || unit.level !== (LEVEL_HEADS[place] ?? place) || !known.has(unit) || !CARRIES_PLACE.has(unit.kind!) || unit.name.startsWith('各') || /政府|党委/.test(unit.name)) continue;
    // 团市委 writes its level inside its name (市场 is no 市); a bureau's branch names the place it serves (建安 probe round 81:
    // `公安局建安分局` is the city's bureau's, no district's)
    if (unit.name.replace('市场', '').includes(place) || BRANCH_NAMING_PLACE.test(unit.name)) continue;
    unit.name = (unit.canonical!.startsWith(`${place}委`) ? `${place}委` : place) + unit.name;
    carried.push(unit);
  }
  return carried;
}

/** A bureau's branch named for the place it serves: `公安局建安分局`, `生态环境局于都分局`. */
const BRANCH_NAMING_PLACE = /局[\u4e00-\u9fa5]{2,6}分局$/;

/**
 * The place a name of a list is written with, as a list carries it to the names after it: a level
 * (县 of 县委组织部, 自治区 of 自治区商务厅, 兵团 of 兵团商务局), a place named (延边州 of 延边州住建局), or ''
 * (财政厅). 市发展改革委(市民营经济发展局) is written with its place as 市发展改革委 is.
 */
export function listPlace(name: string, dictionary: UnitDictionary): string {
  return LEVEL_HEAD_NAMES.find((head) => name.startsWith(head)) ?? writtenPlace(withoutOtherName(name), dictionary);
}

/** Whether a list carries a place to the names written without one: a level alone, not a place named (延边州住建局). */
export function isCarriedPlace(place: string): boolean {
  return place.length === 1 || LEVEL_HEADS[place] !== undefined;
}

/** An office of an autonomous region's party committee written without the region: 党委宣传部, 党委统战部, 党委办公厅. */
const REGION_PARTY_OFFICE = /^党委[\u4e00-\u9fa5]{1,8}(?:部|办公厅|办公室|委员会|委)$/;

/** Heads that name a level, not a place, and the level they stand for: `自治区商务厅、发展改革委` (新疆 probe round 50). */
// …and a prefecture's that is no 市 (阿里, 阿拉尔 probe round 68: `地区民政局、乡村振兴局`, `师市农业农村局、财政局`)
const LEVEL_HEADS: Readonly<Record<string, UnitLevel>> = { 自治区: '省', 兵团: '省', 地区: '市', 师市: '市' };
const LEVEL_HEAD_NAMES = Object.keys(LEVEL_HEADS);

/** The kinds of unit a place's list names bare (民政局, 政法委, 财政所, 妇联, 检察院): not a company or a bank (nor a place's government, above). */
const CARRIES_PLACE: ReadonlySet<UnitKind> = new Set<UnitKind>(['department', 'party-committee', 'public-institution', 'mass-organization', 'government']);
