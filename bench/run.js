/** Benchmarks policy-extract — extraction throughput (UTF-8 and GBK) and CLI start-up — and prints the figures as a table or, with --json, as JSON. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { countOutsideGbk, loadCorpus } from './corpus.js';
import { measureDiff } from './diff.js';
import { measureStartup } from './startup.js';
import { renderTable } from './table.js';

const USAGE = `usage: node bench/run.js [--json] [--mb N] [--runs N] [--startup-runs N]
  --json            print the figures as JSON instead of a table
  --mb N            input size of each throughput case, in MB of UTF-8 (default 50)
  --runs N          timed runs per throughput case, after one warm-up (default 3)
  --startup-runs N  runs per start-up command (default 15)`;

const TARGETS = { mbPerSecond: 30, startupRatio: 2, diffSeconds: 1 };
const WORKER = fileURLToPath(new URL('./throughput.js', import.meta.url));

/** The throughput cases, in the order printed; `decode` rows isolate decoding and have no target. */
const CASES = [
  { label: 'extract utf-8, many docs', shape: 'loop', encoding: 'utf-8' },
  { label: 'extract utf-8, one input', shape: 'single', encoding: 'utf-8' },
  { label: 'extract gbk, many docs', shape: 'loop', encoding: 'gbk' },
  { label: 'extract gbk, one input', shape: 'single', encoding: 'gbk' },
  { label: 'decode only utf-8, many docs', shape: 'decode', encoding: 'utf-8' },
  { label: 'decode only gbk, many docs', shape: 'decode', encoding: 'gbk' },
  { label: 'extract html, many pages', shape: 'loop', encoding: 'html' },
  { label: 'extract html, one 1.2 MB page', shape: 'page', encoding: 'html', mb: 1.2 },
];

function parseArgs(argv) {
  const options = { json: false, mb: 50, runs: 3, startupRuns: 15 };
  const numbers = { '--mb': 'mb', '--runs': 'runs', '--startup-runs': 'startupRuns' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg in numbers && Number(argv[i + 1]) > 0) options[numbers[arg]] = Number(argv[++i]);
    else {
      process.stderr.write(`${arg === '--help' || arg === '-h' ? '' : `unknown or incomplete option: ${arg}\n`}${USAGE}\n`);
      process.exit(arg === '--help' || arg === '-h' ? 0 : 2);
    }
  }
  return options;
}

function machineFacts() {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    memoryGb: Math.round(os.totalmem() / 1e9),
  };
}

/**
 * CPU seconds used so far by the whole machine and by this process with its waited-for children
 * (/proc/self/stat utime, stime, cutime, cstime, in 1/100 s); null off Linux.
 */
function cpuSnapshot() {
  let stat;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  // Fields after the ") " that closes the command name; utime is the 14th field of the whole line.
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  const own = fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  const machine = os.cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0) / 1000;
  return { own, machine, wall: performance.now() / 1000 };
}

/**
 * Other work on the machine (a test run in another shell) slows every figure, so the report says how
 * many CPUs it took on average while the bench ran; the load average cannot tell it from the bench itself.
 */
function otherLoad(before, after) {
  if (!before || !after) return null;
  return Math.max(0, (after.machine - before.machine - (after.own - before.own)) / (after.wall - before.wall));
}

function busyWarning(machine) {
  const load = machine.otherCpuLoad;
  return load !== null && load > 0.15
    ? [`warning: other processes kept ${load.toFixed(2)} of ${machine.cpus} CPUs busy during the bench; figures may be pessimistic`]
    : [];
}

