// `psql <work-order> [psql arguments]`: psql on the environment's database,
// in its Postgres container as the image's superuser. Arguments that are not
// this command's flags (-c 'select ...', -At, ...) and all after `--` go to
// psql; stdin passes through.
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { requireEnvironment } from '../env-lookup.js'
import { sharedFlags } from '../options.js'
import { openSession } from '../session.js'
import { failed, preflight, workOrderRef } from '../work-orders.js'
import { attachCompose, execArgs } from '../../workspace/attach.js'

export const PSQL_SPEC: CommandSpec = {
  name: 'psql',
  summary: "Opens psql on a work order's database; psql's own arguments (e.g. -c) pass through.",
  args: '<work-order> [psql arguments]',
  positionals: { min: 1, max: 1 },
  passthrough: true,
  flags: sharedFlags(),
  notes: ["Exit codes: psql's own; 2 no such environment / bad input / no Docker."],
}

/** The superuser of the postgres image, and psql's arguments after the database. */
const PSQL = 'db=$1; shift; exec psql -U "${POSTGRES_USER:-postgres}" -d "$db" "$@"'

export const psqlCommand: Command = {
  spec: PSQL_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const ref = workOrderRef(ctx, ctx.args.positionals[0])
    const s = openSession(ctx)
    try {
      await preflight(s.deps)
      const { target, at } = await requireEnvironment(
        s.deps,
        ref,
        ctx.args.values.service ?? 'odoo',
      )
      const tty = process.stdin.isTTY === true && ctx.io.stdout.isTTY === true
      ctx.io.stderr.write(
        `psql on database ${at.database} (service ${at.dbService} of ${ref.project}, work order ${ref.workOrder}).\n`,
      )
      s.release()
      return await attachCompose(
        target,
        execArgs(at.dbService, ['sh', '-c', PSQL, 'sh', at.database, ...ctx.args.rest], tty),
        { stdin: process.stdin, stdout: ctx.io.stdout, stderr: ctx.io.stderr },
      )
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}
