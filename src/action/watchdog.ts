// Starts the watchdog from main: detached, its own process group, no stdio
// tied to main, so it outlives main and the runner's worker. It watches the
// worker (main's parent): if that dies, no post step will come.
import { spawn } from 'node:child_process'
import { existsSync, openSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import type { RunState } from '../engine/run-state.js'
import type { WatchdogConfig } from '../engine/watchdog.js'

export function startWatchdog(state: RunState, maxAgeMs: number, logDir: string): void {
  // dist/main/index.js -> dist/watchdog/index.js
  const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'watchdog', 'index.js')
  if (!existsSync(bundle)) {
    core.warning(`Watchdog not started: ${bundle} is missing.`)
    return
  }
  const config: WatchdogConfig = { state, watchPid: process.ppid, maxAgeMs, pollMs: 1000 }
  const log = openSync(join(logDir, `${state.project}.watchdog.log`), 'a')
  const child = spawn(process.execPath, [bundle, JSON.stringify(config)], {
    detached: true,
    stdio: ['ignore', log, log],
  })
  child.unref()
  core.info(`Watchdog started (pid ${child.pid}), watching pid ${process.ppid}.`)
}
