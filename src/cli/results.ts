// How a verdict and a cleanup are shown: lines for people, one JSON object
// for programs (`--json`, snake_case like the action's report file).
import { cleanupRecord } from '../engine/cleanup-record.js'
import type { CleanupReport } from '../engine/teardown.js'
import type { Judged } from '../engine/test-and-judge.js'
import type { SkipGroup } from '../odoo-log/types.js'
import { plural } from '../verdict/describe.js'
import type { ReportCleanup, ReportSkip } from '../verdict/report.js'
import type { TestCounts, VerdictResult } from '../verdict/types.js'

export interface ResultView {
  project: string | null
  port: number | null
  result: VerdictResult
  /** The test command's exit code; null when it did not run to the end. */
  exitCode: number | null
  logFile: string
  reasons: string[]
  tests?: TestCounts
  /** One line such as `3 passed, 0 failed, 0 skipped, ...`. */
  summary?: string
  reportFile?: string
  /** The quality gate, when lint or coverage can fail a passing test run. */
  gate?: 'PASS' | 'FAIL'
  /** Skipped tests, grouped by module and reason. */
  skips?: SkipGroup[]
}

/** Skip reasons listed on the terminal; the report has them all. */
const MAX_SKIP_LINES = 10

/** A judged test run (`run`, `test`): the reasons are the gate's blocking issues, like the action's. */
export function outcomeView(
  o: Judged & { state?: { project: string; port: number | null } },
  logFile: string,
  reportFile: string,
): ResultView {
  return {
    project: o.state?.project ?? null,
    port: o.state?.port ?? null,
    result: o.verdict.result,
    reasons: o.report.blocking_issues,
    exitCode: o.test.exitCode,
    logFile,
    tests: o.verdict.tests,
    summary: o.report.summary,
    reportFile,
    gate: o.report.gate_status,
    skips: o.summary.skips,
  }
}

function skipLines(skips: readonly SkipGroup[]): string[] {
  if (skips.length === 0) return []
  const lines = skips.slice(0, MAX_SKIP_LINES).map((g) => {
    const names = g.tests.slice(0, 3).join(', ')
    const more = g.count > 3 ? ', ...' : ''
    const where = g.module === null ? '' : `${g.module}: `
    return `  - ${where}${plural(g.count, 'test')} skipped: ${g.reason} (${names}${more})`
  })
  if (skips.length > MAX_SKIP_LINES)
    lines.push(`  - ${plural(skips.length - MAX_SKIP_LINES, 'more reason')}: see the report`)
  return ['Skipped:', ...lines]
}

export function resultLines(v: ResultView): string[] {
  const head = `Result: ${v.result.toUpperCase()}${v.summary ? ` (${v.summary})` : ''}`
  const gate = v.gate === 'FAIL' && v.result === 'passed' ? ['Gate: FAIL'] : []
  const lines = [head, ...gate, ...v.reasons.map((r) => `  - ${r}`), ...skipLines(v.skips ?? [])]
  if (v.exitCode !== null) lines.push(`Test command exit code: ${v.exitCode}`)
  lines.push(`Log file: ${v.logFile}`)
  if (v.reportFile) lines.push(`Report:   ${v.reportFile}`)
  return lines
}

export interface ResultJson {
  project: string | null
  port: number | null
  result: VerdictResult
  exit_code: number | null
  log_file: string
  reasons: string[]
  tests: TestCounts | null
  /** As in the report: why tests were skipped, by module and reason. */
  skip_reasons: ReportSkip[]
  cleanup?: ReportCleanup
}

export function resultJson(v: ResultView, cleanup?: CleanupReport): ResultJson {
  const json: ResultJson = {
    project: v.project,
    port: v.port,
    result: v.result,
    exit_code: v.exitCode,
    log_file: v.logFile,
    reasons: v.reasons,
    tests: v.tests ?? null,
    skip_reasons: (v.skips ?? []).map((g) => ({ ...g, tests: [...g.tests] })),
  }
  if (cleanup) json.cleanup = cleanupRecord(cleanup)
  return json
}
