// The end of every run, whoever ends it (the action's post step or a signal
// in main, the CLI's finally, reap): teardown as a timeline phase, the
// verification as the last mark, and the cleanup added to the report.
import type { EngineDeps } from './deps.js'
import { addCleanup, readReport } from './report-file.js'
import { targetOf, type RunState } from './run-state.js'
import { teardown, type CleanupReport } from './teardown.js'
import { RunTimeline } from './timeline.js'

export async function finishRun(state: RunState, deps: EngineDeps): Promise<CleanupReport> {
  // What the run saw lets `down` start at once, unless a teardown of this run
  // already began (post run twice, or killed half way): then it is out of date.
  const tornBefore = readReport(state.reportFile)?.timeline?.some((e) => e.phase === 'teardown')
  const timeline = new RunTimeline(state.reportFile, state, deps.now)
  const report = await timeline.phase('teardown', () =>
    teardown(targetOf(state), deps.docker, deps.compose, deps.reporter, {
      downTimeoutS: state.downTimeoutS,
      known: tornBefore ? undefined : state.resources,
    }),
  )
  timeline.mark('verified', report.verified ? 'ok' : 'failed')
  addCleanup(state.reportFile, report)
  return report
}
