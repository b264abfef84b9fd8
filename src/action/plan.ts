// The plan action's step (plan/action.yml): reads its inputs here, in one
// place, makes the plan (src/plan/) and sets the outputs a matrix job takes.
import * as core from '@actions/core'
import { PLAN_DEFAULTS, PlanInput, PlanOutput } from '../constants.js'
import { errorMessage } from '../errors.js'
import { makePlan, planJson } from '../plan/plan.js'
import type { Plan } from '../plan/select.js'
import { parsePlanSettings, type RawPlanSettings } from '../plan/settings.js'
import { readActionsContext } from './actions-context.js'

export function readRawPlanInputs(): RawPlanSettings {
  const get = (name: string) => core.getInput(name)
  return {
    addonsPath: get(PlanInput.AddonsPath),
    changedOnly: get(PlanInput.ChangedOnly),
    changedSince: get(PlanInput.ChangedSince),
    include: get(PlanInput.Include),
    exclude: get(PlanInput.Exclude),
    globalFiles: get(PlanInput.GlobalFiles),
    workingDirectory: get(PlanInput.WorkingDirectory),
  }
}

export async function runPlan(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = parsePlanSettings(readRawPlanInputs(), env.GITHUB_WORKSPACE || process.cwd())
    const context = readActionsContext(env)
    const plan = await makePlan(
      settings,
      { name: context.eventName, payload: context.payload },
      { log: (line) => core.info(line) },
    )
    for (const line of plan.log) core.info(line)
    const json = planJson(plan, PLAN_DEFAULTS.matrixKey)
    core.info(
      plan.modules.length
        ? `Selected ${plan.modules.length} module(s):\n${plan.modules.map((m) => `  ${m}: ${plan.reasons[m]}`).join('\n')}`
        : 'No module selected: nothing to test.',
    )
    core.setOutput(PlanOutput.Modules, JSON.stringify(json.modules))
    core.setOutput(PlanOutput.Matrix, JSON.stringify(json.matrix))
    core.setOutput(PlanOutput.Count, String(plan.modules.length))
    core.setOutput(PlanOutput.Reasons, JSON.stringify(json.reasons))
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryOf(plan)).write()
  } catch (err) {
    core.setFailed(`Plan failed: ${errorMessage(err)}`)
  }
}

function summaryOf(plan: Plan): string {
  if (plan.modules.length === 0) return '### Test plan\n\nNo module selected: nothing to test.\n'
  const cell = (s: string) => s.replace(/\|/g, '\\|')
  const rows = plan.modules.map((m) => `| \`${m}\` | ${cell(plan.reasons[m] ?? '')} |`)
  return `### Test plan: ${plan.modules.length} module(s)\n\n| Module | Why |\n| --- | --- |\n${rows.join('\n')}\n`
}
