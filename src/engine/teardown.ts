// Teardown and its proof. Compose removes what it created (`down -v
// --remove-orphans`, by project name), while the containers are stopped all
// at once (stopAll); then Docker itself is asked, by compose's project label,
// whether anything of the project remains. Leftovers are force-removed and
// the question asked again. Teardown problems are warnings; leftovers that
// survive are the one thing that fails loudly (verified: false), and so does
// an engine that stops answering: every Docker call is bounded (deadline.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'
import type { DockerClient, ProjectResources } from '../docker/client.js'
import { DEFAULTS } from '../constants.js'
import { errorMessage } from '../errors.js'
import { answering, ENGINE_ANSWER_MS, NoAnswerError, type TeardownCalls } from './deadline.js'
import { engineAddress } from './preflight.js'
import type { Reporter } from './reporter.js'

export interface ResourceNames {
  containers: string[]
  networks: string[]
  volumes: string[]
}

export interface CleanupReport {
  project: string
  before: ResourceNames
  after: ResourceNames
  /** Resources compose left and we force-removed. */
  forced: string[]
  /** `docker ps -a | grep <project>` after teardown: must be empty. */
  nameMatches: string[]
  verified: boolean
  warnings: string[]
}

export interface TeardownOptions {
  /**
   * Stop grace in seconds; default DEFAULTS.downTimeoutS (0): the volumes go
   * right after, so a clean stop buys nothing and a PID 1 that ignores
   * SIGTERM would cost the whole grace.
   */
  downTimeoutS?: number
  /**
   * The project's resources as the run last saw them (RunState.resources):
   * `down` then starts at once instead of after a listing, and loading the
   * Docker client overlaps with it. Without it, the project is listed first.
   */
  known?: ResourceNames
  /** How long one Docker call may go unanswered (default ENGINE_ANSWER_MS). */
  answerTimeoutMs?: number
}

/**
 * `down` by project name alone: compose rebuilds the project from the labels
 * on its containers, networks and volumes (volumes too since Compose 2.2.3),
 * so it neither needs the files (they may be gone: a cleaned workspace, a
 * deleted temp dir) nor spends ~75 ms parsing them, and every volume labelled
 * with the project goes, also one the files no longer declare. Run from an
 * empty directory and without COMPOSE_FILE, so that compose cannot pick up
 * some unrelated compose file.
 */
function byProjectName(target: ComposeTarget): { target: ComposeTarget; env: NodeJS.ProcessEnv } {
  const env = { ...process.env }
  delete env.COMPOSE_FILE
  const workingDirectory = mkdtempSync(join(tmpdir(), 'rtr-down-'))
  return { target: { ...target, files: [], workingDirectory }, env }
}

export function names(r: ProjectResources): ResourceNames {
  return { containers: r.containers.map((c) => c.name), networks: r.networks, volumes: r.volumes }
}

const isEmpty = (r: ResourceNames) =>
  r.containers.length + r.networks.length + r.volumes.length === 0

