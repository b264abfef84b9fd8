// The plan's flags, shared by `plan` and `run --changed-since`, and the plan
// made from them (the same src/plan/ as the plan action).
import { PLAN_DEFAULTS, PlanInput } from '../constants.js'
import { makePlan } from '../plan/plan.js'
import type { Plan } from '../plan/select.js'
import { parsePlanSettings } from '../plan/settings.js'
import type { FlagSpec } from './options.js'
import type { CommandContext } from './command.js'

export const CHANGED_SINCE_FLAG: FlagSpec = {
  name: PlanInput.ChangedSince,
  type: 'string',
  value: 'REF',
  help: 'only the addons changed since REF (git diff REF...HEAD) and those depending on them',
}
export const ADDONS_PATH_FLAG: FlagSpec = {
  name: PlanInput.AddonsPath,
  type: 'string',
  value: 'DIR',
  env: true,
  help: `the repository's addons directory, several comma separated (default ${PLAN_DEFAULTS.addonsPath})`,
}
export const SELECT_FLAGS: FlagSpec[] = [
  {
    name: PlanInput.Include,
    type: 'string',
    value: 'GLOBS',
    help: 'only modules matching one of these globs (comma separated)',
  },
  {
    name: PlanInput.Exclude,
    type: 'string',
    value: 'GLOBS',
    help: 'never modules matching one of these globs',
  },
  {
    name: PlanInput.GlobalFiles,
    type: 'string',
    value: 'GLOBS',
    help: 'files outside the addons whose change selects all (default: .github/**, compose files, requirements*.txt, Dockerfiles)',
  },
]

/** The plan the flags ask for; log lines go to `log`. Without --changed-since: every addon. */
export function planFromArgs(ctx: CommandContext, log: (line: string) => void): Promise<Plan> {
  const v = ctx.args.values
  const settings = parsePlanSettings(
    {
      addonsPath: v[PlanInput.AddonsPath],
      changedSince: v[PlanInput.ChangedSince],
      include: v[PlanInput.Include],
      exclude: v[PlanInput.Exclude],
      globalFiles: v[PlanInput.GlobalFiles],
    },
    ctx.io.cwd,
  )
  return makePlan(settings, undefined, { log })
}
