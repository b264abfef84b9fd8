// The proof of execution on GitHub, from the action's side: settings read and
// validated up front (before Docker), the comment and check run after the
// verdict, completed with the cleanup by post. Reporting never changes the
// verdict: src/github's publish functions turn every API failure into a warning.
import { relative } from 'node:path'
import * as core from '@actions/core'
import { Output, State } from '../constants.js'
import { readReport, writeReport } from '../engine/report-file.js'
import type { RunOutcome } from '../engine/run.js'
import type { RunState } from '../engine/run-state.js'
import type { CleanupReport } from '../engine/teardown.js'
import {
  parseGithubSettings,
  parsePublishState,
  publishCleanup,
  publishRun,
  readLogTail,
  serializePublishState,
  type GithubSettings,
  type ProofInput,
  type PublishDeps,
  type Redactor,
  type RunContext,
} from '../github/index.js'
import { actionPublishDeps, actionRedactor, actionRunContext, readGithubInputs } from './github.js'

export interface GithubProof {
  settings: GithubSettings
  context: RunContext
  redactor: Redactor
  deps: PublishDeps
}

/** Throws InputError on a bad input: called with the other inputs, before Docker. */
export function setupGithubProof(): GithubProof {
  const settings = parseGithubSettings(readGithubInputs())
  const context = actionRunContext()
  const redactor = actionRedactor(settings)
  return { settings, context, redactor, deps: actionPublishDeps(settings, context, redactor) }
}

const workspacePath = (p: string) =>
  relative(process.env.GITHUB_WORKSPACE || process.cwd(), p) || '.'

/** The proof of a finished run, or of one that ended in an error (`outcome` undefined). */
export async function proofOf(
  state: RunState,
  outcome: RunOutcome | undefined,
  error?: string,
): Promise<ProofInput> {
  const prefix = workspacePath(state.workingDirectory)
  return {
    result: outcome?.verdict.result ?? 'error',
    reasons: outcome
      ? outcome.report.blocking_issues
      : [error ?? 'The run ended before a verdict.'],
    modules: state.modules,
    tests: outcome?.verdict.tests ?? null,
    failures: outcome?.summary.failures ?? [],
    project: state.project,
    durationMs: outcome?.durationMs ?? Date.now() - Date.parse(state.startedAt),
    exitCode: outcome?.test.exitCode ?? null,
    log: await readLogTail(state.logFile),
    logFile: workspacePath(state.logFile),
    artifact: null,
    pathPrefix: prefix === '.' ? undefined : prefix,
  }
}

/** Publishes, saves what post needs, sets the outputs; returns the job summary markdown. */
export async function publishProof(
  gh: GithubProof,
  proof: ProofInput,
  reportFile: string,
): Promise<string> {
  // The report leaves the machine as an artifact more often than not: redact it too.
  const report = readReport(reportFile)
  if (report) writeReport(reportFile, gh.redactor.redactJson(report))
  const pub = await publishRun({ settings: gh.settings, context: gh.context, proof }, gh.deps)
  core.saveState(State.Github, serializePublishState(pub.state))
  core.setOutput(Output.CommentUrl, pub.commentUrl ?? '')
  core.setOutput(Output.CheckRunUrl, pub.checkRunUrl ?? '')
  return pub.summary
}

/** Post: adds the cleanup verification to main's comments and check run. */
export async function publishCleanupProof(state: RunState, cleanup: CleanupReport): Promise<void> {
  let gh: GithubProof
  try {
    gh = setupGithubProof()
  } catch (err) {
    core.warning(`GitHub proof skipped: ${(err as Error).message}`)
    return
  }
  await publishCleanup(
    {
      settings: gh.settings,
      context: gh.context,
      cleanup,
      state: parsePublishState(core.getState(State.Github)) ?? null,
      run: { project: state.project, modules: state.modules },
    },
    gh.deps,
  )
}
