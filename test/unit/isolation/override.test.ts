// The isolation override from the resolved model, as `docker compose config
// --format json` prints it (short syntax expanded to one long entry per
// port, variables interpolated, RTR_HOST_PORT read as 0 before a port is
// allocated). test/docker/isolation-override.test.ts feeds real compose
// files through compose itself.
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import type { ComposeModel, ComposePort, ComposeService } from '../../../src/compose/config.js'
import { mainPort } from '../../../src/isolation/main-port.js'
import { isolate } from '../../../src/isolation/override.js'
import { hasTags, Tagged, taggedYaml } from '../../../src/isolation/tagged-yaml.js'

const P = '${RTR_HOST_PORT}'
const model = (services: Record<string, ComposeService>): ComposeModel => ({
  services,
  networks: {},
  volumes: {},
})
/** One resolved port entry, as compose prints it. */
const port = (target: number, published?: string, extra: Partial<ComposePort> = {}) => ({
  mode: 'ingress',
  target,
  ...(published === undefined ? {} : { published }),
  protocol: 'tcp',
  ...extra,
})
const web = (...ports: ComposePort[]): ComposeService => ({ ports })
/** The ports an override sets for a service (undefined: it leaves them alone). */
const portsOf = (iso: ReturnType<typeof isolate>, service: string) => {
  const t = iso.services[service]?.ports
  if (t === undefined) return undefined
  expect(t.tag).toBe('!override')
  return t.value
}

