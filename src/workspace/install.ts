// `up --module`: the work order's database with the modules installed, with
// Odoo's demo data as the tests get it (Odoo 18's default). Through the
// template cache when it can serve (a second work order on the same
// dependencies restores them instead of installing them), then `-i` of the
// modules themselves. Whether they are installed is asked of Postgres, not
// of Odoo's exit code: `-i` of a module Odoo does not know only warns.
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeModel } from '../compose/config.js'
import type { Settings } from '../config/settings.js'
import type { EngineDeps } from '../engine/deps.js'
import { TEST_HTTP_PORT } from '../engine/test-and-judge.js'
import { EnvironmentError, InputError } from '../errors.js'
import { openTemplateRun } from '../template-cache/index.js'
import { runOdoo, odooReason } from './odoo-run.js'
import { databaseExists, moduleStates, type DbAt } from './postgres.js'

export interface InstallRequest {
  target: ComposeTarget
  model: ComposeModel
  /** modules: what to install (base alone without --module). */
  settings: Settings
  at: DbAt
  signal?: AbortSignal
}

export interface InstallOutcome {
  /** The database was there already (kept by a `down`). */
  reused: boolean
  /** What the template cache did, for the person: hit, built, or why not. */
  cache: string
  ms: number
}

/** Odoo could not install what was asked; its reason is in the message. */
export class InstallError extends InputError {
  override name = 'InstallError'
}

export async function installModules(r: InstallRequest, deps: EngineDeps): Promise<InstallOutcome> {
  const t0 = Date.now()
  const { settings, at } = r
  const modules = settings.modules
  const reused = await databaseExists(at)
  let cache = reused ? 'not used: the database was already there' : 'not used: base only'
  const args = ['-d', at.database, '-i', modules.join(',')]
  const onlyBase = modules.length === 1 && modules[0] === 'base'
  const template = !reused && !onlyBase ? await openTemplateRun(settings, deps) : undefined
  try {
    if (template) {
      template.start({
        target: r.target,
        model: r.model,
        database: at.database,
        odooArgs: args,
        httpPort: TEST_HTTP_PORT,
      })
      // A dependency found nowhere or not installable: named here, before any install.
      await template.ready()
    }
    deps.reporter.info(`installing ${modules.join(', ')} into database ${at.database} ...`)
    const run = await runOdoo(r.target, settings.service, args, deps, {
      title: `odoo -d ${at.database} -i ${modules.join(',')}`,
      timeoutMs: settings.testTimeoutMs,
      signal: r.signal,
    })
    const states = await moduleStates(at, modules).catch(() => new Map<string, string>())
    const missing = modules.filter((m) => states.get(m) !== 'installed')
    if (missing.length > 0 || run.exitCode !== 0)
      throw new InstallError(
        `Odoo did not install ${(missing.length ? missing : modules).join(', ')} into database ${at.database}` +
          ` (odoo exit ${run.exitCode ?? 'signal'}${missing.length ? `; state in ir_module_module: ${missing.map((m) => `${m} ${states.get(m) ?? 'absent'}`).join(', ')}` : ''}). Odoo's reason:\n${odooReason(run.tail)}`,
      )
  } finally {
    const report = await template?.finish()
    if (report)
      cache = report.hit
        ? `hit (key ${report.key}, restored in ${((report.restore_ms ?? 0) / 1000).toFixed(1)} s)`
        : report.build_ms !== null
          ? `miss: built and saved (key ${report.key?.slice(0, 12)})`
          : (report.note ?? 'not used')
  }
  return { reused, cache, ms: Date.now() - t0 }
}

/** `update`: `-u` keeping the data; Odoo's traceback when it fails. */
export async function updateModules(
  r: Omit<InstallRequest, 'model'>,
  deps: EngineDeps,
): Promise<void> {
  const { at, settings } = r
  const mods = settings.modules.join(',')
  const run = await runOdoo(r.target, settings.service, ['-d', at.database, '-u', mods], deps, {
    title: `odoo -d ${at.database} -u ${mods}`,
    timeoutMs: settings.testTimeoutMs,
    signal: r.signal,
  })
  if (run.exitCode !== 0)
    throw new EnvironmentError(
      `Updating ${mods} in database ${at.database} failed (odoo exit ${run.exitCode ?? 'signal'}). Odoo's reason:\n${odooReason(run.tail)}`,
    )
}
