/**
 * Property records of a Word 97–2003 .doc cut one byte short, mended so word-extractor can walk
 * them. LibreOffice writes a table row's paragraph properties (a PAPX) whose last property, a
 * variable-length one such as sprmTDefTableShd (0xD612), stops right after its opcode: the
 * length byte is not there. word-extractor reads that byte past the record and throws, though it
 * walks these records only to find where table rows end. Word and LibreOffice open such a file.
 */
import { readCfbStreams, rewriteCfbStream } from './cfb.js';

/** Where the FIB keeps the PlcBteChpx and PlcBtePapx: each an offset into the table stream and a length. */
const FC_PLCFBTE_CHPX = 0x00fa;
const FC_PLCFBTE_PAPX = 0x0102;
/** The FIB's flag saying the table stream is 1Table, not 0Table. */
const WHICH_TABLE_STREAM = 0x0200;
const FKP_BYTES = 512;
/** A property's opcode: bits 13–15 say how long its operand is; 6 is variable, its length in the byte after the opcode. */
const SPRA_VARIABLE = 6;
const SPRA_ONE_BYTE = 1;
/** sprmPFTtp: the paragraph ends a table row. */
const ROW_END = 0x2417;

/**
 * The file with every property record cut short inside a variable-length property mended (that
 * property's opcode marked as having a one-byte operand, so a reader stops at the record's end),
 * or null when no record needed mending or the file cannot be followed.
 */
export function mendCutProperties(bytes: Uint8Array): Uint8Array | null {
  const fib = readCfbStreams(bytes, 'WordDocument', FC_PLCFBTE_PAPX + 8)[0];
  if (!fib || fib.length < FC_PLCFBTE_PAPX + 8) return null;
  const table = readCfbStreams(bytes, fib[0x0b]! & (WHICH_TABLE_STREAM >> 8) ? '1Table' : '0Table', Number.MAX_SAFE_INTEGER)[0];
  if (!table) return null;
  return rewriteCfbStream(bytes, 'WordDocument', (stream) => {
    let mended = 0;
    for (const [fcAt, kind] of [[FC_PLCFBTE_PAPX, 'paragraph'], [FC_PLCFBTE_CHPX, 'character']] as const) {
      for (const page of fkpPages(stream, table, fcAt)) mended += mendPage(stream, page * FKP_BYTES, kind);
    }
    return mended > 0;
  });
}

/** The page numbers of the formatted-disk pages a bin table (PlcBteChpx or PlcBtePapx) lists. */
function fkpPages(stream: Uint8Array, table: Uint8Array, fcAt: number): number[] {
  const fc = readUint32(stream, fcAt);
  const lcb = readUint32(stream, fcAt + 4);
  if (lcb < 12 || fc + lcb > table.length) return [];
  const count = (lcb - 4) / 8;
  const pages: number[] = [];
  for (let i = 0; i < count; i++) pages.push(readUint32(table, fc + (count + 1) * 4 + i * 4));
  return pages.filter((page) => (page + 1) * FKP_BYTES <= stream.length);
}

/** Mends the records of one page in place; returns how many it mended. */
function mendPage(stream: Uint8Array, at: number, kind: 'paragraph' | 'character'): number {
  const page = stream.subarray(at, at + FKP_BYTES);
  const runs = page[FKP_BYTES - 1]!;
  let mended = 0;
  for (let j = 0; j < runs; j++) {
    // a PAPX: its place (in words) in a 13-byte BxPap; a CHPX: its place in one byte
    const place = kind === 'paragraph' ? page[(runs + 1) * 4 + j * 13]! * 2 : page[(runs + 1) * 4 + j]! * 2;
    if (place === 0 || place >= FKP_BYTES - 1) continue;
    let start: number;
    let length: number;
    if (kind === 'character') [start, length] = [place + 1, page[place]!];
    else if (page[place] !== 0) [start, length] = [place + 1, 2 * page[place]! - 1];
    else [start, length] = [place + 2, 2 * page[place + 1]!];
    const end = Math.min(start + length, FKP_BYTES);
    // a PAPX opens with its style (istd, two bytes), then its properties
    if (mendRecord(page, kind === 'paragraph' ? start + 2 : start, end)) mended++;
  }
  return mended;
}

/** Walks the properties in [from, end) as word-extractor does; marks a variable-length one cut after its opcode as one-byte. */
function mendRecord(page: Uint8Array, from: number, end: number): boolean {
  let offset = from;
  while (offset < end - 1) {
    const sprm = page[offset]! | (page[offset + 1]! << 8);
    const spra = (sprm >> 13) & 0x07;
    offset += 2;
    if (spra === SPRA_VARIABLE && offset >= end) {
      // the opcode's high byte holds spra; the mended one must not read as a row's end (sprmPFTtp, 0x2417)
      const high = (page[offset - 1]! & 0x1f) | (SPRA_ONE_BYTE << 5);
      page[offset - 1] = (high << 8 | page[offset - 2]!) === ROW_END ? high & 0x1f : high;
      return true;
    }
    offset += spra === SPRA_VARIABLE ? page[offset]! + 1 : OPERAND_BYTES[spra]!;
  }
  return false;
}

/** Operand bytes by spra, as word-extractor counts them (6, variable, is read from the record). */
const OPERAND_BYTES = [1, 1, 2, 4, 2, 2, 0, 3];

function readUint32(bytes: Uint8Array, at: number): number {
  return at + 4 <= bytes.length ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0 : 0;
}
