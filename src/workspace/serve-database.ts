// After `up` started the containers: the work order's database with its
// modules (install.ts), then the Odoo server recreated with the command that
// serves exactly that database (server-command.ts), healthy again. The server
// only gets `--database` once the database is complete: a server that starts
// on it creates and initialises it by itself, which would race the install.
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeModel } from '../compose/config.js'
import type { Settings } from '../config/settings.js'
import type { ContainerInfo } from '../docker/client.js'
import type { EngineDeps } from '../engine/deps.js'
import { watchHealth } from '../engine/health.js'
import { EnvironmentError } from '../errors.js'
import { databaseService } from '../template-cache/sources.js'
import { installModules, type InstallOutcome } from './install.js'
import type { DbAt } from './postgres.js'
import { serverOverride, writeServerOverride } from './server-command.js'

export interface ServedDatabase {
  at: DbAt
  install: InstallOutcome
  /** The containers once healthy again (the recreated service's published port is read from them). */
  ready: ContainerInfo[]
}

export async function serveWorkOrderDatabase(
  target: ComposeTarget,
  model: ComposeModel,
  settings: Settings,
  deps: EngineDeps,
  opts: { database: string; signal?: AbortSignal },
): Promise<ServedDatabase> {
  const service = settings.service
  const dbService = databaseService(model, service)
  if (!dbService)
    throw new EnvironmentError(
      `No database service found for ${service}: its HOST variable names none, and there is no service "db". The work order's database needs the Postgres service ${service} connects to.`,
    )
  const at: DbAt = { target, dbService, database: opts.database }
  const install = await installModules({ target, model, settings, at, signal: opts.signal }, deps)
  const override = serverOverride(model, service, opts.database, dbService)
  target.files = [...target.files, writeServerOverride(deps.tempDir, target.project, override)]
  deps.reporter.info(`restarting ${service} on database ${opts.database} ...`)
  const health = watchHealth(deps.docker, target.project)
  try {
    const res = await deps.reporter.group(
      `docker compose up ${service} (--database ${opts.database})`,
      () =>
        deps.compose(target, ['up', '-d', '--no-deps', service], {
          signal: opts.signal,
          timeoutMs: settings.healthTimeoutMs,
          onOutput: (c) => deps.reporter.output(c),
        }),
    )
    if (res.exitCode !== 0)
      throw new EnvironmentError(
        `docker compose up of ${service} with --database ${opts.database} failed (exit ${res.exitCode}): ${res.tail.trim().slice(-1500)}`,
      )
    const ready = await health.wait({
      service,
      timeoutMs: settings.healthTimeoutMs,
      signal: opts.signal,
    })
    return { at, install, ready }
  } finally {
    health.close()
  }
}
