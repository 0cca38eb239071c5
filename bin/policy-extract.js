#!/usr/bin/env node
// Each regular expression compiled once, to machine code, when first used: V8 would compile it to
// bytecode first and again to machine code on its second use, and the hundreds of patterns a
// plan meets are an eighth of a one-document run that way. Set before the CLI is loaded.
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--no-regexp-tier-up');
// The CLI as one bundle (dist/cli-bundle, made by `npm run build`): one file to load instead of fifty
// modules to resolve, which is a fifth of a one-document run.
const { runCli } = await import('../dist/cli-bundle/main.js');
process.exitCode = await runCli(process.argv.slice(2));
