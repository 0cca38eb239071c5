/** policy-extract: the public API (re-exports only; every reader loaded). */
import './readers/html.js';
import './readers/docx.js';
export { extract, type ExtractOptions } from './extract.js';
export type * from './model/document.js';
export { PolicyExtractError, isPolicyExtractError, type ErrorCode } from './model/errors.js';
export { decodeBytes, type DecodeOptions, type DecodedText } from './readers/decode.js';
export { writeDocuments, formatFromPath, OUTPUT_FORMATS, plainStyle, type OutputFormat, type WriteOptions, type TextStyle } from './writers/index.js';
