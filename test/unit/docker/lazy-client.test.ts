import { describe, expect, it } from 'vitest'
import type { DockerClient, DockerEvent } from '../../../src/docker/client.js'
import { lazyDockerClient } from '../../../src/docker/lazy-client.js'

function fake() {
  const calls: string[] = []
  let subscribed = 0
  let closed = 0
  const client = {
    ping: async () => void calls.push('ping'),
    listProject: async (p: string) => (
      calls.push(`list ${p}`),
      { containers: [], networks: [p], volumes: [] }
    ),
    subscribe: (_p: string, onEvent: (e: DockerEvent) => void) => {
      subscribed++
      onEvent({ action: 'start', containerId: 'c' })
      return { ready: Promise.resolve(), close: () => void closed++ }
    },
  } as unknown as DockerClient
  return { client, calls, counts: () => ({ subscribed, closed }) }
}

describe('lazyDockerClient', () => {
  it('loads nothing until the first call, then once for every call', async () => {
    const f = fake()
    let loads = 0
    const docker = lazyDockerClient(async () => (loads++, f.client))
    expect(loads).toBe(0)
    const [, listed] = await Promise.all([docker.ping(), docker.listProject('p1')])
    await docker.ping()
    expect(loads).toBe(1)
    expect(listed.networks).toEqual(['p1'])
    expect(f.calls).toEqual(['ping', 'list p1', 'ping'])
  })

  it('a failed load is the failure of the call (the engine check reports it)', async () => {
    const docker = lazyDockerClient(() => Promise.reject(new Error('no chunk')))
    await expect(docker.ping()).rejects.toThrow('no chunk')
  })

  it('subscribes once loaded, and a close before that means never', async () => {
    const f = fake()
    const docker = lazyDockerClient(async () => f.client)
    const events: string[] = []
    const sub = docker.subscribe(
      'p',
      (e) => void events.push(e.action),
      () => undefined,
    )
    await sub.ready
    sub.close()
    expect(events).toEqual(['start'])
    expect(f.counts()).toEqual({ subscribed: 1, closed: 1 })
    const early = docker.subscribe(
      'p',
      () => undefined,
      () => undefined,
    )
    early.close()
    await early.ready
    expect(f.counts()).toEqual({ subscribed: 1, closed: 1 })
  })
})
