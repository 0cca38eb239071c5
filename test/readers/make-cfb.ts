// Builds small OLE2 compound files for the tests: a root and up to seven named (empty) streams, and a directory chain that can be made to loop.

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export interface CfbOptions {
  /** The directory's second sector links back to its first: a chain that never ends. */
  loop?: boolean;
}

/** A version 3 compound file (512-byte sectors): header, one FAT sector, two directory sectors. */
export function makeCfb(streams: readonly string[], options: CfbOptions = {}): Uint8Array {
  if (streams.length > 7) throw new Error('at most seven streams');
  const bytes = new Uint8Array(512 * 4);
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
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // sector 0 (file offset 512) is the FAT: itself, then the directory's chain 1 → 2 (→ 1 when looping)
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, 2, true);
  view.setUint32(fat + 8, options.loop ? 1 : END_OF_CHAIN, true);
  ['Root Entry', ...streams].forEach((name, i) => writeEntry(view, 1024 + i * 128, name, i === 0 ? 5 : 2));
  return bytes;
}

function writeEntry(view: DataView, at: number, name: string, type: number): void {
  for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
  view.setUint16(at + 0x40, (name.length + 1) * 2, true);
  view.setUint8(at + 0x42, type);
  view.setUint32(at + 0x44, FREE, true);
  view.setUint32(at + 0x48, FREE, true);
  view.setUint32(at + 0x4c, FREE, true);
  view.setUint32(at + 0x74, END_OF_CHAIN, true);
}
