/**
 * The unit dictionary: the built-in data file (src/data/unit-dictionary.json) merged with a user's
 * alias file, indexed for the name matcher in unit-names.ts.
 */
import { readFileSync } from 'node:fs';
import { UNIT_LEVELS, type UnitKind, type UnitLevel } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { foldTraditional } from './fold.js';

/** One line of work (职能) at every level, as the data file writes it. */
export interface FunctionEntry {
  /** 住房和城乡建设: the same at every level. */
  function: string;
  kind: UnitKind;
  /** Stems as documents write them: 住房和城乡建设, 住房城乡建设, 住建. */
  names: string[];
  /** Office words after a stem: 厅, 局, 委员会, 科, "" … */
  suffixes: string[];
  /** Irregular written forms that are no stem + suffix: 通信办. */
  forms?: string[];
  /**
   * Written names of the central unit that say so without a head (人社部, 市场监管总局, 中宣部), or
   * whole where the head would read wrong (国家邮政局 is no 国家 + 邮政局, a post office).
   */
  central?: string[];
  /**
   * Standard office name by level (省, 州, 县 …) and `*` for the others: 省 → 住房和城乡建设厅, * → 住房和城乡建设局;
   * `中央`: the central unit's whole official name (住房和城乡建设部), whatever head it is written with.
   */
  canonical: Partial<Record<UnitLevel | '*' | typeof CENTRAL, string>>;
  /** `start`: the form only opens the name, a branch follows (国开行吉林省分行). */
  match?: 'exact' | 'start';
}

/** The canonical key of a central unit's name: no level of ours, written where a level would be. */
export const CENTRAL = '中央';

/** What an alias file says of one written name; fields left out are found as for any name. */
export interface UnitAlias {
  canonical?: string;
  level?: UnitLevel | null;
  function?: string | null;
  kind?: UnitKind;
}

/** The data file's shape, which an alias file shares (every part optional there). */
export interface DictionaryData {
  places?: Record<string, UnitLevel>;
  functions?: FunctionEntry[];
  units?: Record<string, UnitAlias>;
}

/** A form the matcher looks up, with the entry it belongs to. */
export interface FormMatch {
  form: string;
  entry: FunctionEntry;
}

/** The dictionary, ready for matching. */
export interface UnitDictionary {
  /** Written name (folded) → what the alias file says. */
  readonly units: ReadonlyMap<string, UnitAlias>;
  /** Short place names without their level word: 吉林 → 省, 延边 → 州. */
  readonly places: ReadonlyMap<string, UnitLevel>;
  /** The entry a whole office name is a form of (stem + suffix, or an irregular form), if any. */
  exact(rest: string): FunctionEntry | undefined;
  /** The entry whose central unit a name is by itself (财政部, 市场监管总局), if any. */
  central(rest: string): FunctionEntry | undefined;
  /** Forms that open a name (banks and their branches), longest first. */
  readonly starts: readonly FormMatch[];
  /** Stems of two or more characters, longest first: the line of work of a name the dictionary does not hold (built on first use). */
  readonly stems: readonly FormMatch[];
}

export const UNIT_KINDS: readonly UnitKind[] = ['party-committee', 'government', 'department', 'public-institution', 'enterprise', 'mass-organization', 'financial', 'generic'];

/**
 * The form names are matched in: traditional folded to simplified, no white space, half-width
 * brackets. Alias keys are folded the same way, so `市委宣传部（市新闻办）` finds its alias.
 */
export function foldUnitName(name: string): string {
  const folded = foldTraditional(name);
  // 各县〔市、区〕政府 (百色 probe round 62): 〔〕 is how a bracket inside a note's （） is written, the name's own brackets
  return /[\s（）〔〕]/.test(folded) ? folded.replace(/\s+/g, '').replace(/[（〔]/g, '(').replace(/[）〕]/g, ')') : folded;
}

let builtIn: DictionaryData | null = null;

/** The data file shipped in the package, read once (the same path from src/ and from dist/). */
export function builtInDictionaryData(): DictionaryData {
  builtIn ??= JSON.parse(readFileSync(new URL('../../src/data/unit-dictionary.json', import.meta.url), 'utf8')) as DictionaryData;
  return builtIn;
}

let builtInIndex: UnitDictionary | null = null;

/**
 * The built-in dictionary, or the built-in one with alias data laid over it: an alias entry for
 * a function the data file has replaces it; places and units are added or replace.
 */
export function loadUnitDictionary(aliases: DictionaryData | null = null): UnitDictionary {
  if (aliases === null) {
    builtInIndex ??= indexDictionary([builtInDictionaryData()]);
    return builtInIndex;
  }
  return indexDictionary([builtInDictionaryData(), aliases]);
}

