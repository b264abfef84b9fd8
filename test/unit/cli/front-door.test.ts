// runCli without Docker: usage, version, help and refusals never touch it.
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/main.js'
import type { CliIo } from '../../../src/cli/io.js'
import pkg from '../../../package.json' with { type: 'json' }

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const io = { out: '', err: '' }
  const cliIo: CliIo = {
    stdout: { write: (t) => (io.out += t.toString()) },
    stderr: { write: (t) => (io.err += t.toString()) },
    env,
    cwd: '/nonexistent-rtr-cwd',
  }
  const noDocker = () => {
    throw new Error('Docker must not be touched')
  }
  const code = await runCli(argv, cliIo, { makeDeps: noDocker })
  return { code, ...io }
}

describe('runCli', () => {
  it('no command: usage on stderr, exit 2', async () => {
    const r = await cli([])
    expect(r.code).toBe(2)
    expect(r.err).toContain('Usage: resilient-test-runner <command>')
    expect(r.out).toBe('')
  })

  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const r = await cli([flag])
    expect(r).toMatchObject({ code: 0, out: `${pkg.version}\n` })
  })

  it.each(['run', 'up', 'test', 'down', 'ls', 'reap', 'judge', 'plan'])(
    '%s --help: its usage on stdout, exit 0',
    async (name) => {
      const r = await cli([name, '--help'])
      expect(r.code).toBe(0)
      expect(r.out).toContain(`Usage: resilient-test-runner ${name}`)
      expect(r.out).toContain('-h, --help')
    },
  )

  it.each<[string, string[], string]>([
    ['unknown command', ['frobnicate'], 'Unknown command "frobnicate"'],
    ['run without module', ['run'], 'Missing argument: run needs <module>'],
    ['run with modules and --changed-since', ['run', 'a', '--changed-since', 'HEAD~1'], 'not both'],
    ['plan with an argument', ['plan', 'a'], 'Unexpected argument "a"'],
    ['unknown flag', ['ls', '--bogus'], "Unknown option '--bogus'"],
    ['judge without --module', ['judge', 'x.log'], 'Missing --module'],
    ['bad --older-than', ['reap', '--older-than', 'soon'], 'Invalid --older-than "soon"'],
  ])('%s: message and usage on stderr, exit 2', async (_what, argv, message) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.err).toContain('Usage: resilient-test-runner')
    expect(r.out).toBe('')
  })

  it.each<[string, string[], NodeJS.ProcessEnv, string]>([
    ['a bad module', ['run', 'Bad'], {}, "Invalid input 'module'"],
    [
      'a bad port range from the environment',
      ['run', 'demo', '--compose-file', '/dev/null'],
      { RTR_PORT_RANGE: '1-2' },
      "Invalid input 'port-range'",
    ],
    [
      'a missing compose file',
      ['run', 'demo', '--compose-file', 'nope.yml'],
      {},
      'Input \'compose-file\': "nope.yml" not found',
    ],
    ['a bad work order', ['up', 'WO 42'], {}, 'Invalid work order'],
    [
      'a bad --port',
      ['up', 'WO-1', '--compose-file', '/dev/null', '--port', '80'],
      {},
      'Invalid --port "80"',
    ],
    ['a missing log', ['judge', 'missing.log', '--module', 'demo'], {}, 'Log file not found'],
    ['a too short reap-after', ['reap'], { RTR_REAP_AFTER: '5s' }, "Invalid input 'reap-after'"],
  ])('%s: refused before Docker, exit 2', async (_what, argv, env, message) => {
    const r = await cli(argv, { ...env, RTR_PROJECT_PREFIX: 'rtr-unit' })
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
  })

  it('logs with a bad --tail: exit 2 naming the flag and the accepted form, before Docker', async () => {
    const r = await cli(['logs', 'WO-042', '--tail', 'lots'])
    expect(r.code).toBe(2)
    expect(r.err).toContain(`Invalid --tail "lots": expected a number of lines or 'all'.`)
  })
})
