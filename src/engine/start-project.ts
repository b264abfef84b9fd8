// Bringing a project up until it is usable: subscribe to its events, `up` on
// a free port of the range (retrying on a port race), wait until every
// container is ready. The order matters: subscribed before `up`, because a
// healthy event sent before subscribing is lost. Per-run projects
// (executeRun) and long-lived environments (CLI `up`) both start this way.
import type { ComposeTarget } from '../compose/compose.js'
import { CancelledError } from '../errors.js'
import { publishedLine, publishedPort } from '../isolation/published.js'
import type { EngineDeps } from './deps.js'
import { watchHealth } from './health.js'
import type { PortRange } from './ports.js'
import { upWithFreePort } from './up.js'
import type { RunTimeline } from './timeline.js'

export interface StartOptions {
  range: PortRange
  /** How long to wait for a port when the whole range is taken. */
  portWaitMs: number
  /** The service the tests run in: it must stay running. */
  service: string
  /**
   * Its container port whose host port is the run's (labelProject); null:
   * none, and then no port of the range is allocated either.
   */
  portTarget: number | null
  healthTimeoutMs: number
  signal?: AbortSignal
  /** Each port before compose may bind it. */
  onPort: (port: number) => void
  /** Once `up` has created the project, while its containers turn healthy. */
  onUp?: () => void
  /** Records `up` and `healthy` as phases of a run's timeline. */
  timeline?: RunTimeline
}

/**
 * Resolves once every container is ready, with the host port Docker publishes
 * for the service's main port (null: none), read back from Docker.
 */
export async function startProject(
  target: ComposeTarget,
  deps: EngineDeps,
  opts: StartOptions,
): Promise<number | null> {
  const { docker, compose, reporter } = deps
  const phase = <T>(name: 'up' | 'healthy', fn: () => Promise<T>) =>
    opts.timeline ? opts.timeline.phase(name, fn) : fn()
  const health = watchHealth(docker, target.project)
  try {
    const port = await phase('up', () =>
      upWithFreePort(target, docker, compose, reporter, {
        range: opts.range,
        probe: deps.probePort,
        portWaitMs: opts.portWaitMs,
        signal: opts.signal,
        onPort: opts.onPort,
        allocate: opts.portTarget !== null,
      }),
    )
    if (opts.signal?.aborted) throw new CancelledError('Cancelled after docker compose up.')
    opts.onUp?.()
    reporter.info(
      `${port === null ? 'No host port allocated' : `Host port ${port} allocated`}; waiting for every container to be healthy...`,
    )
    const ready = await phase('healthy', () =>
      health.wait({ service: opts.service, timeoutMs: opts.healthTimeoutMs, signal: opts.signal }),
    )
    const published = publishedPort(ready, opts.service, opts.portTarget)
    reporter.info(publishedLine(opts.service, opts.portTarget, port, published))
    return published
  } finally {
    health.close()
  }
}
