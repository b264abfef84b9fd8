// `judge <log-file>`: the verdict on a saved Odoo log, by the very function
// the action and `run` use (src/engine/judge.ts), so a log judged later
// cannot get another verdict than the run that wrote it.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseBoolean, parseLogIgnore, parseModules } from '../../config/parse.js'
import { Input } from '../../constants.js'
import { exitCodeFromLog, judgeLog } from '../../engine/judge.js'
import { InputError } from '../../errors.js'
import { buildReport } from '../../verdict/report.js'
import { UsageError, type CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { exitForVerdict } from '../exit-codes.js'
import { JSON_FLAG, settingFlags } from '../options.js'
import { resultJson, resultLines, type ResultView } from '../results.js'

export const JUDGE_SPEC: CommandSpec = {
  name: 'judge',
  summary: 'Gives the verdict on a saved Odoo test log, exactly as a run would.',
  args: '<log-file>',
  positionals: { min: 1, max: 1 },
  flags: [
    {
      name: 'module',
      type: 'string',
      value: 'M[,M...]',
      help: 'the modules whose tests the log is of (required)',
    },
    {
      name: 'exit-code',
      type: 'string',
      value: 'N',
      help: "Odoo's exit code (without it: the one Odoo's log implies)",
    },
    ...settingFlags('log-ignore', 'strict-log'),
    JSON_FLAG,
  ],
  notes: ['Exit codes: 0 passed, 1 failed or errored, 2 bad input.'],
}

/** Without --exit-code, the exit code Odoo's log implies (see exitCodeFromLog). */
function parseExitCode(raw: string | undefined): number | 'from-log' {
  if (raw === undefined) return 'from-log'
  if (!/^-?\d{1,3}$/.test(raw.trim()))
    throw new UsageError(
      `Invalid --exit-code ${JSON.stringify(raw)}: expected a whole number (e.g. 0, 1, 255).`,
    )
  return Number(raw)
}

export const judgeCommand: Command = {
  spec: JUDGE_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = ctx.args
    if (values.module === undefined)
      throw new UsageError('Missing --module: the modules whose tests the log is of.')
    const modules = parseModules(values.module)
    const exitCode = parseExitCode(values['exit-code'])
    const ignore = parseLogIgnore(values['log-ignore'])
    const strict = parseBoolean(Input.StrictLog, values['strict-log'], false)
    const logFile = resolve(ctx.io.cwd, ctx.args.positionals[0] as string)
    if (!existsSync(logFile)) throw new InputError(`Log file not found: ${logFile}`)
    const { verdict, summary } = await judgeLog(logFile, modules, exitCode, { ignore, strict })
    const code = exitCode === 'from-log' ? exitCodeFromLog(summary) : exitCode
    const report = buildReport({
      verdict,
      summary,
      workingDir: ctx.io.cwd,
      exitCode: code,
      durationS: 0,
      modules,
    })
    const v: ResultView = {
      project: null,
      port: null,
      result: verdict.result,
      reasons: verdict.reasons,
      exitCode: code,
      logFile,
      tests: verdict.tests,
      summary: report.summary,
      skips: summary.skips,
    }
    const json = ctx.args.switches.has('json')
    ;(json ? ctx.io.stderr : ctx.io.stdout).write(`${resultLines(v).join('\n')}\n`)
    if (json) ctx.io.stdout.write(`${JSON.stringify(resultJson(v), null, 2)}\n`)
    return exitForVerdict(verdict.result)
  },
}
