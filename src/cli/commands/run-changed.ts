// `run --changed-since REF`: the modules the plan lists, tested one after
// another, each in a run (and compose project) of its own as the matrix jobs
// would, each with a proof log of its own; the exit code is the worst of them,
// and a cancelled run stops the rest.
import { DEFAULTS, Input, PLAN_DEFAULTS } from '../../constants.js'
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
    const { code, json: result } = await runOne(withLogFile(ctx, module), module)
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

/** Each module's run keeps its own proof: `proof_of_execution_tests.log` -> `proof_of_execution_tests.<module>.log`. */
export function perModuleLogFile(logFile: string | undefined, module: string): string {
  const file = logFile?.trim() || DEFAULTS.logFile
  const dot = file.lastIndexOf('.')
  // A dot in the name itself (not a directory's, not a leading one) starts the extension.
  return dot > file.lastIndexOf('/') + 1
    ? `${file.slice(0, dot)}.${module}${file.slice(dot)}`
    : `${file}.${module}`
}

function withLogFile(ctx: CommandContext, module: string): CommandContext {
  const values = { ...ctx.args.values }
  values[Input.LogFile] = perModuleLogFile(values[Input.LogFile], module)
  return { ...ctx, args: { ...ctx.args, values } }
}