describe('isolate: ports', () => {
  it.each<{
    what: string
    services: Record<string, ComposeService>
    target: number | null
    odoo: unknown
    db?: unknown
    notes: RegExp[]
  }>([
    {
      what: 'short "${PORT:-8090}:8069": the run\'s port instead of 8090',
      services: { odoo: web(port(8069, '8090')) },
      target: 8069,
      odoo: [port(8069, P)],
      notes: [/container port 8069 is published on the run's host port instead of 8090/],
    },
    {
      what: 'short "${RTR_HOST_PORT}:8069" (0 while unallocated): nothing to change',
      services: { odoo: web(port(8069, '0')) },
      target: 8069,
      odoo: undefined,
      notes: [],
    },
    {
      what: 'short with a host IP "127.0.0.1:8090:8069": the IP is kept',
      services: { odoo: web(port(8069, '8090', { host_ip: '127.0.0.1' })) },
      target: 8069,
      odoo: [port(8069, P, { host_ip: '127.0.0.1' })],
      notes: [/instead of 127.0.0.1:8090/],
    },
    {
      what: 'long syntax with host_ip, name and app_protocol: all kept but the host port',
      services: {
        odoo: web(port(8069, '9000', { host_ip: '::1', name: 'web', app_protocol: 'http' })),
      },
      target: 8069,
      odoo: [port(8069, P, { host_ip: '::1', name: 'web', app_protocol: 'http' })],
      notes: [/instead of ::1:9000/],
    },
    {
      what: 'short "8069" (ephemeral): the run\'s port, nothing to say',
      services: { odoo: web(port(8069)) },
      target: 8069,
      odoo: [port(8069, P)],
      notes: [],
    },
    {
      what: 'fixed "5432:5432" on db: an ephemeral host port',
      services: { odoo: web(port(8069, '0')), db: web(port(5432, '5432')) },
      target: 8069,
      odoo: undefined,
      db: [port(5432)],
      notes: [/Service db: fixed host port 5432:5432 published on ephemeral host ports/],
    },
    {
      what: 'fixed "127.0.0.1:5432:5432" on db: ephemeral, on the same IP',
      services: {
        odoo: web(port(8069, '0')),
        db: web(port(5432, '5432', { host_ip: '127.0.0.1' })),
      },
      target: 8069,
      odoo: undefined,
      db: [port(5432, undefined, { host_ip: '127.0.0.1' })],
      notes: [/127.0.0.1:5432:5432/],
    },
    {
      what: 'db "5432" (ephemeral already): left alone',
      services: { odoo: web(port(8069, '0')), db: web(port(5432)) },
      target: 8069,
      odoo: undefined,
      db: undefined,
      notes: [],
    },
    {
      what: "8069 and a fixed 8072 (longpolling): 8069 is the run's, 8072 ephemeral",
      services: { odoo: web(port(8069, '8090'), port(8072, '8072')) },
      target: 8069,
      odoo: [port(8069, P), port(8072)],
      notes: [
        /ports 8069 and 8072: .*8069 \(Odoo's HTTP port\)/,
        /8090/,
        /fixed host port 8072:8072/,
      ],
    },
    {
      what: "a udp 8069 next to the tcp one: only tcp is the run's",
      services: { odoo: web(port(8069, '8090'), port(8069, '8090', { protocol: 'udp' })) },
      target: 8069,
      odoo: [port(8069, P), port(8069, undefined, { protocol: 'udp' })],
      notes: [/8090/, /8090:8069\/udp/],
    },
    {
      what: 'the same container port twice on one IP: the second goes ephemeral',
      services: { odoo: web(port(8069, '8090'), port(8069, '8091')) },
      target: 8069,
      odoo: [port(8069, P), port(8069)],
      notes: [/8090/, /8091:8069/],
    },
  ])('$what', ({ services, target, odoo, db, notes }) => {
    const iso = isolate(model(services), 'odoo')
    expect(iso.target).toBe(target)
    expect(portsOf(iso, 'odoo')).toEqual(odoo)
    expect(portsOf(iso, 'db')).toEqual(db)
    expect(iso.notes).toHaveLength(notes.length)
    notes.forEach((re, i) => expect(iso.notes[i]).toMatch(re))
  })

  it('"${RTR_HOST_PORT}:8069" next to a fixed 8072: the list is replaced, the variable kept', () => {
    const iso = isolate(model({ odoo: web(port(8069, '0'), port(8072, '8072')) }), 'odoo')
    expect(portsOf(iso, 'odoo')).toEqual([port(8069, P), port(8072)])
    expect(iso.notes).toEqual([
      expect.stringMatching(/ports 8069 and 8072: .*8069 \(Odoo's HTTP port\)/),
      expect.stringMatching(/fixed host port 8072:8072/),
    ])
  })

  it('a port range "8090-8091:8069-8070" (two entries): 8069 the run\'s, 8070 ephemeral', () => {
    const iso = isolate(model({ odoo: web(port(8069, '8090'), port(8070, '8091')) }), 'odoo')
    expect(iso.target).toBe(8069)
    expect(portsOf(iso, 'odoo')).toEqual([port(8069, P), port(8070)])
  })
})

describe('isolate: container_name', () => {
  it('is reset on every service that sets one, said once', () => {
    const iso = isolate(
      model({
        odoo: { ...web(port(8069, '0')), container_name: 'odoo_hub' },
        db: { container_name: 'db_hub' },
        redis: {},
      }),
      'odoo',
    )
    expect(iso.services.odoo?.container_name).toEqual(new Tagged('!reset', null))
    expect(iso.services.db?.container_name).toEqual(new Tagged('!reset', null))
    expect(iso.services.redis).toBeUndefined()
    expect(iso.notes).toEqual([
      expect.stringMatching(/^container_name removed from odoo \(odoo_hub\), db \(db_hub\): /),
    ])
  })

  it('a conforming file needs no tag at all', () => {
    const iso = isolate(model({ odoo: web(port(8069, '0')), db: web(port(5432)) }), 'odoo')
    expect(iso.services).toEqual({})
    expect(iso.notes).toEqual([])
    expect(hasTags(iso.services)).toBe(false)
  })
})

describe("mainPort: which container port is the run's", () => {
  const hc = (...test: string[]) => ({ healthcheck: { test } })
  it.each<[string, ComposeService | undefined, number | null, RegExp | undefined]>([
    ['one port', web(port(80, '8080')), 80, undefined],
    [
      'the same port on two IPs',
      web(port(80, '1', { host_ip: '::1' }), port(80, '2')),
      80,
      undefined,
    ],
    [
      'several: the one the healthcheck names',
      { ...web(port(80, '1'), port(8080, '2')), ...hc('CMD', 'wget', 'http://127.0.0.1:8080/') },
      8080,
      /the one of 8080, which its healthcheck names/,
    ],
    [
      'several, the healthcheck names both: 8069 decides',
      {
        ...web(port(8069, '1'), port(8072, '2')),
        ...hc('CMD-SHELL', 'nc -z localhost 8069 && nc -z localhost 8072'),
      },
      8069,
      /Odoo's HTTP port/,
    ],
    [
      'several, nothing says: none',
      web(port(80, '1'), port(443, '2')),
      null,
      /ports 80 and 443, and neither/,
    ],
    ['only udp: none', web(port(53, '53', { protocol: 'udp' })), null, /publishes no TCP port/],
    ['no ports: none', {}, null, /publishes no TCP port/],
    ['no such service: none', undefined, null, /publishes no TCP port/],
    [
      'a version number in the healthcheck is not a port',
      { ...web(port(80, '1'), port(443, '2')), ...hc('CMD', 'check', '--min', '443.1') },
      null,
      /neither/,
    ],
  ])('%s', (_what, service, target, note) => {
    const m = mainPort('odoo', service)
    expect(m.target).toBe(target)
    if (note) expect(m.note).toMatch(note)
    else expect(m.note).toBeUndefined()
  })
})

describe("taggedYaml: JSON with compose's tags, valid YAML", () => {
  it('writes each tag before its value, and YAML reads it back with the tag', () => {
    const iso = isolate(
      model({
        odoo: { ...web(port(8069, '8090')), container_name: 'x' },
        db: web(port(5432, '5432')),
      }),
      'odoo',
    )
    const text = taggedYaml({ services: iso.services })
    expect(text).toContain('"ports": !override [')
    expect(text).toContain('"container_name": !reset null')
    const doc = parseDocument(text)
    expect(doc.errors).toEqual([])
    const node = (path: string[]) => doc.getIn(path, true) as { tag?: string }
    expect(node(['services', 'odoo', 'ports']).tag).toBe('!override')
    expect(node(['services', 'db', 'ports']).tag).toBe('!override')
    expect(node(['services', 'odoo', 'container_name']).tag).toBe('!reset')
    expect(doc.toJS()).toEqual({
      services: {
        // An unknown tag leaves the scalar's text to the reader: compose reads
        // `!reset null` as "remove it" (test/docker/isolation-override.test.ts).
        odoo: { container_name: 'null', ports: [port(8069, P)] },
        db: { ports: [port(5432)] },
      },
    })
  })

  it('without tags it is plain JSON', () => {
    const value = { a: [1, 'x', { b: null }], c: {}, d: [], e: 'with "quotes" and ${VAR}' }
    expect(JSON.parse(taggedYaml(value))).toEqual(value)
    expect(hasTags(value)).toBe(false)
  })
})
