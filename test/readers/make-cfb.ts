// Builds small OLE2 compound files for the tests: a root and up to seven named streams (empty, or holding a few bytes in the mini stream) that olefile and word-extractor find, and a directory chain that can be made to loop.

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const MINI_SECTOR = 64;

/** A stream by its name alone (empty), or with what it holds (under 4,096 bytes: kept in the mini stream). */
export type CfbStream = string | { name: string; data: Uint8Array };

export interface CfbOptions {
  /** The directory's second sector links back to its first: a chain that never ends. */
  loop?: boolean;
}

/**
 * A version 3 compound file (512-byte sectors): header, one FAT sector, two directory sectors,
 * then, when a stream holds bytes, one mini FAT sector and the mini stream's sectors.
 */
export function makeCfb(streams: readonly CfbStream[], options: CfbOptions = {}): Uint8Array {
  if (streams.length > 7) throw new Error('at most seven streams');
  const named = streams.map((stream) => (typeof stream === 'string' ? { name: stream, data: new Uint8Array(0) } : stream));
  // each stream's bytes in mini sectors one after another: [first mini sector, mini sectors]
  let miniSectors = 0;
  const placed = named.map(({ data }) => {
    const count = Math.ceil(data.length / MINI_SECTOR);
    if (data.length >= 4096) throw new Error('a stream of 4,096 bytes or more is not kept in the mini stream');
    const first = count > 0 ? miniSectors : END_OF_CHAIN;
    miniSectors += count;
    return { first, count };
  });
  const containerSectors = Math.ceil((miniSectors * MINI_SECTOR) / 512);
  const bytes = new Uint8Array(512 * (4 + (miniSectors > 0 ? 1 + containerSectors : 0)));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, miniSectors > 0 ? 3 : END_OF_CHAIN, true); // the mini FAT, if any, in sector 3
  view.setUint32(0x40, miniSectors > 0 ? 1 : 0, true);
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // sector 0 (file offset 512) is the FAT: itself, the directory's chain 1 → 2 (→ 1 when looping),
  // the mini FAT's sector 3, the mini stream's sectors 4 → 5 → …
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, 2, true);
  view.setUint32(fat + 8, options.loop ? 1 : END_OF_CHAIN, true);
  if (miniSectors > 0) {
    view.setUint32(fat + 12, END_OF_CHAIN, true);
    for (let i = 0; i < containerSectors; i++) view.setUint32(fat + (4 + i) * 4, i + 1 < containerSectors ? 5 + i : END_OF_CHAIN, true);
    const miniFat = 512 * 4;
    for (let i = 0; i < 128; i++) view.setUint32(miniFat + i * 4, FREE, true);
    named.forEach(({ data }, s) => {
      const { first, count } = placed[s]!;
      if (count === 0) return;
      for (let i = 0; i < count; i++) view.setUint32(miniFat + (first + i) * 4, i + 1 < count ? first + i + 1 : END_OF_CHAIN, true);
      bytes.set(data, 512 * 5 + first * MINI_SECTOR);
    });
  }
  const rootStart = miniSectors > 0 ? 4 : END_OF_CHAIN;
  // the root's children hang one from another's right (a tree of one branch, as a reader walks it)
  writeEntry(view, 1024, 'Root Entry', 5, rootStart, miniSectors * MINI_SECTOR, { child: named.length > 0 ? 1 : FREE });
  named.forEach(({ name, data }, i) => writeEntry(view, 1024 + (i + 1) * 128, name, 2, placed[i]!.first, data.length, { right: i + 1 < named.length ? i + 2 : FREE }));
  return bytes;
}

function writeEntry(view: DataView, at: number, name: string, type: number, start: number, size: number, links: { child?: number; right?: number }): void {
  for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
  view.setUint16(at + 0x40, (name.length + 1) * 2, true);
  view.setUint8(at + 0x42, type);
  view.setUint8(at + 0x43, 1); // black
  view.setUint32(at + 0x44, FREE, true);
  view.setUint32(at + 0x48, links.right ?? FREE, true);
  view.setUint32(at + 0x4c, links.child ?? FREE, true);
  view.setUint32(at + 0x74, start, true);
  view.setUint32(at + 0x78, size, true);
}

/** The property set identifiers of DocumentSummaryInformation: its own section, then the custom properties'. */
const DOCUMENT_SUMMARY = '02d5cdd59c2e1b10939708002b2cf9ae';
const USER_DEFINED = '05d5cdd59c2e1b10939708002b2cf9ae';

/**
 * A `\u0005DocumentSummaryInformation` stream holding custom properties (names and string values)
 * in the code page given — 1200 (UTF-16LE) or 936 (GBK; the names here are ASCII) — as an Office
 * program writes File → Properties → Custom: a property set of two sections, the second with the
 * dictionary of names, the code page and the values.
 *
 *     makeCustomProperties({ KSOProductBuildVer: '2052-11.1.0.10132' })   // what WPS Office writes
 */
export function makeCustomProperties(properties: Record<string, string>, codePage: 1200 | 936 = 1200): Uint8Array {
  const wide = codePage === 1200;
  if (!wide && Object.entries(properties).flat().some((text) => /[^\x00-\x7f]/.test(text))) throw new Error('code page 936 here takes ASCII names and values only');
  const text = (value: string): Buffer => (wide ? Buffer.from(`${value}\0`, 'utf16le') : Buffer.from(`${value}\0`, 'latin1'));
  const padded = (part: Buffer): Buffer => Buffer.concat([part, Buffer.alloc((4 - (part.length % 4)) % 4)]);
  const u32 = (value: number): Buffer => {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value);
    return buffer;
  };
  const names = Object.keys(properties);
  const dictionary = padded(Buffer.concat([u32(names.length), ...names.map((name, i) => Buffer.concat([u32(i + 2), u32(name.length + 1), wide ? padded(text(name)) : text(name)]))]));
  const values = names.map((name) => padded(Buffer.concat([Buffer.from([wide ? 0x1f : 0x1e, 0, 0, 0]), u32(wide ? properties[name]!.length + 1 : text(properties[name]!).length), text(properties[name]!)])));
  const codePageProperty = Buffer.from([0x02, 0, 0, 0, codePage & 0xff, codePage >> 8, 0, 0]);
  const parts = [dictionary, codePageProperty, ...values];
  const ids = [0, 1, ...names.map((_, i) => i + 2)];
  const headerSize = 8 + ids.length * 8;
  let offset = headerSize;
  const table = Buffer.concat(parts.map((part, i) => {
    const entry = Buffer.concat([u32(ids[i]!), u32(offset)]);
    offset += part.length;
    return entry;
  }));
  const section = Buffer.concat([u32(offset), u32(ids.length), table, ...parts]);
  const header = Buffer.concat([Buffer.from([0xfe, 0xff, 0, 0]), u32(0x00020006), Buffer.alloc(16), u32(2)]);
  const firstSection = 28 + 2 * 20;
  const emptySection = Buffer.concat([u32(8), u32(0)]);
  return new Uint8Array(Buffer.concat([header, Buffer.from(DOCUMENT_SUMMARY, 'hex'), u32(firstSection), Buffer.from(USER_DEFINED, 'hex'), u32(firstSection + emptySection.length), emptySection, section]));
}
