/**
 * Times extraction on large hostile inputs (issue 7): each family built to about 8 MB (under the
 * 10 MB for which the goal is < 2 s), plus one 100 MB input for peak memory. Every case runs in
 * its own process, so its peak RSS is its own.
 *
 *     npm run bench:hostile            # all cases
 *     node bench/hostile.js 'one line of notes never closed'
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.js';

const SELF = fileURLToPath(import.meta.url);
const MB = 1e6;
const GOAL_SECONDS = 2;

/** Repeats `unit` until the UTF-8 text reaches `bytes`. */
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
const plan = (body) => `2025年工作方案\n一、重点任务\n${body}\n`;

/** Each family: a name and a builder of about `bytes` of input (text, or bytes for binaries and HTML). */
const CASES = [
  ['one line of notes never closed', (n) => plan(`1.${fill('推进工作(州住建局、', n)}`)],
  ['one line of closed notes', (n) => plan(`1.${fill('推进工作(州住建局负责)。', n)}`)],
  ['one line of brackets nested and never closed', (n) => plan(`1.推进工作${fill('(', n)}`)],
  ['one line of brackets 700 deep, closed', (n) => plan(`1.${fill(`${'('.repeat(700)}州住建局${')'.repeat(700)}`, n)}`)],
  ['one line without a bracket or a stop', (n) => plan(`1.${fill('推进乡村振兴示范镇建设工作', n)}`)],
  ['one line of unit names after a label', (n) => plan(`1.推进工作。责任单位:${fill('州住建局、', n)}`)],
  ['one line of sentences ending in a role word', (n) => plan(`1.${fill('推进工作。县商务局负责。', n)}`)],
  ['one line of 一是二是', (n) => plan(`1.${fill('一是推进工作,二是加强统筹;', n)}`)],
  ['one line of spaces between Chinese characters', (n) => plan(`1.${fill('推 进 工 作 ', n)}`)],
  ['one line of full-width characters', (n) => plan(`1.${fill('（ＡＢＣ１２３：；）', n)}`)],
  ['markers alone, one a line', (n) => plan(fill('1.\n(1)\n①\n', n))],
  ['one character a line', (n) => plan(fill('x\n', n))],
  ['short tasks with notes, one a line', (n) => plan(fill('1.推进工作。(责任单位:州住建局)\n', n))],
  ['one task of paragraphs each closed by who does it', (n) => plan(`1.推进工作\n${fill('开展排查，由县商务局负责。推进工作，县住建局负责。\n', n)}`)],
  ['one task of paragraphs each with a note and a closing clause', (n) => plan(`1.推进工作\n${fill('开展排查（县商务局负责），推进工作，县住建局负责。\n', n)}`)],
  ['one task of paragraphs each a division by number', (n) => plan(`1.推进工作\n${fill('以上第1、3项由县建设局牵头，县农业农村局配合；第5项由县财政局负责。\n', n)}`)],
  ['a table of tab-separated rows', (n) => `附件\n重点任务分工表\n序号\t重点任务\t责任单位\n${fill('1\t推进示范镇建设工作\t州住建局、州发改委\n', n)}`],
  ['the corpus, repeated as one input', (n, corpus) => fill(`${corpus.map((doc) => doc.text).join('\n')}\n`, n)],
  ['HTML nested and unclosed', (n) => `<html><body>${fill('<div>', n)}<p>1.推进工作。(责任单位:州住建局)</p></body></html>`],
  ['HTML of many paragraphs', (n) => `<html><body>${fill('<p>1.推进工作。(责任单位:州住建局)</p>', n)}</body></html>`],
  ['one line of GBK bytes read as text', (n) => Buffer.concat(Array.from({ length: Math.ceil(n / 20) }, () => Buffer.from('d2bbb6fec8fdcbc4cee5c1f9c6dfb0cbbec5caae', 'hex')))],
];

/** In the child: builds one case, extracts it once, prints seconds and peak RSS as JSON. */
async function runCase(name, bytes) {
  const { extract } = await import('../dist/index.js');
  const build = CASES.find(([caseName]) => caseName === name)[1];
  const built = build(bytes, loadCorpus());
  const input = typeof built === 'string' ? Buffer.from(built) : built;
  const path = name.startsWith('HTML') ? 'page.html' : 'input.txt';
  const start = process.hrtime.bigint();
  let outcome;
  try {
    const document = extract(input, { path });
    outcome = `${document.tasks.length} tasks`;
  } catch (error) {
    outcome = error.code ?? String(error);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ name, bytes: input.length, seconds, outcome, peakRss: process.resourceUsage().maxRSS * 1024 }));
}

function measure(name, bytes) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', SELF, '--case', name, String(bytes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) return { name, bytes, seconds: NaN, outcome: `crashed: ${child.stderr.trim().split('\n').at(-1)}`, peakRss: NaN };
  return JSON.parse(child.stdout);
}

function main() {
  if (process.argv[2] === '--case') return runCase(process.argv[3], Number(process.argv[4]));
  const only = process.argv[2];
  const rows = CASES.filter(([name]) => !only || name === only).map(([name]) => measure(name, 8 * MB));
  if (!only) rows.push({ ...measure('the corpus, repeated as one input', 100 * MB), name: 'the corpus, repeated as one 100 MB input' });
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`policy-extract on hostile inputs — one process each, node ${process.version}`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(width)}  ${(row.bytes / MB).toFixed(1).padStart(5)} MB  ${row.seconds.toFixed(2).padStart(6)} s  peak RSS ${(row.peakRss / MB).toFixed(0).padStart(5)} MB  ${row.outcome}`);
  }
  const small = rows.filter((row) => row.bytes < 10 * MB);
  const slowest = small.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  console.log(`  slowest under 10 MB: ${slowest.name}, ${slowest.seconds.toFixed(2)} s (goal < ${GOAL_SECONDS} s)`);
}

await main();
