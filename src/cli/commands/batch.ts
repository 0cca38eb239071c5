/** `policy-extract batch INPUTS… --out-dir DIR`: thousands of files in parallel, per-file and combined outputs. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
import { parseShard, readFileList } from '../../batch/inputs.js';
import { type BatchProgress, type BatchSummary, COMBINED, runBatch } from '../../batch/run-batch.js';
import { PolicyExtractError } from '../../model/errors.js';
import { readAliasFile } from '../../readers/aliases.js';
import type { InputFormat } from '../../readers/types.js';
import { type CsvEncoding, OUTPUT_FORMATS, type OutputFormat } from '../../writers/index.js';
import { addCsvOptions, addMessageOptions, addReadingOptions, EXIT, newProgram, startCommand } from '../common.js';
import type { CliIo } from '../io.js';

interface Options {
  outDir: string;
  format: OutputFormat[];
  filesFrom?: string;
  include: string[];
  exclude: string[];
  jobs: number;
  maxSize: number;
  incremental: boolean;
  timeout: number;
  shard?: string;
  quiet: boolean;
  encoding?: string;
  inputFormat?: string;
  aliases?: string;
  names: string;
  header: string;
  bom: boolean;
  csvEncoding: string;
  color: string;
  debug: boolean;
}

/** An exit code for a run stopped by Ctrl-C, as shells report SIGINT. */
const INTERRUPTED = 130;

function formats(value: string): OutputFormat[] {
  const list = value.split(',').map((format) => format.trim()).filter(Boolean);
  const unknown = list.find((format) => !(OUTPUT_FORMATS as readonly string[]).includes(format));
  if (unknown !== undefined || list.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')}`);
  return [...new Set(list)] as OutputFormat[];
}

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return number;
}

/** 50M, 2G, 300k or bytes. */
function size(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 50M, 2G or 300k');
  const unit = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(match[1]) * unit);
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function seconds(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new InvalidArgumentError('expected a number of seconds, 0 for no limit');
  return number;
}

function buildProgram(io: CliIo) {
  const program = newProgram('policy-extract batch', io)
    .description('Extract many plans in parallel: each file\'s outputs under DIR (mirroring the inputs), and combined outputs: all-tasks.csv, all-tasks.jsonl, matrix.csv, units.csv, errors.jsonl, summary.json. One bad file never stops the run; exit 1 when any file failed.')
    .argument('[inputs...]', 'files, folders (walked) and globs (quoted: expanded by policy-extract)')
    .requiredOption('--out-dir <dir>', 'the output folder')
    .option('-f, --format <formats>', `per-file formats, comma-separated (${OUTPUT_FORMATS.join(', ')})`, formats, ['json'] as OutputFormat[])
    .option('--files-from <list>', 'read input paths from LIST, one a line (- for standard input)')
    .option('--include <pattern>', 'only paths matching this glob (repeatable)', collect, [])
    .option('--exclude <pattern>', 'leave out paths matching this glob (repeatable)', collect, [])
    .option('-j, --jobs <n>', 'worker threads (default: the available parallelism)', positive, availableParallelism())
    .option('--max-size <size>', 'report files larger than this, or that unpack to more (.docx, .xlsx, PDF text), instead of reading them', size, 50e6)
    .option('--incremental', 'skip inputs whose content and options match the previous run in DIR', false)
    .option('--timeout <seconds>', 'stop and report a file that takes longer than this (0: no limit)', seconds, 60)
    .option('--shard <I/N>', 'process only the I-th of N deterministic slices of the inputs')
    .option('-q, --quiet', 'no progress and no summary line', false)
    .addOption(new Option('--names <names>', 'matrix columns: canonical or as written').choices(['canonical', 'as-written']).default('canonical'));
  return addMessageOptions(addCsvOptions(addReadingOptions(program)));
}

/** Runs a batch: 0 every file read, 1 some failed or had error findings (listed in errors.jsonl), 2 usage or fatal, 130 interrupted. */
export async function runBatchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  const { options, args, style, report } = await startCommand<Options>(program, argv, io);
  const controller = new AbortController();
  // on, not once: a second Ctrl-C (or a process group's) must not kill the run mid-write
  const interrupt = (): void => controller.abort();
  process.on('SIGINT', interrupt);
  const progress = io.stderr.isTTY === true && !options.quiet ? progressBar(io) : null;
  try {
    const specs = [...args, ...(options.filesFrom ? await readFileList(options.filesFrom, io.stdin) : [])];
    if (specs.length === 0) throw new PolicyExtractError('E_USAGE', 'no inputs: give files, folders or globs, or --files-from LIST');
    // the alias file is read once, here: a mistake in it is one line before any file is read
    const aliasData = options.aliases ? await readAliasFile(options.aliases) : null;
    const summary = await runBatch(specs, {
      outDir: options.outDir, jobs: options.jobs, maxSize: options.maxSize, incremental: options.incremental, timeout: options.timeout,
      include: options.include, exclude: options.exclude, shard: options.shard ? parseShard(options.shard) : null,
      formats: options.format, encoding: options.encoding ?? null, inputFormat: (options.inputFormat ?? null) as InputFormat | null,
      aliases: options.aliases ?? null, aliasData, header: options.header as 'zh' | 'en', bom: options.bom, csvEncoding: options.csvEncoding as CsvEncoding,
      names: options.names as 'canonical' | 'as-written',
    }, { progress: progress?.update, signal: controller.signal });
    progress?.clear();
    if (!options.quiet) io.stderr.write(`${style.dim(summaryLine(summary, options.outDir))}\n`);
    return summary.files.failed + summary.files.withErrors > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    progress?.clear();
    if (controller.signal.aborted) {
      io.stderr.write('policy-extract batch: interrupted; the files finished so far are written whole, the combined outputs are not\n');
      return INTERRUPTED;
    }
    report(error, 'batch');
    return EXIT.fatal;
  } finally {
    process.off('SIGINT', interrupt);
  }
}

export function summaryLine(summary: BatchSummary, outDir: string): string {
  const { files } = summary;
  const mb = summary.bytes / 1e6;
  const parts = [`${files.ok} ok`, `${files.failed} failed${files.failed + files.withErrors > 0 ? ` (see ${COMBINED.errors})` : ''}`, `${files.skipped} skipped`];
  if (files.withErrors > 0) parts.splice(1, 0, `${files.withErrors} with errors`);
  if (files.unchanged > 0) parts.push(`${files.unchanged} unchanged`);
  return `policy-extract batch: ${files.total} files (${parts.join(', ')}) · ${summary.tasks} tasks · ${summary.units} units · ${mb.toFixed(1)} MB in ${summary.seconds.toFixed(1)} s (${(mb / Math.max(summary.seconds, 1e-9)).toFixed(1)} MB/s) → ${outDir}`;
}

/** A one-line progress bar on a terminal, redrawn at most ten times a second. */
function progressBar(io: CliIo): { update: (progress: BatchProgress) => void; clear: () => void } {
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - drawn < 100 && progress.done < progress.total) return;
      drawn = now;
      shown = true;
      const width = 24;
      const filled = progress.total === 0 ? width : Math.round((progress.done / progress.total) * width);
      const seconds = (now - started) / 1000;
      const rate = progress.bytes / 1e6 / Math.max(seconds, 1e-3);
      const eta = progress.done === 0 ? '?' : `${Math.round((seconds / progress.done) * (progress.total - progress.done))} s`;
      io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${progress.done}/${progress.total} files · ${rate.toFixed(1)} MB/s · ETA ${eta}${progress.failed ? ` · ${progress.failed} failed` : ''}\u001b[K`);
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
