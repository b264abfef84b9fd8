import type { OdooLogSummary } from '../odoo-log/types.js'

export type VerdictResult = 'passed' | 'failed' | 'error'

export interface TestCounts {
  passed: number
  failed: number
  errors: number
  skipped: number
  total: number
}

export interface Verdict {
  result: VerdictResult
  /** Human sentences explaining a non-passed result (empty when passed). */
  reasons: string[]
  tests: TestCounts
}

export interface VerdictInput {
  summary: OdooLogSummary
  /** Odoo's exit code; null when the process was killed or never ran. */
  exitCode: number | null
  timedOut: boolean
  /** Modules whose tests were requested: each must have run at least one test. */
  modules: string[]
  /** Matched against `<logger>: <message first line>`; matching records are not held against the run. */
  ignore?: RegExp[]
  /** checklog-style: any unignored ERROR/WARNING outside tests fails the run. */
  strict?: boolean
  /** Set by the runner when the environment (Docker, compose, database) failed. */
  environmentError?: string
}
