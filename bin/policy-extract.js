#!/usr/bin/env node
// The CLI as one bundle (dist/cli-bundle, made by `npm run build`): one file to load instead of fifty
// modules to resolve, which is a fifth of a one-document run.
// (V8 flags are not set here at run time: `v8.setFlagsFromString('--no-regexp-tier-up')` made a
// run 12% faster to start but crashed one .docx run in 75 with SIGSEGV.)
import { runCli } from '../dist/cli-bundle/main.js';
process.exitCode = await runCli(process.argv.slice(2));
