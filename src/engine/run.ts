// One test run, from validated settings to a verdict: preflight, a unique
// project, a port, `up`, health, tests, verdict. Teardown is not here: the
// action defers it to its post step, the CLI runs it in a finally; both call
// `teardown` with the state this function saved before creating anything.
import { buildProjectName, testDatabaseName } from '../config/naming.js'
import type { Settings } from '../config/settings.js'
import { CancelledError } from '../errors.js'
import type { EngineDeps } from './deps.js'
import { checkEngine } from './preflight.js'
import { targetOf, type RunState } from './run-state.js'
import { RunTimeline } from './timeline.js'
import { currentOwner } from './ownership.js'
import { labelProject, readComposeConfigSafely } from './label-project.js'
import { startProject } from './start-project.js'
import { reapStaleRuns } from './stale.js'
import { reportPathFor } from './report-file.js'
import { names } from './teardown.js'
import { TEST_HTTP_PORT, testAndJudge, type Judged } from './test-and-judge.js'
import { odooTestArgs } from './test-phase.js'
import { openTemplateRun } from '../template-cache/index.js'

/** A promise settled from outside, once; its rejection handled (nobody may wait on it). */
function settleOnce() {
  let resolve!: () => void
  let reject!: (e: unknown) => void
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
  promise.catch(() => undefined)
  return { promise, resolve, reject }
}

export interface RunIds {
  runId: string
  attempt: string
  /** Work order or issue the run belongs to, for the report; null when unknown. */
  taskId?: string | null
  /** `owner/name`, recorded in our labels. */
  repository?: string
  /**
   * The process whose life is the run's: while it lives, no reaper touches
   * the project. The action passes the runner's worker (main's parent: the job
   * goes on after main, until post); the CLI, itself. Default: this process.
   */
  ownerPid?: number
}

export interface RunHooks {
  /** Persist the state; called before anything is created and on every change. */
  saveState(state: RunState): void
  signal?: AbortSignal
}

export interface RunOutcome extends Judged {
  state: RunState
}

export async function executeRun(
  settings: Settings,
  ids: RunIds,
  deps: EngineDeps,
  hooks: RunHooks,
): Promise<RunOutcome> {
  const { docker, reporter, signal } = { ...deps, signal: hooks.signal }
  const started = deps.now()
  const checkCancel = (phase: string) => {
    if (signal?.aborted) throw new CancelledError(`Cancelled ${phase}.`)
  }
  const project = buildProjectName({
    prefix: settings.projectPrefix,
    now: started,
    random: deps.random(),
    runId: ids.runId,
    attempt: ids.attempt,
  })
  const files = { files: settings.composeFiles, workingDirectory: settings.workingDirectory }
  // Compose reads the files (it creates nothing) while the engine is checked.
  // The engine's error, when both fail, is the one to fix first; a failed read
  // is explained by a missing or v1 compose before the files are blamed.
  const config = readComposeConfigSafely({ project, port: null, ...files }, deps.compose)
  // Which template store (and whether the cache directory is writable), meanwhile.
  const opening = openTemplateRun(settings, deps)
  await checkEngine(docker)
  if (!(await config).model) await deps.checkCompose()
  reporter.info('Docker engine answers.')

  const state: RunState = {
    version: 1,
    project,
    ...files,
    port: null,
    downTimeoutS: settings.downTimeoutS,
    logFile: settings.logFile,
    reportFile: reportPathFor(settings.logFile),
    modules: settings.modules,
    startedAt: started.toISOString(),
  }
  hooks.saveState(state) // before anything exists: post can always clean up
  const timeline = new RunTimeline(state.reportFile, state, deps.now)
  timeline.mark('validated')
  reporter.info(`Compose project: ${project}`)
  const owner = {
    ...currentOwner('run', project, settings.projectPrefix, started, ids.repository),
    pid: ids.ownerPid ?? process.pid,
    report: state.reportFile,
  }
  // Runs of this prefix that a killed job or machine left behind on this host
  // are removed while the labels override is written (from the config read above).
  const [labelled] = await Promise.all([
    labelProject(targetOf(state), owner, deps, {
      service: settings.service,
      healthStartIntervalMs: settings.healthStartIntervalMs,
      config,
    }),
    reapStaleRuns(deps, settings.projectPrefix, settings.reapAfterMs),
  ])
  state.files = labelled.files
  hooks.saveState(state)
  checkCancel('before docker compose up')
  const template = await opening
  const database = testDatabaseName(project)
  const model = (await config).model
  let listed: Promise<unknown> = Promise.resolve()
  // The template cache starts with `up`: it reads the Odoo image while
  // compose starts Postgres, and restores as soon as Postgres answers.
  const up = settleOnce()
  if (model)
    template.start({
      target: targetOf(state),
      model,
      database,
      odooArgs: odooTestArgs(settings.modules, database, TEST_HTTP_PORT),
      httpPort: TEST_HTTP_PORT,
      up: up.promise,
    })
  const published = await startProject(targetOf(state), deps, {
    range: settings.portRange,
    portWaitMs: settings.portWaitTimeoutMs,
    service: settings.service,
    portTarget: labelled.portTarget,
    healthTimeoutMs: settings.healthTimeoutMs,
    signal,
    timeline,
    onPort: (port) => {
      hooks.saveState(Object.assign(state, { port }))
      timeline.mark('port allocated')
    },
    // What the teardown will remove, listed while Docker probes the containers
    // (RunState.resources); when it fails, post lists for itself.
    // Compose's version goes to the log then too, off the critical path.
    onUp: () => {
      listed = docker
        .listProject(project)
        .then((r) => hooks.saveState(Object.assign(state, { resources: names(r) })))
        .catch(() => undefined)
      void deps
        .checkCompose()
        .then((v) => reporter.info(`Compose ${v}.`))
        .catch(() => undefined)
      up.resolve()
    },
  }).catch((e: unknown) => {
    // Torn down next: the cache's work ends with it, quietly.
    template.abandon()
    up.reject(e)
    throw e
  })
  // What Docker publishes is the run's port (the `port` output, the log), whatever was allocated.
  if (published !== state.port) hooks.saveState(Object.assign(state, { port: published }))
  checkCancel('before the tests')

  reporter.info('All containers ready.')
  const judged = await timeline
    .phase('testing', () =>
      testAndJudge(targetOf(state), settings, deps, {
        database,
        reportFile: state.reportFile,
        startedAt: started,
        taskId: ids.taskId,
        signal,
        template,
      }),
    )
    .finally(() => template.finish())
  timeline.mark('verdict', judged.report.gate_status === 'PASS' ? 'ok' : 'failed')
  await listed
  return { state, ...judged }
}
