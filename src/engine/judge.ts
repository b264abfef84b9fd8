// The verdict of a test run: Odoo's own log, parsed as a stream, weighed with
// the exit code (src/verdict). The action, the CLI's `run`/`test` and the
// CLI's `judge` of a saved log all come through here, so they cannot disagree.
import { parseOdooLogFile } from '../odoo-log/index.js'
import { emptySummary } from '../odoo-log/summary.js'
import type { OdooLogSummary } from '../odoo-log/types.js'
import { decideVerdict } from '../verdict/index.js'
import type { Verdict } from '../verdict/types.js'
import { errorMessage } from '../errors.js'
import type { JunitResult } from '../quality/junit.js'

export interface JudgeOptions {
  timedOut?: boolean
  /** Log records (`<logger>: <message>`) not held against the run. */
  ignore?: RegExp[]
  /** checklog-style: any unignored ERROR/WARNING outside tests fails the run. */
  strict?: boolean
  environmentError?: string
}

export interface Judgement {
  verdict: Verdict
  /** What the log said; an empty summary when it could not be read. */
  summary: OdooLogSummary
}

/**
 * The exit code Odoo gives the run its log shows: 255 after an install crash,
 * 1 with failures, 0 with a clean result line; null when the log stops
 * before any of that (the process was killed).
 */
export function exitCodeFromLog(summary: OdooLogSummary): number | null {
  if (summary.crash !== null) return 255
  if (summary.result === null) return null
  const failing = summary.result.failed + summary.result.errors > 0 || summary.atLeastOneTestFailed
  return failing ? 1 : 0
}

/** `exitCode: 'from-log'`: judging a saved log whose exit code nobody kept. */
export async function judgeLog(
  logFile: string,
  modules: string[],
  exitCode: number | null | 'from-log',
  opts: JudgeOptions = {},
): Promise<Judgement> {
  let summary: OdooLogSummary
  let environmentError = opts.environmentError
  try {
    summary = await parseOdooLogFile(logFile, { ignore: opts.ignore })
  } catch (err) {
    summary = emptySummary()
    environmentError ??= `the test log ${logFile} could not be read (${errorMessage(err)})`
  }
  const verdict = decideVerdict({
    summary,
    exitCode: exitCode === 'from-log' ? exitCodeFromLog(summary) : exitCode,
    timedOut: opts.timedOut ?? false,
    modules,
    ignore: opts.ignore,
    strict: opts.strict,
    environmentError,
  })
  return { verdict, summary }
}

/**
 * Structured counts win over counting log lines; a failure JUnit reports can
 * only make the verdict worse, never better.
 */
export function applyJunit(verdict: Verdict, junit: JunitResult): Verdict {
  const tests = {
    total: junit.total,
    failed: junit.failed,
    errors: junit.errors,
    skipped: junit.skipped,
    passed: Math.max(0, junit.total - junit.failed - junit.errors - junit.skipped),
  }
  const failing = junit.failed + junit.errors > 0
  if (!failing || verdict.result !== 'passed') return { ...verdict, tests }
  return {
    result: 'failed',
    reasons: [
      `JUnit XML reports ${junit.failed} failed and ${junit.errors} errored tests (${junit.files.join(', ')}).`,
    ],
    tests,
  }
}
