// The summary being built, and the bounded ways to add to it. Every list has a
// cap; what does not fit is still counted so nothing is silently lost.

import type { RecordHeader } from './header.js'
import { detach, detachOrNull } from './limits.js'
import type { CrashInfo, LogRecordRef, OdooLogSummary, ResultLine } from './types.js'

const MAX_RESULT_LINES = 20
const MAX_INVALID_MODULES = 100
const MAX_MESSAGE_CHARS = 1000

export function emptySummary(): OdooLogSummary {
  return {
    modules: {},
    results: [],
    result: null,
    failures: [],
    failureTotals: { failed: 0, errors: 0 },
    crash: null,
    criticals: [],
    otherErrors: [],
    warnings: [],
    recordTotals: { criticals: 0, otherErrors: 0, warnings: 0 },
    ignoredRecords: 0,
    skipped: 0,
    skippedClasses: 0,
    skips: [],
    skipsNotGrouped: 0,
    modulesLoaded: false,
    invalidModules: [],
    atLeastOneTestFailed: false,
    lines: 0,
    bytes: 0,
    records: 0,
    noiseLines: 0,
  }
}

/** Tests a record key against ignore patterns (a `/g` regex keeps state: reset it). */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const re of patterns) {
    re.lastIndex = 0
    if (re.test(text)) return true
  }
  return false
}

export function firstLineOf(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? message.slice(0, MAX_MESSAGE_CHARS) + '…' : message
}

/** Several result lines (one per database) are summed; all are kept, up to a cap. */
export function addResult(s: OdooLogSummary, r: ResultLine): void {
  const sum = s.result ?? { failed: 0, errors: 0, total: 0 }
  s.result = {
    failed: sum.failed + r.failed,
    errors: sum.errors + r.errors,
    total: sum.total + r.total,
  }
  if (s.results.length < MAX_RESULT_LINES) s.results.push({ ...r, db: detach(r.db) })
}

export function addInvalidModules(s: OdooLogSummary, names: readonly string[]): void {
  for (const name of names) {
    if (s.invalidModules.length >= MAX_INVALID_MODULES) return
    if (!s.invalidModules.includes(name)) s.invalidModules.push(detach(name))
  }
}

/**
 * Files a WARNING/ERROR/CRITICAL record under its list, unless an ignore
 * pattern matches it. Returns the stored reference (null when not stored) so its
 * traceback's last line can be filled in when the record ends.
 */
export function addRecord(
  s: OdooLogSummary,
  h: RecordHeader,
  lineNo: number,
  ignore: readonly RegExp[],
  maxRecords: number,
): LogRecordRef | null {
  if (matchesAny(ignore, `${h.logger}: ${h.message}`)) {
    s.ignoredRecords++
    return null
  }
  const list =
    h.level === 'CRITICAL' ? 'criticals' : h.level === 'ERROR' ? 'otherErrors' : 'warnings'
  s.recordTotals[list]++
  if (s[list].length >= maxRecords) return null
  const ref: LogRecordRef = {
    level: h.level,
    logger: detach(h.logger),
    message: detach(firstLineOf(h.message)),
    lastLine: null,
    logLine: lineNo,
  }
  s[list].push(ref)
  return ref
}

/**
 * An install crash is usually several CRITICAL records (`Couldn't load module m`,
 * then `Failed to initialize database` with the traceback): the first names the
 * crash, later ones complete it.
 */
export function noteCrash(
  s: OdooLogSummary,
  h: RecordHeader,
  lineNo: number,
  module: string | null,
): CrashInfo {
  if (s.crash === null) {
    s.crash = {
      logger: detach(h.logger),
      message: detach(firstLineOf(h.message)),
      module: detachOrNull(module),
      lastLine: null,
      location: null,
      logLine: lineNo,
    }
  } else if (s.crash.module === null && module !== null) {
    s.crash.module = detach(module)
  }
  return s.crash
}
