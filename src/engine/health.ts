// Waits until every container of the project is ready: healthy when it has a
// healthcheck, running when it has none. Docker's event stream says the moment
// a container's health or state changes; the watcher subscribes *before* `up`
// (an event sent before subscribing is lost) and re-checks with inspect, so a
// container that turned healthy early is not missed. Fails fast on unhealthy
// or exited containers, with their last log lines.
import type { ContainerInfo, DockerClient } from '../docker/client.js'
import { CancelledError, HealthError } from '../errors.js'

export type Readiness = { kind: 'ready' } | { kind: 'pending' } | { kind: 'failed'; why: string }

/** Pure: what one container's state means for the wait. */
export function readiness(c: ContainerInfo, targetService: string): Readiness {
  if (c.state === 'running') {
    if (c.health === undefined || c.health === 'healthy') return { kind: 'ready' }
    if (c.health === 'unhealthy') return { kind: 'failed', why: 'is unhealthy' }
    return { kind: 'pending' }
  }
  if (c.state === 'exited' || c.state === 'dead') {
    if (c.exitCode !== 0) return { kind: 'failed', why: `exited with code ${c.exitCode}` }
    // A one-shot helper may finish with 0; the service the tests run in may not.
    if (c.service === targetService)
      return {
        kind: 'failed',
        why: 'exited with code 0 right after starting (the tests need it running)',
      }
    return { kind: 'ready' }
  }
  return { kind: 'pending' }
}

export interface HealthWaitOptions {
  service: string
  timeoutMs: number
  signal?: AbortSignal
  logLines?: number
}

export interface HealthWatcher {
  /** Resolves with the ready containers; rejects with HealthError. */
  wait(opts: HealthWaitOptions): Promise<ContainerInfo[]>
  close(): void
}

export function watchHealth(docker: DockerClient, project: string): HealthWatcher {
  let wake: (() => void) | undefined
  const changed = new Set<string>()
  let streamError: Error | undefined
  const sub = docker.subscribe(
    project,
    (e) => {
      changed.add(e.containerId)
      wake?.()
    },
    (err) => {
      streamError = err
      wake?.()
    },
  )
  return {
    close: () => sub.close(),
    async wait(opts) {
      await sub.ready
      const deadline = Date.now() + opts.timeoutMs
      const listed = await docker.listProject(project)
      if (listed.containers.length === 0)
        throw new HealthError(`Project ${project} has no containers after 'up'.`)
      const state = new Map<string, ContainerInfo>()
      await Promise.all(
        listed.containers.map(async (c) => state.set(c.id, await docker.inspectContainer(c.id))),
      )
      for (;;) {
        const verdicts = [...state.values()].map((c) => ({ c, r: readiness(c, opts.service) }))
        const failed = verdicts.find((v) => v.r.kind === 'failed')
        if (failed && failed.r.kind === 'failed')
          throw await failure(docker, failed.c, failed.r.why, opts.logLines ?? 50)
        const pending = verdicts.filter((v) => v.r.kind === 'pending').map((v) => v.c)
        if (pending.length === 0) return [...state.values()]
        if (streamError)
          throw new HealthError(
            `Lost the Docker event stream while waiting for health: ${streamError.message}`,
          )
        const remaining = deadline - Date.now()
        if (remaining <= 0) throw await timeout(docker, pending, opts)
        if (opts.signal?.aborted)
          throw new CancelledError('Cancelled while waiting for the containers to become healthy.')
        if (changed.size === 0) await sleepUntilWoken(remaining, opts.signal, (w) => (wake = w))
        const ids = [...changed].filter((id) => state.has(id))
        changed.clear()
        await Promise.all(ids.map(async (id) => state.set(id, await docker.inspectContainer(id))))
      }
    },
  }
}

function sleepUntilWoken(
  ms: number,
  signal: AbortSignal | undefined,
  setWake: (w: () => void) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    setWake(done)
  })
}

async function failure(
  docker: DockerClient,
  c: ContainerInfo,
  why: string,
  lines: number,
): Promise<HealthError> {
  const logs = await docker
    .containerLogs(c.id, lines)
    .catch((e: Error) => `(logs unavailable: ${e.message})`)
  const probe = c.healthOutput ? `\nLast healthcheck output: ${c.healthOutput.slice(0, 500)}` : ''
  return new HealthError(
    `Container ${c.name} (service ${c.service ?? '?'}) ${why}.${probe}\nLast ${lines} log lines of ${c.name}:\n${logs.trimEnd() || '(no output)'}`,
  )
}

async function timeout(
  docker: DockerClient,
  pending: ContainerInfo[],
  opts: HealthWaitOptions,
): Promise<HealthError> {
  const c = pending[0] as ContainerInfo
  const what = pending
    .map((p) => `${p.name}: ${p.state}${p.health ? ` (${p.health})` : ''}`)
    .join(', ')
  const err = await failure(
    docker,
    c,
    `was not ready after health-timeout ${Math.round(opts.timeoutMs / 1000)} s`,
    opts.logLines ?? 50,
  )
  err.message = `Still waiting for ${what}. ${err.message} Raise 'health-timeout' if the service is just slow to start.`
  return err
}
