// Port contention: when every port of the range is taken (by live runs of
// other jobs, typically), wait for one to free up instead of failing at once;
// after port-wait-timeout, fail naming who holds the ports.
import type { DockerClient } from '../docker/client.js'
import {
  allocatePort,
  describeRange,
  PortRangeExhaustedError,
  type PortProbe,
  type PortRange,
} from './ports.js'
import type { Reporter } from './reporter.js'

export interface PortWaitOptions {
  range: PortRange
  probe: PortProbe
  /** Ports this run already failed to bind (taken between check and bind). */
  exclude: Iterable<number>
  waitMs: number
  signal?: AbortSignal
  /** Pause between checks; jittered so waiting runs do not stampede. */
  pollMs?: number
}

export async function allocateOrWait(
  docker: DockerClient,
  reporter: Reporter,
  opts: PortWaitOptions,
): Promise<number> {
  const deadline = Date.now() + opts.waitMs
  let announced = false
  let exclude = [...opts.exclude]
  for (;;) {
    const inUse = await docker.publishedPorts()
    try {
      return await allocatePort(opts.range, [...inUse, ...exclude], opts.probe)
    } catch (err) {
      if (!(err instanceof PortRangeExhaustedError)) throw err
      if (Date.now() >= deadline || opts.signal?.aborted) {
        throw new PortRangeExhaustedError(
          `${err.message}\n${await describeHolders(docker, opts.range)}`,
        )
      }
      // A port lost in a race is held by a live run now: Docker's list covers it.
      exclude = []
      if (!announced) {
        reporter.info(
          `Every port of ${describeRange(opts.range)} is taken; waiting up to ${Math.round(opts.waitMs / 1000)} s for one to free up.`,
        )
        announced = true
      }
      const pause = (opts.pollMs ?? 1000) * (0.75 + Math.random() / 2)
      await new Promise((r) => setTimeout(r, Math.min(pause, Math.max(0, deadline - Date.now()))))
    }
  }
}

/** Who holds the ports of the range, as far as Docker knows; the rest are other programs. */
export async function describeHolders(docker: DockerClient, range: PortRange): Promise<string> {
  const containers = await docker.listComposeContainers().catch(() => [])
  const lines: string[] = []
  for (let port = range.from; port <= range.to; port++) {
    const holder = containers.find((c) => c.publishedPorts.includes(port))
    lines.push(
      `  ${port}: ${holder ? `compose project ${holder.project} (container ${holder.name}, created ${holder.createdAt.toISOString()})` : 'not a compose project (another program, or freed just now)'}`,
    )
  }
  return `Holders of port-range ${describeRange(range)}:\n${lines.join('\n')}`
}
