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
import { cleanupLines } from '../report/markdown.js'
import { leftovers, renderCleanupAlert, renderCleanupSection } from '../github/render-cleanup.js'

export async function cleanUpNow(
  state: RunState,
  deps: EngineDeps,
): Promise<CleanupReport | undefined> {
  try {
    const report = await core.group(`Teardown of ${state.project}`, () => finishRun(state, deps))
    for (const line of cleanupLines(report)) core.info(line)
    await publishCleanupProof(state, report)
    await core.summary
      // The same section as in the comment; leftovers are said first.
      .addRaw(
        [report.verified ? '' : renderCleanupAlert(report), renderCleanupSection(report)].join(
          '\n\n',
        ),
        true,
      )
      .write()
      .catch((err: Error) => core.warning(`Could not write the job summary: ${err.message}`))
    if (!report.verified) {
      core.setFailed(
        `Teardown left resources of ${state.project} behind: ${leftovers(report).join(', ') || 'state that could not be verified'}. Remove them with: docker compose -p ${state.project} down -v --remove-orphans`,
      )
    }
    return report
  } catch (err) {
    core.setFailed(`Teardown of ${state.project} could not be verified: ${errorMessage(err)}`)
    return undefined
  }
}
