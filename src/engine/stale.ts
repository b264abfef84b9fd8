// When is a per-run project stale? One rule for `reap` and for the reaper at
// the start of every run: older than the limit, or (for the start-of-run
// reaper) made by a process on this host that is gone. A run whose owner is
// alive is never touched before the age limit; a work order's environment
// never, unless someone names it.
import { hostname } from 'node:os'
import type { EngineDeps } from './deps.js'
import { classifyProject, listProjects, projectTarget, type ProjectInfo } from './environments.js'
import { teardown, type CleanupReport } from './teardown.js'
import type { ComposeRunner } from '../compose/compose.js'
import { addCleanup, readReport } from './report-file.js'
import { RunTimeline } from './timeline.js'
import { isAlive } from './watchdog.js'

export interface StaleRule {
  olderThanMs: number
  now: number
  /** Also stale: labelled by a process of this host that no longer runs. */
  ownerGone?: { host: string; alive: (pid: number) => boolean }
}

/** Pure: why `p` is stale, or null when it is not. */
export function staleReason(p: ProjectInfo, rule: StaleRule): string | null {
  if (p.kind !== 'run') return null
  const newest = p.newestAt?.getTime()
  if (newest !== undefined && rule.now - newest >= rule.olderThanMs) return 'older than the limit'
  const o = rule.ownerGone
  if (o && p.owner && p.owner.host === o.host && p.owner.pid > 0 && !o.alive(p.owner.pid)) {
    return `its owner process ${p.owner.pid} on ${p.owner.host} is gone`
  }
  return null
}

/** Removes the stale runs of `prefix` (best effort: problems are warnings). */
export async function reapStaleRuns(
  deps: EngineDeps,
  prefix: string,
  olderThanMs: number,
): Promise<CleanupReport[]> {
  const rule: StaleRule = {
    olderThanMs,
    now: deps.now().getTime(),
    ownerGone: { host: hostname(), alive: isAlive },
  }
  const out: CleanupReport[] = []
  try {
    const projects = await listProjects(deps.docker, (name) => classifyProject(name, prefix))
    for (const p of projects) {
      const why = staleReason(p, rule)
      if (!why) continue
      deps.reporter.info(`Removing stale run ${p.project}: ${why}.`)
      out.push(await reapProject(p, deps, deps.compose, 0))
    }
  } catch (err) {
    deps.reporter.warning(`Could not reap stale runs of ${prefix}: ${(err as Error).message}`)
  }
  return out
}

/**
 * Tears a project down outside its own run (reap, the start-of-run reaper)
 * and, when its report is on this host, completes the run's record.
 */
export async function reapProject(
  p: ProjectInfo,
  deps: EngineDeps,
  compose: ComposeRunner,
  /** Undefined: the teardown's default (none: the volumes go too). */
  downTimeoutS?: number,
): Promise<CleanupReport> {
  const report = await teardown(projectTarget(p), deps.docker, compose, deps.reporter, {
    downTimeoutS,
  })
  const file = p.owner?.host === hostname() ? p.owner.report : undefined
  const record = file ? readReport(file) : undefined
  if (file && record) {
    const timeline = new RunTimeline(file, {
      workingDirectory: record.working_dir,
      modules: record.modules,
      startedAt: new Date().toISOString(),
    })
    timeline.mark('teardown')
    timeline.mark('verified', report.verified ? 'ok' : 'failed')
    addCleanup(file, report)
  }
  return report
}
