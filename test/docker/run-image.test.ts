import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { uniquePrefix } from '../helpers/docker.js'

// The one-off container the template cache reads an image with before `up`:
// stdout and stderr kept apart, the exit code, no network, and nothing left.
const docker = createDockerClient()
const IMAGE = 'rtr-fixture-odoo:18'

function leftovers(id: string): string[] {
  return execFileSync(
    'docker',
    ['ps', '-a', '--filter', `label=rtr.test.run-image=${id}`, '--format', '{{.Names}}'],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean)
}

const gone = async (id: string) => {
  // AutoRemove acts as the process ends; the daemon may take a moment.
  for (let i = 0; i < 50 && leftovers(id).length > 0; i++)
    await new Promise((r) => setTimeout(r, 100))
  return leftovers(id)
}

describe('runImage (docker run --rm through the Engine API)', () => {
  it('returns stdout apart from stderr, and the exit code; the container is removed', async () => {
    const id = uniquePrefix('runimg')
    const res = await docker.runImage(IMAGE, {
      entrypoint: ['python3'],
      cmd: [
        '-c',
        'import sys, json; print(json.dumps({"a": sys.argv[1:]})); sys.stderr.write("to stderr\\n"); sys.exit(3)',
        'x',
        'y z',
      ],
      labels: { 'rtr.test.run-image': id },
      timeoutMs: 60_000,
    })
    expect(res.exitCode).toBe(3)
    expect(JSON.parse(res.stdout)).toEqual({ a: ['x', 'y z'] })
    expect(res.stderr).toBe('to stderr\n')
    expect(await gone(id)).toEqual([])
  })

  it('has no network', async () => {
    const id = uniquePrefix('runimg')
    const res = await docker.runImage(IMAGE, {
      entrypoint: ['sh'],
      cmd: ['-c', 'ls /sys/class/net'],
      labels: { 'rtr.test.run-image': id },
      timeoutMs: 60_000,
    })
    expect(res.exitCode).toBe(0)
    expect(res.stdout.split(/\s+/).filter(Boolean)).toEqual(['lo'])
    expect(await gone(id)).toEqual([])
  })

  it('kills a process that outlives its timeout; nothing is left', async () => {
    const id = uniquePrefix('runimg')
    const res = await docker.runImage(IMAGE, {
      entrypoint: ['sleep'],
      cmd: ['300'],
      labels: { 'rtr.test.run-image': id },
      timeoutMs: 1000,
    })
    expect(res.exitCode).not.toBe(0)
    expect(await gone(id)).toEqual([])
  })

  it('an entrypoint that does not exist is an error, and leaves no container', async () => {
    const id = uniquePrefix('runimg')
    await expect(
      docker.runImage(IMAGE, {
        entrypoint: ['/no/such/program'],
        cmd: [],
        labels: { 'rtr.test.run-image': id },
        timeoutMs: 60_000,
      }),
    ).rejects.toThrow()
    expect(await gone(id)).toEqual([])
  })

  it('imageId: the local image ID, or undefined for an image the engine does not have', async () => {
    const expected = execFileSync('docker', ['image', 'inspect', IMAGE, '--format', '{{.Id}}'], {
      encoding: 'utf8',
    }).trim()
    expect(await docker.imageId(IMAGE)).toBe(expected)
    expect(await docker.imageId('rtr-no-such-image:never')).toBeUndefined()
  })
})
