/**
 * The inputs of a batch: files, folders (walked), globs (expanded here, not by the shell), a list
 * file; filtered by --include/--exclude, by the formats the readers know, and by --shard; in one
 * order whatever the file system's.
 */
import { realpathSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { PolicyExtractError } from '../model/errors.js';
import { refusedExtension } from '../readers/refused.js';

/** One file to extract. */
export interface BatchInput {
  /** As given or found (relative to the working folder when inside it). */
  path: string;
  /** Where its outputs go under the output folder: the path with `/` separators, no `..`. */
  output: string;
}

/** A file left out, and why. */
export interface SkippedInput {
  path: string;
  reason: string;
}

export interface InputOptions {
  /** Patterns the relative path must match (any of them), e.g. `**\/*.txt`. */
  include?: readonly string[];
  exclude?: readonly string[];
  /** `[index, count]`, 1-based: this run takes the files whose path hashes to index. */
  shard?: readonly [number, number] | null;
  /** The working folder paths are taken relative to (default: the process's). */
  cwd?: string;
  /** A folder whose files are never inputs: the output folder, when it lies inside an input folder. */
  outDir?: string;
}

/**
 * The extensions the readers take: plain text, portal pages, Word (a WPS 文字 `.wps` is mostly a
 * Word 97–2003 document), CSV, Excel, PDF (the content decides the reader).
 */
const KNOWN = new Set(['.txt', '.text', '.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php', '.docx', '.doc', '.wps', '.csv', '.tsv', '.xlsx', '.pdf']);

/**
 * Expands the batch's arguments into the files to read, sorted by output path (code-unit order),
 * each once.
 *
 *     await collectInputs(['fixtures/corpus', 'extra/*.html'], { exclude: ['**\/draft*'] })
 *     // → { inputs: [{ path: 'extra/a.html', output: 'extra/a.html' }, …], skipped: [] }
 */
export async function collectInputs(specs: readonly string[], options: InputOptions = {}): Promise<{ inputs: BatchInput[]; skipped: SkippedInput[] }> {
  const cwd = options.cwd ?? process.cwd();
  const found = new Set<string>();
  const skipped: SkippedInput[] = [];
  const roots: string[] = [];
  for (const spec of specs) {
    const { paths, root, passed } = await expand(spec, cwd);
    if (paths.length === 0 && passed.length === 0) skipped.push({ path: spec, reason: 'matches no file' });
    for (const pass of passed) skipped.push({ path: displayPath(pass.path, cwd), reason: pass.reason });
    for (const path of paths) found.add(path);
    roots.push(root);
  }
  // outputs mirror the inputs below the folder all the arguments share: `batch plans/` writes
  // out/a.txt.json for plans/a.txt; the same arguments give the same paths on every shard
  const base = commonFolder(roots);
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : null;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : null;
  const inputs: BatchInput[] = [];
  const outputs = new Set<string>();
  const outDir = options.outDir ? realFolder(resolve(cwd, options.outDir)) : null;
  if (outDir !== null && roots.some((root) => realFolder(root) === outDir)) {
    throw new PolicyExtractError('E_USAGE', 'the output folder is an input folder: give --out-dir a folder of its own', { path: options.outDir });
  }
  for (const absolute of found) {
    // a second run must not read the first run's outputs (`-f text` writes .txt files), whatever link leads there
    if (outDir !== null && (absolute.startsWith(`${outDir}${sep}`) || realFolder(absolute).startsWith(`${outDir}${sep}`))) continue;
    const output = relative(base, absolute).split(sep).join('/');
    const path = displayPath(absolute, cwd);
    if ((include && !include(output)) || exclude?.(output)) continue;
    if (!KNOWN.has(extname(absolute).toLowerCase())) {
      skipped.push({ path, reason: refusedExtension(extname(absolute)) ?? `not a format policy-extract reads (${extname(absolute) || 'no extension'})` });
      continue;
    }
    if (outputs.has(output)) continue;
    outputs.add(output);
    inputs.push({ path, output });
  }
  const byOutput = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  inputs.sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0));
  skipped.sort(byOutput);
  const shard = options.shard;
  return { inputs: shard ? inputs.filter((input) => shardOf(input.output, shard[1]) === shard[0] - 1) : inputs, skipped };
}

/**
 * A file, a folder's files (walked), a glob's matches, or a missing path as it is; the folder the
 * argument names; and what the walk passed and why.
 */
