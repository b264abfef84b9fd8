// Tests of a module in a long-lived environment (CLI `test`): the same lint,
// tests, verdict and report as a run (testAndJudge), in a project that stays
// up afterwards. What differs: nothing is created or torn down, the
// environment must be ready first, and a cancelled or timed-out test is
// killed inside the container, which outlives it (in-container.ts).
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'
import type { Settings } from '../config/settings.js'
import type { EngineDeps } from './deps.js'
import { watchHealth } from './health.js'
import { killMarked, markExecs, marker } from './in-container.js'
import { reportPathFor } from './report-file.js'
import { TEST_HTTP_PORT, testAndJudge, type Judged } from './test-and-judge.js'
import { odooTestArgs } from './test-phase.js'
import { readComposeConfig } from '../compose/config.js'
import { openTemplateRun } from '../template-cache/index.js'

export interface EnvTestOptions {
  /** A fresh database per test run: `-i` on an installed module would run no tests. */
  database: string
  taskId?: string | null
  signal?: AbortSignal
  /** Compose for the kill after a cancel (out of reach of a second Ctrl+C); default deps.compose. */
  cleanupCompose?: ComposeRunner
}

export interface EnvTestOutcome extends Judged {
  reportFile: string
}

export async function testInEnvironment(
  target: ComposeTarget,
  settings: Settings,
  deps: EngineDeps,
  opts: EnvTestOptions,
): Promise<EnvTestOutcome> {
  const startedAt = deps.now()
  const health = watchHealth(deps.docker, target.project)
  try {
    await health.wait({
      service: settings.service,
      timeoutMs: settings.healthTimeoutMs,
      signal: opts.signal,
    })
  } finally {
    health.close()
  }
  // The template cache, as in a run: the environment is up, so it starts now.
  const [template, { model }] = await Promise.all([
    openTemplateRun(settings, deps),
    readComposeConfig(target, deps.compose),
  ])
  if (model)
    template.start({
      target,
      model,
      database: opts.database,
      odooArgs: odooTestArgs(settings.modules, opts.database, TEST_HTTP_PORT),
      httpPort: TEST_HTTP_PORT,
    })
  const mark = marker(`${deps.random()}${deps.random()}`)
  const stopInContainer = async () => {
    deps.reporter.info('Stopping the test processes inside the container...')
    const killer = opts.cleanupCompose ?? deps.compose
    if (!(await killMarked(target, settings.service, mark, killer)))
      deps.reporter.warning(
        `Could not stop the test processes in ${settings.service}; they may still run.`,
      )
  }
  const reportFile = reportPathFor(settings.logFile)
  let judged: Judged
  try {
    judged = await testAndJudge(
      target,
      settings,
      { ...deps, compose: markExecs(deps.compose, mark) },
      {
        database: opts.database,
        reportFile,
        startedAt,
        taskId: opts.taskId,
        signal: opts.signal,
        template,
      },
    )
  } catch (err) {
    if (opts.signal?.aborted) await stopInContainer()
    throw err
  } finally {
    await template.finish()
  }
  if (judged.test.timedOut) await stopInContainer()
  return { ...judged, reportFile }
}
