/** What the commands share: exit codes, program set-up, reading the inputs, reporting errors. */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { extractAsync } from '../extract.js';
import { loadUnitDictionary, type UnitDictionary } from '../extractors/unit-dictionary.js';
import type { PolicyDocument } from '../model/document.js';
import { isPolicyExtractError } from '../model/errors.js';
import { readAliasFile } from '../readers/aliases.js';
import { readInput } from '../readers/input.js';
import type { InputFormat } from '../readers/types.js';
import { CSV_ENCODINGS, type TextStyle } from '../writers/index.js';
import { INPUT_FORMATS } from '../readers/read.js';
import type { CliIo } from './io.js';
import { formatError } from './report.js';
import { colorLevel, loadTextStyle } from './style.js';

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

/** --encoding, --input-format, --aliases: how every command reads the plans. */
export function addReadingOptions(program: Command): Command {
  return program
    .option('--encoding <label>', 'read input in this encoding instead of detecting it (utf-8, gbk, gb18030, big5, utf-16le …)')
    .addOption(new Option('--input-format <format>', 'read input as this format instead of inferring it from content and name').choices(INPUT_FORMATS))
    .option('--aliases <file>', 'a YAML file of unit names to add to or override the built-in unit dictionary');
}

/** --header, --csv-encoding, --no-bom: how every command writes CSV. */
export function addCsvOptions(program: Command): Command {
  return program
    .addOption(new Option('--header <language>', 'CSV, matrix and XLSX column headers').choices(['zh', 'en']).default('zh'))
    .addOption(new Option('--csv-encoding <encoding>', 'CSV and matrix encoding (GBK fails on characters it lacks)').choices(CSV_ENCODINGS).default('utf8'))
    .option('--no-bom', 'UTF-8 CSV without the byte order mark (Excel needs it to read UTF-8)');
}

/** --color, --debug: how every command prints. */
export function addMessageOptions(program: Command): Command {
  return program
    .addOption(new Option('--color <when>', 'color the output on a terminal and the messages').choices(['auto', 'always', 'never']).default('auto'))
    .option('--debug', 'show stack traces of unexpected errors', false);
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

/** What every command starts from: its parsed options and arguments, and the style and reporter of its messages. */
export interface CommandStart<O> {
  options: O;
  args: string[];
  /** Colors for standard error (messages), by --color and whether it is a terminal. */
  style: TextStyle;
  report: Reporter;
}

/** Parses a command's arguments (`-o -` means standard output, so it is dropped) and sets up its messages. */
export async function startCommand<O extends { color: string; debug: boolean; output?: string }>(program: Command, argv: readonly string[], io: CliIo): Promise<CommandStart<O>> {
  program.parse([...argv], { from: 'user' });
  const options = program.opts<O>();
  if (options.output === '-') delete options.output;
  const style = await loadTextStyle(colorLevel(options.color, io.stderr, io.env));
  return { options, args: program.args, style, report: makeReporter(io, style, options.debug) };
}

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
      documents.push(await extractAsync(bytes, { path: file, encoding: options.encoding ?? null, format: (options.inputFormat ?? null) as InputFormat | null, dictionary }));
    } catch (error) {
      report(error, file);
      failed = true;
    }
  }
  return { documents, failed };
}
