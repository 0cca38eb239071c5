import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PolicyExtractError } from '../../src/model/errors.js';
import { decodeBytes } from '../../src/readers/decode.js';

// Lines from yanbian-2022-demo-towns-tasks.txt.
const NOTE = '（责任单位：州住建局、州商务局按职责分工负责）';
const TASK = '1.完善园区基础设施。加快推进示范镇产业园区建设。';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const gbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gbk'));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const concat = (...parts: ArrayLike<number>[]): Uint8Array => new Uint8Array(parts.flatMap((part) => Array.from(part)));

/** The error decodeBytes throws, or a failure when it returns. */
function decodeError(bytes: Uint8Array, options: Parameters<typeof decodeBytes>[1] = {}): PolicyExtractError {
  try {
    decodeBytes(bytes, options);
  } catch (error) {
    if (error instanceof PolicyExtractError) return error;
    throw error;
  }
  throw new Error('decodeBytes did not throw');
}

/** How many undecodable sequences a diagnostic reports. */
function reportedCount(message: string | undefined): number {
  if (message === undefined) return 0;
  const more = /and (\d+) more/.exec(message);
  return more ? 1 + Number(more[1]) : 1;
}

describe('decodeBytes', () => {
  describe('encodings', () => {
    it('should decode UTF-8 without a BOM', () => {
      expect(decodeBytes(utf8(NOTE))).toEqual({ text: NOTE, encoding: 'utf-8', bom: false, diagnostics: [] });
    });

    it('should strip a UTF-8 BOM and say it was there', () => {
      expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(NOTE)))).toEqual({ text: NOTE, encoding: 'utf-8', bom: true, diagnostics: [] });
    });

    it('should tell Big5 from GB18030, which reads most of its bytes as kana, Greek and private-use characters (round 7 霞浦縣)', () => {
      const plan = '霞浦縣2024年縣域商業體系建設工作方案\n（一）完善縣域商業網絡。（責任單位：縣商務局、縣發展和改革局）\n';
      expect(decodeBytes(iconv.encode(plan, 'big5'))).toMatchObject({ text: plan, encoding: 'big5' });
      // GBK text stays GBK, traditional characters too
      expect(decodeBytes(iconv.encode(plan, 'gbk'))).toMatchObject({ text: plan, encoding: 'gb18030' });
      expect(decodeBytes(iconv.encode(NOTE, 'gbk'))).toMatchObject({ text: NOTE, encoding: 'gb18030' });
      // box drawing (GBK A9xx) reads as ideographs in Big5, but it is no sign of another encoding
      const boxed = '┌──┬──────┐\n│序号│重点任务│\n╚══╩══════╝\n';
      expect(decodeBytes(iconv.encode(boxed, 'gbk'))).toMatchObject({ text: boxed, encoding: 'gb18030' });
    });

    it('should decode UTF-16LE and UTF-16BE with a BOM', () => {
      expect(decodeBytes(utf16le(`\uFEFF${TASK}\r\n${NOTE}`))).toMatchObject({ text: `${TASK}\r\n${NOTE}`, encoding: 'utf-16le', bom: true });
      expect(decodeBytes(utf16be(`\uFEFF${TASK}\n`))).toMatchObject({ text: `${TASK}\n`, encoding: 'utf-16be', bom: true });
    });

    it('should detect UTF-16LE without a BOM from the NULs of ASCII characters', () => {
      expect(decodeBytes(utf16le(`${TASK}\r\n${NOTE}\r\n`))).toMatchObject({ text: `${TASK}\r\n${NOTE}\r\n`, encoding: 'utf-16le', bom: false });
    });

    it('should decode GBK bytes as gb18030', () => {
      expect(decodeBytes(gbk(`${TASK}\r\n${NOTE}\r\n`))).toEqual({ text: `${TASK}\r\n${NOTE}\r\n`, encoding: 'gb18030', bom: false, diagnostics: [] });
    });

    it('should read GBK that happens to be valid UTF-8 when --encoding gbk forces it', () => {
      const bytes = gbk('锟斤拷');
      expect(decodeBytes(bytes).text).toBe('\uFFFD\uFFFD');
      expect(decodeBytes(bytes, { encoding: 'gbk' })).toEqual({ text: '锟斤拷', encoding: 'gb18030', bom: false, diagnostics: [] });
    });

    it('should map the labels gbk, gb2312, x-gbk and cp936 to gb18030', () => {
      for (const encoding of ['gbk', 'GB2312', 'x-gbk', 'cp936', ' gb18030 ']) {
        expect(decodeBytes(gbk(NOTE), { encoding })).toMatchObject({ text: NOTE, encoding: 'gb18030' });
      }
    });

    it('should decode Big5 when forced', () => {
      const text = '（責任單位：州住建局）';
      expect(decodeBytes(new Uint8Array(iconv.encode(text, 'big5')), { encoding: 'big5' })).toMatchObject({ text, encoding: 'big5', diagnostics: [] });
    });

    it('should strip the GB18030 BOM when gb18030 is forced', () => {
      expect(decodeBytes(concat([0x84, 0x31, 0x95, 0x33], gbk(NOTE)), { encoding: 'gb18030' })).toMatchObject({ text: NOTE, bom: true });
    });

    it('should reject an unknown encoding label', () => {
      const error = decodeError(utf8(NOTE), { encoding: 'xyz' });
      expect([error.code, error.message]).toEqual(['E_ENCODING', 'unknown encoding "xyz" (try utf-8, gb18030, big5, utf-16le)']);
    });
  });

  describe('fatal inputs', () => {
    it('should reject empty files and files that are only a BOM', () => {
      for (const bytes of [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]) {
        const error = decodeError(new Uint8Array(bytes), { path: '通知.txt' });
        expect([error.code, error.message, error.path]).toEqual(['E_EMPTY', 'file is empty', '通知.txt']);
      }
    });

    it('should name the format of PDF, ZIP, OLE2 and PNG files', () => {
      const cases: [number[], string][] = [
        [[...utf8('%PDF-1.7\n')], 'is a PDF file, not text (read it without --input-format)'],
        [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'is a ZIP archive (a .docx or .xlsx?), not text (read it without --input-format)'],
        [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'is an old Office file (.doc, .xls, .wps), not text (read it without --input-format)'],
        [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00], 'is a PNG image, not text'],
      ];
      for (const [bytes, message] of cases) {
        const error = decodeError(new Uint8Array(bytes), { encoding: 'utf-8' });
        expect([error.code, error.message]).toEqual(['E_BINARY', message]);
      }
    });

    it('should reject NUL bytes that are not UTF-16', () => {
      const error = decodeError(concat(utf8('一、总体要求'), [0x00, 0x01, 0x02]));
      expect([error.code, error.message]).toEqual(['E_BINARY', 'looks binary: NUL byte at offset 18']);
    });

    it('should give up on random bytes and suggest --encoding', () => {
      // xorshift32, so the bytes are the same on every run; 0x00 becomes 0x01 to avoid E_BINARY.
      let seed = 2022;
      const next = (): number => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), (seed >>> 0) % 255) + 1;
      const garbage = Uint8Array.from({ length: 4096 }, next);
      const error = decodeError(garbage);
      expect(error.code).toBe('E_DECODE');
      expect(error.message).toMatch(/^cannot decode as UTF-8 or GB18030: invalid byte 0x[0-9A-F]{2} at offset \d+, \d+ undecodable sequences in all \(try --encoding\)$/);
    });

    it('should not give up when the encoding is forced', () => {
      const bytes = concat(utf8('一、\n'), gbk(NOTE.repeat(10)));
      const result = decodeBytes(bytes, { encoding: 'utf-8' });
      expect(result.encoding).toBe('utf-8');
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: 'undecodable-bytes', severity: 'error', line: 2 });
    });
  });

  describe('undecodable bytes', () => {
    it('should report a GBK file cut in the middle of a character once, with its offset and line', () => {
      const bytes = gbk(`${TASK}\r\n${NOTE}`).subarray(0, -1);
      const offset = bytes.length - 1;
      expect(decodeBytes(bytes)).toEqual({
        text: `${TASK}\r\n${NOTE.slice(0, -1)}\uFFFD`,
        encoding: 'gb18030',
        bom: false,
        diagnostics: [{ code: 'undecodable-bytes', severity: 'error', line: 2, message: `invalid byte 0xA3 at offset ${offset} (incomplete character at end of file); decoded as gb18030 with U+FFFD` }],
      });
    });

    it('should keep a UTF-8 file cut in the middle of a character as UTF-8', () => {
      const bytes = utf8(`${TASK}\n${NOTE}`).subarray(0, -2);
      expect(decodeBytes(bytes)).toMatchObject({
        encoding: 'utf-8',
        text: `${TASK}\n${NOTE.slice(0, -1)}\uFFFD`,
        diagnostics: [{ line: 2, message: `invalid byte 0xEF at offset ${bytes.length - 1} (incomplete character at end of file); decoded as utf-8 with U+FFFD` }],
      });
    });

    it('should read a UTF-8 file with one pasted GBK line as UTF-8 and point at that line', () => {
      const head = utf8(`${TASK}\n`.repeat(100));
      expect(decodeBytes(concat(head, gbk(`${NOTE}\n`), utf8(TASK))).diagnostics).toEqual([
        {
          code: 'undecodable-bytes',
          severity: 'error',
          line: 101,
          message: `invalid byte 0xA3 at offset ${head.length} (and 27 more undecodable sequences); decoded as utf-8 with U+FFFD`,
        },
      ]);
    });

    it('should report an unpaired surrogate in UTF-16 by its code unit and count lines in code units', () => {
      const le = concat(utf16le(`\uFEFF${TASK}\n`), [0x3d, 0xd8], utf16le('完'));
      expect(decodeBytes(le).diagnostics).toEqual([
        { code: 'undecodable-bytes', severity: 'error', line: 2, message: 'invalid code unit 0xD83D at offset 54; decoded as utf-16le with U+FFFD' },
      ]);
      const be = concat(utf16be(`\uFEFF${TASK}\n\n`), [0xdc, 0x00]);
      expect(decodeBytes(be).diagnostics).toEqual([
        { code: 'undecodable-bytes', severity: 'error', line: 3, message: 'invalid code unit 0xDC00 at offset 56; decoded as utf-16be with U+FFFD' },
      ]);
    });
  });

  describe('properties', () => {
    const noNul = (text: string): boolean => text.length > 0 && !text.includes('\0') && !text.startsWith('\uFEFF');

    it('should round-trip any string through UTF-8 without diagnostics (but a few non-Chinese characters that spell clean GBK Chinese)', () => {
      // ≤ 16 non-ASCII bytes with no Chinese in them may be GBK that is valid UTF-8 by chance (一 is D2 BB)
      const ambiguous = (text: string): boolean => utf8(text).filter((byte) => byte >= 0x80).length <= 16 && !/[\u3000-\u9fff\uff00-\uffef]/.test(text);
      fc.assert(
        fc.property(fc.string({ unit: 'binary', minLength: 1 }).filter(noNul).filter((text) => !ambiguous(text)), (text) => {
          expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false, diagnostics: [] });
        }),
        { numRuns: 300 },
      );
    });

    it('should read long UTF-8 the same across the 65,536-unit chunks of the decoder, a surrogate pair at every place of a chunk end', () => {
      // 65,533 units then 𠀀 (two units) reaches a chunk end exactly; shifting by one unit moves the pair across it
      for (const shift of [0, 1, 2, 3]) {
        const text = `${'一'.repeat(65_533 + shift)}𠀀推进（责任单位：州住建局）\n${'a'.repeat(70_000)}é`;
        expect(decodeBytes(utf8(text)).text).toBe(text);
      }
    });

    it('should read a few GBK characters that are also valid UTF-8 as GBK (一 is D2 BB, UTF-8 һ)', () => {
      expect(decodeBytes(Uint8Array.from([0xd2, 0xbb]))).toMatchObject({ text: '一', encoding: 'gb18030' });
      expect(decodeBytes(Uint8Array.from([0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9]))).toMatchObject({ text: '（一）', encoding: 'gb18030' });
    });

    it('should round-trip Chinese and ASCII text through GBK', () => {
      const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
      const char = fc.oneof(cjk, fc.constantFrom(...'，。、；：（）《》“”\n'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }));
      fc.assert(
        fc.property(fc.array(char, { minLength: 1, maxLength: 60 }).map((chars) => chars.join('')), (text) => {
          const bytes = gbk(text);
          // Short GBK strings can be valid UTF-8 (锟斤拷 is); only --encoding can tell those apart.
          const result = decodeBytes(bytes, { encoding: isUtf8(bytes) ? 'gbk' : null });
          expect(result).toEqual({ text, encoding: 'gb18030', bom: false, diagnostics: [] });
        }),
        { numRuns: 300 },
      );
    });

    it('should throw nothing but PolicyExtractError, and never produce U+FFFD silently', () => {
      const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xd6, 0xd0]);
      const encoding = fc.constantFrom(null, 'utf-8', 'gbk', 'big5', 'utf-16be', 'shift_jis', 'nope');
      fc.assert(
        fc.property(prefix, fc.uint8Array({ maxLength: 200 }), encoding, (head, tail, label) => {
          const bytes = concat(head, tail);
          try {
            const result = decodeBytes(bytes, { encoding: label });
            const silent = result.text.includes('\uFFFD') && result.diagnostics.length === 0;
            if (silent) expect(() => new TextDecoder(result.encoding, { fatal: true }).decode(bytes)).not.toThrow();
          } catch (error) {
            expect(error).toBeInstanceOf(PolicyExtractError);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('should count undecodable sequences as TextDecoder replaces them', () => {
      const encodedFffd: Record<string, number[]> = { 'utf-8': [0xef, 0xbf, 0xbd], gb18030: [0x84, 0x31, 0xa4, 0x37], 'utf-16le': [0xfd, 0xff], 'utf-16be': [0xff, 0xfd] };
      const bytes = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((raw) => raw.map((byte) => byte || 0x30));
      fc.assert(
        fc.property(bytes, fc.constantFrom('utf-8', 'gb18030', 'utf-16le', 'utf-16be'), (raw, encoding) => {
          // A U+FFFD that was in the input is not a replacement.
          fc.pre(Buffer.from(raw).indexOf(Buffer.from(encodedFffd[encoding] ?? [])) < 0);
          let result;
          try {
            result = decodeBytes(raw, { encoding });
          } catch (error) {
            // Random bytes may start with a magic number (1F 8B is gzip) or be a lone BOM.
            fc.pre(!(error instanceof PolicyExtractError && (error.code === 'E_BINARY' || error.code === 'E_EMPTY')));
            throw error;
          }
          const replaced = Array.from(new TextDecoder(encoding, { ignoreBOM: true }).decode(raw)).filter((char) => char === '\uFFFD').length;
          expect(reportedCount(result.diagnostics[0]?.message)).toBe(replaced);
        }),
        { numRuns: 300 },
      );
    });
  });
});
