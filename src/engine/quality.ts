// The optional quality gate around the tests: a lint command before them (in
// the service or on the runner) and coverage of the module's code during them.
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'
import { runProcess } from '../compose/process.js'
import type { Settings } from '../config/settings.js'
import { COVERAGE_REPORT, INSTALL_COVERAGE, parseCoverageJson } from '../quality/coverage.js'
import { LintCounter } from '../quality/lint.js'
import type { Reporter } from './reporter.js'

export interface LintResult {
  errors: number
  warnings: number
  exitCode: number
}

export async function runLint(
  target: ComposeTarget,
  settings: Settings,
  compose: ComposeRunner,
  reporter: Reporter,
  signal?: AbortSignal,
): Promise<LintResult | null> {
  const [cmd, ...args] = settings.lintCommand
  if (!cmd) return null
  const counter = new LintCounter()
  const onOutput = (chunk: Buffer) => {
    counter.push(chunk)
    reporter.output(chunk)
  }
  const opts = { signal, onOutput, timeoutMs: settings.testTimeoutMs }
  const res = await reporter.group(`Lint: ${settings.lintCommand.join(' ')}`, () =>
    settings.lintIn === 'runner'
      ? runProcess(cmd, args, { ...opts, cwd: settings.workingDirectory })
      : compose(target, ['exec', '-T', settings.service, cmd, ...args], opts),
  )
  const counts = counter.end()
  const exitCode = res.exitCode ?? -1
  reporter.info(`Lint: exit ${exitCode}, ${counts.errors} errors, ${counts.warnings} warnings.`)
  return { ...counts, exitCode }
}

/** Installs coverage in the service (as root) when the image lacks it. */
export async function prepareCoverage(
  target: ComposeTarget,
  settings: Settings,
  compose: ComposeRunner,
  reporter: Reporter,
): Promise<void> {
  const res = await compose(
    target,
    ['exec', '-T', '-u', 'root', settings.service, ...INSTALL_COVERAGE],
    { timeoutMs: 300_000 },
  )
  if (res.exitCode !== 0)
    reporter.warning(
      `Could not install coverage in ${settings.service}: ${res.tail.trim().slice(-500)}`,
    )
}

/** The total percentage, or null (with a warning) when it could not be measured. */
export async function collectCoverage(
  target: ComposeTarget,
  settings: Settings,
  compose: ComposeRunner,
  reporter: Reporter,
): Promise<number | null> {
  const res = await compose(target, ['exec', '-T', settings.service, ...COVERAGE_REPORT], {
    timeoutMs: 120_000,
    keepTail: 1_000_000,
  })
  const pct = res.exitCode === 0 ? parseCoverageJson(res.tail) : null
  if (pct === null)
    reporter.warning(
      `Coverage was not measured: ${res.tail.trim().slice(-300) || `coverage json exited ${res.exitCode}`}`,
    )
  else reporter.info(`Coverage of ${settings.modules.join(', ')}: ${pct}%`)
  return pct
}
