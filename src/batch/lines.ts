/** Reads a UTF-8 file of lines (the batch's spooled JSON lines) a buffer at a time, synchronously. */
import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes read at once; a longer line grows the buffer. */
const CHUNK_BYTES = 1 << 20;
const LINE_FEED = 0x0a;

/**
 * The file's lines, without their line breaks, in order; memory holds one buffer of them at a time.
 * Read synchronously: at the end of a batch the main thread has nothing else to do, and a
 * readline interface over a stream costs more than the JSON parsing of the lines.
 *
 *     for (const line of readLinesSync('.matrix-rows.jsonl')) JSON.parse(line)
 */
export function* readLinesSync(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // bytes held from the last read: the start of a line whose end is yet to come
    let held = 0;
    for (;;) {
      if (held === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const read = readSync(fd, buffer, held, buffer.length - held, null);
      const end = held + read;
      // a line feed is never part of a UTF-8 sequence: cutting after one never splits a character
      const last = read === 0 ? end : buffer.lastIndexOf(LINE_FEED, end - 1) + 1;
      if (last > 0) yield* splitLines(buffer.toString('utf8', 0, last));
      if (read === 0) return;
      buffer.copy(buffer, 0, last, end);
      held = end - last;
    }
  } finally {
    closeSync(fd);
  }
}

/** The lines of a text; the last one, after the last line break, only when not empty. */
function* splitLines(text: string): Generator<string> {
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
    yield text.slice(start, at);
    start = at + 1;
  }
  if (start < text.length) yield text.slice(start);
}
