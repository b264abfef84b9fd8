// Command lines: node:util parseArgs in strict mode, the RTR_<NAME> fallback,
// and the way into the one configuration model (parseSettings).
import { describe, expect, it } from 'vitest'
import { parseCommand, UsageError, type CommandSpec } from '../../../src/cli/args.js'
import { RUN_SPEC } from '../../../src/cli/commands/run.js'
import { UP_SPEC } from '../../../src/cli/commands/up.js'
import { envName, rawKey, SETTING_FLAGS, toRawSettings } from '../../../src/cli/options.js'
import { parseSettings } from '../../../src/config/parse.js'
import { GITHUB_INPUTS, Input } from '../../../src/constants.js'

const ctx = { repository: 'HealthRT/hub', baseDirectory: '/repo', fileExists: () => true }

describe('parseCommand: what is refused (exit 2 with the usage)', () => {
  it.each<[string, CommandSpec, string[], RegExp]>([
    ['an unknown flag', RUN_SPEC, ['m', '--bogus'], /Unknown option '--bogus'/],
    ['a flag without its value', RUN_SPEC, ['m', '--port-range'], /--port-range.*argument missing/],
    ['a value to a switch', RUN_SPEC, ['m', '--json=yes'], /--json.*does not take an argument/],
    ['a second work order', UP_SPEC, ['WO-1', 'WO-2'], /Unexpected argument "WO-2"/],
    ['no work order', UP_SPEC, [], /Missing argument: up needs <work-order>/],
  ])('%s', (_what, spec, argv, message) => {
    expect(() => parseCommand(spec, argv)).toThrow(UsageError)
    expect(() => parseCommand(spec, argv)).toThrow(message)
  })

  it('--help needs no arguments', () => expect(parseCommand(RUN_SPEC, ['--help']).help).toBe(true))
})

describe('values: flag, else RTR_<NAME>, else unset (the default comes from parseSettings)', () => {
  it.each<[string, string[], NodeJS.ProcessEnv, string, string | undefined]>([
    ['flag', ['m', '--port-range', '8200-8210'], {}, 'port-range', '8200-8210'],
    ['flag=value', ['m', '--port-range=8200-8210'], {}, 'port-range', '8200-8210'],
    ['environment', ['m'], { RTR_PORT_RANGE: '8300-8310' }, 'port-range', '8300-8310'],
    [
      'flag beats environment',
      ['m', '--service', 'web'],
      { RTR_SERVICE: 'odoo' },
      'service',
      'web',
    ],
    ['empty variable is unset', ['m'], { RTR_LOG_FILE: '' }, 'log-file', undefined],
    ['neither', ['m'], {}, 'compose-file', undefined],
    ['setting switch', ['m', '--strict-log'], {}, 'strict-log', 'true'],
    ['setting switch from env', ['m'], { RTR_STRICT_LOG: 'false' }, 'strict-log', 'false'],
    [
      'repeated flag: one per line',
      ['m', '--log-ignore', 'a', '--log-ignore', 'b'],
      {},
      'log-ignore',
      'a\nb',
    ],
  ])('%s', (_what, argv, env, flag, expected) =>
    expect(parseCommand(RUN_SPEC, argv, env).values[flag]).toBe(expected),
  )

  it('switches that would surprise as exported variables stay command-line only', () => {
    const args = parseCommand(RUN_SPEC, ['m'], { RTR_JSON: '1', RTR_VERBOSE: '1' })
    expect(args.switches.has('json')).toBe(false)
    expect(parseCommand(RUN_SPEC, ['m', '--json']).switches.has('json')).toBe(true)
    expect(parseCommand(UP_SPEC, ['WO-1'], { RTR_PORT: '8200' }).values.port).toBeUndefined()
  })

  it('several modules as separate arguments are kept in order', () =>
    expect(parseCommand(RUN_SPEC, ['a', 'b', '--json']).positionals).toEqual(['a', 'b']))
})

describe('the one configuration model', () => {
  it('every setting of the action but the module is a flag of the same name', () => {
    const notSettings: string[] = [Input.Module, ...GITHUB_INPUTS]
    const inputs = Object.values(Input).filter((i) => !notSettings.includes(i))
    expect(SETTING_FLAGS.map((f) => f.name).sort()).toEqual([...inputs].sort())
    for (const f of SETTING_FLAGS) expect(f.help).not.toContain("the action's") // all documented
  })

  it.each([
    ['project-prefix', 'projectPrefix', 'RTR_PROJECT_PREFIX'],
    ['port-range', 'portRange', 'RTR_PORT_RANGE'],
    ['log-file', 'logFile', 'RTR_LOG_FILE'],
  ])('%s is RawSettings.%s and %s', (flag, key, env) => {
    expect(rawKey(flag)).toBe(key)
    expect(envName(flag)).toBe(env)
  })

  it('flags and variables reach parseSettings, with its defaults for the rest', () => {
    const args = parseCommand(RUN_SPEC, ['demo', '--port-range', '8200-8201'], {
      RTR_HEALTH_TIMEOUT: '2m',
      RTR_STRICT_LOG: 'yes',
    })
    const s = parseSettings({ ...toRawSettings(args.values), module: 'demo' }, ctx)
    expect(s.portRange).toEqual({ from: 8200, to: 8201 })
    expect(s.healthTimeoutMs).toBe(120_000)
    expect(s.strictLog).toBe(true)
    expect(s.projectPrefix).toBe('hub-agent-test')
    expect(s.logFile).toBe('/repo/proof_of_execution_tests.log')
  })

  it('with the same messages as the action', () => {
    const args = parseCommand(RUN_SPEC, ['demo'], { RTR_PORT_RANGE: '9000-8000' })
    expect(() => parseSettings({ ...toRawSettings(args.values), module: 'demo' }, ctx)).toThrow(
      "Invalid input 'port-range'",
    )
  })
})
