// `update <work-order> <modules>`: `-u` of the modules in the environment's
// database after their code changed, keeping the data; then the server is
// restarted (it loaded the old registry) and healthy again before this
// returns. A failed upgrade prints Odoo's traceback and exits 1.
import { parseSettings } from '../../config/parse.js'
import { watchHealth } from '../../engine/health.js'
import { EnvironmentError, InputError } from '../../errors.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { requireEnvironment } from '../env-lookup.js'
import { sharedFlags, toRawSettings, VERBOSE_FLAG } from '../options.js'
import { openSession } from '../session.js'
import { failed, preflight, workOrderRef } from '../work-orders.js'
import { updateModules } from '../../workspace/install.js'
import { parseModuleArg } from '../../workspace/naming.js'
import { moduleStates } from '../../workspace/postgres.js'

export const UPDATE_SPEC: CommandSpec = {
  name: 'update',
  summary: "Upgrades modules (-u) in a work order's database after their code changed; data stays.",
  args: '<work-order> <module>[,<module>...]',
  positionals: { min: 2, max: 2 },
  flags: [...sharedFlags(), VERBOSE_FLAG],
  notes: [
    'The Odoo server is restarted and healthy again before the command returns.',
    "Exit codes: 0 updated, 1 the upgrade failed (Odoo's traceback is printed), 2 no such environment / module not installed / bad input / no Docker.",
  ],
}

export const updateCommand: Command = {
  spec: UPDATE_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const [workOrder, rawModules] = ctx.args.positionals
    const ref = workOrderRef(ctx, workOrder)
    const modules = parseModuleArg(rawModules, 'modules argument of update')
    // Docker knows the project: the compose files, when repeated, are not read.
    const settings = parseSettings(
      { ...toRawSettings(ctx.args.values), module: modules.join(',') },
      { ...ctx.settingsContext(), fileExists: () => true },
    )
    const s = openSession(ctx)
    try {
      await preflight(s.deps)
      const { target, at } = await requireEnvironment(s.deps, ref, settings.service)
      const states = await moduleStates(at, modules)
      const notInstalled = modules.filter((m) => states.get(m) !== 'installed')
      if (notInstalled.length)
        throw new InputError(
          `Not installed in database ${at.database}: ${notInstalled.map((m) => `${m} (${states.get(m) ?? 'unknown to Odoo'})`).join(', ')}. Install with ${ref.command('down')} then ${ref.command('up', `--module ${modules.join(',')}`)}, or update only installed modules.`,
        )
      s.reporter.phase(
        `updating ${modules.join(', ')} in database ${at.database} of ${ref.project} ...`,
      )
      try {
        await updateModules({ target, settings, at, signal: s.trap.signal }, s.deps)
      } catch (err) {
        if (!(err instanceof EnvironmentError)) throw err
        s.reporter.flush()
        ctx.io.stderr.write(`error: ${err.message}\n`)
        return 1
      } finally {
        await restartServer(s, target, settings.service, settings.healthTimeoutMs)
      }
      s.reporter.print(
        `Updated ${modules.join(', ')} in database ${at.database}; ${settings.service} restarted and healthy.`,
      )
      return 0
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}

/** The server loaded the registry before the upgrade: restart it and wait for health. */
async function restartServer(
  s: ReturnType<typeof openSession>,
  target: Parameters<typeof updateModules>[0]['target'],
  service: string,
  timeoutMs: number,
): Promise<void> {
  s.reporter.phase(`restarting ${service} ...`)
  const health = watchHealth(s.deps.docker, target.project)
  try {
    const res = await s.deps.compose(target, ['restart', service], { timeoutMs: 120_000 })
    if (res.exitCode !== 0)
      throw new EnvironmentError(
        `docker compose restart ${service} failed: ${res.tail.trim().slice(-500)}`,
      )
    await health.wait({ service, timeoutMs, signal: s.trap.signal })
  } finally {
    health.close()
  }
}
