/** Writes documents as JSON: the document model as it is, keys in model order. */
import type { PolicyDocument } from '../model/document.js';

/**
 * The value JSON and YAML serialize: one document as itself, several (or none) as an array,
 * so the common single-file run reads `doc.tasks` rather than `doc[0].tasks`.
 *
 *     toDocumentsValue([yanbian])           // → yanbian
 *     toDocumentsValue([yanbian, shuangying]) // → [yanbian, shuangying]
 */
export function toDocumentsValue(documents: readonly PolicyDocument[]): PolicyDocument | PolicyDocument[] {
  const [only] = documents;
  return documents.length === 1 && only !== undefined ? only : [...documents];
}

/**
 * Renders documents as pretty-printed JSON ending in a newline.
 *
 * Keys are not sorted: the model objects are built in a fixed order, and that order
 * (id, part, path, headings, title, text, …) is the one a reader wants to scan.
 *
 *     writeJson([yanbian])
 *     // → '{\n  "source": {\n    "path": "fixtures/corpus/yanbian.txt",\n …}\n'
 */
export function writeJson(documents: readonly PolicyDocument[]): string {
  return JSON.stringify(toDocumentsValue(documents), null, 2) + '\n';
}
