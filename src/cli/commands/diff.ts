/** `policy-extract diff A B`: compares two plans task by task and unit by unit; exits as diff(1) does. */
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_THRESHOLD, diffDocuments } from '../../diff/diff-documents.js';
import { writeFileAtomic } from '../../writers/atomic.js';
import { DIFF_FORMATS, type DiffFormat, diffFormatFromPath, writeDiff } from '../../writers/diff.js';
import type { CsvEncoding } from '../../writers/index.js';
import { addCsvOptions, addMessageOptions, addReadingOptions, EXIT, newProgram, startCommand, type ReadOptions, readDocuments } from '../common.js';
import type { CliIo } from '../io.js';
import { colorLevel, loadTextStyle } from '../style.js';

interface Options extends ReadOptions {
  format?: DiffFormat;
  output?: string;
  threshold: number;
  verbose: boolean;
  header: string;
  bom: boolean;
  csvEncoding: string;
  color: string;
}

function parseThreshold(value: string): number {
  const threshold = Number(value);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw new InvalidArgumentError('expected a number above 0 and at most 1, e.g. 0.35');
  return threshold;
}

function buildProgram(io: CliIo) {
  const program = newProgram('policy-extract diff', io)
    .description('Compare plan A with plan B (a provincial plan and the prefecture plan that copies it, or two versions of one plan): tasks paired by meaning, text changes, units added, removed or given another role, counterparts across levels. Exit 0 when they do not differ, 1 when they do, 2 on trouble.')
    .argument('<a>', 'plan A (as for policy-extract; - reads standard input)')
    .argument('<b>', 'plan B')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else text)').choices(DIFF_FORMATS))
    .option('-o, --output <file>', 'write to FILE instead of standard output (atomically)')
    .option('--threshold <similarity>', 'pair tasks at least this similar (character bigrams, 0–1)', parseThreshold, DEFAULT_THRESHOLD)
    .option('-v, --verbose', 'also list unchanged pairs and the counterparts found across levels', false);
  return addMessageOptions(addCsvOptions(addReadingOptions(program)));
}

/** Runs the diff command: 0 no differences, 1 differences, 2 trouble (a plan unreadable, a bad flag). */
export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  const { options, args: files, style: errorStyle, report } = await startCommand<Options>(program, argv, io);
  const { documents, failed } = await readDocuments(files, options, io, report);
  const [a, b] = documents;
  if (failed || !a || !b) return EXIT.fatal;
  try {
    const diff = diffDocuments(a, b, { threshold: options.threshold });
    const style = await loadTextStyle(options.output ? 0 : colorLevel(options.color, io.stdout, io.env));
    const format = options.format ?? (options.output ? diffFormatFromPath(options.output) : 'text');
    const rendered = await writeDiff(diff, format, {
      style, verbose: options.verbose, header: options.header as 'zh' | 'en', bom: options.bom, encoding: options.csvEncoding as CsvEncoding,
    });
    if (options.output) await writeFileAtomic(options.output, rendered, files);
    else io.stdout.write(rendered);
    return diff.summary.differences ? EXIT.findings : EXIT.ok;
  } catch (error) {
    report(error, options.output ?? '-');
    return EXIT.fatal;
  }
}
