// The watchdog: a small detached process main starts, for the case the post
// step never comes (the runner itself SIGKILLed, the machine's job agent
// gone). It watches a process (the runner's worker, main's parent) and the
// report: when post records a verified cleanup it exits; when the watched
// process is gone, or the run outlives reap-after, it tears the project down.
// The teardown comes in as a function (finishRun with the engine's deps in
// src/watchdog.ts; a fake in tests).
import { readReport } from './report-file.js'
import type { Reporter } from './reporter.js'
import type { RunState } from './run-state.js'
import type { CleanupReport } from './teardown.js'

export interface WatchdogConfig {
  state: RunState
  /** The process whose end means no post step will come. */
  watchPid: number
  /** Tear down anyway once the run is this old. */
  maxAgeMs: number
  pollMs: number
}

export type WatchdogOutcome =
  'cleanup verified by post' | 'cleaned: watched process gone' | 'cleaned: run too old'

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists, it just is not ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Pure: what the watchdog does on one tick. */
export function decide(
  config: WatchdogConfig,
  now: number,
  alive: boolean,
  verified: boolean,
): WatchdogOutcome | 'wait' {
  if (verified) return 'cleanup verified by post'
  if (!alive) return 'cleaned: watched process gone'
  if (now - Date.parse(config.state.startedAt) > config.maxAgeMs) return 'cleaned: run too old'
  return 'wait'
}

/** Tears the run down and verifies it (finishRun with the engine's deps). */
export type WatchdogTeardown = (state: RunState) => Promise<CleanupReport>

export async function watch(
  config: WatchdogConfig,
  reporter: Pick<Reporter, 'info'>,
  tearDown: WatchdogTeardown,
  alive = isAlive,
): Promise<WatchdogOutcome> {
  for (;;) {
    const verified = readReport(config.state.reportFile)?.cleanup?.verified === true
    const step = decide(config, Date.now(), alive(config.watchPid), verified)
    if (step !== 'wait') {
      if (step !== 'cleanup verified by post') {
        reporter.info(`Watchdog: ${step}; tearing down ${config.state.project}.`)
        const report = await tearDown(config.state)
        reporter.info(`Watchdog: cleanup ${report.verified ? 'verified' : 'NOT verified'}.`)
      }
      return step
    }
    await new Promise((r) => setTimeout(r, config.pollMs))
  }
}
