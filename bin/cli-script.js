// Runs the CLI's bundle (dist/cli-bundle/main.cjs, one CommonJS script made by `npm run build`)
// compiled from V8's code cache (main.cjs.cache): a run neither parses the script nor compiles the
// functions the build's own run compiled, about 30 ms of a one-document run (a tenth of it). V8
// refuses a cache another Node or other V8 flags wrote, and the script is then compiled as usual.
// CommonJS (bin/package.json says so), as bin/policy-extract.js is: Node starts a CommonJS entry
// some 8 ms sooner than a module.
//
// `node bin/cli-script.js --write-cache` (the build's last step) reads the corpus fixtures through
// the CLI, so the functions a run uses are compiled, and writes the cache.
'use strict';
const { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const SCRIPT = join(__dirname, '../dist/cli-bundle/main.cjs');
const CACHE = `${SCRIPT}.cache`;
const SAMPLES = join(__dirname, '../fixtures/corpus');

/** The bundle's exports (runCli …) and the script they came from; null when the bundle was never built. */
function loadCli() {
  let source;
  try {
    source = readFileSync(SCRIPT, 'utf8');
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    // no cache yet (the build's own run): compiled as usual
  }
  // CommonJS's own wrapper, on the script's first line so its line numbers hold
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: SCRIPT, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, SCRIPT, dirname(SCRIPT));
  // import() works in this file, not in a script compiled from a cache: packages are loaded from here
  module.exports.usePackageLoader((name) => import(name));
  return { cli: module.exports, script };
}

/** Reads the corpus through the CLI, then writes the compiled script to the cache (a temporary file, then renamed). */
async function writeCodeCache() {
  rmSync(CACHE, { force: true });
  const loaded = loadCli();
  if (!loaded) throw new Error(`${SCRIPT} is missing: esbuild writes it first`);
  const out = join(tmpdir(), `policy-extract-cache-${process.pid}.json`);
  let samples = [];
  try {
    samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')).sort().map((name) => join(SAMPLES, name));
  } catch {
    // an installed package has no fixtures: the cache holds what loading compiles
  }
  for (const sample of samples) await loaded.cli.runCli([sample, '-f', 'json', '-o', out, '--quiet']);
  rmSync(out, { force: true });
  writeFileSync(`${CACHE}.tmp`, loaded.script.createCachedData());
  renameSync(`${CACHE}.tmp`, CACHE);
}

module.exports = { loadCli };

if (require.main === module && process.argv[2] === '--write-cache') {
  writeCodeCache().catch((error) => {
    process.stderr.write(`policy-extract: cannot write the code cache: ${error.message}\n`);
    process.exitCode = 1;
  });
}
