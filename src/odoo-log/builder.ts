import { parseHeader, type RecordHeader } from './header.js'
import { detach, detachOrNull } from './limits.js'
import * as msg from './messages.js'
import { ModuleTally } from './modules.js'
import { ComposePrefix, isDockerNoise } from './noise.js'
import type { PathMapper } from './paths.js'
import { matchSkip, SkipGroups } from './skips.js'
import { addInvalidModules, addRecord, addResult, emptySummary, noteCrash } from './summary.js'
import { TracebackCollector } from './traceback.js'
import type { CrashInfo, LogRecordRef, OdooLogSummary, ParseLimits, TestFailure } from './types.js'

/** The record whose continuation lines are arriving. */
type Open =
  | { kind: 'failure'; failure: TestFailure; tb: TracebackCollector }
  | { kind: 'ref'; ref: LogRecordRef | null; crash: CrashInfo | null; tb: TracebackCollector }
  | { kind: 'plain'; tb: null }

const PLAIN: Open = { kind: 'plain', tb: null }

/** Consumes log lines one at a time and accumulates a bounded summary. */
export class SummaryBuilder {
  private readonly compose = new ComposePrefix()
  private readonly tally: ModuleTally
  private readonly s = emptySummary()
  private readonly skips: SkipGroups
  private current: Open | null = null
  private lineNo = 0

  constructor(
    private readonly limits: ParseLimits,
    private readonly mapPath: PathMapper,
    private readonly ignore: readonly RegExp[],
  ) {
    this.tally = new ModuleTally(limits.maxModules)
    this.skips = new SkipGroups(limits.maxSkipGroups)
  }

  line(raw: string): void {
    this.lineNo++
    const line = this.compose.strip(raw, (rest) => parseHeader(rest) !== null)
    if (line === null) {
      this.s.noiseLines++
      return
    }
    const header = parseHeader(line)
    if (header !== null) {
      this.close()
      this.open(header)
      return
    }
    // A line that follows no record is noise (docker output before Odoo starts).
    if (this.current === null) {
      this.s.noiseLines++
      return
    }
    // Continuation lines of records we do not analyse are skipped unexamined.
    if (this.current.tb === null) return
    if (isDockerNoise(line)) {
      this.s.noiseLines++
      return
    }
    this.current.tb.add(line)
  }

  finish(lines: number, bytes: number): OdooLogSummary {
    this.close()
    this.s.modules = this.tally.result()
    this.s.skips = this.skips.groups
    this.s.skipsNotGrouped = this.skips.notGrouped
    this.s.lines = lines
    this.s.bytes = bytes
    return this.s
  }

  private collector(): TracebackCollector {
    const { maxTracebackLines, maxTracebackChars } = this.limits
    return new TracebackCollector(this.mapPath, maxTracebackLines, maxTracebackChars)
  }

  private open(h: RecordHeader): void {
    this.s.records++
    this.current = PLAIN
    const { level, logger, message } = h
    // Only the result line, of the messages we look for, starts with a digit.
    const result = message.charCodeAt(0) <= 57 ? msg.matchResult(message) : null
    if (result !== null) return addResult(this.s, { ...result, level })
    const module = msg.moduleFromLogger(logger)
    if (level === 'DEBUG' || level === 'INFO') return this.info(logger, message, module)
    if (logger.startsWith('odoo.modules.')) {
      const line = msg.matchModuleLine(message)
      if (line !== null)
        return this.tally.moduleLine(line.module, line.failed, line.errors, line.tests)
      if (msg.isAtLeastOneTestFailed(message)) {
        this.s.atLeastOneTestFailed = true
        return
      }
    }
    if (level === 'ERROR' && msg.isTestLogger(logger)) {
      const heading = msg.matchFailureHeading(message)
      if (heading !== null) return this.openFailure(h, heading, module ?? heading.module)
    }
    if (level === 'WARNING') {
      const invalid = msg.matchInvalidModules(message)
      if (invalid !== null) addInvalidModules(this.s, invalid)
      // Newer series log an infrastructure skip at WARNING: it is still a skip.
      if (msg.isTestLogger(logger)) this.skip(module, message)
    }
    const crashMatch = level === 'CRITICAL' ? msg.matchCrash(message) : null
    const crash = crashMatch === null ? null : noteCrash(this.s, h, this.lineNo, crashMatch.module)
    const ref = addRecord(this.s, h, this.lineNo, this.ignore, this.limits.maxRecords)
    // A WARNING's continuation lines are not worth reading; an ERROR's or a
    // CRITICAL's traceback gives its exception line (and the crash's location).
    if (level !== 'WARNING' && (ref !== null || crash !== null)) {
      this.current = { kind: 'ref', ref, crash, tb: this.collector() }
    }
  }

  private info(logger: string, message: string, module: string | null): void {
    if (msg.isTestLogger(logger)) {
      if (module !== null && msg.matchStarting(message)) return this.tally.starting(module)
      // A class skipped by its setUpClass is logged by odoo.tests.suite, which names no module.
      if (this.skip(module, message) || module !== null) return
    }
    const stats = msg.matchStats(logger, message)
    if (stats !== null) return this.tally.stats(stats.module, stats.tests)
    if (logger === 'odoo.modules.loading' && msg.isModulesLoaded(message))
      this.s.modulesLoaded = true
  }

  /** Records a `skipped <test> : <reason>` message; false when it is not one. */
  private skip(loggerModule: string | null, message: string): boolean {
    const m = message.startsWith('skipped ') ? matchSkip(message) : null
    if (m === null) return false
    const module = loggerModule ?? m.module
    this.s.skipped++
    if (m.wholeClass) this.s.skippedClasses++
    if (module !== null) this.tally.skipped(module, m.wholeClass)
    this.skips.add(module, m.test, m.reason)
    return true
  }

  private openFailure(h: RecordHeader, heading: msg.FailureHeading, module: string | null): void {
    const isFail = heading.kind === 'FAIL'
    if (isFail) this.s.failureTotals.failed++
    else this.s.failureTotals.errors++
    if (module !== null) this.tally.failure(module, isFail)
    // Past the cap the failure is only counted: its traceback need not be read.
    if (this.s.failures.length >= this.limits.maxFailures) return
    const failure: TestFailure = {
      kind: heading.kind,
      module: detachOrNull(module),
      className: detachOrNull(heading.className),
      method: detachOrNull(heading.method),
      subtest: detachOrNull(heading.subtest),
      logger: detach(h.logger),
      firstLine: null,
      lastLine: null,
      exceptionLine: null,
      traceback: '',
      tracebackOmittedLines: 0,
      location: null,
      logLine: this.lineNo,
    }
    this.current = { kind: 'failure', failure, tb: this.collector() }
  }

  private close(): void {
    const cur = this.current
    this.current = null
    if (cur === null || cur.tb === null) return
    const tb = cur.tb
    if (cur.kind === 'failure') {
      const f = cur.failure
      f.firstLine = tb.firstLine
      f.lastLine = tb.finalLastLine()
      f.exceptionLine = tb.exceptionLine
      f.traceback = tb.text()
      f.tracebackOmittedLines = tb.omitted
      f.location = tb.finalLocation()
      this.s.failures.push(f)
      return
    }
    const exception = tb.exceptionLine ?? tb.finalLastLine()
    if (cur.ref !== null) cur.ref.lastLine = exception
    if (cur.crash !== null) {
      cur.crash.lastLine ??= exception
      cur.crash.location ??= tb.finalLocation()
    }
  }
}
