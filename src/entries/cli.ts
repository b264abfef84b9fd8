#!/usr/bin/env node
// Bundle entry of the CLI (`bin` in package.json): only dispatches.
import '../esm-shim.js'
import { processIo } from '../cli/io.js'
import { runCli } from '../cli/main.js'
import { exitWhenFlushed } from './exit.js'

// A closed terminal (SIGHUP) or a closed pipe makes writes fail; that must not
// crash the process half way through a teardown.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)

await exitWhenFlushed(await runCli(process.argv.slice(2), processIo()))
