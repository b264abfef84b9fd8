// What the reporting part needs to know about a run: plain data the main step
// already has (verdict, parsed log, settings), gathered in one shape.
import type { SkipGroup, TestFailure } from '../odoo-log/types.js'
import type { TestCounts, VerdictResult } from '../verdict/types.js'
import type { ReportCache } from '../verdict/report.js'

/** The end of the proof-of-execution log, as read by `readLogTail`. */
export interface LogTail {
  text: string
  /** Size of the whole log file in bytes. */
  totalBytes: number
}

export interface ProofInput {
  result: VerdictResult
  /** Why the result is not `passed`, in plain words (verdict reasons). */
  reasons: string[]
  modules: string[]
  /** Null when no count could be read (the log never got that far). */
  tests: TestCounts | null
  /** Failures with tracebacks (OdooLogSummary.failures). */
  failures: TestFailure[]
  /** Skipped tests grouped by module and reason (OdooLogSummary.skips); absent: none. */
  skips?: SkipGroup[]
  /** The compose project of the run (unique per run: part of the comment marker). */
  project: string
  /** The host port Docker published for the tested service; null or absent: none. */
  port?: number | null
  durationMs: number
  exitCode: number | null
  log: LogTail | null
  /** Path of the full log (as the user knows it: relative to the workspace if possible). */
  logFile: string
  /** Where the full log is kept after the job: an artifact name or URL. */
  artifact?: string | null
  /**
   * Prefix that makes failure paths repository-relative for annotations
   * (e.g. the working directory), when the parser's paths are not.
   */
  pathPrefix?: string
  /** What the template cache did (one line in the header table); null or absent: not used. */
  cache?: ReportCache | null
}

export type Variant = 'comment' | 'summary' | 'check-run'
