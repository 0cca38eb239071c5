/**
 * Reads a Word 97–2003 .doc through word-extractor: the body text (table cells tab-separated,
 * a row a line), then the text reader. Word's automatic numbering is not in a .doc's text; the
 * extractor says so when notes stand in paragraphs no marker opens (see lost-numbering.ts). A
 * WPS 文字 `.wps` is read here too: WPS saves it in the Word binary format.
 */
import type { Diagnostic } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { cfbChainsEnd } from './cfb.js';
import { mendCutProperties } from './word-sprms.js';
import { writtenByWps } from './detect.js';
import { refusal } from './refused.js';
import { registerAsyncReader, type ReaderOptions } from './registry.js';
import { readTextLines } from './text.js';
import type { ReadResult } from './types.js';
import { loadPackage } from '../packages.js';

/**
 * Reads a .doc file's body as lines.
 *
 *     await readWordBinary(readFileSync('责任清单.doc'), { path: '责任清单.doc' })
 *     // → { format: 'doc', encoding: 'utf-16le', lines: [{ line: 1, text: '延政办函〔2025〕37号' }, …], tables: [] }
 *
 * @throws PolicyExtractError E_BINARY for a damaged file (a sector chain that loops is refused
 * before word-extractor, which would follow it for ever, reads the file), E_UNSUPPORTED for a
 * `.wps` (or a file WPS marked) that word-extractor cannot read.
 */
export async function readWordBinary(bytes: Uint8Array, options: ReaderOptions = {}): Promise<ReadResult> {
  const path = options.path ?? null;
  if (!cfbChainsEnd(bytes)) throw new PolicyExtractError('E_BINARY', 'is a damaged Word 97–2003 file (its sector chains loop or leave the file)', { path });
  const { default: WordExtractor } = await loadPackage<typeof import('word-extractor')>('word-extractor');
  const bodyOf = async (file: Uint8Array): Promise<string> => {
    const document = await new WordExtractor().extract(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
    // filterUnicode would turn “ ” ‘ ’ — into ASCII quotes and dashes
    return document.getBody({ filterUnicode: false });
  };
  let body: string;
  const diagnostics: Diagnostic[] = [];
  try {
    try {
      body = await bodyOf(bytes);
    } catch (error) {
      // a property record LibreOffice cut one byte short: mended, the file reads
      const mended = error instanceof RangeError ? mendCutProperties(bytes) : null;
      if (!mended) throw error;
      body = await bodyOf(mended);
      diagnostics.push({ code: 'doc-properties-mended', severity: 'info', message: '文件中有段落格式记录短缺一个字节（LibreOffice 保存的 .doc 表格常见），已按原意补全后读取', line: null });
    }
  } catch (error) {
    // a .wps that WPS wrote with more of its own than word-extractor follows: say what it is and how to convert it
    if (path?.toLowerCase().endsWith('.wps') || writtenByWps(bytes)) throw refusal('wps', path);
    throw new PolicyExtractError('E_BINARY', `is a damaged Word 97–2003 file (${(error as Error).message})`, { path, cause: error });
  }
  if (body.trim() === '') throw new PolicyExtractError('E_EMPTY', 'is a Word 97–2003 file with no text in its body', { path });
  // Word stores text as UTF-16LE, or as CP1252 bytes for runs without other characters
  return { format: 'doc', encoding: 'utf-16le', bom: false, lines: readTextLines(body), tables: [], diagnostics };
}

registerAsyncReader('doc', readWordBinary);
