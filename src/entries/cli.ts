#!/usr/bin/env node
// Bundle entry of the CLI (`bin` in package.json): only dispatches.
import '../esm-shim.js'
import { processIo } from '../cli/io.js'
import { runCli } from '../cli/main.js'

// A closed terminal (SIGHUP) or a closed pipe makes writes fail; that must not
// crash the process half way through a teardown.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)

const code = await runCli(process.argv.slice(2), processIo())
// Exit explicitly once the output is out: the Docker client's keep-alive
// sockets would otherwise hold the process open.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
process.exit(code)