function indexDictionary(layers: readonly DictionaryData[]): UnitDictionary {
  // a line of work may have several entries (the department, its township offices, its institutions);
  // an alias file's entries for a function replace all the built-in ones of that function
  const functions = new Map<string, FunctionEntry[]>();
  const places = new Map<string, UnitLevel>();
  const units = new Map<string, UnitAlias>();
  for (const layer of layers) {
    const replaced = new Set<string>();
    for (const entry of layer.functions ?? []) {
      if (!replaced.has(entry.function)) functions.set(entry.function, []);
      replaced.add(entry.function);
      functions.get(entry.function)!.push(entry);
    }
    for (const [place, level] of Object.entries(layer.places ?? {})) places.set(place, level);
    for (const [name, alias] of Object.entries(layer.units ?? {})) units.set(name, alias);
  }
  // indexed by stem, not by every stem + suffix: the CLI builds this on every run, and a few
  // hundred stems are quicker to file than thousands of forms
  const byStem = new Map<string, FunctionEntry[]>();
  const byForm = new Map<string, FunctionEntry>();
  const byCentralForm = new Map<string, FunctionEntry>();
  const suffixes = new Set<string>();
  const starts: FormMatch[] = [];
  const entries: FunctionEntry[] = [];
  for (const list of functions.values()) entries.push(...list);
  for (const entry of entries) {
    for (const form of entry.central ?? []) byCentralForm.set(form, entry);
    if (entry.match === 'start') {
      for (const form of formsOf(entry)) starts.push({ form, entry });
      continue;
    }
    for (const stem of entry.names) {
      const list = byStem.get(stem);
      if (list) list.push(entry);
      else byStem.set(stem, [entry]);
    }
    for (const suffix of entry.suffixes) suffixes.add(suffix);
    for (const form of entry.forms ?? []) byForm.set(form, entry);
  }
  const suffixList = [...suffixes];
  const exact = (rest: string): FunctionEntry | undefined => {
    const irregular = byForm.get(rest);
    if (irregular) return irregular;
    for (const suffix of suffixList) {
      if (!rest.endsWith(suffix) || rest.length === suffix.length) continue;
      const found = byStem.get(rest.slice(0, rest.length - suffix.length))?.find((entry) => entry.suffixes.includes(suffix));
      if (found) return found;
    }
    return undefined;
  };
  const longestFirst = (a: FormMatch, b: FormMatch): number => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0);
  let stems: FormMatch[] | null = null;
  return {
    units, places, exact, starts: starts.sort(longestFirst),
    central: (rest) => byCentralForm.get(rest),
    // most runs never meet an unknown name: the stems are sorted when one comes
    get stems(): readonly FormMatch[] {
      stems ??= entries.flatMap((entry) => entry.names.filter((stem) => stem.length >= 2).map((form) => ({ form, entry }))).sort(longestFirst);
      return stems;
    },
  };
}

/** Every written form of an entry: each stem with each suffix, the irregular forms and the central unit's. */
export function formsOf(entry: FunctionEntry): string[] {
  // names, suffixes and forms are folded already: the data file is written so (a test checks it),
  // an alias file is folded as it is read; the CLI builds this index on every run
  const forms: string[] = [];
  for (const stem of entry.names) for (const suffix of entry.suffixes) if (stem || suffix) forms.push(stem + suffix);
  for (const form of entry.forms ?? []) forms.push(form);
  for (const form of entry.central ?? []) forms.push(form);
  return forms;
}

/**
 * Checks data read from an alias file (or the data file) and returns it typed; the message names
 * the first wrong field: `functions[2].kind: "bureau" is no kind (party-committee, government, …)`.
 */
