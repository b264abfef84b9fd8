// The watchdog process (dist/watchdog/index.js): started detached by main,
// configured by one JSON argument, logging to a file next to the override.
// It idles for the whole run, started while main is busiest (during `up`):
// dockerode, most of the Docker code, loads on the first Docker call
// (docker/lazy-client.ts), i.e. only when it tears down.
import { defaultDeps } from './engine/deps.js'
import { finishRun } from './engine/finish.js'
import { parseRunState } from './engine/run-state.js'
import type { Reporter } from './engine/reporter.js'
import { watch, type WatchdogConfig } from './engine/watchdog.js'

const stamp = () => new Date().toISOString()
const lineReporter: Reporter = {
  info: (m) => console.log(`${stamp()} ${m}`),
  warning: (m) => console.log(`${stamp()} warning: ${m}`),
  group: (_t, fn) => fn(),
  output: () => undefined, // compose's own progress lines are noise here
}

export async function run(arg: string | undefined): Promise<void> {
  const raw = JSON.parse(arg ?? '{}') as Partial<WatchdogConfig> & { state?: unknown }
  const state = parseRunState(JSON.stringify(raw.state))
  if (!state || !raw.watchPid) {
    console.log(`${stamp()} watchdog: bad configuration, exiting`)
    return
  }
  const config: WatchdogConfig = {
    state,
    watchPid: raw.watchPid,
    maxAgeMs: raw.maxAgeMs ?? 6 * 3600_000,
    pollMs: raw.pollMs ?? 1000,
  }
  lineReporter.info(`Watchdog for ${state.project}: watching pid ${config.watchPid}.`)
  const tearDown = (s: typeof state) => finishRun(s, defaultDeps(lineReporter))
  lineReporter.info(`Watchdog done: ${await watch(config, lineReporter, tearDown)}.`)
}
