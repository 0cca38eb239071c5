/** Times CLI start-up: wall time of whole `node …` processes, interleaved so drift in machine load hits every command alike. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, min } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = 'fixtures/corpus/yanbian-2022-demo-towns-tasks.txt';
const CLI = 'bin/policy-extract.js';

/** The commands timed; the first is the baseline the others are compared with. */
export const COMMANDS = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'cli (text listing)', args: [CLI, SAMPLE] },
  { name: 'cli -f json', args: [CLI, SAMPLE, '-f', 'json'] },
  { name: 'cli -f csv', args: [CLI, SAMPLE, '-f', 'csv'] },
  { name: 'cli -f yaml', args: [CLI, SAMPLE, '-f', 'yaml'] },
  { name: 'cli -f matrix', args: [CLI, SAMPLE, '-f', 'matrix'] },
  { name: 'cli -f xlsx', args: [CLI, SAMPLE, '-f', 'xlsx'] },
  { name: 'cli units', args: [CLI, 'units', SAMPLE] },
];

/** One run's wall time in seconds; output is discarded, but a fatal exit (2, or a signal) is reported, not timed as success. */
function timeOnce(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { cwd: ROOT, stdio: 'ignore' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw result.error;
  // Exit 1 only means the document has findings (see EXIT in src/cli/main.ts); the output was still written.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command.name} exited with ${result.status ?? result.signal}`);
  return seconds;
}

/**
 * Runs every command `runs` times (after one untimed run each, which warms the file cache) and
 * reports median and minimum; `ratio` is the median against the baseline's median, `minRatio` the
 * minimum against the baseline's minimum (less sensitive to other work on the machine).
 */
export function measureStartup(runs) {
  const times = COMMANDS.map(() => []);
  for (const command of COMMANDS) timeOnce(command);
  for (let r = 0; r < runs; r++) COMMANDS.forEach((command, i) => times[i].push(timeOnce(command)));
  const base = median(times[0]);
  const baseMin = min(times[0]);
  return COMMANDS.map((command, i) => ({
    name: command.name,
    command: ['node', ...command.args].join(' '),
    runs,
    median: median(times[i]),
    min: min(times[i]),
    ratio: median(times[i]) / base,
    minRatio: min(times[i]) / baseMin,
  }));
}
