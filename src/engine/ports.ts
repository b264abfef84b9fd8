// Host port allocation inside the configured range. get-port checks that a
// port can be bound right now; ports Docker has published are excluded too
// (with the userland proxy off they are not bound on the host). A parallel run
// can still take the port before compose binds it: the caller retries `up`
// with another port when compose reports the conflict.
import getPort, { portNumbers } from 'get-port'
import { EnvironmentError } from '../errors.js'

export interface PortRange {
  from: number
  to: number
}

/** get-port's signature, injectable so tests decide which ports are free. */
export type PortProbe = (options: {
  port: Iterable<number>
  exclude: Iterable<number>
}) => Promise<number>

export const probeWithGetPort: PortProbe = (options) => getPort(options)

export class PortRangeExhaustedError extends EnvironmentError {
  override name = 'PortRangeExhaustedError'
}

export function describeRange(range: PortRange): string {
  return range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`
}

export async function allocatePort(
  range: PortRange,
  exclude: Iterable<number>,
  probe: PortProbe = probeWithGetPort,
): Promise<number> {
  const excluded = new Set(exclude)
  // portNumbers() is a single-use generator: build a fresh one per call.
  const port = await probe({ port: portNumbers(range.from, range.to), exclude: excluded })
  // get-port silently falls back to a random port when none in the list is
  // free: anything outside the range means the range is exhausted.
  if (port < range.from || port > range.to || excluded.has(port)) {
    throw new PortRangeExhaustedError(
      `No free host port in port-range ${describeRange(range)}: every port is in use (by other runs or other programs). Widen 'port-range', or find what holds them: docker ps --format '{{.Names}} {{.Ports}}'.`,
    )
  }
  return port
}
