/**
 * The document's own level: whose plan it is. It says where units without a place belong
 * (住建局 in a 州 plan) and is `meta.level`.
 */
import { DOCUMENT_LEVELS, type DocumentLevel, type DocumentMeta, UNIT_LEVEL_RANK as RANK, type UnitLevel } from '../model/document.js';
import { foldTraditional } from './fold.js';
import { foldUnitName, type UnitDictionary } from './unit-dictionary.js';
import { isCentralUnit, placeLevel, statedLevel } from './unit-names.js';

// A place at the start of a title: 吉林省关于…, 延边州开展…, 双营乡乡村建设…
const TITLE_PLACE = /^(?:中共)?([\u4e00-\u9fa5]{1,8}?)(自治区|自治州|省|州|市|盟|县|区|旗|乡|镇)/;
/** Title openings that end in a level word but name no place: 城镇老旧小区…, 城市更新…, 乡村振兴…, 县城建设… */
const NO_PLACE = /城|乡村|小镇|农村|社区|关于|印发|推进|加快|开展|实施|全|本|各/;
/** A place written whole with its level word, as the dictionary holds county-level cities: 宁乡市. */
const LEVEL_END = /[省州市盟县区旗乡镇]$/;
/** One character before 县 that is no county's name: 全县, 本县, 我县, 市县两级… (攸县, 沛县, 歙县 are). */
const NO_COUNTY = /[全本各我该此每某一两省市州县区乡镇城]/;
/** Addressees below a county (各镇(街道), 各乡镇, 各街道办事处), whom a prefecture's notice does not address but through its counties. */
const TOWNSHIP_ADDRESSEE = /^各(?:乡|镇|街道)/;
/** A 街道 that names itself, its office or its party working committee: `建宁街道办事处`, `建宁街道工作委员会`. */
const SUBDISTRICT = /^[\u4e00-\u9fa5]{2,6}?街道(?:办事处|工作委员会|党工委|工委|关于|\d{4}年|$)/;
/** An issuer that is a 街道's office, named after its city and district or not. */
const SUBDISTRICT_OFFICE = /街道(?:办事处|工作委员会|党工委|工委)$/;

/** Addressees at county level: 各县(市、区), 各区县(市), 各旗县. */
const COUNTY_ADDRESSEE = /^各(?:县|区|旗)/;

/**
 * Finds the level from the issuers (中共延边州委办公室 → 州), else the title (吉林省关于… → 省),
 * else the level most of the units state (省住建厅, 省商务厅 … in an unsigned provincial plan;
 * of equal counts the higher level). A county-level city's 市 is a county's: the dictionary knows
 * them (宁乡市 → 县), and a 市 it does not know as a prefecture that names itself and addresses
 * townships and no county (各镇（街道）…，市直机关各单位) is one.
 */
export function findDocumentLevel(meta: DocumentMeta, unitLevels: ReadonlyArray<UnitLevel | null>, dictionary: UnitDictionary): UnitLevel | null {
  return readDocumentLevel(meta, unitLevels, dictionary).level;
}

/**
 * The document's level, and whether its place is a county-level city (宁乡市): there a bare 市
 * (`市工信局`, `市直有关部门`) is that city, a county, not a prefecture.
 */
export function readDocumentLevel(
  meta: DocumentMeta, unitLevels: ReadonlyArray<UnitLevel | null>, dictionary: UnitDictionary,
): { level: UnitLevel | null; countyCity: boolean; place: string | null; central: boolean } {
  // 国务院办公厅, 国家发展改革委 and ten ministries (probe round 58): the central government's plan, no place's
  if (isCentral(meta, dictionary)) return { level: null, countyCity: false, place: null, central: true };
  const own = ownLevel(meta, dictionary);
  if (own === null) return { level: mostStated(unitLevels), countyCity: false, place: null, central: false };
  const place = ownPlace(meta, dictionary);
  // only a city that names itself: 东莞 and 中山, prefectures without counties, address their towns too
  if (own === '市' && addressesTownships(meta.recipients) && !namesCity(meta, dictionary, '市')) return { level: '县', countyCity: true, place, central: false };
  return { level: own, countyCity: own === '县' && namesCity(meta, dictionary, '县'), place, central: false };
}

// A title issued by the central government in its own name: 国务院关于…, 国务院办公厅关于…, 中共中央办公厅 国务院办公厅印发…
const CENTRAL_TITLE = /^(?:国务院|中共中央|中央)/;

/**
 * Whether the issuers are the central government's: one of them a central body at least, and none
 * naming a place (人民银行 signs bare beside ten ministries); where none is named, whether the title
 * opens with one.
 */
function isCentral(meta: DocumentMeta, dictionary: UnitDictionary): boolean {
  if (meta.issuers.length === 0) return meta.title !== null && CENTRAL_TITLE.test(foldTraditional(meta.title));
  let central = false;
  for (const issuer of meta.issuers) {
    if (isCentralIssuer(issuer, dictionary)) central = true;
    else if (statedLevel(issuer, false, dictionary) !== null || placeLevel(foldUnitName(issuer).replace(/^中共/, ''), dictionary.places)) return false;
  }
  return central;
}

// The central government itself, and an inter-ministerial body (数字经济发展部际联席会议办公室)
const CENTRAL_ITSELF = /^(?:国务院|中央|党中央|中共中央)$|部际/;
// An office inside a central body that signs for it: 农业农村部办公厅, 中央网信办秘书局, 国家数据局综合司
const INNER_OFFICE = /(?:办公厅|办公室|秘书局|秘书处|综合司|秘书行政司|司)$/;