/** Runs one case in a fresh process (its own heap, JIT and peak RSS) and reads back its JSON line. */
function runCase(testCase, options) {
  const spec = { shape: testCase.shape, encoding: testCase.encoding, minBytes: (testCase.mb ?? options.mb) * 1e6, runs: options.runs };
  const result = spawnSync(process.execPath, ['--expose-gc', WORKER, JSON.stringify(spec)], {
    stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`${testCase.label}: worker exited with ${result.status ?? result.signal}`);
  const figures = JSON.parse(result.stdout.trim().split('\n').pop());
  // the 30 MB/s target is for text; HTML pages carry markup the figures count too, so they have none
  const target = testCase.shape === 'decode' || testCase.encoding === 'html' ? null : figures.utf8MbPerSecond >= TARGETS.mbPerSecond;
  return { label: testCase.label, ...figures, meetsTarget: target };
}

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function measureAll(options) {
  const throughput = CASES.map((testCase) => {
    progress(`${testCase.label} …`);
    return runCase(testCase, options);
  });
  progress(`CLI start-up, ${options.startupRuns} runs of each command …`);
  const startup = measureStartup(options.startupRuns).map((row, i) => ({
    ...row, meetsTarget: i === 0 ? null : row.ratio <= TARGETS.startupRatio,
  }));
  progress('diff of two 500-task plans …');
  const diff = measureDiff(options.runs);
  diff.meetsTarget = diff.seconds < TARGETS.diffSeconds;
  return { throughput, startup, diff };
}

/** One line per target: met, or missed with the rows that miss it. */
function verdicts({ throughput, startup, diff }) {
  const say = (name, rows, figure) => {
    const missed = rows.filter((row) => row.meetsTarget === false);
    return missed.length === 0 ? `${name}: met` : `${name}: MISSED by ${missed.map((row) => `${row.label ?? row.name} (${figure(row)})`).join(', ')}`;
  };
  return [
    say(`throughput >= ${TARGETS.mbPerSecond} MB/s`, throughput, (row) => `${row.utf8MbPerSecond.toFixed(1)} MB/s`),
    say(`start-up <= ${TARGETS.startupRatio}x node -e 0`, startup, (row) => `${row.ratio.toFixed(2)}x`),
    say(`diff of two 500-task plans < ${TARGETS.diffSeconds} s`, [{ ...diff, label: 'diff' }], (row) => `${row.seconds.toFixed(3)} s`),
  ];
}

/**
 * The one-input case is only a linearity check if extraction reads all of it; when it finds fewer tasks
 * than the loop over the same copies, later stages saw only part of the input, and the row says so.
 */
function singleInputNotes(throughput) {
  return throughput
    .filter((row) => row.shape === 'single')
    .map((row) => [row, throughput.find((other) => other.shape === 'loop' && other.encoding === row.encoding)])
    .filter(([row, loop]) => loop && row.tasks < loop.tasks)
    .map(([row, loop]) => `note: ${row.label} finds ${row.tasks} tasks where the loop over the same ${row.repetitions} copies finds ${loop.tasks}: only part of the input reaches task extraction`);
}

const mark = (meets) => (meets === null ? '-' : meets ? 'ok' : 'MISSED');
const mb = (bytes) => bytes / 1e6;

function printTable(report) {
  const { machine, options, corpus, throughput, startup } = report;
  const lines = [
    `policy-extract bench — node ${machine.node}, ${machine.cpu}, ${machine.cpus} CPUs, ${machine.os}, ${machine.memoryGb} GB`,
    `corpus: ${corpus.documents} plans, ${corpus.utf8Bytes.toLocaleString('en-US')} bytes UTF-8; gbk input is GB18030 for the ${corpus.outsideGbk} characters GBK lacks`,
    '',
    `Throughput — median of ${options.runs} runs after 1 warm-up, single thread; MB = 1,000,000 bytes; "text MB/s" counts the same text as UTF-8 bytes;`,
    'base RSS = after building the input, before extracting; peak RSS = the case process\'s maximum',
    renderTable([
      { title: 'case', value: (r) => r.label },
      { title: 'copies', value: (r) => r.repetitions },
      { title: 'docs', value: (r) => r.documents },
      { title: 'input MB', value: (r) => mb(r.bytes), digits: 1 },
      { title: 'median s', value: (r) => r.seconds, digits: 3 },
      { title: 'MB/s', value: (r) => r.mbPerSecond, digits: 1 },
      { title: 'text MB/s', value: (r) => r.utf8MbPerSecond, digits: 1 },
      { title: 'tasks', value: (r) => (r.shape === 'decode' ? null : r.tasks) },
      { title: 'tasks/s', value: (r) => (r.shape === 'decode' ? null : r.tasksPerSecond) },
      { title: 'base RSS MB', value: (r) => mb(r.baselineRss) },
      { title: 'peak RSS MB', value: (r) => mb(r.peakRss) },
      { title: `>=${TARGETS.mbPerSecond} MB/s`, value: (r) => mark(r.meetsTarget) },
    ], throughput),
    ...singleInputNotes(throughput),
    '',
    `CLI start-up — ${options.startupRuns} runs each, interleaved, output discarded; sample ${startup[1]?.command.split(' ')[2] ?? ''}`,
    renderTable([
      { title: 'command', value: (r) => r.name },
      { title: 'median ms', value: (r) => r.median * 1000, digits: 1 },
      { title: 'min ms', value: (r) => r.min * 1000, digits: 1 },
      { title: 'x node (median)', value: (r) => r.ratio, digits: 2 },
      { title: 'x node (min)', value: (r) => r.minRatio, digits: 2 },
      { title: `<=${TARGETS.startupRatio}x`, value: (r) => mark(r.meetsTarget) },
    ], startup),
    '',
    `Diff — diffDocuments of a ${report.diff.tasksA}-task plan against its ${report.diff.tasksB}-task copy (省 → 州, a tenth dropped, a seventh reworded, twenty moved), median of ${report.diff.runs} runs: ` +
      `${report.diff.seconds.toFixed(3)} s (max ${report.diff.max.toFixed(3)} s); ${report.diff.pairs} pairs, ${report.diff.moved} moved, ${report.diff.onlyA} only in A`,
    '',
    ...verdicts(report),
    ...report.warnings,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const texts = loadCorpus();
  const corpus = {
    documents: texts.length,
    utf8Bytes: texts.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0),
    outsideGbk: texts.reduce((sum, doc) => sum + countOutsideGbk(doc.text), 0),
  };
  const started = Date.now();
  const cpuBefore = cpuSnapshot();
  const report = { machine: machineFacts(), options, targets: TARGETS, corpus, ...measureAll(options) };
  report.verdicts = verdicts(report);
  report.notes = singleInputNotes(report.throughput);
  report.machine.otherCpuLoad = otherLoad(cpuBefore, cpuSnapshot());
  report.warnings = busyWarning(report.machine);
  report.benchSeconds = (Date.now() - started) / 1000;
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(report);
  progress(`done in ${report.benchSeconds.toFixed(0)} s`);
}

main();
