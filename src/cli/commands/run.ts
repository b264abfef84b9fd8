// `run`: the whole lifecycle of one throw-away project in this process, the
// action's main and post in one: executeRun, then finishRun (teardown and its
// record) in every exit path (pass, failure, exception, signal), then the
// verdict and the proof that nothing is left.
import { parseSettings } from '../../config/parse.js'
import type { Settings } from '../../config/settings.js'
import { finishRun } from '../../engine/finish.js'
import { writeErrorReport } from '../../engine/report-file.js'
import { executeRun, type RunOutcome } from '../../engine/run.js'
import type { RunState } from '../../engine/run-state.js'
import type { CleanupReport } from '../../engine/teardown.js'
import { errorMessage } from '../../errors.js'
import { cleanupLines } from '../../report/markdown.js'
import { UsageError, type CommandSpec } from '../args.js'
import { PlanInput } from '../../constants.js'
import { ADDONS_PATH_FLAG, CHANGED_SINCE_FLAG } from '../plan-flags.js'
import { runChanged } from './run-changed.js'
import type { Command, CommandContext } from '../command.js'
import { exitCodeFor } from '../exit-codes.js'
import { JSON_FLAG, SETTING_FLAGS, toRawSettings, VERBOSE_FLAG } from '../options.js'
import { outcomeView, resultJson, resultLines, type ResultView } from '../results.js'
import { openSession, type Session } from '../session.js'

export const RUN_SPEC: CommandSpec = {
  name: 'run',
  summary:
    "Runs the modules' tests in a throw-away compose project of their own, then removes it and proves nothing is left.",
  args: '<module>[,<module>...] | --changed-since REF',
  positionals: { min: 0, max: Number.MAX_SAFE_INTEGER },
  flags: [...SETTING_FLAGS, CHANGED_SINCE_FLAG, ADDONS_PATH_FLAG, JSON_FLAG, VERBOSE_FLAG],
  notes: [
    'With --changed-since REF: the modules `plan --changed-since REF` lists, one run (project and log file <log>.<module>.log) each, one after another.',
    'Exit codes: 0 passed, 1 failed or errored, 2 bad input / no Docker / not healthy, 130 cancelled.',
    'Ctrl+C stops the run and still tears the project down before exiting.',
  ],
}

async function tearDown(s: Session, state: RunState): Promise<CleanupReport | undefined> {
  s.tearingDown(state.project)
  s.reporter.phase(`tearing down ${state.project} ...`)
  try {
    // The end every run shares (timeline, teardown, report), with compose out
    // of reach of a second Ctrl+C.
    return await finishRun(state, { ...s.deps, compose: s.cleanupCompose })
  } catch (err) {
    s.reporter.warning(`Teardown of ${state.project} could not be verified: ${errorMessage(err)}`)
    return undefined
  }
}

function errorView(settings: Settings, state: RunState | undefined, why: string): ResultView {
  return {
    project: state?.project ?? null,
    port: state?.port ?? null,
    result: 'error',
    reasons: [why],
    exitCode: null,
    logFile: settings.logFile,
  }
}

export const runCommand: Command = {
  spec: RUN_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const since = ctx.args.values[PlanInput.ChangedSince]
    if (since === undefined) {
      if (ctx.args.positionals.length === 0)
        throw new UsageError(`Missing argument: run needs ${RUN_SPEC.args}.`)
      const { code, json } = await runModules(ctx, ctx.args.positionals.join(','))
      if (json) ctx.io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
      return code
    }
    if (ctx.args.positionals.length)
      throw new UsageError('Give modules or --changed-since REF, not both.')
    return runChanged(ctx, runModules)
  },
}

/** One run of `module` (one or several, comma separated): its exit code and JSON result. */
async function runModules(
  ctx: CommandContext,
  module: string,
): Promise<{ code: number; json?: object }> {
  const json = ctx.args.switches.has('json')
  const context = ctx.settingsContext()
  const settings = parseSettings({ ...toRawSettings(ctx.args.values), module }, context)
  const s = openSession(ctx, { json })
  let state: RunState | undefined
  let outcome: RunOutcome | undefined
  let error: unknown
  try {
    // The CLI is not a workflow run: `local` in the project name says so.
    const ids = { runId: 'local', attempt: '1', repository: context.repository }
    outcome = await executeRun(settings, ids, s.deps, {
      signal: s.trap.signal,
      saveState: (st) => (state = { ...st }),
    })
  } catch (err) {
    error = err
  }
  // Cancelled means a signal stopped the run; one during teardown changes nothing.
  const signal = s.trap.received
  const why = signal ? `Cancelled by ${signal}.` : errorMessage(error)
  const created: RunState | undefined = state
  // Like the action: a run that ended before its verdict still leaves a report.
  if (created && !outcome) writeErrorReport(created, why)
  const cleanup = created ? await tearDown(s, created) : undefined
  s.release()
  const v =
    outcome && !signal
      ? outcomeView(outcome, settings.logFile, outcome.state.reportFile)
      : errorView(settings, state, why)
  if (error !== undefined && !signal) ctx.io.stderr.write(`error: ${why}\n`)
  s.reporter.print([...resultLines(v), ...(cleanup ? cleanupLines(cleanup) : [])].join('\n'))
  const code = exitCodeFor({
    signal,
    error,
    passed: outcome ? outcome.report.gate_status === 'PASS' : undefined,
    cleanupVerified: created ? (cleanup?.verified ?? false) : undefined,
  })
  return { code, json: json ? resultJson(v, cleanup) : undefined }
}
