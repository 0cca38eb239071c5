/** The streams the CLI talks to, injectable so tests can run the CLI with fake ones. */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The real process streams. A closed pipe (`policy-extract … | head`) makes stdout emit EPIPE;
 * it is swallowed so the run ends quietly instead of with a stack trace.
 */
export function processIo(): CliIo {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
