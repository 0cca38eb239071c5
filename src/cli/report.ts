/** Errors and diagnostics → one line each, as compilers print them: `file:line: warning: … [code]`. */
import type { Diagnostic } from '../model/document.js';
import { isPolicyExtractError } from '../model/errors.js';
import { findingsToShow, type TextStyle } from '../writers/index.js';

/**
 * One line for a fatal error: `policy-extract: 通知.txt: no such file`; with debug, the stack follows.
 */
export function formatError(error: unknown, file: string, options: { debug: boolean; style: TextStyle }): string {
  const known = isPolicyExtractError(error);
  const where = known && error.path ? error.path : file;
  const at = known && error.line ? `${where}:${error.line}` : where;
  const message = error instanceof Error ? error.message : String(error);
  const line = `policy-extract: ${at}: ${options.style.error(known ? message : `internal error: ${message}`)}`;
  return options.debug && error instanceof Error && error.stack ? `${line}\n${error.stack}` : line;
}

/** `fixtures/x.txt:168: warning: 责任表述缺少右括号… [unclosed-note]` */
export function formatDiagnostic(diagnostic: Diagnostic, path: string | null, style: TextStyle): string {
  const where = `${path ?? '<input>'}${diagnostic.line ? `:${diagnostic.location ?? diagnostic.line}` : ''}`;
  const severity = style[diagnostic.severity](diagnostic.severity);
  return `${where}: ${severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

/** The warnings and errors of a document, a line each: at most 50 of one code, the rest counted in one line. */
export function formatFindings(diagnostics: readonly Diagnostic[], path: string | null, style: TextStyle): string {
  return findingsToShow(diagnostics).map((diagnostic) => `${formatDiagnostic(diagnostic, path, style)}\n`).join('');
}
