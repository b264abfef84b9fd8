// `shell <work-order>`: an Odoo shell on the environment's database (`odoo
// shell -d <db>` in the Odoo service, through the image's entrypoint). Stdin
// passes through, so `... shell WO-042 < script.py` runs a script; as in
// Odoo's shell, what the script does not commit (env.cr.commit()) is rolled back.
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { requireEnvironment } from '../env-lookup.js'
import { sharedFlags } from '../options.js'
import { openSession } from '../session.js'
import { failed, preflight, workOrderRef } from '../work-orders.js'
import { attachCompose, execArgs } from '../../workspace/attach.js'

export const SHELL_SPEC: CommandSpec = {
  name: 'shell',
  summary:
    "Opens an Odoo shell on a work order's database (stdin passes through: pipe a script in).",
  args: '<work-order>',
  positionals: { min: 1, max: 1 },
  flags: sharedFlags(),
  notes: [
    "Changes are rolled back at the end unless the script calls env.cr.commit(), as in Odoo's shell.",
    "Exit codes: the shell's own; 2 no such environment / bad input / no Docker.",
  ],
}

export const shellCommand: Command = {
  spec: SHELL_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const ref = workOrderRef(ctx, ctx.args.positionals[0])
    const service = ctx.args.values.service ?? 'odoo'
    const s = openSession(ctx)
    try {
      await preflight(s.deps)
      const { target, at } = await requireEnvironment(s.deps, ref, service)
      const tty = process.stdin.isTTY === true && ctx.io.stdout.isTTY === true
      ctx.io.stderr.write(
        `Odoo shell on database ${at.database} (service ${service} of ${ref.project}, work order ${ref.workOrder})${tty ? '' : '; running the script from stdin'}.\n`,
      )
      s.release()
      return await attachCompose(
        target,
        execArgs(service, ['/entrypoint.sh', 'odoo', 'shell', '-d', at.database], tty),
        { stdin: process.stdin, stdout: ctx.io.stdout, stderr: ctx.io.stderr },
      )
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}
