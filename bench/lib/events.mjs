// The daemon's own clock for readiness: one `docker events` stream for the
// whole benchmark, kept in memory by compose project. `--since <start>` makes
// the daemon replay anything sent before the CLI had subscribed, so no event
// is lost however late the subscription comes up; project names are only
// known once a run has started (the action picks its own), so the filter is
// type=container and the project is read from the event's labels.
import { spawn } from 'node:child_process'
import { PREFIX } from './leftovers.mjs'
import { sleep } from './proc.mjs'

const PROJECT = 'com.docker.compose.project'

export function recordEvents(sinceMs) {
  const since = (sinceMs / 1000).toFixed(3)
  const child = spawn(
    'docker',
    ['events', '--format', '{{json .}}', '--filter', 'type=container', '--since', since],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  process.on('exit', () => child.kill()) // never outlive the script
  const byProject = new Map()
  let pending = ''
  child.stdout.on('data', (chunk) => {
    pending += chunk
    const all = pending.split('\n')
    pending = all.pop() ?? ''
    for (const line of all) {
      if (!line.trim()) continue
      const e = JSON.parse(line)
      const attrs = e.Actor?.Attributes ?? {}
      const project = attrs[PROJECT]
      if (!project?.startsWith(PREFIX)) continue
      if (!byProject.has(project)) byProject.set(project, [])
      byProject.get(project).push({
        action: e.Action ?? e.status ?? '',
        id: e.Actor?.ID ?? e.id,
        t: Number(e.timeNano) / 1e6, // ms, daemon clock (same host clock as nowMs())
        oneoff: attrs['com.docker.compose.oneoff'] === 'True',
      })
    }
  })
  return {
    /** Events seen so far for a project, in arrival (= daemon) order. */
    of: (project) => byProject.get(project) ?? [],
    async stop() {
      await sleep(500) // the stream lags the daemon by a few ms; let it drain
      child.kill('SIGTERM')
    },
  }
}

/**
 * From the events of one project: when its last service container turned
 * healthy, when the test process started (an `exec_start` whose command has
 * --test-enable, or the start of a `compose run` one-off container), and the
 * difference. Null fields when an event is missing.
 */
export function readiness(events) {
  const healthy = new Map()
  for (const e of events)
    if (!e.oneoff && e.action === 'health_status: healthy' && !healthy.has(e.id))
      healthy.set(e.id, e.t)
  const test = events.find(
    (e) =>
      (e.action.startsWith('exec_start:') && e.action.includes('--test-enable')) ||
      (e.oneoff && e.action === 'start'),
  )
  const allHealthyAt = healthy.size ? Math.max(...healthy.values()) : null
  const testStartAt = test?.t ?? null
  return {
    healthyContainers: healthy.size,
    allHealthyAt,
    testStartAt,
    testStartEvent: test ? test.action.split(' ')[0] : null,
    latencyMs: allHealthyAt !== null && testStartAt !== null ? testStartAt - allHealthyAt : null,
  }
}