/** A central body, or an office inside one: 国务院, 财政部, 农业农村部办公厅, 国家数据局综合司. */
function isCentralIssuer(issuer: string, dictionary: UnitDictionary): boolean {
  const folded = foldUnitName(issuer);
  if (CENTRAL_ITSELF.test(folded) || isCentralUnit(folded, dictionary)) return true;
  const inner = INNER_OFFICE.exec(folded);
  return inner !== null && inner.index >= 2 && (CENTRAL_ITSELF.test(folded.slice(0, inner.index)) || isCentralUnit(folded.slice(0, inner.index), dictionary));
}

/** The names of the issuers and of the title, folded, `中共` set aside: where a plan says whose it is. */
function ownNames(meta: DocumentMeta): string[] {
  return [...meta.issuers, meta.title ?? ''].map((name) => foldUnitName(name).replace(/^中共/, ''));
}

/** The longest place the dictionary holds that a name opens with (`whole`: only places written with their level word). */
function openingPlace(folded: string, dictionary: UnitDictionary, whole: boolean): string | null {
  let found: string | null = null;
  for (const place of dictionary.places.keys()) {
    if (place.length >= 2 && folded.startsWith(place) && (!whole || LEVEL_END.test(place)) && place.length > (found?.length ?? 0)) found = place;
  }
  return found;
}

/**
 * The place whose plan it is, as the dictionary knows it whole (延边州, 吉林省, 宁乡市), from the
 * issuers or the title; null when neither names one it knows.
 */
function ownPlace(meta: DocumentMeta, dictionary: UnitDictionary): string | null {
  for (const folded of ownNames(meta)) {
    const place = openingPlace(folded, dictionary, false);
    if (place === null) continue;
    // the dictionary holds 延边 for 延边州: the level word the document writes after it belongs to the place
    const written = LEVEL_END.test(place) ? place : place + (folded[place.length] ?? '');
    if (LEVEL_END.test(written)) return written;
  }
  return null;
}

/**
 * An issuer or the title opens with a city the dictionary knows at this level: a county-level
 * city held whole (宁乡市人民政府办公室 → 县), a prefecture held without its 市 (长沙市… → 市).
 */
function namesCity(meta: DocumentMeta, dictionary: UnitDictionary, level: '县' | '市'): boolean {
  return ownNames(meta).some((folded) => {
    const at = folded.indexOf('市');
    return at > 0 && (dictionary.places.get(folded.slice(0, at + 1)) ?? dictionary.places.get(folded.slice(0, at))) === level;
  });
}

/** 各镇(街道)党(工)委、人民政府(办事处), 市直机关各单位, 各人民团体: townships, and no county. */
function addressesTownships(recipients: readonly string[]): boolean {
  const folded = recipients.map(foldTraditional);
  return folded.some((name) => TOWNSHIP_ADDRESSEE.test(name)) && !folded.some((name) => COUNTY_ADDRESSEE.test(name));
}

/** The level of the place the issuers or the title name, else null. */
function ownLevel(meta: DocumentMeta, dictionary: UnitDictionary): UnitLevel | null {
  for (const issuer of meta.issuers) {
    const folded = foldUnitName(issuer).replace(/^中共/, '');
    // 杭州市上城区人民政府湖滨街道办事处 (probe round 52): a 街道's office, whatever city and district it names first
    const level = SUBDISTRICT.test(folded) || SUBDISTRICT_OFFICE.test(folded) ? '镇' : placeLevel(folded, dictionary.places) ?? statedLevel(issuer, false, dictionary);
    if (level) return level;
  }
  if (meta.title === null) return null;
  // 建宁街道2024年重点工作任务分解方案 (probe round 33): a 街道's plan is a township's
  if (SUBDISTRICT.test(meta.title)) return '镇';
  // a place the dictionary holds whole opens the title: 湘乡市…, which the pattern would cut as 湘 + 乡
  const folded = foldUnitName(meta.title);
  const whole = openingPlace(folded, dictionary, true);
  if (whole !== null) return dictionary.places.get(whole)!;
  const title = TITLE_PLACE.exec(folded);
  if (title) {
    const [, name = '', word = ''] = title;
    // a known place, or a name of two characters or more that is no common word: 双营乡, not 城镇;
    // a county's name may be one character: 攸县创建国家卫生县城工作方案
    if (dictionary.places.has(name) || (name.length >= 2 && !NO_PLACE.test(name)) || (name.length === 1 && word === '县' && !NO_COUNTY.test(name))) {
      const level = placeLevel(name + word, dictionary.places);
      if (level) return level;
    }
  }
  return null;
}

/** The level most units state; of equal counts the higher. */
function mostStated(unitLevels: ReadonlyArray<UnitLevel | null>): UnitLevel | null {
  const counts = new Map<UnitLevel, number>();
  for (const level of unitLevels) if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
  let best: UnitLevel | null = null;
  for (const [level, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && RANK[level] < RANK[best])) best = level;
  return best;
}

/** From a unit level to the document level it belongs to. */
export function documentLevelOf(level: UnitLevel | null): DocumentLevel | null {
  return level === null ? null : DOCUMENT_LEVELS[RANK[level] - 1]!;
}
