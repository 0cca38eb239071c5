/**
 * Summarizes a V8 .cpuprofile: the functions with the most self and total time, and the hottest lines, as src/ file:line through dist/'s source maps.
 *
 *     node --no-turbo-inlining --cpu-prof --cpu-prof-dir=bench/out bench/throughput.js '{"shape":"loop","encoding":"utf-8","minBytes":10e6,"runs":1}'
 *     node bench/hotspots.js bench/out/CPU.*.cpuprofile
 *
 * Without --no-turbo-inlining, V8 books the time of inlined callees to the caller, and their line ticks
 * carry the callee's line numbers against the caller's file, so "hottest lines" would point at the wrong code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const maps = new Map();
const scripts = new Map();

/** Where a line's code starts: a mapping at column 0 of an indented line belongs to the line before. */
function indentOf(url, line) {
  if (!scripts.has(url)) scripts.set(url, readFileSync(fileURLToPath(url), 'utf8').split('\n'));
  return /^\s*/.exec(scripts.get(url)[line] ?? '')[0].length;
}

/** The source map of a dist/ file, or null for Node internals and files without one. */
function sourceMapOf(url) {
  if (!maps.has(url)) {
    const path = url.startsWith('file://') ? fileURLToPath(url) : null;
    const mapPath = path && `${path}.map`;
    maps.set(url, mapPath && existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8'))) : null);
  }
  return maps.get(url);
}

/** `src/x.ts:line` for a 0-based position in a dist/ file (column null: the line's first code); the script path otherwise. */
function where(url, line, column) {
  const map = sourceMapOf(url);
  const entry = map?.findEntry(line, column ?? indentOf(url, line));
  if (entry?.originalSource) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${source.replace(/^.*?(src\/)/, '$1')}:${entry.originalLine + 1}`;
  }
  return `${url.replace(/^file:\/\//, '').replace(ROOT, '')}:${line + 1}`;
}

const frameName = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url ? where(frame.url, frame.lineNumber, frame.columnNumber) : ''}`.trim();

function add(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Self time per function, total time per function (counted once per stack), and self time per source line. */
function summarize(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfById = new Map();
  profile.samples.forEach((id, i) => add(selfById, id, profile.timeDeltas[i] ?? 0));
  const self = new Map();
  const total = new Map();
  const lines = new Map();
  let all = 0;
  for (const [id, time] of selfById) {
    const node = nodes.get(id);
    all += time;
    add(self, frameName(node.callFrame), time);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const name = frameName(nodes.get(at).callFrame);
      if (!seen.has(name)) add(total, name, time);
      seen.add(name);
    }
    // positionTicks are 1-based lines of the script; share the node's time out by tick.
    const ticks = node.positionTicks ?? [];
    const count = ticks.reduce((sum, tick) => sum + tick.ticks, 0);
    for (const tick of ticks) add(lines, where(node.callFrame.url, tick.line - 1, null), (time * tick.ticks) / count);
  }
  return { self, total, lines, all };
}

function top(map, all, count) {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([name, time]) => `${((100 * time) / all).toFixed(1).padStart(6)}%  ${name}`).join('\n');
}

function main() {
  const [file, count = '25'] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/hotspots.js PROFILE.cpuprofile [COUNT]\n');
    process.exit(2);
  }
  const { self, total, lines, all } = summarize(JSON.parse(readFileSync(file, 'utf8')));
  const n = Number(count);
  process.stdout.write(`self time\n${top(self, all, n)}\n\ntotal time (self + callees)\n${top(total, all, n)}\n\nhottest lines (self time)\n${top(lines, all, n)}\n`);
}

main();
