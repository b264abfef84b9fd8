// `docker compose exec -T [-e K=V] [-u USER] <service> cmd...` through the
// Engine API instead of the compose CLI: the same process in the same
// container (compose's exec adds nothing but these options), started ~90 ms
// sooner, which is most of the time from "healthy" to "tests running". Every
// exec the engine makes (tests, lint, coverage, the cancel kill of
// in-container.ts) goes through the ComposeRunner, so wrapping it here moves
// all of them; whatever this does not recognise (other flags, no running
// container, several replicas) goes to compose unchanged, with its messages.
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'
import type { ProcessResult, RunProcessOptions } from '../compose/process.js'
import type { DockerClient, ExecRequest, ExecSession } from '../docker/client.js'

export interface ParsedExec extends ExecRequest {
  service: string
}

/** Pure: the exec compose would run for these args, or undefined when they are not ours to run. */
export function parseExecArgs(args: string[]): ParsedExec | undefined {
  if (args[0] !== 'exec') return undefined
  const env: string[] = []
  let user: string | undefined
  let i = 1
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    const flag = args[i]
    if (flag === '-T') continue
    const value = args[i + 1]
    if (value === undefined) return undefined
    if (flag === '-e' && value.includes('=')) env.push(value)
    else if (flag === '-u') user = value
    else return undefined // an option compose knows and we do not: let compose run it
    i++
  }
  const [service, ...cmd] = args.slice(i)
  if (!service || cmd.length === 0) return undefined
  return { service, cmd, env, user }
}

export function execThroughApi(compose: ComposeRunner, docker: DockerClient): ComposeRunner {
  return async (target, args, opts = {}) => {
    const parsed = opts.signal?.aborted ? undefined : parseExecArgs(args)
    const id = parsed && (await serviceContainer(docker, target, parsed.service))
    const session = id && (await docker.exec(id, parsed).catch(() => undefined))
    // Not ours, not running, or gone since: compose runs it and says why.
    if (!session) return compose(target, args, opts)
    return readExec(session, opts)
  }
}

/** The container `compose exec` would pick: the service's only running one. */
async function serviceContainer(
  docker: DockerClient,
  target: ComposeTarget,
  service: string,
): Promise<string | undefined> {
  const { containers } = await docker.listProject(target.project).catch(() => ({
    containers: [],
  }))
  const running = containers.filter((c) => c.service === service && c.state === 'running')
  return running.length === 1 ? running[0]!.id : undefined
}

async function readExec(session: ExecSession, opts: RunProcessOptions): Promise<ProcessResult> {
  const keep = opts.keepTail ?? 16_384
  const result: ProcessResult = {
    exitCode: null,
    signal: null,
    timedOut: false,
    aborted: false,
    tail: '',
  }
  // Stopping = no longer reading; the process in the container is stopped by
  // teardown, or by killMarked in a long-lived environment, as with compose.
  const stop = (why: 'timedOut' | 'aborted') => {
    result[why] = true
    session.close()
  }
  const onAbort = () => stop('aborted')
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  const timer = opts.timeoutMs ? setTimeout(() => stop('timedOut'), opts.timeoutMs) : undefined
  if (opts.signal?.aborted) stop('aborted')
  const output = session.output[Symbol.asyncIterator]()
  try {
    for (;;) {
      // A broken stream (closed by us, or the engine went away) ends the
      // output with the exit code unknown; a failing sink is the caller's error.
      const next = await output.next().catch(() => undefined)
      if (!next || next.done) break
      result.tail = (result.tail + next.value.toString('utf8')).slice(-keep)
      await opts.onOutput?.(next.value)
    }
  } finally {
    clearTimeout(timer)
    opts.signal?.removeEventListener('abort', onAbort)
  }
  if (!result.timedOut && !result.aborted)
    result.exitCode = await session.exitCode().catch(() => null)
  return result
}
