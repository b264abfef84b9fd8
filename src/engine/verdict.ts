// The verdict seam. For now the exit code decides (Odoo 16-18: 0 all passed,
// 1 any failure or error, 255 the install crashed); reading Odoo's own log
// plugs in here so both front ends get it at once.
import type { TestRunResult } from './test-phase.js'

export type RunResult = 'passed' | 'failed' | 'error'

export interface Verdict {
  result: RunResult
  /** Human sentences saying why, for the log, the summary and the report. */
  reasons: string[]
}

export interface VerdictInput {
  run: TestRunResult
  modules: string[]
  logFile: string
  testTimeoutMs: number
}

export async function judge(input: VerdictInput): Promise<Verdict> {
  const { run } = input
  if (run.aborted)
    return { result: 'error', reasons: ['The run was cancelled before the tests finished.'] }
  if (run.timedOut) {
    return {
      result: 'error',
      reasons: [
        `The tests did not finish within test-timeout (${Math.round(input.testTimeoutMs / 1000)} s).`,
      ],
    }
  }
  switch (run.exitCode) {
    case 0:
      return { result: 'passed', reasons: [] }
    case 1:
      return {
        result: 'failed',
        reasons: ['The test command exited with 1: at least one test failed or errored.'],
      }
    case 255:
      return {
        result: 'error',
        reasons: ['The test command exited with 255: the module install or load crashed.'],
      }
    default:
      return {
        result: 'error',
        reasons: [`The test command exited with ${run.exitCode ?? 'a signal'}.`],
      }
  }
}
