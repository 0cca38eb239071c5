/** policy-extract: the public API (re-exports only; every reader loaded). */
import './readers/html.js';
import './readers/docx.js';
import './readers/delimited.js';
export { extract, extractAsync, type ExtractOptions } from './extract.js';
export type * from './model/document.js';
export { PolicyExtractError, isPolicyExtractError, type ErrorCode } from './model/errors.js';
export { decodeBytes, type DecodeOptions, type DecodedText } from './readers/decode.js';
export { writeDocuments, formatFromPath, OUTPUT_FORMATS, plainStyle, type OutputFormat, type WriteOptions, type TextStyle } from './writers/index.js';
export { loadUnitDictionary, type UnitDictionary, type DictionaryData } from './extractors/unit-dictionary.js';
export { readAliasFile, parseAliases } from './readers/aliases.js';
export { buildMatrix, type Matrix, type MatrixOptions } from './views/matrix.js';
export { listUnits, type UnitsTableRow } from './views/units-table.js';
export { diffDocuments, type DiffOptions } from './diff/diff-documents.js';
export type * from './model/diff.js';
export { writeDiff, DIFF_FORMATS, type DiffFormat } from './writers/diff.js';
