/** `policy-extract units FILES…`: every unit found, with canonical name, level, function, kind and role counts. */
import { extname } from 'node:path';
import { Option } from 'commander';
import { listUnits } from '../../views/units-table.js';
import { writeFileAtomic } from '../../writers/atomic.js';
import type { CsvEncoding } from '../../writers/index.js';
import { UNITS_FORMATS, type UnitsFormat, writeUnits } from '../../writers/units.js';
import { addCsvOptions, addMessageOptions, addReadingOptions, EXIT, newProgram, startCommand, type ReadOptions, readDocuments } from '../common.js';
import type { CliIo } from '../io.js';
import { colorLevel, loadTextStyle } from '../style.js';

interface Options extends ReadOptions {
  format?: string;
  output?: string;
  header: string;
  bom: boolean;
  csvEncoding: string;
  color: string;
}

function buildProgram(io: CliIo) {
  const program = newProgram('policy-extract units', io)
    .description('List every unit the documents name, once per spelling: canonical name, level, function, kind, and how often it leads, is responsible or supports. The starting point of an alias file.')
    .argument('<files...>', 'plan documents (as for policy-extract); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, .json or .csv, else text)').choices(UNITS_FORMATS))
    .option('-o, --output <file>', 'write to FILE instead of standard output (atomically; the format follows the extension)');
  return addMessageOptions(addCsvOptions(addReadingOptions(program)));
}

/** -f, else the extension of -o (units.json, units.csv), else the table. */
function unitsFormat(options: Options): UnitsFormat {
  if (options.format) return options.format as UnitsFormat;
  const extension = options.output ? extname(options.output).toLowerCase() : '';
  return extension === '.json' ? 'json' : extension === '.csv' ? 'csv' : 'text';
}

/** Runs the units command and resolves to the exit code: 0, or 2 when a file could not be read. */
export async function runUnits(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  const { options, args, style: errorStyle, report } = await startCommand<Options>(program, argv, io);
  const { documents, failed } = await readDocuments(args, options, io, report);
  if (documents.length === 0) return EXIT.fatal;
  try {
    const style = await loadTextStyle(options.output ? 0 : colorLevel(options.color, io.stdout, io.env));
    const rendered = await writeUnits(listUnits(documents), unitsFormat(options), {
      header: options.header as 'zh' | 'en', bom: options.bom, encoding: options.csvEncoding as CsvEncoding, style,
    });
    if (options.output) await writeFileAtomic(options.output, rendered, args);
    else io.stdout.write(rendered);
  } catch (error) {
    report(error, options.output ?? '-');
    return EXIT.fatal;
  }
  return failed ? EXIT.fatal : EXIT.ok;
}
