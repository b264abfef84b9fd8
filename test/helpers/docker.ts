// What Docker holds, asked by label (compose's project label is the truth for
// what belongs to a run) through the docker CLI, independent of our code.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

const docker = (args: string[]) =>
  execFileSync('docker', args, { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim() !== '')

export interface Leftovers {
  containers: string[]
  networks: string[]
  volumes: string[]
}

export function projectLeftovers(project: string): Leftovers {
  const label = `label=com.docker.compose.project=${project}`
  // Our one-off containers outside the project (the template cache's image
  // reader) carry the project as io.healthrt.rtr.id: they must be gone too.
  const helpers = `label=io.healthrt.rtr.id=${project}`
  const names = (filter: string) =>
    docker(['ps', '-a', '--filter', filter, '--format', '{{.Names}}'])
  return {
    containers: [...new Set([...names(label), ...names(helpers)])],
    networks: docker(['network', 'ls', '--filter', label, '--format', '{{.Name}}']),
    volumes: docker(['volume', 'ls', '--filter', label, '--format', '{{.Name}}']),
  }
}

/** Everything whose name contains the prefix: `docker ps -a | grep <prefix>` and friends. */
export function prefixLeftovers(prefix: string): Leftovers {
  const grep = (lines: string[]) => lines.filter((l) => l.includes(prefix))
  return {
    containers: grep(docker(['ps', '-a', '--format', '{{.Names}}'])),
    networks: grep(docker(['network', 'ls', '--format', '{{.Name}}'])),
    volumes: grep(docker(['volume', 'ls', '--format', '{{.Name}}'])),
  }
}

export const NOTHING: Leftovers = { containers: [], networks: [], volumes: [] }

/** A prefix no other test or earlier run uses, so leftover checks are scoped to this test. */
export function uniquePrefix(tag: string): string {
  return `rtr-t-${tag}-${randomBytes(3).toString('hex')}`
}

/** Last-resort cleanup for a test that failed half way; never used to make a test pass. */
export function forceRemovePrefix(prefix: string): void {
  const left = prefixLeftovers(prefix)
  if (left.containers.length) docker(['rm', '-f', '-v', ...left.containers])
  if (left.networks.length) docker(['network', 'rm', ...left.networks])
  if (left.volumes.length) docker(['volume', 'rm', '-f', ...left.volumes])
}

export function dockerAnswers(): boolean {
  try {
    docker(['info', '--format', '{{.ServerVersion}}'])
    return true
  } catch {
    return false
  }
}

/**
 * The host ports Docker publishes for `containerPort`/tcp of a project's
 * service, read by label through the docker CLI (`docker port`), IPv4 and IPv6
 * alike, deduplicated: what a person would find, independent of our code.
 */
export function dockerPublished(project: string, service: string, containerPort: number): number[] {
  const ids = docker([
    'ps',
    '-q',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    `label=com.docker.compose.service=${service}`,
  ])
  const ports = ids.flatMap((id) =>
    docker(['port', id, `${containerPort}/tcp`]).map((l) => Number(/:(\d+)$/.exec(l)?.[1])),
  )
  return [...new Set(ports)].sort((a, b) => a - b)
}
