/**
 * Character-bigram similarity of Chinese texts: Chinese has no spaces, so words are not
 * tokens; two characters side by side are, and a reworded task keeps most of them.
 */
import { foldTraditional } from '../extractors/fold.js';

/** A text's bigrams as sorted codes (a multiset: a bigram written twice counts twice). */
export type BigramProfile = Int32Array;

// punctuation, spaces and digits' separators carry no meaning of their own here
const NOISE = /[\s\p{P}\p{S}]/gu;

/**
 * The bigram profile of a text, after folding traditional characters and dropping punctuation.
 *
 *     bigrams('完善园区。') // → codes of 完善, 善园, 园区
 */
export function bigrams(text: string): BigramProfile {
  const clean = foldTraditional(text).replace(NOISE, '');
  const codes = new Int32Array(Math.max(0, clean.length - 1));
  for (let i = 0; i + 1 < clean.length; i++) codes[i] = (clean.charCodeAt(i) << 16) | clean.charCodeAt(i + 1);
  return codes.sort();
}

/** Bigrams two profiles share, counted with multiplicity (a merge of the two sorted lists). */
export function sharedBigrams(a: BigramProfile, b: BigramProfile): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** Dice coefficient: 1 for the same text, 0 for texts sharing no bigram; two empty texts are alike. */
export function dice(a: BigramProfile, b: BigramProfile): number {
  if (a.length + b.length === 0) return 1;
  return (2 * sharedBigrams(a, b)) / (a.length + b.length);
}

/** How much of `part` stands in `whole`: a task split into rows keeps each row's words inside it. */
export function containment(part: BigramProfile, whole: BigramProfile): number {
  return part.length === 0 ? 0 : sharedBigrams(part, whole) / part.length;
}
