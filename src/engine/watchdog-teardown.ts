// The watchdog's teardown, in a module of its own so the watchdog process
// loads it (dockerode, the compose calls: most of its bundle) through a
// dynamic import() only when it has to tear down, not while it idles.
import { defaultDeps } from './deps.js'
import { finishRun } from './finish.js'
import type { Reporter } from './reporter.js'
import type { RunState } from './run-state.js'
import type { CleanupReport } from './teardown.js'

export function tearDownRun(state: RunState, reporter: Reporter): Promise<CleanupReport> {
  return finishRun(state, defaultDeps(reporter))
}
