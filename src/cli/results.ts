// How a verdict and a cleanup are shown: lines for people, one JSON object
// for programs (`--json`, snake_case like the action's report file).
import { cleanupRecord } from '../engine/cleanup-record.js'
import type { CleanupReport } from '../engine/teardown.js'
import type { Judged } from '../engine/test-and-judge.js'
import type { ReportCleanup } from '../verdict/report.js'
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
}

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
  }
}

export function resultLines(v: ResultView): string[] {
  const head = `Result: ${v.result.toUpperCase()}${v.summary ? ` (${v.summary})` : ''}`
  const gate = v.gate === 'FAIL' && v.result === 'passed' ? ['Gate: FAIL'] : []
  const lines = [head, ...gate, ...v.reasons.map((r) => `  - ${r}`)]
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
  }
  if (cleanup) json.cleanup = cleanupRecord(cleanup)
  return json
}