export async function teardown(
  target: ComposeTarget,
  docker: DockerClient,
  compose: ComposeRunner,
  reporter: Reporter,
  opts: TeardownOptions,
): Promise<CleanupReport> {
  const warnings: string[] = []
  const warn = (m: string) => {
    warnings.push(m)
    reporter.warning(m)
  }
  const d = answering(docker, opts.answerTimeoutMs ?? ENGINE_ANSWER_MS)
  let hung = false
  const noAnswer = (err: unknown) => {
    if (!(err instanceof NoAnswerError) || hung) return
    hung = true
    warn(
      `The Docker engine does not answer at ${engineAddress()} (${err.message}): nothing more can be removed or verified until it does.`,
    )
  }
  // The project, and our one-off containers made for it outside it (a
  // template-cache reader the run was killed beside): removed the same way.
  const list = async (): Promise<ProjectResources> => {
    const [r, helpers] = await Promise.all([
      d.listProject(target.project),
      d.projectHelpers(target.project),
    ])
    return { ...r, containers: [...r.containers, ...helpers] }
  }
  let before: ResourceNames | undefined =
    opts.known && !isEmpty(opts.known) ? opts.known : undefined
  if (!before) {
    try {
      before = names(await list())
    } catch (err) {
      noAnswer(err)
      if (!hung)
        warn(`Could not list the project's resources before teardown: ${errorMessage(err)}`)
    }
  }
  // Nothing labelled with the project: skip compose (a second post run, or a
  // main that never got as far as `up`); a hung engine would hang it too.
  if (!hung && (!before || !isEmpty(before))) {
    const grace = opts.downTimeoutS ?? DEFAULTS.downTimeoutS
    const args = ['down', '-v', '--remove-orphans', '-t', String(grace)]
    const by = byProjectName(target)
    const abort = new AbortController()
    const downing = compose(by.target, args, {
      onOutput: (c) => reporter.output(c),
      timeoutMs: 300_000,
      env: by.env,
      signal: abort.signal,
    })
    // The ping also loads the Docker client (dockerode, lazy) while compose works.
    void d.ping().catch((err: unknown) => {
      noAnswer(err)
      if (hung) abort.abort()
    })
    const stopping = stopAll(d, before?.containers ?? [], grace)
    const res = await downing
      .catch((err: Error) => {
        warn(`docker compose down could not run: ${err.message}`)
        return undefined
      })
      .finally(() => rmSync(by.target.workingDirectory, { recursive: true, force: true }))
    if (!hung) await stopping // else they wait out their own deadlines, unattended
    if (res?.aborted) warn('docker compose down was stopped: the engine does not answer.')
    else if (res && res.exitCode !== 0)
      warn(`docker compose down exited with ${res.exitCode}: ${res.tail.trim().slice(-1000)}`)
  }
  const forced: string[] = []
  let after = await list().catch((err: unknown) => {
    noAnswer(err)
    if (!hung) warn(`Could not verify teardown: ${errorMessage(err)}`)
    return undefined
  })
  if (after && !isEmpty(names(after))) {
    forced.push(...(await forceRemove(d, after, warn)))
    after = await list().catch(() => after)
  }
  const nameMatches = await d.containersNamed(target.project).catch(() => [] as string[])
  const afterNames = after
    ? names(after)
    : { containers: ['(unknown: Docker did not answer)'], networks: [], volumes: [] }
  return {
    project: target.project,
    before: before ?? { containers: [], networks: [], volumes: [] },
    after: afterNames,
    forced,
    nameMatches,
    verified: after !== undefined && isEmpty(afterNames) && nameMatches.length === 0,
    warnings,
  }
}

/**
 * Compose stops a project's containers one after the other, dependents first
 * (odoo, then db), each waiting for its process to exit and its network to be
 * torn down. A run's containers are disposable, so the order buys nothing:
 * while compose starts, all of them get their stop at once, with the same
 * grace (`-t`); compose then finds them stopped or stopping and removes them.
 * About 120 ms on the two-service fixture (bench/experiments/parallel-stop.mjs).
 * Best-effort: whatever fails here, compose stops it itself.
 */
async function stopAll(docker: TeardownCalls, containers: string[], timeoutS: number) {
  await Promise.allSettled(containers.map((c) => docker.stopContainer(c, timeoutS)))
}

async function forceRemove(
  docker: TeardownCalls,
  r: ProjectResources,
  warn: (m: string) => void,
): Promise<string[]> {
  const removed: string[] = []
  const attempt = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn()
      removed.push(what)
    } catch (err) {
      warn(`Could not force-remove ${what}: ${errorMessage(err)}`)
    }
  }
  warn(`compose down left resources of the project behind; removing them directly.`)
  // Containers first: networks and volumes in use cannot be removed.
  for (const c of r.containers)
    await attempt(`container ${c.name}`, () => docker.removeContainer(c.id))
  for (const n of r.networks) await attempt(`network ${n}`, () => docker.removeNetwork(n))
  for (const v of r.volumes) await attempt(`volume ${v}`, () => docker.removeVolume(v))
  return removed
}
