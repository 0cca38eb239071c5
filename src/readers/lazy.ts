/**
 * Heavy parsers loaded on first use: a plain-text run must not pay for htmlparser2, cheerio (~70 ms
 * to load) or fflate. All ship CommonJS builds, so they load synchronously and extract() stays sync.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio/slim';
import type * as Fflate from 'fflate';
import type * as Htmlparser2 from 'htmlparser2';

const require = createRequire(import.meta.url);
let cheerio: typeof Cheerio | undefined;
let fflate: typeof Fflate | undefined;
let htmlparser2: typeof Htmlparser2 | undefined;

/** cheerio's htmlparser2-only build (no parse5, no undici). */
export function loadCheerio(): typeof Cheerio {
  return (cheerio ??= require('cheerio/slim') as typeof Cheerio);
}

/**
 * The HTML parser itself, for web pages: cheerio's load (a class made per call) kept each page's
 * DOM alive through the young-generation collections, which then took 10–15 ms instead of 0.3 ms.
 */
export function loadHtmlparser2(): typeof Htmlparser2 {
  return (htmlparser2 ??= require('htmlparser2') as typeof Htmlparser2);
}

export function loadFflate(): typeof Fflate {
  return (fflate ??= require('fflate') as typeof Fflate);
}
