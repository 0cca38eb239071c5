/** The one error class for fatal failures: no document can be produced. */

/** Fatal error codes; the CLI maps them to exit codes and one-line messages. */
export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_IS_DIRECTORY'
  | 'E_ACCESS'
  | 'E_EMPTY'
  | 'E_BINARY'
  /** A format recognized but not read (.xls, .et, .wps, .ofd): the message says how to convert it. */
  | 'E_UNSUPPORTED'
  /** A password-protected PDF or Office file. */
  | 'E_ENCRYPTED'
  /** A PDF without text to read: a scan, or fonts that map to no Unicode. */
  | 'E_NO_TEXT'
  | 'E_DECODE'
  | 'E_ENCODING'
  | 'E_ALIASES'
  | 'E_USAGE'
  | 'E_OUTPUT'
  | 'E_OUTPUT_IS_INPUT'
  | 'E_IO'
  | 'E_TOO_LARGE';

/**
 * A fatal failure with a stable code.
 *
 *     throw new PolicyExtractError('E_DECODE', 'cannot decode as UTF-8: invalid byte 0xD2 at offset 118', { path: '通知.txt' })
 */
export class PolicyExtractError extends Error {
  readonly code: ErrorCode;
  /** The file the error is about, when there is one. */
  readonly path: string | null;
  /** Source line, where it applies. */
  readonly line: number | null;

  constructor(code: ErrorCode, message: string, options: { path?: string | null; line?: number | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PolicyExtractError';
    this.code = code;
    this.path = options.path ?? null;
    this.line = options.line ?? null;
  }
}

export function isPolicyExtractError(error: unknown): error is PolicyExtractError {
  return error instanceof PolicyExtractError;
}
