// `plan`: which addons a change concerns, as the plan action lists them for a
// matrix: every installable addon, or with --changed-since only the changed
// ones and the addons that depend on them, each with the reason.
import { PLAN_DEFAULTS } from '../../constants.js'
import { planJson } from '../../plan/plan.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { ExitCode } from '../exit-codes.js'
import { JSON_FLAG } from '../options.js'
import { ADDONS_PATH_FLAG, CHANGED_SINCE_FLAG, planFromArgs, SELECT_FLAGS } from '../plan-flags.js'

export const PLAN_SPEC: CommandSpec = {
  name: 'plan',
  summary:
    'Lists the modules to test: every addon, or with --changed-since those a change concerns (and their dependents).',
  args: '',
  positionals: { min: 0, max: 0 },
  flags: [CHANGED_SINCE_FLAG, ADDONS_PATH_FLAG, ...SELECT_FLAGS, JSON_FLAG],
  notes: [
    'With --json: {"modules": [...], "matrix": {"module": [...]}, "reasons": {module: why}} on stdout.',
    'Exit codes: 0 listed (possibly none), 2 bad input (unreadable manifest, dependency cycle, no git history).',
  ],
}

export const planCommand: Command = {
  spec: PLAN_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const json = ctx.args.switches.has('json')
    // What the plan did goes to stderr: stdout is only the list (or the JSON).
    const log = (line: string) => ctx.io.stderr.write(`${line}\n`)
    const plan = await planFromArgs(ctx, log)
    plan.log.forEach(log)
    if (json) {
      ctx.io.stdout.write(`${JSON.stringify(planJson(plan, PLAN_DEFAULTS.matrixKey), null, 2)}\n`)
    } else if (plan.modules.length === 0) {
      log('No module selected: nothing to test.')
    } else {
      const width = Math.max(...plan.modules.map((m) => m.length)) + 2
      for (const m of plan.modules) ctx.io.stdout.write(`${m.padEnd(width)}${plan.reasons[m]}\n`)
    }
    return ExitCode.Passed
  },
}
