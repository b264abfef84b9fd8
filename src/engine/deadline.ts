// An engine that accepts connections and never answers (wedged storage, a
// stuck daemon) would hang every call, and with them the step until the job's
// timeout. The calls that must end (the engine check, the whole teardown) are
// bounded: after `ms` without an answer they fail with NoAnswerError.
import type { DockerClient } from '../docker/client.js'

/** How long an engine may take to answer one call before it counts as hung. */
export const ENGINE_ANSWER_MS = 15_000

export class NoAnswerError extends Error {
  override name = 'NoAnswerError'
}

export function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(`no answer within ${ms / 1000} s`)), ms)
  })
  return Promise.race([p, late]).finally(() => clearTimeout(timer))
}

export type TeardownCalls = Pick<
  DockerClient,
  | 'ping'
  | 'listProject'
  | 'projectHelpers'
  | 'containersNamed'
  | 'stopContainer'
  | 'removeContainer'
  | 'removeNetwork'
  | 'removeVolume'
>

/**
 * The teardown's Docker calls, each bounded by `ms`. Once one went unanswered
 * the engine is taken as hung: the calls after it fail at once with the same
 * error instead of waiting `ms` each. A stop is the exception: it may take its
 * grace and then a process that is slow to die (stuck in the kernel), which
 * says nothing about the engine, so it gets the grace on top and a late stop
 * does not count.
 */
export function answering(docker: DockerClient, ms: number): TeardownCalls {
  let hung: NoAnswerError | undefined
  const bounded =
    <A extends unknown[], R>(call: (...a: A) => Promise<R>) =>
    (...a: A): Promise<R> =>
      hung
        ? Promise.reject(hung)
        : withDeadline(call(...a), ms).catch((err: unknown) => {
            if (err instanceof NoAnswerError) hung = err
            throw err
          })
  return {
    ping: bounded(() => docker.ping()),
    listProject: bounded((p: string) => docker.listProject(p)),
    projectHelpers: bounded((p: string) => docker.projectHelpers(p)),
    containersNamed: bounded((f: string) => docker.containersNamed(f)),
    stopContainer: (c, t) =>
      hung ? Promise.reject(hung) : withDeadline(docker.stopContainer(c, t), ms + t * 1000),
    removeContainer: bounded((id: string) => docker.removeContainer(id)),
    removeNetwork: bounded((n: string) => docker.removeNetwork(n)),
    removeVolume: bounded((v: string) => docker.removeVolume(v)),
  }
}
