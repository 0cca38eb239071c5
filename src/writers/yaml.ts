/** Writes documents as YAML; loaded lazily, so only YAML runs pay for the yaml package. */
import { Scalar, stringify } from 'yaml';
import type { PolicyDocument } from '../model/document.js';
import { toDocumentsValue } from './json.js';

/**
 * Options that keep the output faithful and readable:
 * - `lineWidth: 0`: task text is one long Chinese line; folding it would only add breaks a
 *   reader has to undo.
 * - `aliasDuplicateObjects: false`: an extractor may share one array between two tasks;
 *   `&a1` / `*a1` anchors would be correct YAML but unreadable in a review.
 * - `compat: 'yaml-1.1'`: also quote what a YAML 1.1 reader (PyYAML, many CI tools) would
 *   take for a non-string, such as the date `2022-05-07` or `yes`/`no`/`on`.
 */
const STRINGIFY_OPTIONS = {
  lineWidth: 0,
  aliasDuplicateObjects: false,
  compat: 'yaml-1.1',
} as const;

/**
 * Renders documents as YAML: one document as a mapping, several as a sequence.
 *
 *     writeYaml([yanbian])
 *     // → 'source:\n  path: fixtures/corpus/yanbian.txt\n  encoding: utf-8\n …'
 *
 * Strings that look like other types (`1.`, `null`, `2022-05-07`) come out quoted, so
 * `parse(writeYaml([doc]))` deep-equals `doc`.
 */
export function writeYaml(documents: readonly PolicyDocument[]): string {
  return stringify(toDocumentsValue(documents), quoteBlankLines, STRINGIFY_OPTIONS);
}

/**
 * yaml 2.9 writes `" \n"` as a block scalar that reads back as `"\n"` (the blank line's spaces
 * are lost); such strings are written double-quoted instead. Found by the round-trip property.
 */
function quoteBlankLines(_key: unknown, value: unknown): unknown {
  if (typeof value !== 'string' || !/(?:^|\n)[ \t]+(?:\n|$)/.test(value)) return value;
  return Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
}
