// `test <work-order> <module>`: a module's tests in that work order's running
// environment, with the same test phase, verdict, log and output as `run`.
// Where the environment lives comes from Docker (compose's labels and the
// published ports), never from a file of ours.
import { parseSettings } from '../../config/parse.js'
import { testDatabaseName, utcStamp } from '../../config/naming.js'
import { testInEnvironment, type EnvTestOutcome } from '../../engine/env-test.js'
import { projectTarget, servicePort } from '../../engine/environments.js'
import { EnvironmentError } from '../../errors.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { exitCodeFor } from '../exit-codes.js'
import { JSON_FLAG, sharedFlags, toRawSettings, VERBOSE_FLAG } from '../options.js'
import { outcomeView, resultJson, resultLines } from '../results.js'
import { openSession } from '../session.js'
import { failed, findWorkOrder, preflight, workOrderRef } from '../work-orders.js'

export const TEST_SPEC: CommandSpec = {
  name: 'test',
  summary: "Runs a module's tests in a work order's running environment (it stays up).",
  args: '<work-order> <module>[,<module>...]',
  positionals: { min: 2, max: 2 },
  flags: [
    ...sharedFlags(
      'test-timeout',
      'test-command',
      'log-file',
      'log-ignore',
      'strict-log',
      'cache',
      'cache-dir',
      'cache-max-size',
    ),
    JSON_FLAG,
    VERBOSE_FLAG,
  ],
  notes: [
    'Each test run gets a fresh database in the environment (an installed module would run no tests).',
    'Exit codes: 0 passed, 1 failed or errored, 2 no such environment / bad input / no Docker, 130 cancelled.',
  ],
}

export const testCommand: Command = {
  spec: TEST_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const [workOrder, modules] = ctx.args.positionals
    const ref = workOrderRef(ctx, workOrder)
    const json = ctx.args.switches.has('json')
    const s = openSession(ctx, { json })
    let outcome: EnvTestOutcome
    let port: number | null
    let logFile: string
    try {
      await preflight(s.deps)
      const env = await findWorkOrder(s.deps, ref)
      if (!env || env.services.length === 0)
        throw new EnvironmentError(
          `Work order ${ref.workOrder} has no running environment (project ${ref.project}). Start one: ${ref.command('up')}`,
        )
      const target = projectTarget(env)
      if (target.files.length === 0)
        throw new EnvironmentError(
          `The compose files ${ref.project} was started from are gone (${env.configFiles.join(', ') || 'not recorded'}); remove it with ${ref.command('down', '--cleanup')} and start it again.`,
        )
      const settings = parseSettings(
        { ...toRawSettings(ctx.args.values), module: modules, composeFile: target.files.join(',') },
        ctx.settingsContext(),
      )
      port = servicePort(env, settings.service)
      logFile = settings.logFile
      s.reporter.phase(`testing ${settings.modules.join(', ')} in ${ref.project} ...`)
      outcome = await testInEnvironment(target, settings, s.deps, {
        database: testDatabaseName(`${utcStamp(s.deps.now())}-${ref.project}`),
        taskId: ref.workOrder,
        signal: s.trap.signal,
        cleanupCompose: s.cleanupCompose,
      })
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
    const v = { ...outcomeView(outcome, logFile, outcome.reportFile), project: ref.project, port }
    const url = port === null ? '' : ` at http://localhost:${port}`
    s.reporter.print(
      [...resultLines(v), `Environment ${ref.project} is still running${url}.`].join('\n'),
    )
    if (json) ctx.io.stdout.write(`${JSON.stringify(resultJson(v), null, 2)}\n`)
    return exitCodeFor({
      signal: s.trap.received,
      passed: outcome.report.gate_status === 'PASS',
    })
  },
}
