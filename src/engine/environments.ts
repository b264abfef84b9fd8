// Docker is the registry of environments and runs: every compose project is
// found by compose's own labels (project, config files, working directory),
// its port from Docker's published ports and its age from the containers'
// Created time. Our ownership labels (ownership.ts), when present, say the
// kind and the work order as typed; without them (older projects, projects
// made by hand) the name decides. No state file can disagree with Docker.
import { existsSync } from 'node:fs'
import { parse } from 'node:path'
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeContainer, ComposeVolume, DockerClient } from '../docker/client.js'
import { publishedPort } from '../isolation/published.js'
import { LABEL, parseOwnership, type Ownership } from './ownership.js'
import { RUN_STAMP_RE } from './work-order.js'
import { ENV_LABEL } from '../workspace/server-command.js'

export type ProjectKind = 'work-order' | 'run'

export interface ServiceState {
  service: string
  state: string
  health: string | undefined
  ports: number[]
}

export interface ProjectInfo {
  project: string
  kind: ProjectKind
  /** The work order (normalised, as in the name) or the run id (`<stamp>-<run>-<attempt>-<random>`). */
  id: string
  ports: number[]
  services: ServiceState[]
  /** When the first container (or, without containers, volume) was created. */
  createdAt: Date | undefined
  /** When the last one was: a project is stale only when all of it is old. */
  newestAt: Date | undefined
  configFiles: string[]
  workingDir: string | undefined
  volumes: string[]
  /** Our ownership labels, when the project carries them. */
  owner: Ownership | undefined
  /** A work order's database and its Postgres service (labels of `up`'s server override). */
  database?: string
  dbService?: string
  /**
   * The run's port, for projects whose tested service carries our port label:
   * the host port Docker publishes for that container port (null: none now).
   */
  mainPort?: { service: string; target: number; host: number | null }
}

/**
 * Kind and id from the name. With a prefix: `<prefix>-<rest>`; without (ls
 * --all): everything up to `agent-test` is the prefix. Undefined: not ours.
 */
export function classifyProject(
  project: string,
  prefix?: string,
): { kind: ProjectKind; id: string } | undefined {
  let rest: string | undefined
  if (prefix !== undefined) {
    rest = project.startsWith(`${prefix}-`) ? project.slice(prefix.length + 1) : undefined
  } else {
    const run = /-(\d{8}t\d{6}z-.+)$/.exec(project)
    if (run) return { kind: 'run', id: run[1] as string }
    rest =
      /agent-test-(.+)$/.exec(project)?.[1] ?? (project.includes('agent-test') ? '' : undefined)
  }
  if (rest === undefined) return undefined
  return { kind: RUN_STAMP_RE.test(rest) ? 'run' : 'work-order', id: rest }
}

const times = (dates: (Date | undefined)[]) =>
  dates.filter((d): d is Date => d !== undefined).map((d) => d.getTime())

function summarise(
  project: string,
  kind: { kind: ProjectKind; id: string },
  containers: ComposeContainer[],
  volumes: ComposeVolume[],
): ProjectInfo {
  const created = times(
    containers.length ? containers.map((c) => c.createdAt) : volumes.map((v) => v.createdAt),
  )
  const first = containers.find((c) => c.configFiles.length > 0)
  const owner = [...containers, ...volumes]
    .map((r) => parseOwnership(r.labels))
    .find((o) => o !== undefined)
  const portOwner = containers.find((c) => c.labels[LABEL.port] && c.service)
  const target = Number(portOwner?.labels[LABEL.port])
  const mainPort =
    portOwner?.service && Number.isInteger(target)
      ? {
          service: portOwner.service,
          target,
          host: publishedPort(containers, portOwner.service, target),
        }
      : undefined
  // The labels know the work order as it was typed (WO-042, not wo-042).
  const labelled =
    owner?.kind === 'env' && owner.id ? { kind: 'work-order' as const, id: owner.id } : undefined
  return {
    project,
    ...(labelled ?? kind),
    ports: [...new Set(containers.flatMap((c) => c.publishedPorts))].sort((a, b) => a - b),
    services: containers
      .map((c) => ({
        service: c.service ?? c.name,
        state: c.state,
        health: c.health,
        ports: c.publishedPorts,
      }))
      .sort((a, b) => a.service.localeCompare(b.service)),
    createdAt: created.length ? new Date(Math.min(...created)) : undefined,
    newestAt: created.length ? new Date(Math.max(...created)) : undefined,
    configFiles: first?.configFiles ?? [],
    workingDir: first?.workingDir,
    volumes: volumes.map((v) => v.name).sort(),
    owner,
    database: containers.map((c) => c.labels?.[ENV_LABEL.database]).find(Boolean),
    dbService: containers.map((c) => c.labels?.[ENV_LABEL.dbService]).find(Boolean),
    mainPort,
  }
}

/** Every project whose name `match` accepts, as Docker sees it now. */
export async function listProjects(
  docker: DockerClient,
  match: (project: string) => { kind: ProjectKind; id: string } | undefined,
): Promise<ProjectInfo[]> {
  const [containers, volumes] = await Promise.all([
    docker.listComposeContainers(),
    docker.listComposeVolumes(),
  ])
  const names = new Set([...containers, ...volumes].map((r) => r.project))
  const out: ProjectInfo[] = []
  for (const project of [...names].sort()) {
    const kind = match(project)
    if (!kind) continue
    const own = <T extends { project: string }>(xs: T[]) => xs.filter((x) => x.project === project)
    out.push(summarise(project, kind, own(containers), own(volumes)))
  }
  return out
}

/** One project by its exact name; undefined when Docker has nothing of it. */
export async function findProject(
  docker: DockerClient,
  project: string,
  kind: { kind: ProjectKind; id: string },
): Promise<ProjectInfo | undefined> {
  const found = await listProjects(docker, (p) => (p === project ? kind : undefined))
  return found[0]
}

/**
 * The host port of an environment's URL: where Docker publishes the port our
 * label names; for a project without the label (made before it, or by hand),
 * the first port of `service`, else any port of the project.
 */
export function servicePort(info: ProjectInfo, service: string): number | null {
  if (info.mainPort) return info.mainPort.host
  return info.services.find((s) => s.service === service)?.ports[0] ?? info.ports[0] ?? null
}

/**
 * How to address a project with compose again: the files it was started from
 * that still exist (a deleted labels override in a temp dir is no loss for
 * `exec` or `down`). With none left compose works from the project name
 * alone, run from the filesystem root so no compose file of the caller's cwd
 * is picked up.
 */
export function projectTarget(
  info: ProjectInfo,
  exists: (path: string) => boolean = existsSync,
): ComposeTarget {
  const files = info.configFiles.filter(exists)
  const first = files[0]
  return {
    project: info.project,
    files,
    workingDirectory:
      first === undefined ? parse(process.cwd()).root : (info.workingDir ?? parse(first).dir),
    port: info.ports[0] ?? null,
  }
}
