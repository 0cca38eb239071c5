/** An output appended through a buffer to a temporary file and put in place when finished: the batch's combined outputs. */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * A combined output: appended to a temporary file through a buffer, renamed into place at the end.
 * Writes are synchronous: the main thread only commits results in order, and one file's awaits
 * would otherwise add up to most of a batch's time.
 */
export class Appender {
  private readonly fd: number;
  private chunks: Uint8Array[] = [];
  private size = 0;

  constructor(readonly temporary: string, readonly target: string) {
    this.fd = openSync(temporary, 'w');
  }

  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    this.chunks.push(bytes);
    this.size += bytes.byteLength;
    if (this.size >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.size === 0) return;
    writeSync(this.fd, Buffer.concat(this.chunks, this.size));
    this.chunks = [];
    this.size = 0;
  }

  /** Writes what is left and puts the file in place. */
  finish(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temporary, this.target);
  }

  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temporary, { force: true });
  }
}

const FLUSH_BYTES = 1 << 20;
