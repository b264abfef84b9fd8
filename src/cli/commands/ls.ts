// `ls`: every environment and run of this prefix (or, with --all, of every
// `*agent-test*` prefix), as Docker sees them right now.
import { classifyProject, listProjects } from '../../engine/environments.js'
import { checkEngine } from '../../engine/preflight.js'
import { silentReporter } from '../../engine/reporter.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { envDatabases } from '../ls-databases.js'
import { lsJson, lsTable } from '../ls-table.js'
import { JSON_FLAG, sharedFlags } from '../options.js'
import { resolvePrefix } from '../work-orders.js'

export const LS_SPEC: CommandSpec = {
  name: 'ls',
  summary:
    'Lists the environments and runs of this prefix: port, database and installed modules, state and health, age.',
  args: '',
  positionals: { min: 0, max: 0 },
  flags: [
    { name: 'all', type: 'boolean', help: "every project whose name contains 'agent-test'" },
    ...sharedFlags(),
    JSON_FLAG,
  ],
}

export const lsCommand: Command = {
  spec: LS_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const all = ctx.args.switches.has('all')
    const prefix = all ? undefined : resolvePrefix(ctx)
    const deps = ctx.makeDeps(silentReporter)
    await checkEngine(deps.docker)
    const projects = await listProjects(deps.docker, (p) =>
      all
        ? p.includes('agent-test')
          ? classifyProject(p)
          : undefined
        : classifyProject(p, prefix),
    )
    const now = deps.now()
    const dbs = await envDatabases(projects)
    if (ctx.args.switches.has('json')) {
      ctx.io.stdout.write(`${JSON.stringify(lsJson(projects, now, dbs), null, 2)}\n`)
    } else if (projects.length === 0) {
      ctx.io.stdout.write(
        `No environments or runs of ${all ? "any 'agent-test' prefix" : `prefix ${prefix}`}.\n`,
      )
    } else {
      ctx.io.stdout.write(lsTable(projects, now, dbs))
    }
    return 0
  },
}
