/**
 * An OLE2 compound file (CFB: old Word, Excel, WPS and encrypted Office files) read as far as
 * telling what it is: the names in its directory (a `.doc` holds `WordDocument`, an `.xls`
 * `Workbook`), the bytes of a small stream (a property set saying which program wrote the file),
 * and whether its sector chains end — one that loops would hang a reader following it.
 */

/** D0 CF 11 E0 A1 B1 1A E1: every compound file opens with it. */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** Sector numbers at and above this mark free, end-of-chain, FAT or DIFAT sectors: no data. */
const LAST_SECTOR = 0xfffffffa;
const HEADER_DIFAT_ENTRIES = 109;
const ENTRY_BYTES = 128;
/** Streams smaller than this live in the mini stream, their chains in the mini FAT. */
const MINI_STREAM_CUTOFF = 4096;
/** The mini stream's sectors: 64 bytes. */
const MINI_SECTOR = 64;

/** A directory entry: a storage (1), a stream (2) or the root (5). */
interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/** Whether the bytes open with the compound file signature. */
export function isCfb(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * The names of the streams and storages in a compound file's directory, or null when the
 * directory cannot be followed (a cut or damaged file).
 *
 *     listCfbStreams(readFileSync('通知.doc')) // → ['Root Entry', 'WordDocument', '1Table', '\u0005SummaryInformation', …]
 */
export function listCfbStreams(bytes: Uint8Array): string[] | null {
  const file = openCfb(bytes);
  return file && file.entries.length > 0 ? file.entries.map((entry) => entry.name) : null;
}

/**
 * The bytes of the streams named `name` (anywhere in the directory), each cut at `limit` bytes;
 * chains are followed once and within the file, so a damaged file gives what it holds, or nothing.
 *
 *     readCfbStreams(readFileSync('通知.doc'), '\u0005DocumentSummaryInformation') // → [Uint8Array(412)]
 */
export function readCfbStreams(bytes: Uint8Array, name: string, limit = 64 * 1024): Uint8Array[] {
  const file = openCfb(bytes);
  if (!file) return [];
  const root = file.entries.find((entry) => entry.type === 5);
  const miniStream = root ? file.readSectors(root.start, root.size) : new Uint8Array(0);
  const miniFat = file.readChain(file.miniFatStart);
  return file.entries.filter((entry) => entry.type === 2 && entry.name === name).map((entry) => {
    const size = Math.min(entry.size, limit);
    if (entry.size >= MINI_STREAM_CUTOFF) return file.readSectors(entry.start, size);
    const data = new Uint8Array(size);
    const seen = new Set<number>();
    let at = 0;
    for (let sector = entry.start; sector < LAST_SECTOR && at < size && !seen.has(sector); sector = miniFat[sector] ?? LAST_SECTOR) {
      seen.add(sector);
      const part = miniStream.subarray(sector * MINI_SECTOR, sector * MINI_SECTOR + Math.min(MINI_SECTOR, size - at));
      data.set(part, at);
      at += MINI_SECTOR;
    }
    return data;
  });
}

/**
 * A copy of the file with one stream (the first named `name`, kept in the file's own sectors, not
 * the mini stream) edited in place, or null when the stream is not there or `edit` changed nothing.
 * The edit sees the stream's bytes and returns whether it changed them; their length stays.
 *
 *     rewriteCfbStream(bytes, 'WordDocument', (stream) => { stream[0x200] = 0; return true; })
 */
export function rewriteCfbStream(bytes: Uint8Array, name: string, edit: (stream: Uint8Array) => boolean): Uint8Array | null {
  const file = openCfb(bytes);
  const entry = file?.entries.find((candidate) => candidate.type === 2 && candidate.name === name);
  if (!file || !entry || entry.size < MINI_STREAM_CUTOFF) return null;
  const stream = file.readSectors(entry.start, entry.size);
  if (!edit(stream)) return null;
  // a copy: a Buffer's slice() would share the caller's bytes
  const copy = new Uint8Array(bytes);
  file.sectorsOf(entry.start).forEach((sector, i) => {
    const part = stream.subarray(i * file.sectorSize, (i + 1) * file.sectorSize);
    copy.set(part, (sector + 1) * file.sectorSize);
  });
  return copy;
}

/**
 * Whether every chain a reader follows ends within the file: the directory's, the mini FAT's,
 * the mini stream's and each stream's. A chain that comes back on itself, or runs into another
 * chain, is damage (or an attack on a reader that follows it for ever).
 */
export function cfbChainsEnd(bytes: Uint8Array): boolean {
  const file = openCfb(bytes);
  if (!file) return false;
  const owned = new Set<number>();
  const follow = (start: number, next: (sector: number) => number, seen: Set<number>): boolean => {
    for (let sector = start; sector < LAST_SECTOR; sector = next(sector)) {
      if (seen.has(sector)) return false;
      seen.add(sector);
    }
    return true;
  };
  const root = file.entries.find((entry) => entry.type === 5);
  if (!follow(file.directoryStart, file.next, owned) || !follow(file.miniFatStart, file.next, owned)) return false;
  if (root && !follow(root.start, file.next, owned)) return false;
  const miniOwned = new Set<number>();
  const miniFat = file.readChain(file.miniFatStart);
  const miniNext = (sector: number): number => miniFat[sector] ?? LAST_SECTOR;
  return file.entries.every((entry) => {
    if (entry.type !== 2 || entry.size === 0) return true;
    return entry.size < MINI_STREAM_CUTOFF ? follow(entry.start, miniNext, miniOwned) : follow(entry.start, file.next, owned);
  });
}

interface CompoundFile {
  entries: Entry[];
  directoryStart: number;
  miniFatStart: number;
  /** The FAT's next sector after `sector`, or an end mark. */
  next(sector: number): number;
  /** The 32-bit entries stored in a chain's sectors (the mini FAT's), the chain followed once. */
  readChain(start: number): number[];
  /** The first `size` bytes a chain's sectors hold (fewer when the chain ends first), the chain followed once. */
  readSectors(start: number, size: number): Uint8Array;
  /** A chain's sectors, followed once and within the file. */
  sectorsOf(start: number): number[];
  sectorSize: number;
}

/** The header, FAT and directory of a compound file; null when it is none or its header is damaged. */
function openCfb(bytes: Uint8Array): CompoundFile | null {
  if (!isCfb(bytes) || bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorAt = (sector: number): number => (sector + 1) * size;
  const inFile = (sector: number): boolean => sectorAt(sector) + size <= bytes.length;
  const fatSectors = readDifat(view, size, inFile, sectorAt);
  const perSector = size / 4;
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    return fat === undefined || !inFile(fat) ? LAST_SECTOR : view.getUint32(sectorAt(fat) + (sector % perSector) * 4, true);
  };
  // every chain read here is read once: a sector seen again ends it
  const sectorsOf = (start: number): number[] => {
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let sector = start; sector < LAST_SECTOR && inFile(sector) && !seen.has(sector); sector = next(sector)) {
      seen.add(sector);
      sectors.push(sector);
    }
    return sectors;
  };
  const readChain = (start: number): number[] =>
    sectorsOf(start).flatMap((sector) => Array.from({ length: perSector }, (_, i) => view.getUint32(sectorAt(sector) + i * 4, true)));
  const readSectors = (start: number, wanted: number): Uint8Array => {
    const sectors = sectorsOf(start).slice(0, Math.ceil(wanted / size));
    const data = new Uint8Array(Math.min(wanted, sectors.length * size));
    sectors.forEach((sector, i) => data.set(bytes.subarray(sectorAt(sector), sectorAt(sector) + Math.min(size, data.length - i * size)), i * size));
    return data;
  };
  const directoryStart = view.getUint32(0x30, true);
  const entries = sectorsOf(directoryStart).flatMap((sector) => {
    const found: Entry[] = [];
    for (let at = sectorAt(sector); at < sectorAt(sector) + size; at += ENTRY_BYTES) {
      const entry = readEntry(bytes, view, at);
      if (entry !== null) found.push(entry);
    }
    return found;
  });
  return { entries, directoryStart, miniFatStart: view.getUint32(0x3c, true), next, readChain, readSectors, sectorsOf, sectorSize: size };
}

