/**
 * Debian's Chromium driven by playwright-core, for the browser tests: no browser download, no
 * network (every request is intercepted, recorded and, unless it reads a local file, refused),
 * a fresh profile per run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Quiet on a machine without network: no background fetches, updates, sync or QUIC probes. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  /** Every URL the pages asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts Chromium with a profile of its own; every request goes through {@link Browser.requests}. */
export async function startBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-extract-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 1000 } });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return /^(file|data|about):/.test(url) ? route.continue() : route.abort();
  });
  return {
    context,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors (a blocked script or request is one). */
  errors: string[];
}

/**
 * Chromium 150's CSS domain ({@link renderedFonts} enables it) reads the page's own file again to
 * show its style sheet, and reports that as an unsafe load from the page: the page itself loads nothing.
 */
const SELF_LOAD = /^Unsafe attempt to load URL (\S+) from frame with URL (\S+?)\. 'file:' URLs are treated as unique security origins/;

function readsItself(text: string): boolean {
  const load = SELF_LOAD.exec(text);
  return load !== null && load[1] === load[2];
}

/** Opens a local file in a new tab and collects its errors. */
export async function openFile(browser: Browser, path: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !readsItself(message.text())) errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  return { page, errors };
}

/** The fonts Chromium actually drew an element's text with (not what the style sheet asked for). */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}
