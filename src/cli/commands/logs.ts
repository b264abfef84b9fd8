// `logs <work-order> [service] [--follow]`: compose's logs of the work order's
// environment, all services or one; --follow until Ctrl+C.
import { InputError } from '../../errors.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { requireEnvironment } from '../env-lookup.js'
import { sharedFlags } from '../options.js'
import { openSession } from '../session.js'
import { failed, preflight, workOrderRef } from '../work-orders.js'
import { attachCompose } from '../../workspace/attach.js'

export const LOGS_SPEC: CommandSpec = {
  name: 'logs',
  summary: "Shows the logs of a work order's environment (all services, or one).",
  args: '<work-order> [service]',
  positionals: { min: 1, max: 2 },
  flags: [
    { name: 'follow', type: 'boolean', help: 'keep printing new lines until Ctrl+C' },
    { name: 'tail', type: 'string', value: 'N', help: 'only the last N lines of each service' },
    ...sharedFlags(),
  ],
  notes: ['Exit codes: 0 done, 2 no such environment / bad input / no Docker.'],
}

export const logsCommand: Command = {
  spec: LOGS_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const [workOrder, service] = ctx.args.positionals
    const ref = workOrderRef(ctx, workOrder)
    const tail = ctx.args.values.tail
    if (tail !== undefined && !/^(\d+|all)$/.test(tail))
      throw new InputError(
        `Invalid --tail ${JSON.stringify(tail)}: expected a number of lines or 'all'.`,
      )
    const s = openSession(ctx)
    try {
      await preflight(s.deps)
      const { env, target } = await requireEnvironment(
        s.deps,
        ref,
        ctx.args.values.service ?? 'odoo',
      )
      const services = env.services.map((x) => x.service)
      if (service !== undefined && !services.includes(service))
        throw new InputError(
          `Service ${JSON.stringify(service)} is not in ${ref.project}: its services are ${services.join(', ')}.`,
        )
      const follow = ctx.args.switches.has('follow')
      ctx.io.stderr.write(
        `Logs of ${service ? `service ${service}` : `services ${services.join(', ')}`} of ${ref.project} (work order ${ref.workOrder})${follow ? '; following, Ctrl+C ends' : ''}:\n`,
      )
      s.release()
      const args = [
        'logs',
        '--no-color',
        ...(follow ? ['--follow'] : []),
        ...(tail ? ['--tail', tail] : []),
        ...(service ? [service] : []),
      ]
      const code = await attachCompose(target, args, {
        stdout: ctx.io.stdout,
        stderr: ctx.io.stderr,
      })
      // Ctrl+C ends --follow: that is how it is meant to end.
      return follow && code >= 128 ? 0 : code === 0 ? 0 : 1
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}
