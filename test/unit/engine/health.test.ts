import { describe, expect, it } from 'vitest'
import type { ContainerInfo } from '../../../src/docker/client.js'
import { readiness } from '../../../src/engine/health.js'

const c = (over: Partial<ContainerInfo>): ContainerInfo => ({
  id: 'x',
  name: 'p-odoo-1',
  service: 'odoo',
  state: 'running',
  health: undefined,
  exitCode: 0,
  publishedPorts: [],
  ...over,
})

describe('readiness', () => {
  it.each([
    [{ state: 'running' }, 'ready'],
    [{ state: 'running', health: 'healthy' }, 'ready'],
    [{ state: 'running', health: 'starting' }, 'pending'],
    [{ state: 'created' }, 'pending'],
    [{ state: 'restarting' }, 'pending'],
    [{ state: 'running', health: 'unhealthy' }, 'failed'],
    [{ state: 'exited', exitCode: 3 }, 'failed'],
    [{ state: 'dead', exitCode: 137 }, 'failed'],
    [{ state: 'exited', exitCode: 0, service: 'odoo' }, 'failed'],
    [{ state: 'exited', exitCode: 0, service: 'init' }, 'ready'],
  ])('%j is %s', (over, kind) => expect(readiness(c(over), 'odoo').kind).toBe(kind))

  it('says why it failed', () => {
    const r = readiness(c({ state: 'exited', exitCode: 3 }), 'odoo')
    expect(r).toEqual({ kind: 'failed', why: 'exited with code 3' })
  })
})
