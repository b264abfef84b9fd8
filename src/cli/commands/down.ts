// `down <work-order> [--cleanup]`: stops a work order's environment. Plain
// `down` keeps the named volumes (database, filestore) for the next `up`;
// `--cleanup` removes everything and proves, by label, that nothing is left.
import { parseOptionalSeconds } from '../../config/parse.js'
import { Input } from '../../constants.js'
import { projectTarget } from '../../engine/environments.js'
import { stopProject } from '../../engine/stop-project.js'
import { teardown } from '../../engine/teardown.js'
import { cleanupLines } from '../../report/markdown.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { sharedFlags, VERBOSE_FLAG } from '../options.js'
import { openSession } from '../session.js'
import { failed, findWorkOrder, preflight, workOrderRef } from '../work-orders.js'

export const DOWN_SPEC: CommandSpec = {
  name: 'down',
  summary: "Stops a work order's environment; its data stays unless --cleanup.",
  args: '<work-order>',
  positionals: { min: 1, max: 1 },
  flags: [
    {
      name: 'cleanup',
      type: 'boolean',
      help: 'remove the volumes too (down -v --remove-orphans) and verify nothing is left',
    },
    ...sharedFlags(),
    VERBOSE_FLAG,
  ],
  notes: [
    'Exit codes: 0 done (or nothing there), 1 something was left behind, 2 bad input / no Docker.',
  ],
}

export const downCommand: Command = {
  spec: DOWN_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const ref = workOrderRef(ctx, ctx.args.positionals[0])
    // Not set: none with --cleanup (the data goes), 2 s when the data is kept (stop-project.ts).
    const downTimeoutS = parseOptionalSeconds(Input.DownTimeout, ctx.args.values['down-timeout'], 0)
    const cleanup = ctx.args.switches.has('cleanup')
    const s = openSession(ctx)
    // Nothing to cancel here: from the start, a signal only says that it goes on.
    s.tearingDown(ref.project)
    try {
      await preflight(s.deps)
      const env = await findWorkOrder(s.deps, ref)
      if (!env) {
        s.reporter.print(
          `Nothing to stop: Docker has no containers, networks or volumes of ${ref.project} (work order ${ref.workOrder}).`,
        )
        return 0
      }
      const target = projectTarget(env)
      if (cleanup) {
        s.reporter.phase(`removing ${ref.project} with its volumes ...`)
        const report = await teardown(target, s.deps.docker, s.cleanupCompose, s.reporter, {
          downTimeoutS,
        })
        s.reporter.print(cleanupLines(report).join('\n'))
        return report.verified ? 0 : 1
      }
      s.reporter.phase(`stopping ${ref.project} (volumes are kept) ...`)
      const stop = await stopProject(target, s.deps.docker, s.cleanupCompose, s.reporter, {
        downTimeoutS,
      })
      if (stop.error) s.reporter.warning(`docker compose down failed: ${stop.error}`)
      const removed = stop.before.containers.length + stop.before.networks.length
      const lines = [
        `Stopped ${ref.project}: removed ${stop.before.containers.length} containers and ${stop.before.networks.length} networks${removed ? '' : ' (it was not running)'}.`,
        `Kept volumes: ${stop.keptVolumes.join(', ') || '(none)'}`,
        `Start it again with ${ref.command('up')}; delete the data with ${ref.command('down', '--cleanup')}.`,
      ]
      if (stop.leftovers.length) lines.push(`Still there: ${stop.leftovers.join(', ')}`)
      s.reporter.print(lines.join('\n'))
      return stop.leftovers.length ? 1 : 0
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}
