// What the process exits with, in one place: scripts and agents branch on it.
import { CancelledError, EnvironmentError, HealthError, InputError } from '../errors.js'
import type { VerdictResult } from '../verdict/types.js'
import { UsageError } from './args.js'

export const ExitCode = {
  Passed: 0,
  /** The tests failed or errored (or cleanup left something behind). */
  Failed: 1,
  /** Bad command line or input, no Docker, or an environment that did not come up. */
  Usage: 2,
  /** Cancelled by a signal (after the teardown). */
  Cancelled: 130,
} as const

export function exitForVerdict(result: VerdictResult): number {
  return result === 'passed' ? ExitCode.Passed : ExitCode.Failed
}

export function exitForError(err: unknown): number {
  if (err instanceof CancelledError) return ExitCode.Cancelled
  if (
    err instanceof UsageError ||
    err instanceof InputError ||
    err instanceof EnvironmentError ||
    err instanceof HealthError
  )
    return ExitCode.Usage
  return ExitCode.Failed // a bug or an unexpected failure: not a pass
}

export interface Ending {
  /** The signal that cancelled the command, if any. */
  signal?: NodeJS.Signals
  error?: unknown
  /** The gate's word (the verdict, plus lint and coverage when configured), like the action's. */
  passed?: boolean
  /** False when teardown left something behind; undefined when none ran. */
  cleanupVerified?: boolean
}

/** A signal wins (the work was cancelled), then errors, then the gate; leftovers fail a pass. */
export function exitCodeFor(end: Ending): number {
  let code: number = ExitCode.Passed
  if (end.signal) code = ExitCode.Cancelled
  else if (end.error !== undefined) code = exitForError(end.error)
  else if (end.passed !== undefined) code = end.passed ? ExitCode.Passed : ExitCode.Failed
  if (end.cleanupVerified === false && code === ExitCode.Passed) code = ExitCode.Failed
  return code
}
