#!/usr/bin/env node
// The CLI as one bundle (dist/cli-bundle/main.cjs, made by `npm run build`), run from V8's code
// cache by bin/cli-script.js: one file to load instead of fifty modules to resolve, and little to compile.
// (V8 flags are not set here at run time: `v8.setFlagsFromString('--no-regexp-tier-up')` made a
// run 12% faster to start but crashed one .docx run in 75 with SIGSEGV.)
'use strict';
const { loadCli } = require('./cli-script.js');

const loaded = loadCli();
if (loaded === null) {
  process.stderr.write('policy-extract: dist/cli-bundle/main.cjs is missing: run `npm run build` (or `npm install`)\n');
  process.exitCode = 2;
} else {
  loaded.cli.runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
