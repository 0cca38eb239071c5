/** The streams the CLI talks to, injectable so tests can run the CLI with fake ones. */

export interface OutputStream {
  write(text: string | Uint8Array): unknown;
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
      if (error.code === 'EPIPE') return;
      // a full disk or a closed terminal: one line, not a stack trace
      process.stderr.write(`policy-extract: cannot write output: ${error.message}\n`);
      process.exitCode = 2;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
