// @actions/cache reports through @actions/core, and @actions/core writes to
// process.stdout: info lines as they are, warnings and errors as `::warning::`
// and `::error::` workflow commands, details as `::debug::`. It never throws
// for a failed restore or save: it logs and returns "no hit" (undefined) or
// "not saved" (-1). The store's contract is different: warnings go through
// the caller's `warn` (the CLI has no workflow commands, and its `--json`
// result is stdout), and a key another job saved first is an info line, which
// only the debug line tells apart from a service failure. So while one cache
// call runs, process.stdout.write is routed line by line: warnings and errors
// are collected, debug lines are collected (and passed through as they were
// when RUNNER_DEBUG=1, where the runner shows them), other workflow commands
// pass through untouched (`::add-mask::` of the signed URLs' signatures must
// reach the runner, and must never become a log line), anything else goes to
// `info`. Calls are serialised, so two captures never nest. Output from other
// code in the same process while a call runs (the engine's own log lines) goes
// to `info` too, unchanged; its warnings would be reported as the cache's.

/** What @actions/core wrote while a call ran. */
export interface CoreOutput {
  /** `::warning::` and `::error::` messages, unescaped. */
  warnings: string[]
  /** `::debug::` messages, unescaped. */
  debug: string[]
}

let queue: Promise<unknown> = Promise.resolve()

/** Runs `call` with @actions/core's stdout routed (see above); one call at a time. */
export function withCoreOutput<T>(
  call: () => Promise<T>,
  info: (line: string) => void,
): Promise<{ result: T; output: CoreOutput }> {
  const run = async () => {
    const output: CoreOutput = { warnings: [], debug: [] }
    const stdout = process.stdout
    const original = stdout.write
    const passThrough = (line: string) => original.call(stdout, `${line}\n`)
    stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      for (const line of text.split(/\r?\n/)) {
        if (line) route(line, output, info, passThrough)
      }
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      done?.()
      return true
    }) as typeof stdout.write
    try {
      return { result: await call(), output }
    } finally {
      stdout.write = original
    }
  }
  const next = queue.then(run, run)
  queue = next.catch(() => undefined)
  return next
}

const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/

function route(
  line: string,
  output: CoreOutput,
  info: (line: string) => void,
  passThrough: (line: string) => void,
): void {
  const m = COMMAND.exec(line)
  if (!m) return info(line)
  const message = unescapeData(m[2] ?? '')
  if (m[1] === 'warning' || m[1] === 'error') output.warnings.push(message)
  else if (m[1] !== 'debug') passThrough(line)
  else {
    output.debug.push(message)
    if (process.env['RUNNER_DEBUG'] === '1') passThrough(line)
  }
}

/** The inverse of @actions/core's escapeData (`%`, CR, LF). */
export function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
