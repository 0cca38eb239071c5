/** `policy-extract FILES…`: extracts the documents and writes them in one format. */
import { extname } from 'node:path';
import { Option } from 'commander';
import { PolicyExtractError } from '../../model/errors.js';
import { writeFileAtomic } from '../../writers/atomic.js';
import { BINARY_FORMATS, type CsvEncoding, formatFromPath, OUTPUT_FORMATS, type OutputFormat, writeDocuments } from '../../writers/index.js';
import { addCsvOptions, addMessageOptions, addReadingOptions, EXIT, newProgram, startCommand, type ReadOptions, readDocuments } from '../common.js';
import type { CliIo } from '../io.js';
import { formatFindings } from '../report.js';
import { colorLevel, loadTextStyle } from '../style.js';

interface Options extends ReadOptions {
  format?: string;
  output?: string;
  header: string;
  bom: boolean;
  csvEncoding: string;
  names: string;
  by: string;
  color: string;
  strict: boolean;
  quiet: boolean;
}

function buildProgram(io: CliIo) {
  const program = newProgram('policy-extract', io)
    .description('Extract numbered tasks and their responsible units (牵头/负责/配合) from Chinese government plans.')
    .argument('<files...>', 'plan documents: text, HTML pages, Word .docx or .doc, PDF, Excel .xlsx or CSV (text in UTF-8, GBK/GB18030, UTF-16 or Big5); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else text)').choices(OUTPUT_FORMATS))
    .option('-o, --output <file>', 'write to FILE instead of standard output (atomically; the format follows the extension)')
    .addOption(new Option('--names <names>', 'matrix columns: canonical unit names, or names as written').choices(['canonical', 'as-written']).default('canonical'))
    .addOption(new Option('--by <columns>', 'matrix columns: one per unit, or one per file and unit').choices(['unit', 'file']).default('unit'))
    .option('--strict', 'exit 1 when any warning is found', false)
    .option('-q, --quiet', 'print no diagnostics on standard error', false)
    .addHelpText('after', '\nCommands:\n  policy-extract units FILES…   list every unit found, with canonical name, level, function and kind (units --help)\n  policy-extract diff A B       compare two plans task by task and unit by unit (diff --help)\n  policy-extract batch INPUTS… --out-dir DIR   many files in parallel, with combined outputs (batch --help)');
  return addMessageOptions(addCsvOptions(addReadingOptions(program)));
}

/**
 * -f, else the extension of -o, else text. An extension no writer knows is a usage error: `-o matrix.pdf`
 * must not quietly get a text listing under another format's name.
 */
function chooseFormat(options: Options): OutputFormat {
  if (options.format) return options.format as OutputFormat;
  if (!options.output) return 'text';
  const extension = extname(options.output);
  const inferred = formatFromPath(options.output);
  if (inferred || extension === '') return inferred ?? 'text';
  throw new PolicyExtractError('E_USAGE', `cannot tell the output format from "${extension}" (use -f ${OUTPUT_FORMATS.join('|')})`, { path: options.output });
}

/** Runs the extraction command and resolves to the exit code. */
export async function runExtract(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  const { options, args: files, style: errorStyle, report } = await startCommand<Options>(program, argv, io);
  let format: OutputFormat;
  try {
    format = chooseFormat(options);
    if (BINARY_FORMATS.has(format) && !options.output && io.stdout.isTTY) {
      throw new PolicyExtractError('E_USAGE', `${format} is a binary format: write it to a file with -o FILE.${format}, or redirect standard output`);
    }
  } catch (error) {
    report(error, options.output ?? '-');
    return EXIT.fatal;
  }

  const { documents, failed } = await readDocuments(files, options, io, report);
  let exit: number = failed ? EXIT.fatal : EXIT.ok;
  if (documents.length === 0) return exit;

  const toTerminalListing = format === 'text' && !options.output;
  const outputColor = options.output ? 0 : colorLevel(options.color, io.stdout, io.env);
  try {
    const rendered = await writeDocuments(documents, format, {
      header: options.header as 'zh' | 'en', bom: options.bom, encoding: options.csvEncoding as CsvEncoding,
      names: options.names as 'canonical' | 'as-written', by: options.by as 'unit' | 'file', style: await loadTextStyle(outputColor),
    });
    if (options.output) await writeFileAtomic(options.output, rendered, files);
    else io.stdout.write(rendered);
  } catch (error) {
    report(error, options.output ?? '-');
    return EXIT.fatal;
  }

  for (const document of documents) {
    if (!options.quiet && !toTerminalListing) io.stderr.write(formatFindings(document.diagnostics, document.source.path, errorStyle));
    const findings = document.diagnostics.some((d) => d.severity === 'error') || (options.strict && document.diagnostics.some((d) => d.severity === 'warning'));
    if (findings && exit === EXIT.ok) exit = EXIT.findings;
  }
  if (options.output && !options.quiet) {
    const tasks = documents.reduce((sum, document) => sum + document.tasks.length, 0);
    io.stderr.write(`${errorStyle.dim(`policy-extract: wrote ${options.output} (${format}, ${tasks} tasks)`)}\n`);
  }
  return exit;
}
