/** Runs the CLI in-process with fake streams, for the CLI tests. */
import { Readable } from 'node:stream';
import { runCli } from '../src/cli/main.js';

export interface RunOptions {
  /** Both fake streams claim to be a terminal. */
  isTTY?: boolean;
  env?: Record<string, string>;
  stdin?: (Uint8Array | string)[];
}

export interface Run {
  code: number;
  stdout: string;
  /** What was written to stdout as bytes (XLSX, GBK CSV). */
  bytes: Buffer;
  stderr: string;
  /** stderr split into lines, without the final empty one. */
  errors: string[];
}

/** Runs the CLI in-process; the environment is only what `env` holds, so the host's NO_COLOR and FORCE_COLOR do not leak in. */
export async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  const chunks: Uint8Array[] = [];
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string | Uint8Array) => (typeof text === 'string' ? (stdout += text) : chunks.push(text)), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.isTTY ?? false },
    stdin: Readable.from(options.stdin ?? []),
    env: options.env ?? {},
  });
  return { code, stdout, bytes: Buffer.concat(chunks), stderr, errors: stderr.split('\n').filter((line) => line !== '') };
}

