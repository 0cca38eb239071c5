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

/** Items of A and B that correspond: `a` and `b` index the lists given to {@link alignItems}. */
export interface Link {
  a: number;
  b: number;
  similarity: number;
  relation: PairRelation;
  group: number;
  moved: boolean;
}

/** The links (pairs, and the pieces of splits and merges) and the items left on one side. */
export interface Alignment {
  links: Link[];
  onlyA: number[];
  onlyB: number[];
}

/** Below this share of its bigrams found in a paired item, an unpaired item is no piece of it… */
const CONTAINED = 0.6;
/** …unless this share stands in what the paired item holds beyond its own partner. */
const CONTAINED_BEYOND_PARTNER = 0.3;
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
      // Dice can reach at most 2·min/(sum): texts of very different lengths are not compared at all
      const [m, n] = [profileA[i]!.length, profileB[j]!.length];
      if (m + n > 0 && (2 * Math.min(m, n)) / (m + n) < Math.max(FLOOR, threshold)) continue;
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

  // a piece of a split (or merged) task: an unpaired item that stands in a paired one — most of its
  // bigrams in it, or a good share in what the paired one holds beyond its partner (a task that
  // copies two: Yanbian's 总体要求 is Jilin's 工作目标 and part of its 总体要求)
  const pieces: Array<{ side: 'a' | 'b'; item: number; partner: number; share: number }> = [];
  for (let i = 0; i < a.length; i++) {
    if (pairedA.has(i)) continue;
    const best = bestContainer(profileA[i]!, profileB, (j) => (pairedB.has(j) ? profileA[pairedB.get(j)!]! : null));
    if (best) pieces.push({ side: 'a', item: i, partner: best.index, share: best.share });
  }
  for (let j = 0; j < b.length; j++) {
    if (pairedB.has(j)) continue;
    const best = bestContainer(profileB[j]!, profileA, (i) => (pairedA.has(i) ? profileB[pairedA.get(i)!]! : null));
    if (best) pieces.push({ side: 'b', item: j, partner: best.index, share: best.share });
  }
  // a group is a split or a merge, never both: an item that took pieces from one side takes none from the other
  const tookPieces = { a: new Set<number>(), b: new Set<number>() };
  for (const piece of pieces.sort((x, y) => y.share - x.share || x.item + x.partner - (y.item + y.partner))) {
    const [i, j] = piece.side === 'a' ? [piece.item, piece.partner] : [piece.partner, piece.item];
    // the pair the piece joins: (i', j) for a piece of A, (i, j') for a piece of B
    const pairA = piece.side === 'a' ? pairedB.get(j)! : i;
    const pairB = piece.side === 'a' ? j : pairedA.get(i)!;
    if (piece.side === 'a' ? tookPieces.a.has(pairA) : tookPieces.b.has(pairB)) continue;
    (piece.side === 'a' ? tookPieces.b : tookPieces.a).add(piece.side === 'a' ? pairB : pairA);
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

/**
 * The paired item that best contains `part`: most of its bigrams in the whole item, or a good share
 * in what the item holds beyond its own partner (`partnerOf` gives that partner's profile, null for
 * an unpaired item).
 */
function bestContainer(part: BigramProfile, others: readonly BigramProfile[], partnerOf: (index: number) => BigramProfile | null): { index: number; share: number } | null {
  let best: { index: number; share: number } | null = null;
  others.forEach((whole, index) => {
    const partner = partnerOf(index);
    if (partner === null) return;
    const inWhole = containment(part, whole);
    const beyond = containment(part, withoutBigrams(whole, partner));
    const share = inWhole >= CONTAINED ? inWhole : beyond >= CONTAINED_BEYOND_PARTNER ? beyond : 0;
    if (share > 0 && (best === null || share > best.share)) best = { index, share };
  });
  return best;
}

/** The bigrams of `whole` left once those of `taken` are removed (multisets). */
function withoutBigrams(whole: BigramProfile, taken: BigramProfile): BigramProfile {
  const left: number[] = [];
  let j = 0;
  for (let i = 0; i < whole.length; i++) {
    while (j < taken.length && taken[j]! < whole[i]!) j++;
    if (j < taken.length && taken[j] === whole[i]) j++;
    else left.push(whole[i]!);
  }
  return Int32Array.from(left);
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
 * Marks the groups that moved: the groups on the heaviest chain rising in both A's and B's order
 * (weighted by similarity, so a weak pair moves rather than a strong one) stay; the others moved.
 * A chain rising in both orders is the same chain whichever side is A, so the marks are too.
 */
function markMoved(links: Link[]): void {
  const groups = new Map<number, { a: number; b: number; similarity: number }>();
  for (const link of links) {
    const group = groups.get(link.group);
    if (!group) groups.set(link.group, { a: link.a, b: link.b, similarity: link.similarity });
    else groups.set(link.group, { a: Math.min(group.a, link.a), b: Math.min(group.b, link.b), similarity: Math.max(group.similarity, link.similarity) });
  }
  const ordered = [...groups.entries()].sort(([, x], [, y]) => x.a - y.a || x.b - y.b);
  const kept = heaviestChain(ordered.map(([, group]) => group));
  const moved = new Set(ordered.filter((_, index) => !kept.has(index)).map(([group]) => group));
  for (const link of links) link.moved = moved.has(link.group);
}

/** Indexes of the heaviest chain rising in b (the items come in rising a); quadratic in the groups, which are few. */
function heaviestChain(items: ReadonlyArray<{ b: number; similarity: number }>): Set<number> {
  const weight = new Array<number>(items.length).fill(0);
  const previous = new Array<number>(items.length).fill(-1);
  let best = -1;
  items.forEach((item, i) => {
    weight[i] = item.similarity;
    for (let j = 0; j < i; j++) {
      if (items[j]!.b < item.b && weight[j]! + item.similarity > weight[i]! + 1e-9) {
        weight[i] = weight[j]! + item.similarity;
        previous[i] = j;
      }
    }
    if (best < 0 || weight[i]! > weight[best]! + 1e-9) best = i;
  });
  const chain = new Set<number>();
  for (let i = best; i >= 0; i = previous[i]!) chain.add(i);
  return chain;
}
