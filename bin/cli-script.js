// Runs the CLI's bundle (dist/cli-bundle/main.cjs, one CommonJS script made by `npm run build`)
// compiled from V8's code cache (main.cjs.cache): a run neither parses the script nor compiles the
// functions the build's own run compiled, about 30 ms of a one-document run (a tenth of it). V8
// refuses a cache another Node or other V8 flags wrote, and the script is then compiled as usual.
// CommonJS (bin/package.json says so), as bin/policy-extract.js is: Node starts a CommonJS entry
// some 8 ms sooner than a module.
//
// `node bin/cli-script.js --write-cache` (the build's last step) reads the corpus fixtures through
// the CLI, so the functions a run uses are compiled, and writes the cache. A package that costs a
// run more to load than to deserialize (yaml) has a bundle and a cache of its own beside main.cjs.
'use strict';
const { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLES = join(__dirname, '../dist/cli-bundle');
const SCRIPT = join(BUNDLES, 'main.cjs');
const SAMPLES = join(__dirname, '../fixtures/corpus');
/**
 * Packages the build bundles on their own, each a script with its code cache beside it
 * (`yaml.cjs`, `yaml.cjs.cache`): a run that needs one loads one file, compiled from the cache,
 * instead of the package's fifty modules; runs that do not need it pay nothing.
 */
const PACKAGE_BUNDLES = new Set(['yaml']);

/** The scripts compiled in this process, by file: their caches are what --write-cache writes. */
const scripts = new Map();
/** The packages loaded from their bundles, by name. */
const packages = new Map();

/**
 * Runs a CommonJS bundle compiled from its code cache (or as usual when there is none, or V8
 * refuses it); returns its exports, or null when the file is missing.
 */
function runBundle(file, requireFor) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no cache yet (the build's own run): compiled as usual
  }
  // CommonJS's own wrapper, on the script's first line so its line numbers hold
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  scripts.set(file, script);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFor, module, file, dirname(file));
  return module.exports;
}

/** A package the bundles require: from its own bundle where the build made one, else from node_modules. */
function requirePackage(name) {
  if (!PACKAGE_BUNDLES.has(name)) return require(name);
  if (!packages.has(name)) packages.set(name, runBundle(join(BUNDLES, `${name}.cjs`), require) ?? require(name));
  return packages.get(name);
}

/** The bundle's exports (runCli …) and the script they came from; null when the bundle was never built. */
function loadCli() {
  const cli = runBundle(SCRIPT, requirePackage);
  if (cli === null) return null;
  // import() works in this file, not in a script compiled from a cache: packages are loaded from here
  cli.usePackageLoader((name) => (PACKAGE_BUNDLES.has(name) ? Promise.resolve(requirePackage(name)) : import(name)));
  return { cli, script: scripts.get(SCRIPT) };
}

/**
 * Reads the corpus through the CLI (as JSON, and one document as YAML, whose package has a bundle
 * of its own), then writes each compiled script's cache (a temporary file, then renamed).
 */
async function writeCodeCache() {
  for (const file of [SCRIPT, ...[...PACKAGE_BUNDLES].map((name) => join(BUNDLES, `${name}.cjs`))]) rmSync(`${file}.cache`, { force: true });
  const { cli } = loadCli() ?? {};
  if (!cli) throw new Error(`${SCRIPT} is missing: esbuild writes it first`);
  const out = join(tmpdir(), `policy-extract-cache-${process.pid}.json`);
  let samples = [];
  try {
    samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')).sort().map((name) => join(SAMPLES, name));
  } catch {
    // an installed package has no fixtures: the cache holds what loading compiles
  }
  for (const sample of samples) await cli.runCli([sample, '-f', 'json', '-o', out, '--quiet']);
  if (samples.length > 0) await cli.runCli([samples[0], '-f', 'yaml', '-o', out, '--quiet']);
  rmSync(out, { force: true });
  for (const [file, script] of scripts) {
    writeFileSync(`${file}.cache.tmp`, script.createCachedData());
    renameSync(`${file}.cache.tmp`, `${file}.cache`);
  }
}

module.exports = { loadCli, requirePackage, scripts };

if (require.main === module && process.argv[2] === '--write-cache') {
  writeCodeCache().catch((error) => {
    process.stderr.write(`policy-extract: cannot write the code cache: ${error.message}\n`);
    process.exitCode = 1;
  });
}
