/**
 * Heavy parsers loaded on first use: a plain-text run must not pay for cheerio (~70 ms to load)
 * or fflate. Both ship CommonJS builds, so they load synchronously and extract() stays sync.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio/slim';
import type * as Fflate from 'fflate';

const require = createRequire(import.meta.url);
let cheerio: typeof Cheerio | undefined;
let fflate: typeof Fflate | undefined;

/** cheerio's htmlparser2-only build (no parse5, no undici). */
export function loadCheerio(): typeof Cheerio {
  return (cheerio ??= require('cheerio/slim') as typeof Cheerio);
}

export function loadFflate(): typeof Fflate {
  return (fflate ??= require('fflate') as typeof Fflate);
}
