import { describe, expect, it } from 'vitest'
import type { ComposeModel } from '../../../src/compose/config.js'
import type { ContainerInfo, DockerClient, ImageRun } from '../../../src/docker/client.js'
import { serviceRunning } from '../../../src/template-cache/container-io.js'
import { imageFacts } from '../../../src/template-cache/service-facts.js'

// The template cache starts with `up`: it reads the Odoo image before compose
// runs it (only when compose will run that very image), and its database work
// waits for the database container to run, or for `up` to fail.

const CORE = JSON.stringify({
  version: '18.0',
  manifests: {
    '/usr/lib/python3/dist-packages/odoo/addons/base/__manifest__.py': "{'name': 'Base'}",
  },
})

function fakeDocker(images: Record<string, string>, calls: Array<[string, ImageRun]>) {
  return {
    imageId: async (ref: string) => images[ref],
    runImage: async (image: string, req: ImageRun) => {
      calls.push([image, req])
      return { exitCode: 0, stdout: CORE, stderr: '' }
    },
  } as unknown as DockerClient
}

const model = (odoo: Record<string, unknown>): ComposeModel => ({
  services: { odoo, db: { image: 'postgres:15' } },
  networks: {},
  volumes: {},
})

describe('imageFacts: the image read before up, only when up will run that very image', () => {
  const cases: Array<[string, Record<string, unknown>, string | undefined]> = [
    ['an image the engine has', { image: 'odoo:18.0' }, 'sha256:aaa'],
    [
      'pull_policy missing (the default)',
      { image: 'odoo:18.0', pull_policy: 'missing' },
      'sha256:aaa',
    ],
    ['pull_policy never', { image: 'odoo:18.0', pull_policy: 'never' }, 'sha256:aaa'],
    ['an image the engine does not have yet (up pulls it)', { image: 'odoo:19.0' }, undefined],
    ['an image compose builds', { image: 'odoo:18.0', build: { context: '.' } }, undefined],
    [
      'pull_policy always (up may replace it)',
      { image: 'odoo:18.0', pull_policy: 'always' },
      undefined,
    ],
    ['pull_policy build', { image: 'odoo:18.0', pull_policy: 'build' }, undefined],
    ['no image named', {}, undefined],
  ]
  it.each(cases)('%s', async (_name, svc, imageId) => {
    const calls: Array<[string, ImageRun]> = []
    const docker = fakeDocker({ 'odoo:18.0': 'sha256:aaa' }, calls)
    const facts = await imageFacts(docker, model(svc), 'odoo', { l: 'v' })
    expect(facts?.imageId).toBe(imageId)
    if (imageId) {
      expect(facts?.core.odooVersion).toBe('18.0')
      expect(Object.keys(facts?.core.manifests ?? {})).toHaveLength(1)
      expect(calls).toHaveLength(1)
      expect(calls[0]![0]).toBe('odoo:18.0')
      expect(calls[0]![1].entrypoint).toEqual(['python3'])
      expect(calls[0]![1].labels).toEqual({ l: 'v' })
    } else expect(calls).toEqual([])
  })

  it('a reader that fails is an error naming the service', async () => {
    const docker = {
      imageId: async () => 'sha256:aaa',
      runImage: async () => ({ exitCode: 1, stdout: '', stderr: 'python3: not found' }),
    } as unknown as DockerClient
    await expect(imageFacts(docker, model({ image: 'odoo:18.0' }), 'odoo', {})).rejects.toThrow(
      /could not read the core addons in odoo \(exit 1\): python3: not found/,
    )
  })
})

const box = (service: string, state: string): ContainerInfo => ({
  id: `${service}-${state}`,
  name: service,
  service,
  state,
  health: undefined,
  exitCode: 0,
  publishedPorts: [],
})

/** A project whose containers appear over time: listing n returns states[n] (the last one after). */
function project(states: ContainerInfo[][]) {
  let n = 0
  return {
    docker: {
      listProject: async () => ({
        containers: states[Math.min(n++, states.length - 1)]!,
        networks: [],
        volumes: [],
      }),
    } as unknown as DockerClient,
    listings: () => n,
  }
}

describe('serviceRunning: the database work starts once the container runs', () => {
  it('resolves as soon as the service has a running container, before up ends', async () => {
    const p = project([[], [box('db', 'created')], [box('db', 'running')]])
    const up = new Promise<void>(() => undefined) // compose still bringing up the rest
    await serviceRunning(p.docker, 'proj', 'db', up)
    expect(p.listings()).toBe(3)
  })

  it('another service running is not enough', async () => {
    const p = project([[box('odoo', 'running')], [box('odoo', 'running'), box('db', 'running')]])
    await serviceRunning(p.docker, 'proj', 'db', new Promise(() => undefined))
    expect(p.listings()).toBe(2)
  })

  it("rejects with up's own error when up fails first", async () => {
    const p = project([[box('db', 'created')]])
    const up = Promise.reject(new Error('port is already allocated'))
    await expect(serviceRunning(p.docker, 'proj', 'db', up)).rejects.toThrow(
      'port is already allocated',
    )
  })

  it('rejects when up ended and the service still has no running container', async () => {
    const p = project([[box('db', 'exited')]])
    await expect(serviceRunning(p.docker, 'proj', 'db', Promise.resolve())).rejects.toThrow(
      'the db service has no running container',
    )
  })
})
