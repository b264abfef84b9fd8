// The `docker compose` calls the engine makes (started as command.ts says).
// Compose does the orchestration (create, start in dependency order, stop,
// remove); we only pick the project, the files and the environment, and read
// the outcome.
import { PORT_ENV, PROJECT_ENV } from '../constants.js'
import { EnvironmentError } from '../errors.js'
import { composeCommand } from './command.js'
import { runProcess, type ProcessResult, type RunProcessOptions } from './process.js'

/** What identifies one compose project on disk and in Docker. */
export interface ComposeTarget {
  project: string
  files: string[]
  workingDirectory: string
  /** Host port exported for interpolation; null before one is allocated. */
  port: number | null
}

export type ComposeRunner = (
  target: ComposeTarget,
  args: string[],
  opts?: RunProcessOptions,
) => Promise<ProcessResult>

/** Compose's options before the subcommand: `-p <project> -f a.yml -f b.yml`. */
export function composeArgs(target: Pick<ComposeTarget, 'project' | 'files'>): string[] {
  return ['-p', target.project, ...target.files.flatMap((f) => ['-f', f])]
}

/**
 * Environment for compose: the caller's, plus the port and project. A project
 * without an allocated port still gets a placeholder, so that `down` works
 * for a compose file that requires the variable (`${RTR_HOST_PORT:?}`).
 */
export function composeEnv(
  target: ComposeTarget,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return { ...base, [PORT_ENV]: String(target.port ?? 0), [PROJECT_ENV]: target.project }
}

export const runCompose: ComposeRunner = (target, args, opts = {}) =>
  runProcess(composeCommand().file, [...composeCommand().prefix, ...composeArgs(target), ...args], {
    ...opts,
    cwd: target.workingDirectory,
    env: composeEnv(target, opts.env),
  })

/** Compose v2 is required: v1 (`docker-compose`) has other semantics and labels. */
export async function checkComposeV2(): Promise<string> {
  let result: ProcessResult
  const { file, prefix } = composeCommand()
  try {
    result = await runProcess(file, [...prefix, 'version', '--short'], { timeoutMs: 30_000 })
  } catch (err) {
    const what = file === 'docker' ? 'The docker CLI' : `The Compose plugin ${file}`
    throw new EnvironmentError(
      `${what} could not be run (${(err as Error).message}). Install Docker Engine with the Compose v2 plugin (on Debian: sudo bash scripts/install-docker.sh).`,
    )
  }
  const version = result.tail.trim().replace(/^v/, '')
  if (result.exitCode !== 0 || !/^2\./.test(version)) {
    throw new EnvironmentError(
      `Docker Compose v2 is required ('docker compose version' said: ${JSON.stringify(result.tail.trim().slice(0, 200))}). Install the Compose v2 plugin (docker-compose-plugin, or Debian's docker-compose >= 2).`,
    )
  }
  return version
}

/** Compose's messages when a host port is taken between our check and its bind. */
export function isPortConflict(output: string): boolean {
  return /port is already allocated|address already in use|ports are not available/i.test(output)
}
