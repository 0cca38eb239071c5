/** Writes output files atomically (a temporary file in the same folder, then rename) and never over an input. */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PolicyExtractError } from '../model/errors.js';

/**
 * Writes `content` to `path` so that readers see the old file or the whole new one, never a part.
 * Refuses when `path` is one of `inputs` (same file after resolving links).
 *
 *     await writeFileAtomic('out/matrix.csv', csv, ['通知.txt'])
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  await refuseInput(path, inputs);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    // 'wx': never follow a link or reuse a file someone else put under the temporary name.
    const file = await open(temporary, 'wx');
    created = true;
    try {
      await file.writeFile(content);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    if (created) await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new PolicyExtractError('E_OUTPUT', `cannot write: ${why}`, { path, cause: error });
  }
}

/**
 * The same, synchronously, for a batch worker that writes one file's outputs between two files:
 * the temporary name is random, so workers of one process never share one.
 */
export function writeFileAtomicSync(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 'wx', as above: never through a link or into a file someone else put under the name
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new PolicyExtractError('E_OUTPUT', `cannot write: ${(error as Error).message}`, { path, cause: error });
  }
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
