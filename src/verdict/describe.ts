// Sentences for verdict reasons and report entries. Kept apart from the
// decision so the wording can change without touching the rules.

import type { CrashInfo, LogRecordRef, SourceLocation, TestFailure } from '../odoo-log/types.js'
import type { TestCounts } from './types.js'

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function at(location: SourceLocation | null): string {
  return location === null ? '' : ` (${location.file}:${location.line})`
}

/** The line that best says what went wrong: the exception, else the last traceback line. */
export function failureMessage(f: TestFailure): string | null {
  return f.exceptionLine ?? f.lastLine ?? f.firstLine
}

export function testName(f: TestFailure): string {
  const name = [f.className, f.method].filter((p) => p !== null).join('.')
  return f.subtest === null ? name : `${name} [${f.subtest}]`
}

export function describeFailure(f: TestFailure): string {
  const label = f.kind === 'setUpClass' ? 'setUpClass error' : f.kind
  const where = f.module === null ? '' : ` in ${f.module}`
  const message = failureMessage(f)
  return `${label}${where}: ${testName(f)}${at(f.location)}${message === null ? '' : `: ${message}`}`
}

export function describeCounts(tests: TestCounts): string {
  const failed = plural(tests.failed, 'failed test')
  const errors = plural(tests.errors, 'test error')
  return `The log reports ${failed} and ${errors} (of ${plural(tests.total, 'test')} run).`
}

export function describeCrash(crash: CrashInfo, exitCode: number | null): string {
  const code = exitCode === null ? '' : ` (exit code ${exitCode})`
  const message = crash.message.replace(/\.$/, '')
  const detail = crash.lastLine === null ? '' : `: ${crash.lastLine}`
  return `Odoo crashed while installing or loading modules${code}: ${message}${detail}${at(crash.location)}.`
}

export function describeRecord(r: LogRecordRef): string {
  const tail = r.lastLine === null || r.lastLine === r.message ? '' : ` (${r.lastLine})`
  return `${r.logger}: ${r.message}${tail}`
}
