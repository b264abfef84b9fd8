// The run's timeline, persisted in the report file as each phase starts and
// ends. Until the verdict is in, the file holds a pending report that says
// how far the run got, so a run killed at any point leaves a record; the post
// step (or reap) completes it with the cleanup result.
import type { RunReport, TimelineEntry } from '../verdict/report.js'
import { readReport, writeReport } from './report-file.js'
import { buildReport } from '../verdict/report.js'

export type Phase =
  | 'validated'
  | 'port allocated'
  | 'up'
  | 'healthy'
  | 'testing'
  | 'verdict'
  | 'teardown'
  | 'verified'

export interface PendingBase {
  workingDirectory: string
  modules: string[]
  startedAt: string
}

/** The report of a run that has not reached its verdict (yet, or ever). */
export function pendingReport(base: PendingBase, phase: string, now: Date): RunReport {
  return buildReport({
    verdict: {
      result: 'error',
      reasons: [`The run did not reach a verdict: it was last in phase "${phase}".`],
      tests: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 },
    },
    summary: null,
    workingDir: base.workingDirectory,
    exitCode: null,
    durationS: (now.getTime() - Date.parse(base.startedAt)) / 1000,
    modules: base.modules,
  })
}

export class RunTimeline {
  constructor(
    private readonly file: string,
    private readonly base: PendingBase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs `fn` as a phase: persisted when it starts, and when it ends either way. */
  async phase<T>(phase: Phase, fn: () => Promise<T>): Promise<T> {
    this.start(phase)
    try {
      const out = await fn()
      this.end(phase, 'ok')
      return out
    } catch (err) {
      this.end(phase, 'failed')
      throw err
    }
  }

  /** A phase that is an instant (validated, port allocated, verified). */
  mark(phase: Phase, outcome: 'ok' | 'failed' = 'ok'): void {
    this.start(phase)
    this.end(phase, outcome)
  }

  start(phase: Phase): void {
    const at = this.now().toISOString()
    this.update(phase, (t) => [...t, { phase, started_at: at, ended_at: null, outcome: null }])
  }

  end(phase: Phase, outcome: 'ok' | 'failed'): void {
    const at = this.now().toISOString()
    this.update(phase, (t) => {
      const i = t.map((e) => e.phase).lastIndexOf(phase)
      if (i < 0) return [...t, { phase, started_at: at, ended_at: at, outcome }]
      return t.map((e, j) => (j === i ? { ...e, ended_at: at, outcome } : e))
    })
  }

  private update(phase: string, change: (t: TimelineEntry[]) => TimelineEntry[]): void {
    const current = readReport(this.file)
    // Only a pending report is rewritten to name the phase; a final one keeps its verdict.
    const pending =
      !current || current.blocking_issues[0]?.startsWith('The run did not reach a verdict')
    // Teardown phases keep the record of where main stopped.
    const mainPhase = phase !== 'teardown' && phase !== 'verified'
    const report =
      current && (!pending || !mainPhase)
        ? current
        : pendingReport(this.base, mainPhase ? phase : 'none: main never started', this.now())
    writeReport(this.file, {
      ...report,
      cleanup: current?.cleanup,
      timeline: change(current?.timeline ?? []),
    })
  }
}
