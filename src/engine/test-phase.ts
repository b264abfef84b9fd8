// Runs the module's tests inside the running service and streams everything
// to the proof log (and the job log) as it comes, with bounded memory.
import { createWriteStream, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { once } from 'node:events'
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'
import type { Settings } from '../config/settings.js'
import type { Reporter } from './reporter.js'
import { coverageTestCommand } from '../quality/coverage.js'

/**
 * The default Odoo test command, as argv after `exec -T <service>`.
 * - `/entrypoint.sh` adds --db_host/--db_port/--db_user/--db_password from the
 *   container's HOST/PORT/USER/PASSWORD; a bare `odoo` would try the local socket.
 * - With --test-enable Odoo 18 always starts its HTTP server, and the service
 *   already serves 8069: another --http-port, or "Address already in use".
 * - --test-tags /<module> limits the run to the module's own tests (otherwise
 *   base, web and every dependency are tested too: minutes instead of seconds).
 */
export function defaultTestCommand(
  modules: string[],
  database: string,
  httpPort: number,
): string[] {
  return ['/entrypoint.sh', 'odoo', ...odooTestArgs(modules, database, httpPort)]
}

export function odooTestArgs(modules: string[], database: string, httpPort: number): string[] {
  return [
    '-d',
    database,
    '-i',
    modules.join(','),
    '--test-enable',
    '--test-tags',
    modules.map((m) => `/${m}`).join(','),
    '--stop-after-init',
    '--http-port',
    String(httpPort),
  ]
}

/** The command a run uses: the user's, or Odoo's default (under coverage when asked). */
export function testCommandFor(settings: Settings, database: string, httpPort: number): string[] {
  if (settings.testCommand.length > 0) return settings.testCommand
  const args = odooTestArgs(settings.modules, database, httpPort)
  return settings.coverage
    ? coverageTestCommand(settings.modules, args)
    : ['/entrypoint.sh', 'odoo', ...args]
}

/**
 * How much test output is echoed to the job log or terminal; the log file gets
 * all of it. A run printing hundreds of MB would otherwise flood (and slow)
 * the job log, which GitHub's viewer cannot show anyway.
 */
export const ECHO_LIMIT_BYTES = 8 * 1024 * 1024

export interface TestRunResult {
  exitCode: number | null
  timedOut: boolean
  aborted: boolean
  durationMs: number
  bytes: number
}

export interface TestPhaseOptions {
  database: string
  httpPort: number
  signal?: AbortSignal
}

export async function runTests(
  target: ComposeTarget,
  settings: Settings,
  compose: ComposeRunner,
  reporter: Reporter,
  opts: TestPhaseOptions,
): Promise<TestRunResult> {
  const command = testCommandFor(settings, opts.database, opts.httpPort)
  mkdirSync(dirname(settings.logFile), { recursive: true })
  const log = createWriteStream(settings.logFile)
  let bytes = 0
  let capped = false
  const started = Date.now()
  // -T: no TTY, so Odoo does not colour its log and the streams stay apart.
  const res = await compose(target, ['exec', '-T', settings.service, ...command], {
    signal: opts.signal,
    timeoutMs: settings.testTimeoutMs,
    keepTail: 4096,
    onOutput: async (chunk) => {
      if (bytes < ECHO_LIMIT_BYTES) reporter.output(chunk.subarray(0, ECHO_LIMIT_BYTES - bytes))
      bytes += chunk.length
      if (bytes >= ECHO_LIMIT_BYTES && !capped) {
        capped = true
        reporter.info(
          `\n[The test output passed ${ECHO_LIMIT_BYTES >> 20} MiB: the rest goes only to ${settings.logFile}.]`,
        )
      }
      if (!log.write(chunk)) await once(log, 'drain')
    },
  })
  log.end()
  await once(log, 'close')
  return {
    exitCode: res.exitCode,
    timedOut: res.timedOut,
    aborted: res.aborted,
    durationMs: Date.now() - started,
    bytes,
  }
}
