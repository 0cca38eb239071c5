/** An output appended through a buffer to a temporary file and put in place when finished: the batch's combined outputs. */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * A combined output: appended to a temporary file through a buffer, renamed into place at the end.
 * Writes are synchronous: the main thread only commits results in order, and one file's awaits
 * would otherwise add up to most of a batch's time.
 */
export class Appender {
  private readonly fd: number;
  /** Text is encoded straight into it: no buffer a string, and no copy to join them. */
  private readonly buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
  private size = 0;

  constructor(readonly temporary: string, readonly target: string) {
    this.fd = openSync(temporary, 'w');
  }

  write(data: string | Uint8Array): void {
    // a UTF-16 code unit takes at most three bytes in UTF-8
    const most = typeof data === 'string' ? data.length * 3 : data.byteLength;
    if (this.size + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) {
        writeAll(this.fd, typeof data === 'string' ? Buffer.from(data) : data);
        return;
      }
    }
    if (typeof data === 'string') this.size += this.buffer.write(data, this.size);
    else {
      this.buffer.set(data, this.size);
      this.size += data.byteLength;
    }
  }

  private flush(): void {
    writeAll(this.fd, this.buffer.subarray(0, this.size));
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

const BUFFER_BYTES = 1 << 20;

/** Writes all the bytes: one write may take only part of them. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.byteLength;) at += writeSync(fd, bytes, at);
}
