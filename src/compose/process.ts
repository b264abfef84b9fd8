// Runs a child process with argv (never a shell), streaming its output to a
// sink with backpressure, so a test command printing hundreds of MB keeps
// memory bounded. An AbortSignal or a timeout stops it: SIGTERM, then SIGKILL.
import { spawn } from 'node:child_process'

export interface ProcessResult {
  /** Exit code, or null when killed by a signal. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  aborted: boolean
  /** The last `keepTail` characters of the combined output. */
  tail: string
}

export interface RunProcessOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  signal?: AbortSignal
  timeoutMs?: number
  /** Receives every chunk of stdout and stderr, in arrival order. */
  onOutput?: (chunk: Buffer) => void | Promise<void>
  /** How much of the output to keep for error messages. */
  keepTail?: number
  /** Grace between SIGTERM and SIGKILL. */
  killGraceMs?: number
  /**
   * Own process group: a terminal's Ctrl+C (sent to the whole foreground
   * group) then does not reach the child. For teardown, which must finish.
   */
  detached?: boolean
}

export function runProcess(
  command: string,
  args: string[],
  opts: RunProcessOptions = {},
): Promise<ProcessResult> {
  const keep = opts.keepTail ?? 16_384
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      resolve({ exitCode: null, signal: null, timedOut: false, aborted: true, tail: '' })
      return
    }
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: opts.detached,
    })
    let tail = ''
    let timedOut = false
    let aborted = false
    let killTimer: NodeJS.Timeout | undefined
    const stop = () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      killTimer = setTimeout(() => child.kill('SIGKILL'), opts.killGraceMs ?? 3000)
      killTimer.unref()
    }
    const onAbort = () => {
      aborted = true
      stop()
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true
          stop()
        }, opts.timeoutMs)
      : undefined
    const onData = (stream: NodeJS.ReadableStream) => (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-keep)
      const pending = opts.onOutput?.(chunk)
      if (pending) {
        // Backpressure: stop reading until the sink has taken the chunk.
        stream.pause()
        pending.then(() => stream.resume(), reject)
      }
    }
    child.stdout.on('data', onData(child.stdout))
    child.stderr.on('data', onData(child.stderr))
    child.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(killTimer)
      opts.signal?.removeEventListener('abort', onAbort)
      resolve({ exitCode: code, signal, timedOut, aborted, tail })
    })
  })
}
