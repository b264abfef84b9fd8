// Work-order environments end to end: `up` waits for health and refuses a
// second environment for the same work order, two work orders live side by
// side, `test` runs in one (exit codes as `run`), `ls` shows what Docker has,
// `down` keeps the data and `down --cleanup` removes it, proven by label.
import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { NOTHING, projectLeftovers } from '../helpers/docker.js'
import { afterCase, CliCase, parseJson } from './cli-harness.js'

let current: CliCase | undefined
afterEach(() => afterCase(current))

interface LsEntry {
  project: string
  kind: string
  work_order: string | null
  port: number | null
  services: { service: string; state: string; health: string | null }[]
  volumes: string[]
}

const url = (out: string) => Number(/URL: +http:\/\/localhost:(\d+)/.exec(out)?.[1])

describe('work-order environments', () => {
  it('up, refuse a second up, a second work order beside it, test, ls, down, down --cleanup', async () => {
    const c = (current = new CliCase('env'))
    const [a, b] = [`${c.prefix}-wo-a1`, `${c.prefix}-wo-b2`]
    const [upA, upB] = await Promise.all([
      c.run(['up', 'WO-A1', ...c.create]),
      c.run(['up', 'WO-B2', ...c.create]),
    ])
    for (const r of [upA, upB]) {
      expect(r.code, r.stdout + r.stderr).toBe(0)
      expect(r.stdout).toMatch(/Database: +wo_(a1|b2) \(installed: base\)/)
      expect(r.stdout).toContain('Login:        admin / admin')
      expect(r.stdout).toContain('USER and PASSWORD in the environment of service odoo')
      expect(r.stdout).not.toMatch(/PASSWORD=|password odoo/) // never the secret itself
      expect(r.stdout).toContain(`test WO-`)
    }
    expect(upA.stdout).toContain(`project ${a}`)
    expect(url(upA.stdout)).not.toBe(url(upB.stdout))

    // The same work order again: refused, and the first one is untouched.
    const again = await c.run(['up', 'WO-A1', ...c.create])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain(`Work order WO-A1 already has an environment: project ${a}`)
    expect(again.stderr).toContain(`URL:   http://localhost:${url(upA.stdout)}`)
    expect(again.stderr).toContain('down WO-A1')

    const ls = await c.run(['ls', ...c.own, '--json'])
    expect(ls.code).toBe(0)
    const entries = parseJson<LsEntry[]>(ls)
    expect(entries.map((e) => [e.project, e.kind, e.work_order, e.port])).toEqual([
      [a, 'work-order', 'WO-A1', url(upA.stdout)],
      [b, 'work-order', 'WO-B2', url(upB.stdout)],
    ])
    for (const e of entries)
      expect(e.services.map((s) => `${s.service} ${s.state} ${s.health}`)).toEqual([
        'db running healthy',
        'odoo running healthy',
      ])

    // Tests in the running environment: exit codes as `run`; it stays up.
    const pass = await c.run(['test', 'WO-A1', 'demo_pass', ...c.own, '--json'])
    expect(pass.code, pass.stderr).toBe(0)
    expect(parseJson(pass)).toMatchObject({ project: a, result: 'passed', exit_code: 0 })
    const fail = await c.run(['test', 'WO-A1', 'demo_fail', ...c.own])
    expect(fail.code).toBe(1)
    expect(fail.stdout).toContain('Result: FAILED')
    expect(fail.stdout).toContain(`Environment ${a} is still running`)
    // Its only test skipped: as `run`, an error that says why, never a pass.
    const skipped = await c.run(['test', 'WO-A1', 'demo_allskip', ...c.own])
    expect(skipped.code, skipped.stdout + skipped.stderr).toBe(1)
    expect(skipped.stdout).toContain('Result: ERROR')
    expect(skipped.stdout).toContain(
      '  - Module demo_allskip: every selected test was skipped, so nothing was proven (1 test skipped: websocket-client module is not installed).',
    )
    const missing = await c.run(['test', 'WO-C3', 'demo_pass', ...c.own])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('has no running environment')

    // down keeps the volumes; down --cleanup removes everything, verified.
    const down = await c.run(['down', 'WO-A1', ...c.own, '--down-timeout', '1'])
    expect(down.code, down.stdout + down.stderr).toBe(0)
    const kept = projectLeftovers(a)
    expect(kept.containers).toEqual([])
    expect(kept.networks).toEqual([])
    expect(kept.volumes.sort()).toEqual([`${a}_db-data`, `${a}_odoo-data`])
    const cleanup = await c.run(['down', 'WO-A1', '--cleanup', ...c.own, '--down-timeout', '1'])
    expect(cleanup.code).toBe(0)
    expect(cleanup.stdout).toContain('Before teardown: 0 containers, 0 networks, 2 volumes')
    expect(cleanup.stdout).toContain('Cleanup verified')
    expect(projectLeftovers(a)).toEqual(NOTHING)
    expect(projectLeftovers(b).containers).toHaveLength(2) // the other work order untouched

    const downB = await c.run(['down', 'WO-B2', '--cleanup', ...c.own, '--down-timeout', '1'])
    expect(downB.code).toBe(0)
    const after = await c.run(['ls', ...c.own, '--json'])
    expect(parseJson(after)).toEqual([])
    c.expectNothingLeft()
  })

  it('Ctrl+C during `test` also stops the test process inside the container', async () => {
    const c = (current = new CliCase('envsig'))
    const up = await c.run(['up', 'WO-9', ...c.create])
    expect(up.code, up.stderr).toBe(0)
    const { done } = c.start(['test', 'WO-9', 'demo_hang', ...c.own], {
      onOutput: (out, child) => {
        if (out.includes('Starting TestDemo.test_forever') && !child.killed) child.kill('SIGINT')
      },
    })
    const r = await done
    expect(r.code, r.stdout + r.stderr).toBe(130)
    const ps = await c.run(['ls', ...c.own, '--json'])
    expect(parseJson<LsEntry[]>(ps)[0]?.services.every((s) => s.state === 'running')).toBe(true)
    const procs = execFileSync('docker', ['exec', `${c.prefix}-wo-9-odoo-1`, 'ps'], {
      encoding: 'utf8',
    })
    expect(procs).not.toContain('sleep 2147483647')
    const down = await c.run(['down', 'WO-9', '--cleanup', ...c.own, '--down-timeout', '1'])
    expect(down.code).toBe(0)
    c.expectNothingLeft()
  })
})
