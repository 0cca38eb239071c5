/** Reads a unit alias file (YAML): names the built-in dictionary lacks or names differently. */
import { readFile } from 'node:fs/promises';
import { checkDictionaryData, type DictionaryData } from '../extractors/unit-dictionary.js';
import { PolicyExtractError } from '../model/errors.js';
import { loadPackage } from '../packages.js';

/**
 * Reads and checks an alias file; its format is the README's "Alias file" section.
 *
 *     await readAliasFile('fixtures/aliases/yanbian.yaml')
 *     // → { units: { 州通信办: { canonical: '延边州通信发展管理办公室', … } }, places: { 延边: '州' } }
 *
 * @throws PolicyExtractError E_NOT_FOUND when the file is missing, E_ALIASES (with the line) when
 *   it is no YAML or holds a field the format does not have.
 */
export async function readAliasFile(path: string): Promise<DictionaryData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PolicyExtractError('E_NOT_FOUND', 'no such alias file', { path, cause: error });
    throw new PolicyExtractError('E_ALIASES', `cannot read the alias file: ${(error as Error).message}`, { path, cause: error });
  }
  return parseAliases(text.replace(/^\uFEFF/, ''), path);
}

/** Parses alias YAML text; `path` only names the file in errors. */
export async function parseAliases(text: string, path: string | null = null): Promise<DictionaryData> {
  const { parseDocument } = await loadPackage<typeof import('yaml')>('yaml');
  const document = parseDocument(text, { uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line ?? null;
    throw new PolicyExtractError('E_ALIASES', `not a valid alias file: ${error.message.split('\n')[0]}`, { path, line });
  }
  let value: unknown;
  try {
    // an alias (*x) to no anchor, or one expanded past the alias limit, fails here
    value = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new PolicyExtractError('E_ALIASES', `not a valid alias file: ${(cause as Error).message.split('\n')[0]}`, { path, cause });
  }
  return checkDictionaryData(value, path);
}
