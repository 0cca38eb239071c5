/**
 * Array helpers for lists of any length. `target.push(...items)` and `Math.max(...values)` pass
 * every item as an argument, and past about 120,000 of them V8 throws RangeError (a one-line plan
 * of 600,000 notes, a page of 200,000 paragraphs): these loop instead.
 */

/** Appends every item of each list to `target`, in order; returns `target`. */
export function append<T>(target: T[], ...lists: ReadonlyArray<readonly T[]>): T[] {
  // indexed: a for…of over a list of every task or finding makes a step object for each
  for (const list of lists) for (let i = 0; i < list.length; i++) target.push(list[i]!);
  return target;
}

/**
 * `[...list, item]` made to its size: a spread or a push reserves room for sixteen more items,
 * which a list kept for every task (a path, the headings above it) would carry to the end.
 */
export function withLast<T>(list: readonly T[], item: T): T[] {
  const out = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  out[list.length] = item;
  return out;
}

/**
 * `make`, called once for each key and its value kept: a long plan reports the same finding about
 * the same marker (`序号“1.”与上一条重复`) thousands of times, and its reports can share one message.
 * With a `limit`, the values kept are forgotten when that many are (a memo kept for the whole process).
 */
export function remembered<V>(make: (key: string) => V, limit = Infinity): (key: string) => V {
  const made = new Map<string, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= limit) made.clear();
      made.set(key, (value = make(key)));
    }
    return value;
  };
}

/** The largest value, or `empty` for no values. */
export function maxOf(values: Iterable<number>, empty = 0): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max === -Infinity ? empty : max;
}

/** The smallest value, or `empty` for no values. */
export function minOf(values: Iterable<number>, empty = 0): number {
  let min = Infinity;
  for (const value of values) if (value < min) min = value;
  return min === Infinity ? empty : min;
}
