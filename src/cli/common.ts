/** What the commands share: exit codes, program set-up, reading the inputs, reporting errors. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { extract } from '../extract.js';
import { loadUnitDictionary, type UnitDictionary } from '../extractors/unit-dictionary.js';
import type { PolicyDocument } from '../model/document.js';
import { isPolicyExtractError } from '../model/errors.js';
import { readAliasFile } from '../readers/aliases.js';
import { readInput } from '../readers/input.js';
import type { InputFormat } from '../readers/types.js';
import type { TextStyle } from '../writers/index.js';
import type { CliIo } from './io.js';
import { formatError } from './report.js';

/** Exit codes, as the README documents them. */
export const EXIT = {
  /** Every document read (warnings allowed). */
  ok: 0,
  /** A document was read but something failed in it (an error diagnostic, or a warning with --strict); for diff, the plans differ. */
  findings: 1,
  /** Usage error or a fatal error: some input could not be read at all. */
  fatal: 2,
} as const;

export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** A commander program that writes through `io`, throws instead of exiting, and words errors like ours. */
export function newProgram(name: string, io: CliIo): Command {
  return new Command(name)
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run policy-extract --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // `policy-extract: unknown option '--bogus'`, like every other error line, not commander's `error: …`.
      outputError: (text, write) => write(`policy-extract: ${text.replace(/^error: /, '')}`),
    })
    .exitOverride();
}

/** Options every command that reads documents takes. */
export interface ReadOptions {
  encoding?: string;
  inputFormat?: string;
  aliases?: string;
  debug: boolean;
}

/** Prints a fatal error as one line naming the file. */
export type Reporter = (error: unknown, file: string) => void;

export function makeReporter(io: CliIo, style: TextStyle, debug: boolean): Reporter {
  return (error, file) => {
    io.stderr.write(`${formatError(error, file, { debug, style })}\n`);
    if (!isPolicyExtractError(error) && !debug) io.stderr.write('policy-extract: run with --debug for the stack trace\n');
  };
}

/**
 * Extracts every file; a file that cannot be read is reported and the others go on. The alias
 * file, when given, is read first: without it no unit would be named as the user asked.
 */
export async function readDocuments(files: readonly string[], options: ReadOptions, io: CliIo, report: Reporter): Promise<{ documents: PolicyDocument[]; failed: boolean }> {
  let dictionary: UnitDictionary;
  try {
    dictionary = loadUnitDictionary(options.aliases ? await readAliasFile(options.aliases) : null);
  } catch (error) {
    report(error, options.aliases ?? '-');
    return { documents: [], failed: true };
  }
  const documents: PolicyDocument[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const bytes = await readInput(file, io.stdin);
      documents.push(extract(bytes, { path: file, encoding: options.encoding ?? null, format: (options.inputFormat ?? null) as InputFormat | null, dictionary }));
    } catch (error) {
      report(error, file);
      failed = true;
    }
  }
  return { documents, failed };
}
