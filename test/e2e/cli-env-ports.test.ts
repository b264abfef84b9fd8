// Work-order environments of a file that would collide as written
// ("${PORT:-8090}:8069", container_name on both services): two side by side,
// and `up`, `ls`, `test` all show the port Docker publishes for each.
import { afterEach, expect, it } from 'vitest'
import { join } from 'node:path'
import { dockerPublished } from '../helpers/docker.js'
import { ROOT } from '../helpers/gha-runner.js'
import { afterCase, CliCase, parseJson } from './cli-harness.js'

const FIXED_PORTS = join(ROOT, 'test/fixtures/compose.fixed-ports.yml')
let current: CliCase | undefined
afterEach(() => afterCase(current))

const url = (out: string) => Number(/URL: +http:\/\/localhost:(\d+)/.exec(out)?.[1])

it('two environments of a fixed-port file: up, ls and test show what Docker publishes', async () => {
  const c = (current = new CliCase('envport'))
  const create = ['--compose-file', FIXED_PORTS, ...c.own]
  const [upA, upB] = await Promise.all([
    c.run(['up', 'WO-P1', ...create]),
    c.run(['up', 'WO-P2', ...create]),
  ])
  const projects = [`${c.prefix}-wo-p1`, `${c.prefix}-wo-p2`]
  const ports = [upA, upB].map((r, i) => {
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.stderr + r.stdout).toMatch(
      /container_name removed from db \(rtr-fixed-db\), odoo \(rtr-fixed-odoo\)/,
    )
    const published = dockerPublished(projects[i] as string, 'odoo', 8069)
    expect(published).toEqual([url(r.stdout)])
    return url(r.stdout)
  })
  expect(ports[0]).not.toBe(ports[1])
  expect(ports).not.toContain(8090)

  const ls = await c.run(['ls', ...c.own, '--json'])
  expect(
    parseJson<{ project: string; port: number }[]>(ls).map((e) => [e.project, e.port]),
  ).toEqual(projects.map((p, i) => [p, ports[i]]))
  const table = await c.run(['ls', ...c.own])
  for (const [i, p] of projects.entries())
    expect(table.stdout).toMatch(new RegExp(`^${p} +work-order +WO-P${i + 1} +${ports[i]} `, 'm'))

  const test = await c.run(['test', 'WO-P1', 'demo_pass', ...c.own])
  expect(test.code, test.stderr).toBe(0)
  expect(test.stdout).toContain(`is still running at http://localhost:${ports[0]}.`)

  for (const wo of ['WO-P1', 'WO-P2']) {
    const down = await c.run(['down', wo, '--cleanup', ...c.own])
    expect(down.code, down.stdout + down.stderr).toBe(0)
  }
  c.expectNothingLeft()
})
