/**
 * Pairs the items of two plans by meaning, not by number: bigram similarity of their texts,
 * helped by equal titles and by order; a task one side split into several (or several merged
 * into one) is found by containment; what pairs with nothing is on one side only.
 */
import type { PairRelation } from '../model/diff.js';
import { type BigramProfile, bigrams, containment, dice } from './similarity.js';

/** What alignment needs of an item. */
export interface AlignItem {
  title: string | null;
  text: string;
}

export interface Link {
  a: number;
  b: number;
  similarity: number;
  relation: PairRelation;
  group: number;
  moved: boolean;
}

export interface Alignment {
  links: Link[];
  onlyA: number[];
  onlyB: number[];
}

/** Below this share of its bigrams found in a paired item, an unpaired item is no piece of it. */
const CONTAINED = 0.6;
/** Candidates under this similarity are not even scored. */
const FLOOR = 0.1;
/** Equal titles and equal places in order break near ties; they never pair dissimilar texts. */
const TITLE_BONUS = 0.1;
const ORDER_BONUS = 0.05;

/**
 * Aligns two lists of items; the result is the same, A and B swapped, when the lists are swapped
 * (scores are symmetric and ties are broken by positions taken without regard to side).
 *
 *     alignItems(jilinTasks, yanbianTasks, 0.35).links[0] // → { a: 0, b: 0, similarity: 0.93, relation: 'one-to-one', … }
 */
export function alignItems(a: readonly AlignItem[], b: readonly AlignItem[], threshold: number): Alignment {
  const profileA = a.map(profileOf);
  const profileB = b.map(profileOf);
  const candidates: Array<{ i: number; j: number; similarity: number; score: number }> = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const similarity = dice(profileA[i]!, profileB[j]!);
      if (similarity < Math.max(FLOOR, threshold)) continue;
      const sameTitle = a[i]!.title !== null && a[i]!.title === b[j]!.title ? TITLE_BONUS : 0;
      const order = ORDER_BONUS * (1 - Math.abs(relative(i, a.length) - relative(j, b.length)));
      candidates.push({ i, j, similarity, score: similarity + sameTitle + order });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i + x.j - (y.i + y.j) || Math.min(x.i, x.j) - Math.min(y.i, y.j));

  const pairedA = new Map<number, number>(); // item of A → its partner in B
  const pairedB = new Map<number, number>();
  for (const { i, j } of candidates) {
    if (pairedA.has(i) || pairedB.has(j)) continue;
    pairedA.set(i, j);
    pairedB.set(j, i);
  }
  const links: Link[] = [...pairedA.entries()].map(([i, j]) => ({ a: i, b: j, similarity: round(dice(profileA[i]!, profileB[j]!)), relation: 'one-to-one', group: 0, moved: false }));

  // a piece of a split (or merged) task: an unpaired item most of whose bigrams stand in a paired one
  const pieces: Array<{ side: 'a' | 'b'; item: number; partner: number; share: number }> = [];
  for (let i = 0; i < a.length; i++) {
    if (pairedA.has(i)) continue;
    const best = bestContainer(profileA[i]!, profileB, (j) => pairedB.has(j));
    if (best) pieces.push({ side: 'a', item: i, partner: best.index, share: best.share });
  }
  for (let j = 0; j < b.length; j++) {
    if (pairedB.has(j)) continue;
    const best = bestContainer(profileB[j]!, profileA, (i) => pairedA.has(i));
    if (best) pieces.push({ side: 'b', item: j, partner: best.index, share: best.share });
  }
  const joined = new Set<string>();
  for (const piece of pieces.sort((x, y) => y.share - x.share || x.item + x.partner - (y.item + y.partner))) {
    const [i, j] = piece.side === 'a' ? [piece.item, piece.partner] : [piece.partner, piece.item];
    // the partner must itself be single on its side: a piece never joins a piece
    if (joined.has(`${piece.side === 'a' ? 'b' : 'a'}${piece.partner}`)) continue;
    joined.add(`${piece.side}${piece.item}`);
    links.push({ a: i, b: j, similarity: round(dice(profileA[i]!, profileB[j]!)), relation: piece.side === 'a' ? 'merge' : 'split', group: 0, moved: false });
  }

  groupLinks(links);
  markMoved(links);
  links.sort((x, y) => x.a - y.a || x.b - y.b);
  const linkedA = new Set(links.map((link) => link.a));
  const linkedB = new Set(links.map((link) => link.b));
  return {
    links,
    onlyA: a.map((_, i) => i).filter((i) => !linkedA.has(i)),
    onlyB: b.map((_, j) => j).filter((j) => !linkedB.has(j)),
  };
}

function profileOf(item: AlignItem): BigramProfile {
  return bigrams(item.title !== null && !item.text.startsWith(item.title) ? `${item.title}${item.text}` : item.text);
}

function relative(index: number, length: number): number {
  return length <= 1 ? 0 : index / (length - 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function bestContainer(part: BigramProfile, others: readonly BigramProfile[], paired: (index: number) => boolean): { index: number; share: number } | null {
  let best: { index: number; share: number } | null = null;
  others.forEach((whole, index) => {
    if (!paired(index)) return;
    const share = containment(part, whole);
    if (share >= CONTAINED && (best === null || share > best.share)) best = { index, share };
  });
  return best;
}

/**
 * Numbers the groups: links sharing an item are one group (a split: one A item, several B items),
 * in order of their first A item.
 */
function groupLinks(links: Link[]): void {
  const byA = new Map<number, number>();
  const byB = new Map<number, number>();
  let next = 0;
  for (const link of [...links].sort((x, y) => x.a - y.a || x.b - y.b)) {
    const group = byA.get(link.a) ?? byB.get(link.b) ?? next++;
    link.group = group;
    byA.set(link.a, group);
    byB.set(link.b, group);
  }
  // a split's or merge's first link (the one-to-one it grew from) takes the group's relation
  for (const link of links) {
    if (link.relation !== 'one-to-one') continue;
    const grown = links.find((other) => other.group === link.group && other.relation !== 'one-to-one');
    if (grown) link.relation = grown.relation;
  }
}

/**
 * Marks the groups that moved: in A's order, B's positions should rise; the groups off the
 * longest rising run are the ones that moved.
 */
function markMoved(links: Link[]): void {
  const groups = new Map<number, { a: number; b: number }>();
  for (const link of links) {
    const group = groups.get(link.group);
    if (!group) groups.set(link.group, { a: link.a, b: link.b });
    else groups.set(link.group, { a: Math.min(group.a, link.a), b: Math.min(group.b, link.b) });
  }
  const ordered = [...groups.entries()].sort(([, x], [, y]) => x.a - y.a || x.b - y.b);
  const kept = longestRisingRun(ordered.map(([, group]) => group.b));
  const moved = new Set(ordered.filter((_, index) => !kept.has(index)).map(([group]) => group));
  for (const link of links) link.moved = moved.has(link.group);
}

/** Indexes of a longest strictly rising subsequence (patience sorting, n log n). */
function longestRisingRun(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest last value of a run of length k + 1
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const run = new Set<number>();
  for (let index = tails.length > 0 ? tails[tails.length - 1]! : -1; index >= 0; index = previous[index]!) run.add(index);
  return run;
}
