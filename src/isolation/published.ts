// The run's port as Docker publishes it: after `up`, the host port bound to
// the tested service's main container port is read back from Docker, and that
// is the port the run reports (never the allocated one on trust).
import type { ContainerInfo, PortBinding } from '../docker/client.js'

/** Pure: the host port Docker publishes for `target`/tcp of `service`; null when none. */
export function publishedPort(
  containers: Pick<ContainerInfo, 'service' | 'bindings'>[],
  service: string,
  target: number | null,
): number | null {
  if (target === null) return null
  const bindings: PortBinding[] = containers
    .filter((c) => c.service === service)
    .flatMap((c) => c.bindings ?? [])
  return (
    bindings.find((b) => b.containerPort === target && b.protocol === 'tcp' && b.hostPort > 0)
      ?.hostPort ?? null
  )
}

/** Pure: the log line that says which port the run reports, and why when it is not the allocated one. */
export function publishedLine(
  service: string,
  target: number | null,
  allocated: number | null,
  published: number | null,
): string {
  if (target === null)
    return `No host port for service ${service}: it publishes none the run can report.`
  if (published === null)
    return `Docker publishes no host port for ${service}:${target}: the run reports none.`
  const note =
    allocated !== null && allocated !== published
      ? ` (not the allocated ${allocated}: the compose file decided otherwise)`
      : ''
  return `Host port ${published}: Docker publishes ${service}:${target} there${note}.`
}
