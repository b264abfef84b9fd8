// `reap` removes stale per-run projects of its prefix (by the containers'
// Created time) and never a work-order environment unless it is named.
import { execFileSync } from 'node:child_process'
import { afterEach, expect, it } from 'vitest'
import { NOTHING, projectLeftovers } from '../helpers/docker.js'
import { afterCase, CliCase, FIXTURE_COMPOSE } from './cli-harness.js'

let current: CliCase | undefined
afterEach(() => afterCase(current))

it('reaps a stale per-run project, spares the environment until it is named', async () => {
  const c = (current = new CliCase('reap'))
  const env = await c.run(['up', 'WO-5', ...c.create])
  expect(env.code, env.stderr).toBe(0)
  // A per-run project left behind by a killed run, made the way compose makes it.
  const stale = `${c.prefix}-20200101t000000z-1-1-abcdef`
  execFileSync('docker', ['compose', '-p', stale, '-f', FIXTURE_COMPOSE, 'up', '-d'], {
    env: { ...process.env, RTR_HOST_PORT: '8349' },
    stdio: 'ignore',
  })
  await new Promise((r) => setTimeout(r, 1100)) // older than 1 s

  const young = await c.run(['reap', ...c.own, '--older-than', '1h'])
  expect(young.code).toBe(0)
  expect(young.stdout).toContain('Nothing to reap')
  const dry = await c.run(['reap', ...c.own, '--older-than', '1s', '--dry-run'])
  expect(dry.stdout).toContain(`Would remove:\n  ${stale}  (run`)
  expect(projectLeftovers(stale).containers).toHaveLength(2)

  const reap = await c.run(['reap', ...c.own, '--older-than', '1s', '--down-timeout', '1'])
  expect(reap.code, reap.stdout + reap.stderr).toBe(0)
  expect(reap.stdout).toContain(`Removed ${stale}:`)
  expect(reap.stdout).toContain('Cleanup verified')
  expect(reap.stdout).toContain(
    `Work order environments are kept (name one to remove it): ${c.prefix}-wo-5`,
  )
  expect(projectLeftovers(stale)).toEqual(NOTHING)
  expect(projectLeftovers(`${c.prefix}-wo-5`).containers).toHaveLength(2)

  const named = await c.run(['reap', 'WO-5', ...c.own, '--down-timeout', '1'])
  expect(named.code).toBe(0)
  expect(named.stdout).toContain(`Removed ${c.prefix}-wo-5:`)
  c.expectNothingLeft()
})
