/** Decodes an HTML page's bytes with the charset its `<meta>` declares, unless the bytes say otherwise. */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../model/document.js';
import { decodeBytes, type DecodedText } from './decode.js';

export interface DecodeHtmlOptions {
  /** Forced encoding label: wins over the BOM, `<meta charset>` and detection. */
  encoding?: string | null;
  /** The file the bytes came from, carried by errors. */
  path?: string | null;
}

/**
 * `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
 *
 *     > | <meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
 *                                                                 ^^^^^^
 */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58']);

/** Decodes with the page's own charset where the bytes agree with it (the bytes win when they do not). */
export function decodeHtml(bytes: Uint8Array, options: DecodeHtmlOptions): { decoded: DecodedText; notes: Diagnostic[] } {
  const path = options.path ?? null;
  const declared = options.encoding || hasBom(bytes) ? null : declaredCharset(bytes);
  if (declared === null) return { decoded: decodeBytes(bytes, { encoding: options.encoding ?? null, path }), notes: [] };
  // Portals copy templates: a page saved as UTF-8 keeps saying gb2312, and the other way round.
  const utf8 = isUtf8(bytes) && hasNonAscii(bytes);
  const encoding = utf8 ? 'utf-8' : declared.encoding === 'utf-8' ? null : declared.encoding;
  const decoded = decodeBytes(bytes, { encoding, path });
  const notes: Diagnostic[] = decoded.encoding === declared.encoding ? [] : [{
    code: 'charset-mismatch',
    severity: 'info',
    message: `the page declares charset=${declared.label}, but its bytes read as ${decoded.encoding}`,
    line: null,
  }];
  return { decoded, notes };
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The charset the first 1024 bytes declare: the label as written and the decoder decodeBytes takes; null when none or unknown. */
function declaredCharset(bytes: Uint8Array): { label: string; encoding: string } | null {
  // latin1 maps each byte to the character of its code, as the spread of String.fromCharCode did, without 1,024 arguments
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  const key = label.toLowerCase();
  if (GB_LABELS.has(key)) return { label, encoding: 'gb18030' };
  // HTML reads a UTF-16 declaration in an ASCII-compatible page as UTF-8
  if (key.startsWith('utf-16') || key === 'utf8' || key === 'unicode') return { label, encoding: 'utf-8' };
  try {
    const name = new TextDecoder(key).encoding;
    return { label, encoding: name === 'gbk' ? 'gb18030' : name };
  } catch {
    return null;
  }
}
