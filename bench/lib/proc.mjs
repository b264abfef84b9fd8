// Child processes of the benchmark: argv only (no shell, so a shell's own
// startup is not in the numbers), timed with the wall clock the Docker daemon
// also uses (events carry timeNano), and tracked so that a SIGINT can be
// forwarded to whatever is running and cleanup can wait for it.
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'

/** Children still running; bench.mjs forwards signals to them. */
export const children = new Set()

/** Set by bench.mjs on SIGINT/SIGTERM: loops of our own (health polling) stop. */
export const interruption = { signal: null }

/** Wall-clock milliseconds with sub-ms precision (comparable with timeNano / 1e6). */
export const nowMs = () => performance.timeOrigin + performance.now()

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Runs `cmd args`; resolves (never rejects on a non-zero exit) with the exit
 * code, the output, and t0/t1/ms. `opts.keep` false drops stdout (big logs).
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t0 = nowMs()
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => {
      if (opts.keep !== false) stdout += c
    })
    child.stderr.on('data', (c) => (stderr += c))
    child.on('error', (err) => {
      children.delete(child)
      reject(err)
    })
    child.on('close', (code, signal) => {
      children.delete(child)
      const t1 = nowMs()
      resolve({ code, signal, stdout, stderr, t0, t1, ms: t1 - t0 })
    })
  })
}

/** `docker ...`; throws with stderr on a non-zero exit unless `opts.ok` is true. */
export async function docker(args, opts = {}) {
  const res = await run('docker', args, opts)
  if (res.code !== 0 && !opts.ok)
    throw new Error(`docker ${args.join(' ')} exited ${res.code}: ${res.stderr.trim()}`)
  return res
}

export const lines = (text) => text.split('\n').filter((l) => l.trim() !== '')
