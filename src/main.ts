// The action's main step. Exported, not run on import, so tests and
// @github/local-action can call it; src/entries/main.ts runs it.
import * as core from '@actions/core'
import { parseSettings } from './config/parse.js'
import { Output } from './constants.js'
import { errorMessage } from './errors.js'
import { actionContext, actionRunIds, readRawInputs } from './action/inputs.js'
import { setReportOutputs } from './action/outputs.js'
import { proofOf, publishProof, setupGithubProof } from './action/proof.js'
import { actionReporter } from './action/reporter.js'
import { saveRunState } from './action/state.js'
import { startWatchdog } from './action/watchdog.js'
import { cleanUpNow } from './action/cleanup.js'
import { defaultDeps, type EngineDeps } from './engine/deps.js'
import { writeErrorReport } from './engine/report-file.js'
import { executeRun } from './engine/run.js'
import type { RunState } from './engine/run-state.js'

export async function run(deps: EngineDeps = defaultDeps(actionReporter())): Promise<void> {
  const abort = new AbortController()
  // A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then SIGKILL: stop
  // the tests and tear down right away instead of waiting for the post step.
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping the run and tearing the project down now.`)
    abort.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let state: RunState | undefined
  let gh: ReturnType<typeof setupGithubProof> | undefined
  try {
    const settings = parseSettings(readRawInputs(), actionContext())
    // Validates the GitHub inputs before Docker and, with a token, starts loading
    // Octokit in the background; publishProof awaits it after the verdict.
    gh = setupGithubProof()
    core.setOutput(Output.LogFile, settings.logFile)
    const outcome = await executeRun(settings, actionRunIds(), deps, {
      signal: abort.signal,
      saveState: (s) => {
        if (!state) startWatchdog(s, settings.reapAfterMs, deps.tempDir)
        state = s
        saveRunState(s)
        core.setOutput(Output.ProjectName, s.project)
        // Until Docker published it, the allocated port; then Docker's (empty: none).
        core.setOutput(Output.Port, s.port ?? '')
      },
    })
    const { report } = outcome
    setReportOutputs(report, outcome.state.reportFile)
    await appendSummary(
      await publishProof(gh, await proofOf(outcome.state, outcome), outcome.state.reportFile),
    )
    if (report.gate_status === 'PASS') core.info(`Gate passed: ${report.summary}.`)
    else core.setFailed(`Tests ${report.result}, gate FAIL: ${report.blocking_issues.join(' ')}`)
  } catch (err) {
    core.setOutput(Output.Result, 'error')
    core.setFailed(errorMessage(err))
    if (state) {
      setReportOutputs(writeErrorReport(state, errorMessage(err)), state.reportFile)
      if (gh)
        await appendSummary(
          await publishProof(
            gh,
            await proofOf(state, undefined, errorMessage(err)),
            state.reportFile,
          ),
        )
    }
  } finally {
    if (abort.signal.aborted && state) await cleanUpNow(state, deps)
    // Bounded memory is a promise too (test output is streamed, never held).
    core.info(
      `Peak memory (RSS) of this step: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    )
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function appendSummary(markdown: string): Promise<void> {
  await core.summary
    .addRaw(markdown, true)
    .write()
    .then(() => undefined)
    .catch((err: Error) => core.warning(`Could not write the job summary: ${err.message}`))
}
