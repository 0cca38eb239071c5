/** Reads an input's bytes from a path or standard input, turning file-system failures into fatal errors. */
import { readFile, stat } from 'node:fs/promises';
import { PolicyExtractError } from '../model/errors.js';

/**
 * Reads a whole file (or `-`, standard input) as bytes.
 *
 *     await readInput('fixtures/corpus/yanan-2025-town-functions.txt') // → Uint8Array(10189)
 */
export async function readInput(path: string, stdin?: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  if (path === '-') {
    if (!stdin) throw new PolicyExtractError('E_USAGE', 'no standard input to read', { path });
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PolicyExtractError('E_IS_DIRECTORY', 'is a directory, not a file (batch over folders comes with `policy-extract batch`)', { path });
    // /dev/zero or a socket would be read forever; a named pipe is fine
    if (!info.isFile() && !info.isFIFO()) throw new PolicyExtractError('E_IO', 'not a regular file', { path });
    return await readFile(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

/** Maps Node's fs errors to our codes and one-line messages. */
export function fileError(error: unknown, path: string): PolicyExtractError {
  if (error instanceof PolicyExtractError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new PolicyExtractError('E_NOT_FOUND', 'no such file', { path, cause: error });
    case 'EISDIR':
      return new PolicyExtractError('E_IS_DIRECTORY', 'is a directory, not a file', { path, cause: error });
    case 'EACCES':
    case 'EPERM':
      return new PolicyExtractError('E_ACCESS', 'permission denied', { path, cause: error });
    case 'ELOOP':
      return new PolicyExtractError('E_IO', 'too many symbolic links (a link loop?)', { path, cause: error });
    default:
      return new PolicyExtractError('E_IO', `cannot read: ${(error as Error).message}`, { path, cause: error });
  }
}
