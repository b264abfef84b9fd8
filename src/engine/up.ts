// `up -d` on an allocated port. Between get-port's check and Docker's bind a
// parallel run can take the port; compose then fails with "port is already
// allocated" and we try again with the next free port of the range.
import { isPortConflict, type ComposeRunner, type ComposeTarget } from '../compose/compose.js'
import type { ProcessResult } from '../compose/process.js'
import type { DockerClient } from '../docker/client.js'
import { CancelledError, EnvironmentError } from '../errors.js'
import type { PortProbe, PortRange } from './ports.js'
import { allocateOrWait } from './port-wait.js'
import type { Reporter } from './reporter.js'

export interface UpOptions {
  range: PortRange
  probe: PortProbe
  /** How long to wait for a port when the whole range is taken. */
  portWaitMs?: number
  signal?: AbortSignal
  /** Called with each port before compose may bind it (persist it for post). */
  onPort: (port: number) => void
  /** False: the service publishes no port of the run's; `up` once, without a port. */
  allocate?: boolean
}

export async function upWithFreePort(
  target: ComposeTarget,
  docker: DockerClient,
  compose: ComposeRunner,
  reporter: Reporter,
  opts: UpOptions,
): Promise<number | null> {
  const up = (current: ComposeTarget, title: string) =>
    reporter.group(title, () =>
      compose(current, ['up', '-d', '--remove-orphans'], {
        signal: opts.signal,
        onOutput: (c) => reporter.output(c),
      }),
    )
  if (opts.allocate === false) {
    // No port of the range: a conflict then is not one to retry with another.
    const res = await up(target, `docker compose up (${target.project})`)
    if (res.exitCode === 0) return null
    throw upFailed(res)
  }
  const tried = new Set<number>()
  const deadline = Date.now() + (opts.portWaitMs ?? 0)
  const maxConflicts = 4 * (opts.range.to - opts.range.from + 1)
  for (let conflicts = 0; ;) {
    const waitMs = Math.max(0, deadline - Date.now())
    const port = await allocateOrWait(docker, reporter, { ...opts, exclude: tried, waitMs })
    opts.onPort(port)
    const res = await up({ ...target, port }, `docker compose up (${target.project}, port ${port})`)
    if (res.exitCode === 0) return port
    if (!res.aborted && isPortConflict(res.tail) && ++conflicts < maxConflicts) {
      reporter.info(
        `Port ${port} was taken by someone else before compose could bind it; trying another.`,
      )
      tried.add(port)
      continue
    }
    throw upFailed(res)
  }
}

function upFailed(res: ProcessResult): Error {
  if (res.aborted) return new CancelledError('Cancelled during docker compose up.')
  return new EnvironmentError(
    `docker compose up failed (exit ${res.exitCode}):\n${res.tail.trim().slice(-3000)}`,
  )
}
