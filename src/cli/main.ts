/**
 * runCli(argv, io) → exit code: parses flags, calls the library, writes, maps errors to exit codes.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../extract.js';
import type { PolicyDocument } from '../model/document.js';
import { isPolicyExtractError, PolicyExtractError } from '../model/errors.js';
import { readInput } from '../readers/input.js';
import { INPUT_FORMATS } from '../readers/read.js';
import type { InputFormat } from '../readers/types.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { formatFromPath, OUTPUT_FORMATS, type OutputFormat, writeDocuments } from '../writers/index.js';
import { type CliIo, processIo } from './io.js';
import { formatDiagnostic, formatError } from './report.js';
import { colorLevel, loadTextStyle } from './style.js';

/** Exit codes, as the README documents them. */
export const EXIT = {
  /** Every document read (warnings allowed). */
  ok: 0,
  /** A document was read but something failed in it (an error diagnostic, or a warning with --strict). */
  findings: 1,
  /** Usage error or a fatal error: some input could not be read at all. */
  fatal: 2,
} as const;

interface Options {
  format?: string;
  output?: string;
  encoding?: string;
  inputFormat?: string;
  header: string;
  bom: boolean;
  color: string;
  strict: boolean;
  quiet: boolean;
  debug: boolean;
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function buildProgram(io: CliIo): Command {
  return new Command('policy-extract')
    .description('Extract numbered tasks and their responsible units (牵头/负责/配合) from Chinese government plans.')
    .argument('<files...>', 'plan documents: text, HTML pages or Word .docx, in UTF-8, GBK/GB18030, UTF-16 or Big5; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else text)').choices(OUTPUT_FORMATS))
    .option('-o, --output <file>', 'write to FILE instead of standard output (atomically; the format follows the extension)')
    .option('--encoding <label>', 'read input in this encoding instead of detecting it (utf-8, gbk, gb18030, big5, utf-16le …)')
    .addOption(new Option('--input-format <format>', 'read input as this format instead of inferring it from content and name').choices(INPUT_FORMATS))
    .addOption(new Option('--header <language>', 'CSV column headers').choices(['zh', 'en']).default('zh'))
    .option('--no-bom', 'CSV without the UTF-8 byte order mark (Excel needs it to read UTF-8)')
    .addOption(new Option('--color <when>', 'color the text listing and messages').choices(['auto', 'always', 'never']).default('auto'))
    .option('--strict', 'exit 1 when any warning is found', false)
    .option('-q, --quiet', 'print no diagnostics on standard error', false)
    .option('--debug', 'show stack traces of unexpected errors', false)
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

/**
 * -f, else the extension of -o, else text. An extension no writer knows is a usage error: `-o matrix.xlsx`
 * must not quietly get a text listing under a spreadsheet's name.
 */
function chooseFormat(options: Options): OutputFormat {
  if (options.format) return options.format as OutputFormat;
  if (!options.output) return 'text';
  const extension = extname(options.output);
  const inferred = formatFromPath(options.output);
  if (inferred || extension === '') return inferred ?? 'text';
  throw new PolicyExtractError('E_USAGE', `cannot tell the output format from "${extension}" (use -f ${OUTPUT_FORMATS.join('|')})`, { path: options.output });
}

/**
 * Runs the command line and resolves to the exit code; never calls process.exit.
 *
 *     await runCli(['fixtures/corpus/yanan-2025-town-functions.txt', '-f', 'json']) // → 0
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    throw error;
  }
  const options = program.opts<Options>();
  if (options.output === '-') delete options.output; // `-o -` is standard output
  const files = program.args;
  const errorStyle = await loadTextStyle(colorLevel(options.color, io.stderr, io.env));
  const report = (error: unknown, file: string): void => {
    io.stderr.write(`${formatError(error, file, { debug: options.debug, style: errorStyle })}\n`);
    if (!isPolicyExtractError(error) && !options.debug) io.stderr.write('policy-extract: run with --debug for the stack trace\n');
  };
  let format: OutputFormat;
  try {
    format = chooseFormat(options);
  } catch (error) {
    report(error, options.output ?? '-');
    return EXIT.fatal;
  }

  const documents: PolicyDocument[] = [];
  let exit: number = EXIT.ok;
  for (const file of files) {
    try {
      const bytes = await readInput(file, io.stdin);
      documents.push(extract(bytes, { path: file, encoding: options.encoding ?? null, format: (options.inputFormat ?? null) as InputFormat | null }));
    } catch (error) {
      report(error, file);
      exit = EXIT.fatal;
    }
  }
  if (documents.length === 0) return exit;

  const toTerminalListing = format === 'text' && !options.output;
  const outputColor = options.output ? 0 : colorLevel(options.color, io.stdout, io.env);
  try {
    const rendered = await writeDocuments(documents, format, { header: options.header as 'zh' | 'en', bom: options.bom, style: await loadTextStyle(outputColor) });
    if (options.output) await writeFileAtomic(options.output, rendered, files);
    else io.stdout.write(rendered);
  } catch (error) {
    report(error, options.output ?? '-');
    return EXIT.fatal;
  }

  for (const document of documents) {
    const shown = document.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    if (!options.quiet && !toTerminalListing) for (const d of shown) io.stderr.write(`${formatDiagnostic(d, document.source.path, errorStyle)}\n`);
    const failed = document.diagnostics.some((d) => d.severity === 'error') || (options.strict && shown.length > 0);
    if (failed && exit === EXIT.ok) exit = EXIT.findings;
  }
  if (options.output && !options.quiet) {
    const tasks = documents.reduce((sum, document) => sum + document.tasks.length, 0);
    io.stderr.write(`${errorStyle.dim(`policy-extract: wrote ${options.output} (${format}, ${tasks} tasks)`)}\n`);
  }
  return exit;
}
