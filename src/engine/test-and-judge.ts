// Everything after the environment is healthy, shared by a full run and by a
// test in a long-lived work-order environment: lint, the tests (under
// coverage when asked), the verdict from the log (+ JUnit), the JSON report.
import type { ComposeTarget } from '../compose/compose.js'
import type { Settings } from '../config/settings.js'
import { CancelledError, EnvironmentError } from '../errors.js'
import { checkEngine } from './preflight.js'
import type { OdooLogSummary } from '../odoo-log/types.js'
import { readJunit } from '../quality/junit.js'
import { buildReport, type RunReport } from '../verdict/report.js'
import type { Verdict } from '../verdict/types.js'
import type { EngineDeps } from './deps.js'
import { applyJunit, judgeLog } from './judge.js'
import { collectCoverage, prepareCoverage, runLint } from './quality.js'
import { writeReport } from './report-file.js'
import { runTests, type TestRunResult } from './test-phase.js'
import type { TemplateRun } from '../template-cache/index.js'

/** The HTTP port Odoo's test run listens on inside the container (8069 is taken by the server). */
export const TEST_HTTP_PORT = 18069

export interface TestAndJudgeOptions {
  database: string
  reportFile: string
  startedAt: Date
  taskId?: string | null
  signal?: AbortSignal
  /** The template cache, started earlier: the tests wait until the database is ready. */
  template?: TemplateRun
}

export interface Judged {
  verdict: Verdict
  summary: OdooLogSummary
  report: RunReport
  test: TestRunResult
  durationMs: number
}

export async function testAndJudge(
  target: ComposeTarget,
  settings: Settings,
  deps: EngineDeps,
  opts: TestAndJudgeOptions,
): Promise<Judged> {
  const { compose, reporter } = deps
  const lint = await runLint(target, settings, compose, reporter, opts.signal)
  if (settings.coverage && settings.testCommand.length === 0)
    await prepareCoverage(target, settings, compose, reporter)
  await opts.template?.ready()
  reporter.info(`Running the tests of ${settings.modules.join(', ')}.`)
  const test = await reporter.group(`Tests: ${settings.modules.join(', ')}`, () =>
    runTests(target, settings, compose, reporter, {
      database: opts.database,
      httpPort: TEST_HTTP_PORT,
      signal: opts.signal,
    }),
  )
  if (test.aborted) throw new CancelledError('Cancelled while the tests were running.')
  // A failed test command may mean the environment itself went away (the
  // daemon restarted, the host is shutting down): say that, not "exit 1".
  if (test.exitCode !== 0 && !test.timedOut) {
    const gone = await environmentGone(target, settings.service, deps)
    if (gone) {
      throw new EnvironmentError(
        `The Docker engine stopped answering while the tests ran (the test command ended with ${test.exitCode ?? 'a signal'}): ${gone}`,
      )
    }
  }
  const coverage =
    settings.coverage && settings.testCommand.length === 0
      ? await collectCoverage(target, settings, compose, reporter)
      : null
  const judged = await judgeLog(settings.logFile, settings.modules, test.exitCode, {
    timedOut: test.timedOut,
    ignore: settings.logIgnore,
    strict: settings.strictLog,
  })
  const junit = settings.junitPath ? readJunit(settings.junitPath) : undefined
  if (settings.junitPath && !junit)
    reporter.warning(
      `junit-path ${settings.junitPath}: no JUnit XML found; counts come from the log.`,
    )
  const verdict = junit ? applyJunit(judged.verdict, junit) : judged.verdict
  const durationMs = deps.now().getTime() - opts.startedAt.getTime()
  const report = buildReport({
    verdict,
    summary: judged.summary,
    taskId: opts.taskId ?? null,
    workingDir: settings.workingDirectory,
    exitCode: test.exitCode,
    durationS: durationMs / 1000,
    modules: settings.modules,
    coverage: settings.coverage
      ? { percentage: coverage, threshold: settings.coverageThreshold }
      : null,
    lint,
    project: target.project,
    port: target.port,
  })
  const cache = await opts.template?.finish()
  if (cache) report.cache = cache
  writeReport(opts.reportFile, report)
  return { verdict, summary: judged.summary, report, test, durationMs }
}

/** Why the environment is gone (engine silent, service not running), or null. */
async function environmentGone(
  target: ComposeTarget,
  service: string,
  deps: EngineDeps,
): Promise<string | null> {
  try {
    await checkEngine(deps.docker, 5000)
    const { containers } = await deps.docker.listProject(target.project)
    const c = containers.find((x) => x.service === service)
    return c?.state === 'running'
      ? null
      : `the ${service} container is ${c?.state ?? 'gone'} (did the daemon restart?)`
  } catch (err) {
    return (err as Error).message
  }
}