/** The FAT's sectors: the header's 109 DIFAT entries, then the DIFAT chain (each sector's last entry links the next). */
function readDifat(view: DataView, size: number, inFile: (sector: number) => boolean, sectorAt: (sector: number) => number): number[] {
  const sectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector < LAST_SECTOR) sectors.push(sector);
  }
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x44, true); sector < LAST_SECTOR && inFile(sector) && !seen.has(sector); ) {
    seen.add(sector);
    const at = sectorAt(sector);
    for (let i = 0; i < size / 4 - 1; i++) {
      const fat = view.getUint32(at + i * 4, true);
      if (fat < LAST_SECTOR) sectors.push(fat);
    }
    sector = view.getUint32(at + size - 4, true);
  }
  return sectors;
}

/** A directory entry (its name UTF-16LE, its length in bytes with the final NUL), or null for an unused one. */
function readEntry(bytes: Uint8Array, view: DataView, at: number): Entry | null {
  const type = bytes[at + 0x42]!;
  const length = view.getUint16(at + 0x40, true);
  if ((type !== 1 && type !== 2 && type !== 5) || length < 2 || length > 64) return null;
  let name = '';
  for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
  return { name, type, start: view.getUint32(at + 0x74, true), size: view.getUint32(at + 0x78, true) };
}
