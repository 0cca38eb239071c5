/** Writes output files atomically (a temporary file in the same folder, then rename) and never over an input. */
import { type FileHandle, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PolicyExtractError } from '../model/errors.js';

/**
 * What makes this thread's temporary names its own: the process, and a part drawn once by each
 * thread (each has its own generator), which also tells a process id used again (a container's)
 * after a run killed mid-write. Neither node:crypto nor node:worker_threads' thread id: loading
 * them costs a one-document run more than the names need. Should a name be taken all the same,
 * 'wx' refuses it and the writers take the next one.
 */
const TEMPORARY_TAG = `${process.pid}.${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')}`;
/** Temporary names this thread has given. */
let temporaries = 0;

/** The longest file name, in bytes, of the file systems we write to (ext4, XFS, APFS, NTFS in UTF-16 units). */
const MAX_NAME_BYTES = 255;

/**
 * A temporary name beside `path`, never given twice (a batch writes thousands of files a second:
 * a counter, not random bytes for each). The target's name is cut to fit: a plan's file name is
 * often a long Chinese title, three bytes a character, and the output's own name may just fit.
 *
 *     temporaryPath('out/a.txt.json') // → 'out/.a.txt.json.4242.9f3c2a1b.17.tmp'
 */
export function temporaryPath(path: string): string {
  const suffix = `.${TEMPORARY_TAG}.${++temporaries}.tmp`;
  return join(dirname(path), `.${fitName(basename(path), MAX_NAME_BYTES - 1 - Buffer.byteLength(suffix))}${suffix}`);
}

/** The name, cut at a character boundary to at most `bytes` bytes of UTF-8. */
function fitName(name: string, bytes: number): string {
  if (Buffer.byteLength(name) <= bytes) return name;
  let kept = '';
  let used = 0;
  for (const character of name) {
    used += Buffer.byteLength(character);
    if (used > bytes) break;
    kept += character;
  }
  return kept;
}

/**
 * Writes `content` to `path` so that readers see the old file or the whole new one, never a part.
 * Refuses when `path` is one of `inputs` (same file after resolving links).
 *
 *     await writeFileAtomic('out/matrix.csv', csv, ['通知.txt'])
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  await refuseInput(path, inputs);
  // the temporary file, once made: removed if the write fails
  let temporary: string | null = null;
  try {
    const { file, name } = await openTemporary(path);
    temporary = name;
    try {
      await file.writeFile(content);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    if (temporary !== null) await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new PolicyExtractError('E_OUTPUT', `cannot write: ${why}`, { path, cause: error });
  }
}

/**
 * The same, synchronously, for a batch worker that writes one file's outputs between two files.
 * Text is encoded into a buffer the thread keeps: a fresh buffer for each file costs as much as
 * the encoding.
 */
export function writeFileAtomicSync(path: string, content: string | Uint8Array): void {
  let temporary: string | null = null;
  try {
    const { fd, name } = openTemporarySync(path);
    temporary = name;
    try {
      writeFileSync(fd, encode(content));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    if (temporary !== null) rmSync(temporary, { force: true });
    throw new PolicyExtractError('E_OUTPUT', `cannot write: ${(error as Error).message}`, { path, cause: error });
  }
}

/** Temporary names tried before a write gives up: the next is tried only when one is taken. */
const NAME_TRIES = 8;

/**
 * A new temporary file beside `path`, opened for writing. 'wx': never through a link, nor into a
 * file someone else put under the name — a name taken is passed for the next one.
 */
async function openTemporary(path: string): Promise<{ file: FileHandle; name: string }> {
  for (let tries = 1; ; tries++) {
    const name = temporaryPath(path);
    try {
      return { file: await open(name, 'wx'), name };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries === NAME_TRIES) throw error;
    }
  }
}

/** The same, synchronously. */
function openTemporarySync(path: string): { fd: number; name: string } {
  for (let tries = 1; ; tries++) {
    const name = temporaryPath(path);
    try {
      return { fd: openSync(name, 'wx'), name };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries === NAME_TRIES) throw error;
    }
  }
}

/** The buffer {@link encode} reuses, grown to the largest text written, up to {@link ENCODED_MAX}. */
let encoded: Buffer | null = null;
/** Past this, text gets a buffer of its own, which is let go once written. */
const ENCODED_MAX = 16 << 20;

/** UTF-8 bytes of text, in the reused buffer: valid until the next call. */
function encode(content: string | Uint8Array): Uint8Array {
  if (typeof content !== 'string') return content;
  // a UTF-16 code unit takes at most three bytes in UTF-8
  const most = content.length * 3;
  if (most > ENCODED_MAX) return Buffer.from(content);
  if (encoded === null || encoded.length < most) encoded = Buffer.allocUnsafeSlow(Math.max(most, 1 << 20));
  return encoded.subarray(0, encoded.write(content));
}

async function refuseInput(path: string, inputs: readonly string[]): Promise<void> {
  const target = await identity(path);
  if (!target) return;
  for (const input of inputs) {
    if (input === '-') continue;
    const source = await identity(input);
    if (source && (source.real === target.real || (source.dev === target.dev && source.ino === target.ino))) {
      throw new PolicyExtractError('E_OUTPUT_IS_INPUT', `refusing to write over the input file ${input}`, { path });
    }
  }
}

async function identity(path: string): Promise<{ real: string; dev: number; ino: number } | null> {
  try {
    const info = await stat(path);
    return { real: await realpath(path), dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}
