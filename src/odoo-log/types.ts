// Shapes produced by the streaming Odoo log parser. Everything here is plain
// data (JSON-serialisable) so the verdict and report builders stay pure.

export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL'

/** Maps where an addons directory lives in the container to where it lives in the repository. */
export interface AddonsPathMapping {
  container: string
  repo: string
}

/** Caps that keep memory bounded whatever the size of the log. */
export interface ParseLimits {
  /** Test failures stored in full; the rest are only counted. */
  maxFailures: number
  /** Traceback lines kept per record (head and tail; the middle is counted). */
  maxTracebackLines: number
  /** Traceback characters kept per record. */
  maxTracebackChars: number
  /** Stored records per list (criticals, otherErrors, warnings). */
  maxRecords: number
  /** Longest line kept; the rest of a longer line is dropped. */
  maxLineChars: number
  /** Distinct modules tracked in the per-module map. */
  maxModules: number
  /** Distinct (module, skip reason) groups stored; further skips are only counted. */
  maxSkipGroups: number
}

export interface ParseOptions {
  /** Default: `/mnt/extra-addons` -> `addons`. */
  addonsPaths?: AddonsPathMapping[]
  /**
   * Matched against `<logger>: <message first line>`; matching WARNING/ERROR/CRITICAL
   * records are counted in `ignoredRecords` and never stored, so a flood of known noise
   * cannot push real problems past the storage caps.
   */
  ignore?: RegExp[]
  limits?: Partial<ParseLimits>
}

export interface SourceLocation {
  /** Repository-relative path (POSIX separators). */
  file: string
  line: number
}

export type TestsSource = 'starting' | 'module-line' | 'stats' | 'none'

export interface ModuleCounts {
  /** Tests run; see `testsSource` for where the number comes from. */
  tests: number
  failed: number
  errors: number
  /** Tests that started and were skipped (they are in `tests`). */
  skipped: number
  /** Classes skipped by their setUpClass: their tests never started, so are not in `tests`. */
  skippedClasses: number
  testsSource: TestsSource
}

/** Skips of one module for one reason. */
export interface SkipGroup {
  /** Null when neither the logger nor the test's name says which module. */
  module: string | null
  reason: string
  /** Skips with this reason (tests, and classes skipped by their setUpClass). */
  count: number
  /** `Class.method` (`Class.setUpClass` for a skipped class), the first ones only. */
  tests: string[]
}

/** One `odoo.tests.result` line: `<F> failed, <E> error(s) of <N> tests when loading database '<db>'`. */
export interface ResultLine {
  failed: number
  errors: number
  total: number
  db: string
  level: LogLevel
}

export type FailureKind = 'FAIL' | 'ERROR' | 'setUpClass'

export interface TestFailure {
  kind: FailureKind
  module: string | null
  /** Test class (qualname); null for a module-level fixture (setUpModule). */
  className: string | null
  /** Test method, or the fixture name (tearDownClass...); null for setUpClass. */
  method: string | null
  /** Subtest parameters, e.g. `i=2`, when the failure is a subtest. */
  subtest: string | null
  logger: string
  /** First traceback line, normally `Traceback (most recent call last):`. */
  firstLine: string | null
  /** Last non-empty traceback line. */
  lastLine: string | null
  /** First line of the final exception (`AssertionError: 1 != 2`), even if a long message follows. */
  exceptionLine: string | null
  /** Bounded traceback text (head and tail kept). */
  traceback: string
  /** Traceback lines not kept in `traceback`. */
  tracebackOmittedLines: number
  /** Innermost frame inside an addons path, mapped to the repository. */
  location: SourceLocation | null
  /** 1-based line number of the record start in the log. */
  logLine: number
}

export interface LogRecordRef {
  level: LogLevel
  logger: string
  /** First line of the message. */
  message: string
  /** Last non-empty continuation line (e.g. the exception of a logged traceback), if any. */
  lastLine: string | null
  logLine: number
}

export interface CrashInfo {
  logger: string
  message: string
  /** Module named by `Couldn't load module <m>`, if any. */
  module: string | null
  /** Final exception line of the crash traceback, if one was logged. */
  lastLine: string | null
  location: SourceLocation | null
  logLine: number
}

export interface RecordTotals {
  criticals: number
  otherErrors: number
  warnings: number
}

export interface OdooLogSummary {
  modules: Record<string, ModuleCounts>
  /** Every result line seen (bounded), in log order. */
  results: ResultLine[]
  /** Sum of the result lines; null when Odoo never printed one. */
  result: { failed: number; errors: number; total: number } | null
  failures: TestFailure[]
  /** Failure records seen, stored or not (subtests count one each). */
  failureTotals: { failed: number; errors: number }
  crash: CrashInfo | null
  criticals: LogRecordRef[]
  otherErrors: LogRecordRef[]
  warnings: LogRecordRef[]
  /** Records seen per list (stored + not stored), not counting `ignoredRecords`. */
  recordTotals: RecordTotals
  ignoredRecords: number
  /** `skipped <test> : <reason>` lines. */
  skipped: number
  /** Of those, classes skipped by their setUpClass (not in the result line's count). */
  skippedClasses: number
  /** The skips grouped by module and reason, in log order (bounded). */
  skips: SkipGroup[]
  /** Skips counted in `skipped` but in no stored group (past the cap). */
  skipsNotGrouped: number
  modulesLoaded: boolean
  invalidModules: string[]
  atLeastOneTestFailed: boolean
  lines: number
  bytes: number
  records: number
  noiseLines: number
}
