// labelProject with a fake compose: a file that needs !override/!reset on a
// compose too old for them fails before anything is written or started; a
// conforming file does not even ask compose's version. And `up` without a
// port when the service publishes none the run can report.
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ComposeRunner, ComposeTarget } from '../../../src/compose/compose.js'
import type { DockerClient } from '../../../src/docker/client.js'
import { labelProject } from '../../../src/engine/label-project.js'
import { currentOwner } from '../../../src/engine/ownership.js'
import { silentReporter } from '../../../src/engine/reporter.js'
import { upWithFreePort } from '../../../src/engine/up.js'
import { EnvironmentError } from '../../../src/errors.js'

const ok = { exitCode: 0, signal: null, timedOut: false, aborted: false, tail: '' }

/** A compose whose `config` prints `model`, recording every call and its RTR_HOST_PORT. */
function fakeCompose(model: object) {
  const calls: { args: string[]; port: number | null }[] = []
  const compose: ComposeRunner = async (target, args, opts) => {
    calls.push({ args, port: target.port })
    if (args[0] === 'config') opts?.onOutput?.(Buffer.from(JSON.stringify(model)))
    return ok
  }
  return { compose, calls }
}

const target = (dir: string): ComposeTarget => ({
  project: 'p1',
  files: ['/repo/docker-compose.agent.yml'],
  workingDirectory: dir,
  port: null,
})
const tcp = (target: number, published?: string) => ({ target, published, protocol: 'tcp' })

async function label(model: object, version: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rtr-label-'))
  const versions: string[] = []
  const { compose } = fakeCompose(model)
  const deps = {
    compose,
    docker: {} as DockerClient,
    reporter: silentReporter,
    tempDir: dir,
    checkCompose: async () => (versions.push(version), version),
  }
  const owner = currentOwner('run', 'p1', 'pre', new Date())
  const result = labelProject(target(dir), owner, deps, { service: 'odoo' })
  return { result, dir, versions }
}

describe('labelProject and the compose version', () => {
  const colliding = {
    services: { odoo: { ports: [tcp(8069, '8090')], container_name: 'odoo_hub' }, db: {} },
  }

  it('a colliding file on Compose 2.20: fails naming the file, service and change; writes nothing', async () => {
    const { result, dir, versions } = await label(colliding, '2.20.2')
    await expect(result).rejects.toThrowError(EnvironmentError)
    await expect(result).rejects.toThrowError(
      /^Compose 2\.20\.2 cannot keep parallel runs of \/repo\/docker-compose\.agent\.yml apart: service odoo needs .*publish service odoo's 8069 as "\$\{RTR_HOST_PORT\}:8069".*remove container_name from service odoo/,
    )
    expect(versions).toEqual(['2.20.2'])
    expect(readdirSync(dir)).toEqual([]) // no override: nothing to clean up
  })

  it('the same file on Compose 2.26: the override is written, port target 8069', async () => {
    const { result, dir } = await label(colliding, '2.26.1')
    const labelled = await result
    expect(labelled.portTarget).toBe(8069)
    expect(labelled.files).toEqual([
      '/repo/docker-compose.agent.yml',
      join(dir, 'p1.rtr-labels.yml'),
    ])
  })

  it('a conforming file: no version asked, any compose', async () => {
    const { result, versions } = await label(
      { services: { odoo: { ports: [tcp(8069, '0')] }, db: { ports: [tcp(5432)] } } },
      '2.0.0',
    )
    expect((await result).portTarget).toBe(8069)
    expect(versions).toEqual([])
  })
})

describe('upWithFreePort without a port to allocate', () => {
  it('runs up once with no port, and probes nothing', async () => {
    const { compose, calls } = fakeCompose({})
    let probed = 0
    const port = await upWithFreePort(
      { ...target(tmpdir()) },
      { publishedPorts: async () => [] } as unknown as DockerClient,
      compose,
      silentReporter,
      {
        range: { from: 8090, to: 8091 },
        probe: async () => (probed++, 8090),
        onPort: () => {
          throw new Error('no port may be allocated')
        },
        allocate: false,
      },
    )
    expect(port).toBeNull()
    expect(probed).toBe(0)
    expect(calls).toEqual([{ args: ['up', '-d', '--remove-orphans'], port: null }])
  })

  it("a failed up says compose's words", async () => {
    const compose: ComposeRunner = async () => ({ ...ok, exitCode: 1, tail: 'boom' })
    await expect(
      upWithFreePort(target(tmpdir()), {} as DockerClient, compose, silentReporter, {
        range: { from: 8090, to: 8091 },
        probe: async () => 8090,
        onPort: () => undefined,
        allocate: false,
      }),
    ).rejects.toThrowError(/docker compose up failed \(exit 1\):\nboom/)
  })
})
