import type { FailureKind, OdooLogSummary, SkipGroup, TestFailure } from '../odoo-log/types.js'
import { failureMessage, plural } from './describe.js'
import type { TestCounts, Verdict, VerdictResult } from './types.js'

// The JSON report consumed outside this action (CI summaries, agents): keys are
// snake_case and the shape is fixed; absent measurements are null, never omitted.

export interface ReportFailure {
  kind: FailureKind
  module: string | null
  class: string | null
  method: string | null
  file: string | null
  line: number | null
  message: string | null
}

/** Skips of one module for one reason; `tests` lists the first ones (`count` is all of them). */
export interface ReportSkip {
  module: string | null
  reason: string
  count: number
  tests: string[]
}

export interface ReportCoverage {
  percentage: number | null
  threshold_met: boolean | null
}

export interface ReportLint {
  errors: number | null
  warnings: number | null
  exit_code: number | null
}

/** What the post step found and removed for this run's compose project. */
export interface ReportCleanup {
  containers: number
  networks: number
  volumes: number
  /** True when a final listing showed nothing left behind. */
  verified: boolean
}

export interface RunReport {
  gate_status: 'PASS' | 'FAIL'
  task_id: string | null
  working_dir: string
  summary: string
  tests: TestCounts
  failures: ReportFailure[]
  /** Why tests were skipped, grouped by module and reason (`tests.skipped` is the count). */
  skip_reasons: ReportSkip[]
  coverage: ReportCoverage
  lint: ReportLint
  blocking_issues: string[]
  exit_code: number | null
  duration_s: number
  result: VerdictResult
  modules: string[]
  /** The run's compose project; null where there was none (judge). */
  project: string | null
  /** The host port Docker published for the tested service (read back after up); null: none. */
  port: number | null
  cleanup?: ReportCleanup
  /** Phases as they started and ended (src/engine/timeline.ts); persisted as the run goes. */
  timeline?: TimelineEntry[]
  /** The template cache of this run (src/template-cache/); absent where no database is prepared (judge). */
  cache?: ReportCache
}

/** What the template cache did: a hit restored the dependencies' database, a miss built and saved it. */
export interface ReportCache {
  /** sha256 of the template's inputs; null when the cache was not used. */
  key: string | null
  hit: boolean
  /** The store the entry came from or went to; null when the cache was not used. */
  store: 'local' | 'github' | null
  /** A hit: milliseconds to restore database and filestore. */
  restore_ms: number | null
  /** A miss: milliseconds to install the dependencies, dump and archive them. */
  build_ms: number | null
  /** Bytes of the entry (dump + filestore archive). */
  size: number | null
  /** The modules the template holds. */
  modules: string[]
  /** Why the cache was not used or not saved, in a sentence; null when all went well. */
  note: string | null
}

export interface TimelineEntry {
  phase: string
  started_at: string
  ended_at: string | null
  outcome: 'ok' | 'failed' | null
}

export interface ReportInput {
  verdict: Verdict
  /** Source of the failure details; null when no log could be read. */
  summary: OdooLogSummary | null
  /** Work order or issue the run belongs to. */
  taskId?: string | null
  workingDir: string
  exitCode: number | null
  durationS: number
  modules: string[]
  /** Omitted or null: coverage not measured. `threshold` null: no threshold set. */
  coverage?: { percentage: number | null; threshold?: number | null } | null
  /** Omitted or null: lint not run. */
  lint?: { errors: number; warnings: number; exitCode: number } | null
  /** The run's compose project and the port Docker published for it; omitted: none (judge). */
  project?: string | null
  port?: number | null
}

function toReportFailure(f: TestFailure): ReportFailure {
  const message = failureMessage(f)
  return {
    kind: f.kind,
    module: f.module,
    class: f.className,
    method: f.method,
    file: f.location?.file ?? null,
    line: f.location?.line ?? null,
    message:
      f.subtest === null || message === null ? message : `subtest (${f.subtest}): ${message}`,
  }
}

function toReportSkip(g: SkipGroup): ReportSkip {
  return { module: g.module, reason: g.reason, count: g.count, tests: [...g.tests] }
}

function coverageOf(input: ReportInput): ReportCoverage {
  const percentage = input.coverage?.percentage ?? null
  const threshold = input.coverage?.threshold ?? null
  return {
    percentage,
    threshold_met: percentage === null || threshold === null ? null : percentage >= threshold,
  }
}

function lintOf(input: ReportInput): ReportLint {
  const lint = input.lint ?? null
  if (lint === null) return { errors: null, warnings: null, exit_code: null }
  return { errors: lint.errors, warnings: lint.warnings, exit_code: lint.exitCode }
}

function lintClean(lint: ReportLint): boolean {
  return lint.errors === 0 && lint.warnings === 0 && lint.exit_code === 0
}

/** One line, e.g. `41 passed, 1 failed, 0 skipped, coverage 83.5%, lint clean`. */
export function formatSummaryLine(
  verdict: Verdict,
  coverage: ReportCoverage,
  lint: ReportLint,
): string {
  const t = verdict.tests
  const parts = [`${t.passed} passed`, `${t.failed} failed`]
  if (t.errors > 0) parts.push(plural(t.errors, 'error'))
  parts.push(`${t.skipped} skipped`)
  parts.push(
    coverage.percentage === null
      ? 'coverage not measured'
      : `coverage ${coverage.percentage.toFixed(1)}%`,
  )
  if (lint.exit_code === null) parts.push('lint not run')
  else if (lintClean(lint)) parts.push('lint clean')
  else
    parts.push(
      `lint ${plural(lint.errors ?? 0, 'error')}, ${plural(lint.warnings ?? 0, 'warning')}`,
    )
  const line = parts.join(', ')
  // An `error` run has no trustworthy counts: lead with why.
  const why = verdict.reasons[0]
  return verdict.result === 'error' && why !== undefined
    ? `error: ${why.replace(/\.$/, '')}; ${line}`
    : line
}

export function buildReport(input: ReportInput): RunReport {
  const { verdict } = input
  const coverage = coverageOf(input)
  const lint = lintOf(input)
  const blocking = verdict.result === 'passed' ? [] : [...verdict.reasons]
  if (coverage.threshold_met === false) {
    const threshold = input.coverage?.threshold ?? 0
    blocking.push(
      `Coverage ${coverage.percentage?.toFixed(1)}% is below the ${threshold}% threshold.`,
    )
  }
  if (lint.exit_code !== null && ((lint.errors ?? 0) > 0 || lint.exit_code !== 0)) {
    blocking.push(
      `Lint failed with ${plural(lint.errors ?? 0, 'error')} (exit code ${lint.exit_code}).`,
    )
  }
  return {
    gate_status: verdict.result === 'passed' && blocking.length === 0 ? 'PASS' : 'FAIL',
    task_id: input.taskId ?? null,
    working_dir: input.workingDir,
    summary: formatSummaryLine(verdict, coverage, lint),
    tests: { ...verdict.tests },
    failures: (input.summary?.failures ?? []).map(toReportFailure),
    skip_reasons: (input.summary?.skips ?? []).map(toReportSkip),
    coverage,
    lint,
    blocking_issues: blocking,
    exit_code: input.exitCode,
    duration_s: Math.round(input.durationS * 10) / 10,
    result: verdict.result,
    modules: [...input.modules],
    project: input.project ?? null,
    port: input.port ?? null,
  }
}

/** Adds the post step's cleanup record; the rest of the report is left as it was. */
export function withCleanup(report: RunReport, cleanup: ReportCleanup): RunReport {
  return { ...report, cleanup: { ...cleanup } }
}
