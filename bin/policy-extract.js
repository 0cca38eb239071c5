#!/usr/bin/env node
// The CLI as one bundle (dist/cli-bundle, made by `npm run build`): one file to load instead of fifty
// modules to resolve, which is a fifth of a one-document run.
import { runCli } from '../dist/cli-bundle/main.js';
process.exitCode = await runCli(process.argv.slice(2));
