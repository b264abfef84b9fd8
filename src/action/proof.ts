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
// Not through ../github/index.js: that also exports the Octokit side, which
// would then load with this file (see loadGithubApi).
import type { GitHubApi } from '../github/api.js'
import type { RunContext } from '../github/context.js'
import { readLogTail } from '../github/log-tail.js'
import { publishCleanup } from '../github/publish-cleanup.js'
import { publishRun, type PublishDeps } from '../github/publish-run.js'
import type { Redactor } from '../github/redact.js'
import { parseGithubSettings, type GithubSettings } from '../github/settings.js'
import { parsePublishState, serializePublishState } from '../github/state.js'
import type { ProofInput } from '../github/types.js'
import { loadUndici } from '../vendor/undici.js'
import { actionRedactor, actionRunContext, coreLog, readGithubInputs } from './github.js'

export interface GithubProof {
  settings: GithubSettings
  context: RunContext
  redactor: Redactor
  /** The API client, loading in the background; null without a token (nothing is sent). */
  api: Promise<GitHubApi | null>
}

type GithubApiModule = typeof import('./github-api.js')
let apiModule: Promise<GithubApiModule> | undefined

/**
 * Starts loading Octokit and co. (github-api.ts: 20-30 ms of evaluation in
 * the bundle, plus ~5 ms to create the client) once, in the background: main
 * and post await it only when they publish, after the Docker work it overlaps.
 * undici first: the bundles load it on demand (src/vendor/undici.ts), and
 * @actions/github uses it as soon as it is imported (a ProxyAgent for its
 * defaults when HTTPS_PROXY or HTTP_PROXY is set).
 */
export function loadGithubApi(): Promise<GithubApiModule> {
  if (!apiModule) {
    apiModule = loadUndici().then(() => import('./github-api.js'))
    // A failure is reported where the module is awaited; until then it must not
    // count as an unhandled rejection (which would end the process).
    apiModule.catch(() => undefined)
  }
  return apiModule
}

/** Post: loads the API client while the teardown runs, if there will be a token to use it. */
export function preloadGithubApi(): void {
  if ((readGithubInputs().githubToken ?? '').trim() !== '') void loadGithubApi()
}

/** Throws InputError on a bad input: called with the other inputs, before Docker. */
export function setupGithubProof(): GithubProof {
  const settings = parseGithubSettings(readGithubInputs())
  const context = actionRunContext()
  const redactor = actionRedactor(settings)
  const api =
    settings.token === ''
      ? Promise.resolve(null)
      : loadGithubApi().then((m) => m.actionGithubApi(settings.token, context, redactor))
  api.catch(() => undefined) // awaited by the publish functions below
  return { settings, context, redactor, api }
}

const publishDeps = async (gh: GithubProof): Promise<PublishDeps> => ({
  api: await gh.api,
  redactor: gh.redactor,
  log: coreLog,
})

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
    skips: outcome?.summary.skips ?? [],
    project: state.project,
    port: state.port,
    durationMs: outcome?.durationMs ?? Date.now() - Date.parse(state.startedAt),
    exitCode: outcome?.test.exitCode ?? null,
    log: await readLogTail(state.logFile),
    logFile: workspacePath(state.logFile),
    artifact: null,
    pathPrefix: prefix === '.' ? undefined : prefix,
    cache: outcome?.report.cache ?? null,
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
  const deps = await publishDeps(gh)
  const pub = await publishRun({ settings: gh.settings, context: gh.context, proof }, deps)
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
    await publishDeps(gh),
  )
}
