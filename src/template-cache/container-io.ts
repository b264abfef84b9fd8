// Streams between files on the runner and processes in a service container:
// `docker compose exec -T <service> cmd` with the file as its stdin or its
// stdout (a database dump, a filestore archive), never held in memory. The
// engine's ComposeRunner merges both streams into one sink, which a binary
// dump cannot go through; so this starts compose itself, the way runCompose does.
import { spawn } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { composeArgs, composeEnv, type ComposeTarget } from '../compose/compose.js'
import { composeCommand } from '../compose/command.js'
import type { DockerClient } from '../docker/client.js'

export interface StreamExec {
  target: ComposeTarget
  service: string
  cmd: string[]
  /** The process's stdin comes from this file. */
  stdinFile?: string
  /** The process's stdout goes to this file. */
  stdoutFile?: string
  /** Each chunk of stderr as it comes (a script's progress signals). */
  onStderr?: (chunk: Buffer) => void
  timeoutMs: number
}

export interface StreamResult {
  exitCode: number | null
  /** The end of stderr (and of stdout when it is not a file): for messages. */
  tail: string
}

export function execStream(x: StreamExec): Promise<StreamResult> {
  const { file, prefix } = composeCommand()
  const args = [...prefix, ...composeArgs(x.target), 'exec', '-T', x.service, ...x.cmd]
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: x.target.workingDirectory,
      env: composeEnv(x.target),
      stdio: [x.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    })
    let tail = ''
    const keep = (b: Buffer) => (tail = (tail + b.toString('utf8')).slice(-4000))
    const stdout = child.stdout as NodeJS.ReadableStream
    ;(child.stderr as NodeJS.ReadableStream).on('data', (b: Buffer) => {
      keep(b)
      x.onStderr?.(b)
    })
    const pumps: Promise<void>[] = []
    if (x.stdoutFile) pumps.push(pipeline(stdout, createWriteStream(x.stdoutFile)))
    else stdout.on('data', keep)
    if (x.stdinFile && child.stdin)
      pumps.push(
        // A process that exits early closes its stdin: not our error, its exit code says.
        pipeline(createReadStream(x.stdinFile), child.stdin).catch(() => undefined),
      )
    const timer = setTimeout(() => child.kill('SIGKILL'), x.timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      Promise.all(pumps).then(
        () => resolve({ exitCode: code, tail }),
        (e: Error) => resolve({ exitCode: code === 0 ? -1 : code, tail: `${tail}\n${e.message}` }),
      )
    })
  })
}

/** Runs a command in a service and returns its stdout (small outputs: a listing, JSON). */
export function execCapture(
  target: ComposeTarget,
  service: string,
  cmd: string[],
  timeoutMs: number,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const { file, prefix } = composeCommand()
  const args = [...prefix, ...composeArgs(target), 'exec', '-T', service, ...cmd]
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: target.workingDirectory,
      env: composeEnv(target),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) =>
      resolve({
        exitCode: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8').slice(-4000),
      }),
    )
    child.on('close', () => clearTimeout(timer))
  })
}

/**
 * Resolves once the service has a running container; rejects when `up`
 * failed, or ended without one. Lets the database work start while compose
 * is still bringing the other services up.
 */
export async function serviceRunning(
  docker: DockerClient,
  project: string,
  service: string,
  up: Promise<void>,
): Promise<void> {
  let done = false
  const settled = up.then(
    () => void (done = true),
    (e: Error) => {
      done = true
      throw e
    },
  )
  settled.catch(() => undefined)
  for (;;) {
    const finished = done
    const { containers } = await docker.listProject(project)
    if (containers.some((c) => c.service === service && c.state === 'running')) return
    if (finished) {
      await settled
      throw new Error(`the ${service} service has no running container`)
    }
    await Promise.race([settled.catch(() => undefined), sleep(100)])
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
