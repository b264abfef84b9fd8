// `run --changed-since REF`: the modules the plan lists, tested one after
// another, each in a run (and compose project) of its own as the matrix jobs
// would; the exit code is the worst of them, and a cancelled run stops the rest.
import { PLAN_DEFAULTS } from '../../constants.js'
import { planJson } from '../../plan/plan.js'
import type { CommandContext } from '../command.js'
import { ExitCode } from '../exit-codes.js'
import { humanSink } from '../io.js'
import { planFromArgs } from '../plan-flags.js'

type RunOne = (ctx: CommandContext, module: string) => Promise<{ code: number; json?: object }>

export async function runChanged(ctx: CommandContext, runOne: RunOne): Promise<number> {
  const json = ctx.args.switches.has('json')
  const human = humanSink(ctx.io, json)
  const say = (line: string) => human.write(`${line}\n`)
  const plan = await planFromArgs(ctx, say)
  plan.log.forEach(say)
  const runs: Record<string, object | undefined> = {}
  const codes: [string, number][] = []
  let worst: number = ExitCode.Passed
  if (plan.modules.length === 0) say('No module selected: nothing to test.')
  else
    say(`Testing ${plan.modules.length} module(s), one after another: ${plan.modules.join(', ')}`)
  for (const [i, module] of plan.modules.entries()) {
    say(`\n[${i + 1}/${plan.modules.length}] ${module}: ${plan.reasons[module]}`)
    const { code, json: result } = await runOne(ctx, module)
    runs[module] = result
    codes.push([module, code])
    worst = Math.max(worst, code)
    if (code === ExitCode.Cancelled) break
  }
  if (codes.length > 1)
    say(`\nExit codes: ${codes.map(([m, c]) => `${m} ${c}`).join(', ')}; worst ${worst}.`)
  if (json)
    ctx.io.stdout.write(
      `${JSON.stringify({ ...planJson(plan, PLAN_DEFAULTS.matrixKey), runs }, null, 2)}\n`,
    )
  return worst
}
