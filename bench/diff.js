/**
 * Times `diffDocuments` on two 500-task plans made from the corpus: B is A as a prefecture would
 * copy it (省 → 州 in texts and units, one task in ten dropped, one in seven reworded, a block of
 * twenty moved to the end).
 */
import { extract } from '../dist/index.js';
import { diffDocuments } from '../dist/diff/diff-documents.js';
import { loadCorpus } from './corpus.js';
import { median } from './stats.js';

const TASKS = 500;

/** The corpus's sentences and unit lists: tasks are made of them, three sentences each. */
function corpusPieces() {
  const tasks = loadCorpus().flatMap((doc) => extract(doc.text).tasks);
  const sentences = [...new Set(tasks.flatMap((task) => task.text.replace(/\n/g, '').split('。')).filter((sentence) => sentence.length >= 12))];
  const unitLists = tasks.filter((task) => task.units.length > 0).map((task) => task.units.map((unit) => unit.name));
  return { sentences, unitLists };
}

/** A small seeded generator (mulberry32): the same pair of plans on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function plan(title, tasks) {
  return [title, '一、重点任务', ...tasks.map((task, i) => `${i + 1}.${task.text}(责任单位:${task.units.join('、')})`)].join('\n');
}

export function buildPair() {
  const { sentences, unitLists } = corpusPieces();
  const next = random(2022);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const a = Array.from({ length: TASKS }, () => ({ text: `${pick(sentences)}。${pick(sentences)}。${pick(sentences)}。`, units: pick(unitLists) }));
  const copied = a
    .map((task, i) => ({ ...task, index: i }))
    .filter((task) => task.index % 10 !== 9)
    .map((task) => ({
      text: (task.index % 7 === 0 ? `${task.text}并加强督导检查。` : task.text).replace(/省/g, '州'),
      units: task.units.map((unit) => unit.replace(/^省/, '州')),
      index: task.index,
    }));
  const moved = copied.splice(100, 20);
  const b = [...copied, ...moved];
  return { a: extract(plan('吉林省示范工作方案', a)), b: extract(plan('延边州示范工作方案', b)) };
}

/** Median seconds of `runs` diffs (after one warm-up), with the sizes and what the diff found. */
export function measureDiff(runs) {
  const { a, b } = buildPair();
  diffDocuments(a, b);
  const times = [];
  let diff;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    diff = diffDocuments(a, b);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { tasksA: a.tasks.length, tasksB: b.tasks.length, runs, seconds: median(times), max: Math.max(...times), pairs: diff.summary.pairs, moved: diff.summary.moved, onlyA: diff.summary.onlyA, onlyB: diff.summary.onlyB };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(measureDiff(Number(process.argv[2] ?? 5))));
