import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCompose, type ComposeRunner, type ComposeTarget } from '../../src/compose/compose.js'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { execThroughApi } from '../../src/engine/api-exec.js'
import { NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'

// The Engine API exec must be indistinguishable from `docker compose exec -T`
// for the engine: same exit codes, same bytes, same environment and user; and
// anything it does not handle must reach compose unchanged.
const dir = mkdtempSync(join(tmpdir(), 'rtr-api-exec-'))
const file = join(dir, 'compose.yml')
writeFileSync(
  file,
  JSON.stringify({
    services: {
      box: {
        image: 'rtr-fixture-postgres:15',
        pull_policy: 'never',
        entrypoint: ['sleep', '3600'],
      },
    },
  }),
)
const target: ComposeTarget = {
  project: uniquePrefix('apiexec'),
  files: [file],
  workingDirectory: dir,
  port: null,
}
const docker = createDockerClient()
const passedOn: string[][] = []
const spy: ComposeRunner = (t, args, opts) => {
  passedOn.push(args)
  return runCompose(t, args, opts)
}
const api = execThroughApi(spy, docker)

async function both(args: string[]) {
  passedOn.length = 0
  const collect = () => {
    const chunks: Buffer[] = []
    return { chunks, onOutput: (c: Buffer) => void chunks.push(c) }
  }
  const a = collect()
  const c = collect()
  const viaApi = await api(target, args, { onOutput: a.onOutput })
  expect(passedOn, 'handled through the API, not compose').toEqual([])
  const viaCompose = await runCompose(target, args, { onOutput: c.onOutput })
  return {
    viaApi,
    viaCompose,
    apiOut: Buffer.concat(a.chunks),
    composeOut: Buffer.concat(c.chunks),
  }
}

const lines = (b: Buffer) => b.toString('utf8').split('\n').sort()

describe('exec through the Engine API (real Docker)', () => {
  beforeAll(async () => {
    const up = await runCompose(target, ['up', '-d'], { timeoutMs: 60_000 })
    expect(up.exitCode, up.tail).toBe(0)
  })

  afterAll(async () => {
    await runCompose(target, ['down', '-v', '--remove-orphans', '-t', '0'])
    expect(projectLeftovers(target.project)).toEqual(NOTHING)
  })

  it.each([
    [
      'exit code and both streams',
      ['exec', '-T', 'box', 'sh', '-c', 'echo out; echo err >&2; exit 3'],
    ],
    [
      'environment (-e) and user (-u)',
      ['exec', '-T', '-e', 'RTR_X=a b', '-u', '65534', 'box', 'sh', '-c', 'echo "$RTR_X"; id -u'],
    ],
    ['a successful command', ['exec', '-T', 'box', 'true']],
    ['a missing executable', ['exec', '-T', 'box', 'no-such-binary']],
  ])('%s: same result as compose exec', async (_, args) => {
    const { viaApi, viaCompose, apiOut, composeOut } = await both(args)
    expect(viaApi.exitCode).toBe(viaCompose.exitCode)
    if (viaCompose.exitCode === 0 || args.includes('sh'))
      expect(lines(apiOut)).toEqual(lines(composeOut))
  })

  it('streams 20 MB with backpressure: every byte, in order', async () => {
    const args = ['exec', '-T', 'box', 'sh', '-c', 'seq 1 2500000']
    let slow = 0
    const { viaApi, apiOut, composeOut } = await both(args)
    expect(viaApi.exitCode).toBe(0)
    expect(apiOut.length).toBeGreaterThan(18_000_000)
    expect(apiOut.equals(composeOut)).toBe(true)
    // A sink that takes its time: the output is still complete.
    let bytes = 0
    const res = await api(target, args, {
      onOutput: async (c) => {
        bytes += c.length
        if (slow++ % 50 === 0) await new Promise((r) => setTimeout(r, 5))
      },
    })
    expect(res.exitCode).toBe(0)
    expect(bytes).toBe(apiOut.length)
  })

  it('a timeout and an abort stop reading at once, with no exit code', async () => {
    const t0 = Date.now()
    const timed = await api(target, ['exec', '-T', 'box', 'sleep', '30'], { timeoutMs: 300 })
    expect(timed).toMatchObject({ timedOut: true, aborted: false, exitCode: null })
    const ctrl = new AbortController()
    setTimeout(() => ctrl.abort(), 300)
    const aborted = await api(target, ['exec', '-T', 'box', 'sleep', '30'], { signal: ctrl.signal })
    expect(aborted).toMatchObject({ aborted: true, exitCode: null })
    expect(Date.now() - t0).toBeLessThan(20_000)
  })

  it("leaves to compose what it does not handle, with compose's own message", async () => {
    passedOn.length = 0
    const unknown = await api(target, ['exec', '-T', 'nosuch', 'true'])
    expect(unknown.exitCode).not.toBe(0)
    expect(unknown.tail).toMatch(/nosuch/)
    const workdir = await api(target, ['exec', '-T', '-w', '/tmp', 'box', 'pwd'])
    expect(workdir).toMatchObject({ exitCode: 0 })
    expect(workdir.tail.trim()).toBe('/tmp')
    expect(passedOn.map((a) => a[2])).toEqual(['nosuch', '-w'])
  })
})