export function checkDictionaryData(value: unknown, path: string | null): DictionaryData {
  const fail = (where: string, message: string): never => {
    throw new PolicyExtractError('E_ALIASES', `${where}: ${message}`, { path });
  };
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) return fail('top level', 'expected a mapping with units, places and functions');
  for (const key of Object.keys(value)) {
    if (!['units', 'places', 'functions', '$comment'].includes(key)) fail(key, 'unknown section (expected units, places, functions)');
  }
  const data: DictionaryData = {};
  if (value.places !== undefined && value.places !== null) {
    if (!isRecord(value.places)) fail('places', 'expected a mapping of place → level (延边: 州)');
    data.places = Object.create(null) as Record<string, UnitLevel>;
    for (const [place, level] of Object.entries(value.places as Record<string, unknown>)) data.places[foldUnitName(place)] = checkLevel(level, `places.${place}`, fail) ?? fail(`places.${place}`, 'a level is needed');
  }
  if (value.units !== undefined && value.units !== null) {
    if (!isRecord(value.units)) fail('units', 'expected a mapping of written name → canonical name or fields');
    data.units = Object.create(null) as Record<string, UnitAlias>;
    for (const [name, alias] of Object.entries(value.units as Record<string, unknown>)) data.units[foldUnitName(name)] = checkAlias(alias, `units.${name}`, fail);
  }
  if (value.functions !== undefined && value.functions !== null) {
    if (!Array.isArray(value.functions)) fail('functions', 'expected a list of entries');
    data.functions = (value.functions as unknown[]).map((entry, index) => checkEntry(entry, `functions[${index}]`, fail));
  }
  return data;
}

type Fail = (where: string, message: string) => never;

function checkAlias(value: unknown, where: string, fail: Fail): UnitAlias {
  if (typeof value === 'string') return { canonical: checkString(value, where, fail) };
  if (!isRecord(value)) return fail(where, 'expected a canonical name or a mapping with canonical, level, function, kind');
  for (const key of Object.keys(value)) if (!['canonical', 'level', 'function', 'kind'].includes(key)) fail(`${where}.${key}`, 'unknown field (expected canonical, level, function, kind)');
  const alias: UnitAlias = {};
  if (value.canonical !== undefined) alias.canonical = checkString(value.canonical, `${where}.canonical`, fail);
  if (value.level !== undefined) alias.level = checkLevel(value.level, `${where}.level`, fail);
  if (value.function !== undefined) alias.function = value.function === null ? null : checkString(value.function, `${where}.function`, fail);
  if (value.kind !== undefined) alias.kind = checkKind(value.kind, `${where}.kind`, fail);
  return alias;
}

function checkEntry(value: unknown, where: string, fail: Fail): FunctionEntry {
  if (!isRecord(value)) return fail(where, 'expected a mapping with function, kind, names, suffixes, canonical');
  const strings = (key: string, required: boolean): string[] => {
    const list = value[key];
    if (list === undefined && !required) return [];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) return fail(`${where}.${key}`, 'expected a list of strings');
    // an empty stem or form would match every name (with match: start) or none
    if (key !== 'suffixes' && list.some((item) => (item as string).trim() === '')) return fail(`${where}.${key}`, 'holds an empty string');
    return list as string[];
  };
  const canonical = value.canonical;
  if (!isRecord(canonical)) return fail(`${where}.canonical`, 'expected a mapping of level (or *, 中央) → office name');
  for (const [level, name] of Object.entries(canonical)) {
    if (level !== '*' && level !== CENTRAL) checkLevel(level, `${where}.canonical`, fail);
    checkString(name, `${where}.canonical.${level}`, fail);
  }
  const entry: FunctionEntry = {
    function: checkString(value.function, `${where}.function`, fail),
    kind: checkKind(value.kind, `${where}.kind`, fail),
    names: strings('names', true).map(foldUnitName),
    suffixes: strings('suffixes', false).map(foldUnitName),
    forms: strings('forms', false).map(foldUnitName),
    central: strings('central', false).map(foldUnitName),
    canonical: canonical as FunctionEntry['canonical'],
  };
  if (entry.suffixes.length === 0) entry.suffixes = [''];
  if (value.match !== undefined && value.match !== 'exact' && value.match !== 'start') fail(`${where}.match`, 'expected exact or start');
  if (value.match === 'start') entry.match = 'start';
  if (entry.names.length === 0 && entry.forms!.length === 0 && entry.central!.length === 0) fail(where, 'needs names, forms or central');
  // a central form names one unit: the entry must say which
  if (entry.central!.length > 0 && entry.canonical[CENTRAL] === undefined) fail(`${where}.canonical`, `central forms need a ${CENTRAL} name`);
  return entry;
}

function checkString(value: unknown, where: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(where, 'expected a non-empty string');
  return value.trim();
}

function checkLevel(value: unknown, where: string, fail: Fail): UnitLevel | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !(UNIT_LEVELS as readonly string[]).includes(value)) return fail(where, `"${String(value)}" is no level (${UNIT_LEVELS.join(' ')})`);
  return value as UnitLevel;
}

function checkKind(value: unknown, where: string, fail: Fail): UnitKind {
  if (typeof value !== 'string' || !(UNIT_KINDS as readonly string[]).includes(value)) return fail(where, `"${String(value)}" is no kind (${UNIT_KINDS.join(', ')})`);
  return value as UnitKind;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
