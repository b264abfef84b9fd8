import { matchesAny, type LogRecordRef, type OdooLogSummary } from '../odoo-log/index.js'
import {
  describeCounts,
  describeCrash,
  describeFailure,
  describeRecord,
  plural,
} from './describe.js'
import { allSkippedReason, allTestsSkippedReason } from './skips.js'
import type { TestCounts, Verdict, VerdictInput } from './types.js'

const MAX_LISTED = 5

/**
 * Test counts. The result line is the truth for the totals, but a failure
 * record the result line does not count (e.g. a retried test) still counts:
 * the larger of the two sources wins so a logged failure is never lost.
 */
export function countTests(summary: OdooLogSummary): TestCounts {
  const r = summary.result
  const failed = Math.max(r?.failed ?? 0, summary.failureTotals.failed)
  const errors = Math.max(r?.errors ?? 0, summary.failureTotals.errors)
  const total =
    r !== null ? r.total : Object.values(summary.modules).reduce((n, m) => n + m.tests, 0)
  const skipped = summary.skipped
  // A class skipped by its setUpClass is one skip whose tests Odoo never counted.
  const skippedTests = skipped - summary.skippedClasses
  return {
    passed: Math.max(0, total - failed - errors - skippedTests),
    failed,
    errors,
    skipped,
    total,
  }
}

function unignored(records: readonly LogRecordRef[], ignore: readonly RegExp[]): LogRecordRef[] {
  return records.filter((r) => !matchesAny(ignore, `${r.logger}: ${r.message}`))
}

/** Lists records; records counted but not stored cannot be checked against `ignore`, so they count too. */
function recordReasons(label: string, records: LogRecordRef[], notStored: number): string[] {
  const out = records.slice(0, MAX_LISTED).map((r) => `${label}: ${describeRecord(r)}`)
  const more = records.length - out.length + notStored
  if (more > 0) out.push(`${label}: ${plural(more, 'more record')} not listed.`)
  return out
}

function exitCodeReasons(input: VerdictInput, testFailed: boolean): string[] {
  const { exitCode, timedOut, summary } = input
  if (exitCode === null) {
    return timedOut ? [] : ['Odoo reported no exit code: the process was killed or never ran.']
  }
  if (exitCode === 0 || (exitCode === 1 && testFailed)) return []
  if (exitCode === 255) {
    // The crash sentence already carries the exit code.
    return summary.crash !== null ? [] : ['Odoo exited with code 255 (install or load crash).']
  }
  if (exitCode === 1) {
    return ['Odoo exited with code 1 but its log shows no failing test: the run cannot be trusted.']
  }
  return [`Odoo exited with code ${exitCode}, which it never uses for test results.`]
}

function moduleReasons(summary: OdooLogSummary, modules: readonly string[]): string[] {
  const out: string[] = []
  for (const m of modules) {
    if (summary.invalidModules.includes(m)) {
      out.push(
        `Module ${m} is unknown to Odoo ("invalid module names, ignored"): it was not installed and none of its tests ran.`,
      )
    } else {
      const skipped = allSkippedReason(summary, m)
      if (skipped !== null) out.push(skipped)
      else if ((summary.modules[m]?.tests ?? 0) === 0) out.push(`Module ${m} ran no test.`)
    }
  }
  return out
}

/**
 * Decides passed / failed / error from the parsed log and how the process ended.
 * Precedence: test failures in the log (always `failed`, whatever the exit code),
 * then anything that makes the run untrustworthy (`error`), then log-quality
 * problems (CRITICAL, strict mode: `failed`). A module whose tests were all
 * skipped proved nothing: `error` (src/verdict/skips.ts).
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const { summary, exitCode, timedOut, modules } = input
  const ignore = input.ignore ?? []
  const tests = countTests(summary)

  const moduleFailures = Object.values(summary.modules).some((m) => m.failed + m.errors > 0)
  const testFailed =
    tests.failed + tests.errors > 0 || summary.atLeastOneTestFailed || moduleFailures
  const failures: string[] = []
  if (testFailed) {
    failures.push(describeCounts(tests))
    failures.push(...summary.failures.slice(0, MAX_LISTED).map(describeFailure))
    const unlisted = tests.failed + tests.errors - Math.min(summary.failures.length, MAX_LISTED)
    if (unlisted > 0) failures.push(`${plural(unlisted, 'more failure')} not listed.`)
    if (exitCode === 0) {
      failures.push(
        'Odoo exited with code 0 although its log reports failing tests: the log wins over the exit code.',
      )
    }
  }

  const errors: string[] = []
  if (input.environmentError !== undefined && input.environmentError !== '') {
    errors.push(`Environment error: ${input.environmentError}`)
  }
  if (timedOut) errors.push('The run timed out before Odoo finished: its results are incomplete.')
  if (summary.crash !== null) errors.push(describeCrash(summary.crash, exitCode))
  errors.push(...exitCodeReasons(input, testFailed))
  if (summary.result === null) {
    // After a crash or a timeout the missing line is a consequence, not news.
    if (summary.crash === null && !timedOut) {
      errors.push(
        'Odoo never printed its test summary line (odoo.tests.result): the tests did not complete.',
      )
    }
  } else {
    if (modules.length === 0 && !testFailed) {
      if (summary.result.total === 0) errors.push('No test ran (0 tests).')
      const skipped = allTestsSkippedReason(summary)
      if (skipped !== null) errors.push(skipped)
    }
    if (!summary.modulesLoaded && !summary.atLeastOneTestFailed && !testFailed) {
      errors.push('Odoo never logged "Modules loaded.": module loading did not complete.')
    }
  }
  // Without a result line the tests never finished: which modules ran is moot.
  if (summary.result !== null) errors.push(...moduleReasons(summary, modules))

  const problems: string[] = []
  if (summary.crash === null) {
    const notStored = summary.recordTotals.criticals - summary.criticals.length
    const criticals = unignored(summary.criticals, ignore)
    if (criticals.length + notStored > 0)
      problems.push(...recordReasons('CRITICAL logged', criticals, notStored))
  }
  if (input.strict === true) {
    const { recordTotals: t } = summary
    const errs = unignored(summary.otherErrors, ignore)
    const warns = unignored(summary.warnings, ignore)
    const errsHidden = t.otherErrors - summary.otherErrors.length
    const warnsHidden = t.warnings - summary.warnings.length
    if (errs.length + errsHidden > 0)
      problems.push(...recordReasons('ERROR logged outside tests (strict mode)', errs, errsHidden))
    if (warns.length + warnsHidden > 0)
      problems.push(...recordReasons('WARNING logged (strict mode)', warns, warnsHidden))
  }

  const result = testFailed
    ? 'failed'
    : errors.length > 0
      ? 'error'
      : problems.length > 0
        ? 'failed'
        : 'passed'
  const reasons = [...failures, ...errors, ...problems]
  if (result === 'error' && input.strict !== true) {
    // The first error outside tests is often the real cause (`Some modules are not loaded`...).
    const first = unignored(summary.otherErrors, ignore)[0]
    if (first !== undefined)
      reasons.push(`First ERROR logged outside tests: ${describeRecord(first)}`)
  }
  return { result, reasons, tests }
}
