// One `odoo ... --stop-after-init` in the environment's Odoo service (through
// the image's entrypoint, which adds the database connection), on a port of
// its own next to the running server; and Odoo's reason when it fails: its
// WARNING/ERROR/CRITICAL lines and the traceback, in its own words.
import type { ComposeTarget } from '../compose/compose.js'
import type { EngineDeps } from '../engine/deps.js'
import { TEST_HTTP_PORT } from '../engine/test-and-judge.js'
import { CancelledError } from '../errors.js'

export interface OdooRun {
  exitCode: number | null
  /** The end of Odoo's output. */
  tail: string
}

export async function runOdoo(
  target: ComposeTarget,
  service: string,
  args: string[],
  deps: Pick<EngineDeps, 'compose' | 'reporter'>,
  opts: { title: string; timeoutMs: number; signal?: AbortSignal },
): Promise<OdooRun> {
  const argv = [...args, '--stop-after-init', '--http-port', String(TEST_HTTP_PORT)]
  const res = await deps.reporter.group(opts.title, () =>
    deps.compose(target, ['exec', '-T', service, '/entrypoint.sh', 'odoo', ...argv], {
      timeoutMs: opts.timeoutMs,
      keepTail: 20_000,
      signal: opts.signal,
      onOutput: (c) => deps.reporter.output(c),
    }),
  )
  if (res.aborted) throw new CancelledError(`Cancelled during: ${opts.title}.`)
  return { exitCode: res.exitCode, tail: res.tail }
}

const RECORD_RE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \d+ (WARNING|ERROR|CRITICAL) /

/**
 * Pure: what Odoo said went wrong: its WARNING, ERROR and CRITICAL records
 * (without the timestamp and pid) and the last traceback, whole.
 */
export function odooReason(tail: string): string {
  // Colour codes (a terminal's Odoo log) are not part of Odoo's words.
  // eslint-disable-next-line no-control-regex
  const lines = tail.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
  const records = lines.filter((l) => RECORD_RE.test(l)).map((l) => l.replace(/^\S+ \S+ \d+ /, ''))
  const start = lines
    .map((l) => l.startsWith('Traceback (most recent call last):'))
    .lastIndexOf(true)
  const traceback: string[] = []
  if (start >= 0)
    for (const l of lines.slice(start)) {
      // The traceback ends where the next log record starts.
      if (traceback.length > 0 && /^\d{4}-\d\d-\d\d /.test(l)) break
      traceback.push(l)
    }
  const out = [...new Set(records)].slice(-12)
  if (traceback.length) out.push(...traceback.slice(0, 60))
  return out.join('\n').trim() || tail.trim().split('\n').slice(-15).join('\n')
}
