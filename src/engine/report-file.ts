// The machine-readable report, written next to the log by main and completed
// by post with the cleanup result. Written atomically (temp file + rename) so
// a run killed half way never leaves a truncated JSON file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { CleanupReport } from './teardown.js'
import { cleanupRecord } from './cleanup-record.js'
import { buildReport, withCleanup, type RunReport } from '../verdict/report.js'

/** `proof_of_execution_tests.log` -> `proof_of_execution_tests.report.json`. */
export function reportPathFor(logFile: string): string {
  return join(dirname(logFile), `${basename(logFile, extname(logFile))}.report.json`)
}

/** Writes atomically; a report without a timeline keeps the one on disk. */
export function writeReport(path: string, report: RunReport): void {
  if (!report.timeline) {
    const timeline = readReport(path)?.timeline
    if (timeline) report = { ...report, timeline }
  }
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify(report, null, 2)}\n`)
  renameSync(tmp, path)
}

export function readReport(path: string): RunReport | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RunReport
  } catch {
    return undefined
  }
}

/** Adds what teardown removed and whether nothing is left; keeps the rest. */
export function addCleanup(path: string, cleanup: CleanupReport): RunReport | undefined {
  const report = readReport(path)
  if (!report) return undefined
  const updated = withCleanup(report, cleanupRecord(cleanup))
  writeReport(path, updated)
  return updated
}

/** A report for a run that ended before a verdict (health failure, cancel, crash). */
export function writeErrorReport(
  state: {
    reportFile: string
    workingDirectory: string
    modules: string[]
    startedAt: string
    project?: string
    port?: number | null
  },
  reason: string,
  taskId: string | null = null,
): RunReport {
  const report = buildReport({
    verdict: {
      result: 'error',
      reasons: [reason],
      tests: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 },
    },
    summary: null,
    taskId,
    workingDir: state.workingDirectory,
    exitCode: null,
    durationS: (Date.now() - Date.parse(state.startedAt)) / 1000,
    modules: state.modules,
    project: state.project ?? null,
    port: state.port ?? null,
  })
  writeReport(state.reportFile, report)
  return report
}