async function expand(spec: string, cwd: string): Promise<{ paths: string[]; root: string; passed: SkippedInput[] }> {
  const absolute = resolve(cwd, spec);
  const info = await stat(absolute).catch(() => null);
  if (info?.isFile()) return { paths: [absolute], root: dirname(absolute), passed: [] };
  if (info?.isDirectory()) return { ...(await walkFolder(absolute, { wanted: () => true, reaches: () => true })), root: absolute };
  // a named pipe would block the read for ever
  if (info) return { paths: [], root: dirname(absolute), passed: [{ path: absolute, reason: 'not a regular file (a pipe, a socket or a device)' }] };
  if (info === null && isDynamicPattern(spec)) {
    // the folder before the first wildcard is walked as deep as the pattern reaches, each file's path matched against the whole pattern
    const root = resolve(cwd, staticPart(spec));
    const matches = picomatch(absolute.split(sep).join('/'), { dot: false });
    const depth = relative(root, absolute).split(sep).length;
    const reaches = (folder: string): boolean => spec.includes('**') || relative(root, folder).split(sep).length < depth;
    return { ...(await walkFolder(root, { wanted: (path) => matches(path.split(sep).join('/')), reaches })), root };
  }
  // a missing file is read, and fails, with the others: it is reported, not fatal
  return { paths: [absolute], root: dirname(absolute), passed: [] };
}

/** Which files of a walk are inputs, and which folders may hold some. */
interface WalkFilter {
  wanted: (path: string) => boolean;
  reaches: (folder: string) => boolean;
}

/**
 * The files under a folder that `wanted` accepts, hidden ones (`.git`) aside. A link to a file is
 * read as the file (downloads linked in from elsewhere); a link to a folder is not walked, as
 * `find` does not — one to `..` or `/` would loop or walk the whole disk — but is reported, as are
 * broken links and folders that cannot be read.
 */
async function walkFolder(root: string, { wanted, reaches }: WalkFilter): Promise<{ paths: string[]; passed: SkippedInput[] }> {
  const paths: string[] = [];
  const passed: SkippedInput[] = [];
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      passed.push({ path: folder!, reason: `cannot read the folder (${error.code ?? error.message})` });
      return [];
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (reaches(path)) folders.push(path);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (target?.isDirectory()) {
          if (reaches(path)) passed.push({ path, reason: 'a link to a folder, not walked (give the folder itself to read it)' });
        } else if (wanted(path)) {
          if (target === null) passed.push({ path, reason: 'a link to nothing' });
          else if (!target.isFile()) passed.push({ path, reason: 'a link to no regular file (a pipe, a socket or a device)' });
          else paths.push(path);
        }
      } else if (wanted(path)) {
        // a named pipe would block the read for ever; sockets and devices are no documents either
        if (entry.isFile()) paths.push(path);
        else passed.push({ path, reason: 'not a regular file (a pipe, a socket or a device)' });
      }
    }
  }
  return { paths, passed };
}

/** The folder before a glob's first wildcard: `plans/2022/*\/*.txt` → `plans/2022`. */
function staticPart(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex((part) => isDynamicPattern(part));
  return parts.slice(0, first < 0 ? parts.length - 1 : first).join('/') || '.';
}

/** A path with its links resolved, or as it is when it does not exist (yet). */
function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The deepest folder that holds all of them. */
function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return sep;
  let common = folders[0]!.split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

/** A path as messages show it: relative to the working folder when inside it. */
function displayPath(absolute: string, cwd: string): string {
  const inside = relative(cwd, absolute);
  return inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
}

/**
 * The shard a path belongs to, 0 … count − 1: a hash of the path (FNV-1a), so a file keeps its
 * shard when others are added or removed.
 */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Paths listed one a line (`--files-from`), blank lines and `#` comments skipped. */
export async function readFileList(path: string, stdin?: AsyncIterable<Uint8Array | string>): Promise<string[]> {
  let text: string;
  if (path === '-') {
    if (!stdin) throw new PolicyExtractError('E_USAGE', 'no standard input to read the file list from', { path });
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    text = await readFile(path, 'utf8').catch((cause: unknown) => {
      throw new PolicyExtractError('E_NOT_FOUND', `cannot read the file list: ${(cause as Error).message}`, { path, cause });
    });
  }
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** `--shard 2/8` → [2, 8]. */
export function parseShard(value: string): [number, number] {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new PolicyExtractError('E_USAGE', `--shard wants I/N with 1 ≤ I ≤ N, e.g. 2/8 (got "${value}")`);
  return [index, count];
}
