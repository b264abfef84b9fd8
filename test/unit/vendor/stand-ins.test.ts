// The stand-ins of src/vendor/ as the bundled packages use them: before their
// load each use throws an error naming the missing load; after it, each use
// reaches the real package. Every test imports fresh copies (resetModules), so
// "before the load" holds whatever ran earlier.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as realSsh2 from 'ssh2'
import * as realUndici from 'undici'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

const fresh = {
  undici: () => import('../../../src/vendor/undici.js'),
  ssh2: () => import('../../../src/vendor/ssh2.js'),
  buildkit: () => import('../../../src/vendor/buildkit.js'),
  onDemand: () => import('../../../src/vendor/on-demand.js'),
}
beforeEach(() => {
  vi.resetModules()
})

const server = createServer((req, res) => res.end(`you asked for ${req.url}`))
let url = ''
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe.each([
  {
    pkg: 'undici',
    uses: {
      fetch: async () => (await fresh.undici()).fetch(`${url}/x`),
      'new ProxyAgent': async () => new (await fresh.undici()).ProxyAgent('http://127.0.0.1:9'),
    },
    load: async () => (await fresh.undici()).loadUndici(),
    loader: 'loadUndici()',
  },
  {
    pkg: 'ssh2',
    uses: { 'new Client': async () => new (await fresh.ssh2()).Client() },
    load: async () => (await fresh.ssh2()).loadSsh2(),
    loader: 'loadSsh2()',
  },
])('the $pkg stand-in', ({ pkg, uses, load, loader }) => {
  it.each(Object.entries(uses))('%s before the load throws, naming the load', async (_, use) => {
    await expect(use()).rejects.toThrow(`${pkg} was used before it was loaded`)
    await expect(use()).rejects.toThrow(`${loader} (src/vendor/${pkg}.ts) must be awaited first`)
  })

  it('loads once, however often asked', async () => {
    await expect(Promise.all([load(), load()])).resolves.toEqual([undefined, undefined])
  })
})

describe('after the load, the real packages answer', () => {
  it('undici: fetch reaches the server, ProxyAgent is the real one', async () => {
    const { fetch, loadUndici, ProxyAgent } = await fresh.undici()
    await loadUndici()
    expect(await (await fetch(`${url}/x`)).text()).toBe('you asked for /x')
    const agent = new ProxyAgent('http://127.0.0.1:9')
    expect(agent).toBeInstanceOf(realUndici.ProxyAgent)
    await agent.close()
  })

  it('ssh2: Client is the real one', async () => {
    const { Client, loadSsh2 } = await fresh.ssh2()
    await loadSsh2()
    const client = new Client()
    expect(client).toBeInstanceOf(realSsh2.Client)
    expect(typeof (client as realSsh2.Client).connect).toBe('function')
  })
})

describe('ssh2 is needed', () => {
  it.each([
    ['ssh://runner@build-host', true],
    ['SSH://build-host:2222', true],
    ['unix:///var/run/docker.sock', false],
    ['tcp://127.0.0.1:2375', false],
    ['', false],
  ])('for DOCKER_HOST=%j: %s', async (host, needed) => {
    expect((await fresh.ssh2()).needsSsh2(host)).toBe(needed)
  })
})

type BuildKit = typeof import('../../../src/vendor/buildkit.js')
describe('the BuildKit stand-in (@grpc/grpc-js, @grpc/proto-loader, protobufjs)', () => {
  it.each<[string, (b: BuildKit) => unknown]>([
    ['new Server()', (b) => new b.Server()],
    ['ServerCredentials.createInsecure()', (b) => b.ServerCredentials.createInsecure()],
    ['loadPackageDefinition()', (b) => b.loadPackageDefinition()],
    ['loadSync()', (b) => b.loadSync()],
  ])('%s throws: not bundled', async (_, use) => {
    const buildkit = await fresh.buildkit()
    expect(() => use(buildkit)).toThrow(/BuildKit support .* is not bundled/)
  })
})

describe('a failed load', () => {
  it('is retried on the next call', async () => {
    const { onDemand } = await fresh.onDemand()
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(42)
    const pkg = onDemand('pkg', 'loadPkg()', load)
    await expect(pkg.load()).rejects.toThrow('chunk missing')
    expect(() => pkg.get()).toThrow('pkg was used before it was loaded')
    await pkg.load()
    expect(pkg.get()).toBe(42)
    expect(load).toHaveBeenCalledTimes(2)
  })
})
