// Cancelling `run`: Ctrl+C (SIGINT) while waiting for health and while the
// tests run, SIGTERM, and a second Ctrl+C to the whole process group during
// the teardown, as a terminal sends it. Every time: exit 130 and, right when
// the process has exited, nothing of the run left.
import { afterEach, describe, expect, it } from 'vitest'
import { afterCase, CliCase, type CliResult } from './cli-harness.js'

let current: CliCase | undefined
afterEach(() => afterCase(current))

interface Interrupt {
  module: string
  /** Output that marks the phase to interrupt. */
  at: string
  signal: NodeJS.Signals
  env?: Record<string, string>
  /** Then, once this shows, the same signal again to the whole process group. */
  again?: RegExp
}

async function interrupted(tag: string, i: Interrupt): Promise<{ c: CliCase; r: CliResult }> {
  const c = (current = new CliCase(tag))
  const sent: string[] = []
  const { done } = c.start(['run', i.module, ...c.create, '--test-timeout', '90'], {
    env: i.env,
    group: i.again !== undefined,
    onOutput: (out, child) => {
      const kill = (what: string) => {
        sent.push(what)
        // A terminal's Ctrl+C goes to the whole foreground process group.
        if (i.again !== undefined) process.kill(-(child.pid as number), i.signal)
        else child.kill(i.signal)
      }
      if (sent.length === 0 && out.includes(i.at)) kill('first')
      else if (sent.length === 1 && i.again?.test(out)) kill('again')
    },
  })
  const r = await done
  expect(sent, r.stdout + r.stderr).toEqual(i.again !== undefined ? ['first', 'again'] : ['first'])
  return { c, r }
}

const project = (r: CliResult) => /Compose project: (\S+)/.exec(r.stdout)?.[1]

describe('a cancelled run exits 130 with nothing left', () => {
  it.each<[string, Interrupt]>([
    [
      'SIGINT while waiting for health',
      {
        module: 'demo_pass',
        at: 'waiting for every container to be healthy',
        signal: 'SIGINT',
        env: { FIXTURE_HEALTH: 'slow' },
      },
    ],
    [
      'SIGINT while the tests run',
      { module: 'demo_hang', at: 'Starting TestDemo.test_forever', signal: 'SIGINT' },
    ],
    [
      'SIGTERM while the tests run',
      { module: 'demo_hang', at: 'Starting TestDemo.test_forever', signal: 'SIGTERM' },
    ],
  ])('%s', async (_what, i) => {
    const { c, r } = await interrupted(i.signal.toLowerCase(), i)
    expect(r.code, r.stdout + r.stderr).toBe(130)
    expect(r.stderr).toContain(`Received ${i.signal}: stopping`)
    expect(r.stdout).toContain(`Cancelled by ${i.signal}.`)
    expect(r.stdout).toContain('Cleanup verified: nothing of this run is left.')
    expect(project(r)).toBeDefined()
    c.expectNothingLeft(project(r))
  })

  it('a second Ctrl+C during the teardown does not abandon it', async () => {
    const { c, r } = await interrupted('double', {
      module: 'demo_hang',
      at: 'Starting TestDemo.test_forever',
      signal: 'SIGINT',
      // While `compose down` is stopping the containers, not before it started.
      again: /tearing down [\s\S]* Container \S+ +Stopping/,
    })
    expect(r.code, r.stdout + r.stderr).toBe(130)
    expect(r.stderr).toContain('Received SIGINT again: still cleaning up')
    // compose down ran in its own process group: the group's Ctrl+C never reached it.
    expect(r.stderr).not.toContain('docker compose down exited')
    expect(r.stdout).toContain('Cleanup verified: nothing of this run is left.')
    c.expectNothingLeft(project(r))
  })
})
