// A compose too old for !override/!reset fails before `up`, naming the
// files, the services and what to change; a conforming file needs no tag and
// runs on any compose v2. And the port read back from Docker.
import { describe, expect, it } from 'vitest'
import type { ComposeModel } from '../../../src/compose/config.js'
import {
  knowsOverrideTags,
  OVERRIDE_TAGS_SINCE,
  tooOldFor,
} from '../../../src/isolation/compose-version.js'
import { isolate } from '../../../src/isolation/override.js'
import { publishedLine, publishedPort } from '../../../src/isolation/published.js'

describe('knowsOverrideTags', () => {
  it.each([
    ['2.24.4', true],
    ['2.24.3', false],
    ['2.26.1-4', true], // Debian's
    ['v2.29.7-desktop.1', true],
    ['2.18.0', false], // !reset only
    ['2.3', false],
    ['3.0.0', true],
    ['5.1.4', true],
    ['1.29.2', false],
    ['garbage', false],
  ])('%s -> %s', (v, ok) => expect(knowsOverrideTags(v)).toBe(ok))
  it('the threshold itself', () => expect(knowsOverrideTags(OVERRIDE_TAGS_SINCE)).toBe(true))
})

const model = (services: ComposeModel['services']): ComposeModel => ({
  services,
  networks: {},
  volumes: {},
})
const p = (target: number, published?: string) => ({ target, published, protocol: 'tcp' })

describe('tooOldFor', () => {
  const oldFile = model({
    odoo: { ports: [p(8069, '8090')], container_name: 'odoo_hub' },
    db: { ports: [p(5432, '5432')] },
  })

  it('names the file, the services and each change, before up', () => {
    const err = tooOldFor(isolate(oldFile, 'odoo'), 'odoo', '2.20.2', [
      '/repo/docker-compose.agent.yml',
    ])
    expect(err?.message).toMatch(
      /^Compose 2\.20\.2 cannot keep parallel runs of \/repo\/docker-compose\.agent\.yml apart/,
    )
    expect(err?.message).toMatch(/services odoo, db need !override\/!reset/)
    expect(err?.message).toMatch(/from 2\.24\.4 on/)
    expect(err?.message).toContain(`publish service odoo's 8069 as "\${RTR_HOST_PORT}:8069"`)
    expect(err?.message).toContain('remove container_name from service odoo')
    expect(err?.message).toContain(
      `give service db's ports no host port (e.g. "5432", not "5432:5432")`,
    )
  })

  it('several files are all named', () => {
    const err = tooOldFor(isolate(oldFile, 'odoo'), 'odoo', '2.20.2', ['a.yml', 'b.yml'])
    expect(err?.message).toMatch(/of a\.yml, b\.yml apart: .*change the files:/)
  })

  it('one service: singular', () => {
    const err = tooOldFor(
      isolate(model({ odoo: { ports: [p(8069, '8090')] } }), 'odoo'),
      'odoo',
      '2.20.2',
      ['c.yml'],
    )
    expect(err?.message).toMatch(/service odoo needs !override/)
  })

  it.each([
    ['a new compose', oldFile, '2.26.1'],
    ['a conforming file on an old compose', model({ odoo: { ports: [p(8069, '0')] } }), '2.20.2'],
  ])('%s: no error', (_what, m, version) =>
    expect(tooOldFor(isolate(m, 'odoo'), 'odoo', version, ['c.yml'])).toBeUndefined(),
  )
})

describe("publishedPort: the run's port as Docker publishes it", () => {
  const b = (containerPort: number, hostPort: number, protocol = 'tcp', hostIp = '0.0.0.0') => ({
    containerPort,
    hostPort,
    protocol,
    hostIp,
  })
  it.each<[string, Parameters<typeof publishedPort>[0], number | null, number | null]>([
    ["the tested service's binding", [{ service: 'odoo', bindings: [b(8069, 8195)] }], 8069, 8195],
    [
      'IPv4 and IPv6 of one port',
      [{ service: 'odoo', bindings: [b(8069, 8195), b(8069, 8195, 'tcp', '::')] }],
      8069,
      8195,
    ],
    ['another container port only', [{ service: 'odoo', bindings: [b(8072, 32768)] }], 8069, null],
    ['another service', [{ service: 'db', bindings: [b(8069, 8195)] }], 8069, null],
    ['udp only', [{ service: 'odoo', bindings: [b(8069, 8195, 'udp')] }], 8069, null],
    ['no bindings known', [{ service: 'odoo' }], 8069, null],
    ['no main port', [{ service: 'odoo', bindings: [b(8069, 8195)] }], null, null],
  ])('%s', (_what, containers, target, port) =>
    expect(publishedPort(containers, 'odoo', target)).toBe(port),
  )

  it.each([
    [8069, 8195, 8195, /^Host port 8195: Docker publishes odoo:8069 there\.$/],
    [8069, 8195, 8090, /^Host port 8090: .* \(not the allocated 8195/],
    [8069, 8195, null, /publishes no host port for odoo:8069: the run reports none/],
    [null, null, null, /No host port for service odoo/],
  ])('log line for %s/%s/%s', (target, allocated, published, re) =>
    expect(publishedLine('odoo', target, allocated, published)).toMatch(re),
  )
})
