// Teardown as the action does it, in post or (after a signal) in main: grouped
// in the log, the verification printed and appended to the job summary.
// Best-effort: problems become warnings; only leftovers fail the step.
import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import type { EngineDeps } from '../engine/deps.js'
import type { RunState } from '../engine/run-state.js'
import type { CleanupReport } from '../engine/teardown.js'
import { finishRun } from '../engine/finish.js'
import { publishCleanupProof } from './proof.js'
import { cleanupLines, renderCleanup } from '../report/markdown.js'

export async function cleanUpNow(
  state: RunState,
  deps: EngineDeps,
): Promise<CleanupReport | undefined> {
  try {
    const report = await core.group(`Teardown of ${state.project}`, () => finishRun(state, deps))
    for (const line of cleanupLines(report)) core.info(line)
    await publishCleanupProof(state, report)
    await core.summary
      .addRaw(renderCleanup(report), true)
      .write()
      .catch((err: Error) => core.warning(`Could not write the job summary: ${err.message}`))
    if (!report.verified) {
      const left = [
        ...report.after.containers,
        ...report.after.networks,
        ...report.after.volumes,
        ...report.nameMatches,
      ]
      core.setFailed(
        `Teardown left resources of ${state.project} behind: ${left.join(', ')}. Remove them with: docker compose -p ${state.project} down -v --remove-orphans`,
      )
    }
    return report
  } catch (err) {
    core.setFailed(`Teardown of ${state.project} could not be verified: ${errorMessage(err)}`)
    return undefined
  }
}
