// Stopping a long-lived environment without losing its data: `compose down`
// without -v removes containers and networks and keeps the named volumes
// (database, filestore) for the next `up`. Docker is then asked, by label,
// what is left, so the caller can say exactly what was kept.
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'
import { DEFAULTS } from '../constants.js'
import type { DockerClient } from '../docker/client.js'
import type { ResourceNames } from './teardown.js'
import type { Reporter } from './reporter.js'

export interface StopReport {
  project: string
  before: ResourceNames
  /** Containers and networks still there: should be none. */
  leftovers: string[]
  /** Volumes kept on purpose. */
  keptVolumes: string[]
  /** Compose's complaint, when it failed. */
  error: string | undefined
}

export async function stopProject(
  target: ComposeTarget,
  docker: DockerClient,
  compose: ComposeRunner,
  reporter: Reporter,
  /** Stop grace in seconds; default DEFAULTS.keptDownTimeoutS: the data stays, so it is stopped cleanly. */
  opts: { downTimeoutS?: number } = {},
): Promise<StopReport> {
  const before = await docker.listProject(target.project)
  const grace = opts.downTimeoutS ?? DEFAULTS.keptDownTimeoutS
  const res = await compose(target, ['down', '--remove-orphans', '-t', String(grace)], {
    onOutput: (c) => reporter.output(c),
    timeoutMs: 300_000,
  })
  const after = await docker.listProject(target.project)
  return {
    project: target.project,
    before: {
      containers: before.containers.map((c) => c.name),
      networks: before.networks,
      volumes: before.volumes,
    },
    leftovers: [...after.containers.map((c) => c.name), ...after.networks],
    keptVolumes: after.volumes,
    error: res.exitCode === 0 ? undefined : res.tail.trim().slice(-1000),
  }
}
