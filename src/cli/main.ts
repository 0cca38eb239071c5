/**
 * runCli(argv, io) → exit code: picks the command (extraction, `units`, `diff` or `batch`), which parses its
 * flags, calls the library, writes, and maps errors to exit codes.
 */
import { CommanderError } from 'commander';
import { runExtract } from './commands/extract.js';
import { EXIT } from './common.js';
import { type CliIo, processIo } from './io.js';

export { EXIT } from './common.js';
// the command's own loader of packages, lent by bin/cli-script.js to the bundle it runs
export { usePackageLoader } from '../packages.js';

/** Commands by their first argument; anything else is a file to extract (`./units` reads a file so named). Each is loaded when used. */
const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> = {
  units: async (argv, io) => (await import('./commands/units.js')).runUnits(argv, io),
  diff: async (argv, io) => (await import('./commands/diff.js')).runDiff(argv, io),
  batch: async (argv, io) => (await import('./commands/batch.js')).runBatchCommand(argv, io),
};

/**
 * Runs the command line and resolves to the exit code; never calls process.exit.
 *
 *     await runCli(['fixtures/corpus/yanan-2025-town-functions.txt', '-f', 'json']) // → 0
 *     await runCli(['units', 'fixtures/corpus/yanan-2025-town-functions.txt'])      // → 0
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [first = '', ...rest] = argv;
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first]! : null;
  try {
    return command ? await command(rest, io) : await runExtract(argv, io);
  } catch (error) {
    // --help and --version end the parse with code 0; a bad flag with commander's 1, which is our 2
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    throw error;
  }
}
