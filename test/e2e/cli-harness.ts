// Runs the built CLI bundle (dist/cli/index.js) as a child process, the way a
// person or a script does, in a scratch directory of its own (the log files
// land there) with a prefix no other test uses.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import {
  forceRemovePrefix,
  NOTHING,
  prefixLeftovers,
  projectLeftovers,
  uniquePrefix,
} from '../helpers/docker.js'
import { FIXTURE_COMPOSE } from '../helpers/action-case.js'
import { ROOT } from '../helpers/gha-runner.js'

export { FIXTURE_COMPOSE }

export const CLI = join(ROOT, 'dist/cli/index.js')

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface StartOptions {
  env?: Record<string, string>
  /** Sees stdout + stderr as they come, to send a signal at a phase. */
  onOutput?: (all: string, child: ChildProcess) => void
  /** Own process group, so a test can signal it the way a terminal's Ctrl+C does. */
  group?: boolean
}

export class CliCase {
  readonly prefix: string
  readonly dir = mkdtempSync(join(tmpdir(), 'rtr-cli-e2e-'))

  constructor(tag: string) {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs cli`)
    this.prefix = uniquePrefix(tag)
  }

  /** Flags for commands that create a project: the fixture, a fast teardown. */
  get create(): string[] {
    return ['--compose-file', FIXTURE_COMPOSE, '--down-timeout', '1', ...this.own]
  }

  get own(): string[] {
    return ['--project-prefix', this.prefix]
  }

  start(
    argv: string[],
    opts: StartOptions = {},
  ): { child: ChildProcess; done: Promise<CliResult> } {
    const child = spawn(process.execPath, [CLI, ...argv], {
      cwd: this.dir,
      detached: opts.group ?? false,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
        // Through the RTR_<NAME> fallback: a range of its own, away from the action's tests.
        RTR_PORT_RANGE: '8300-8349',
        RTR_HEALTH_TIMEOUT: '120',
        ...opts.env,
      },
    })
    let stdout = ''
    let stderr = ''
    const seen = () => opts.onOutput?.(stdout + stderr, child)
    child.stdout?.on('data', (c: Buffer) => ((stdout += c.toString()), seen()))
    child.stderr?.on('data', (c: Buffer) => ((stderr += c.toString()), seen()))
    const done = new Promise<CliResult>((res) =>
      child.on('close', (code, signal) => res({ code, signal, stdout, stderr })),
    )
    return { child, done }
  }

  run(argv: string[], env: Record<string, string> = {}): Promise<CliResult> {
    return this.start(argv, { env }).done
  }

  /** Zero containers, networks and volumes of the project (by label) and of the prefix (by name). */
  expectNothingLeft(project?: string): void {
    if (project) expect(projectLeftovers(project)).toEqual(NOTHING)
    expect(prefixLeftovers(this.prefix)).toEqual(NOTHING)
  }
}

/**
 * For afterEach, after the assertions ran: Docker by prefix as a last-resort
 * safety net (never what makes a test pass), and the scratch directory.
 */
export function afterCase(c: CliCase | undefined): void {
  if (!c) return
  forceRemovePrefix(c.prefix)
  rmSync(c.dir, { recursive: true, force: true })
}

/** The JSON object `--json` prints: the only thing on stdout. */
export function parseJson<T = Record<string, unknown>>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T
  } catch {
    throw new Error(`stdout is not one JSON object:\n${r.stdout}\n--- stderr:\n${r.stderr}`)
  }
}
