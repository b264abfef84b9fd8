import { describe, expect, it } from 'vitest'
import type { ComposeRunner, ComposeTarget } from '../../../src/compose/compose.js'
import type { DockerClient, ExecRequest, ExecSession } from '../../../src/docker/client.js'
import { execThroughApi, parseExecArgs } from '../../../src/engine/api-exec.js'

describe('parseExecArgs', () => {
  it.each([
    [
      ['exec', '-T', 'odoo', 'odoo', '-d', 'x'],
      { service: 'odoo', cmd: ['odoo', '-d', 'x'], env: [], user: undefined },
    ],
    [
      ['exec', '-e', 'RTR_TEST_RUN=1', '-T', 'odoo', 'sh', '-c', 'x'],
      { service: 'odoo', cmd: ['sh', '-c', 'x'], env: ['RTR_TEST_RUN=1'], user: undefined },
    ],
    [
      ['exec', '-T', '-u', 'root', 'odoo', 'pip', 'install'],
      { service: 'odoo', cmd: ['pip', 'install'], env: [], user: 'root' },
    ],
    [
      ['exec', 'odoo', 'ls', '-T'],
      { service: 'odoo', cmd: ['ls', '-T'], env: [], user: undefined },
    ],
  ])('%j is ours', (args, expected) => {
    expect(parseExecArgs(args)).toEqual(expected)
  })

  it.each([
    [['up', '-d']],
    [['exec', '-T', 'odoo']], // no command
    [['exec', '-T']],
    [['exec', '-w', '/tmp', 'odoo', 'pwd']], // an option we do not map
    [['exec', '-e', 'NOVALUE', 'odoo', 'env']], // compose would read it from the environment
    [['exec', '-u']],
  ])('%j goes to compose', (args) => {
    expect(parseExecArgs(args)).toBeUndefined()
  })
})

const target: ComposeTarget = { project: 'p', files: [], workingDirectory: '/', port: null }

function fakes(
  chunks: string[],
  opts: { exit?: number; breakAfter?: number; running?: boolean } = {},
) {
  const calls: string[][] = []
  const requests: ExecRequest[] = []
  let closed = false
  const compose: ComposeRunner = async (_t, args) => {
    calls.push(args)
    return { exitCode: 7, signal: null, timedOut: false, aborted: false, tail: 'compose said so' }
  }
  const session: ExecSession = {
    output: (async function* () {
      for (const [i, c] of chunks.entries()) {
        if (closed) return
        if (i === opts.breakAfter) throw new Error('socket hang up')
        await new Promise((r) => setTimeout(r, 5))
        yield Buffer.from(c)
      }
      while (!closed && opts.exit === undefined) await new Promise((r) => setTimeout(r, 5))
    })(),
    exitCode: async () => opts.exit ?? null,
    close: () => void (closed = true),
  }
  const docker = {
    listProject: async () => ({
      containers: [
        { id: 'c1', service: 'odoo', state: opts.running === false ? 'exited' : 'running' },
      ],
      networks: [],
      volumes: [],
    }),
    exec: async (_id: string, req: ExecRequest) => (requests.push(req), session),
  } as unknown as DockerClient
  return { runner: execThroughApi(compose, docker), calls, requests }
}

describe('execThroughApi', () => {
  it('runs the exec through the API: output in order, tail, exit code', async () => {
    const f = fakes(['a', 'b', 'c'], { exit: 3 })
    const seen: string[] = []
    const res = await f.runner(target, ['exec', '-T', 'odoo', 'x'], {
      keepTail: 2,
      onOutput: (c) => void seen.push(String(c)),
    })
    expect(res).toMatchObject({ exitCode: 3, tail: 'bc', timedOut: false, aborted: false })
    expect(seen).toEqual(['a', 'b', 'c'])
    expect(f.calls).toEqual([])
    expect(f.requests).toEqual([{ service: 'odoo', cmd: ['x'], env: [], user: undefined }])
  })

  it('a broken stream ends the output, no error; the exit code is what the engine says', async () => {
    const f = fakes(['a', 'b', 'c'], { exit: 137, breakAfter: 1 })
    const res = await f.runner(target, ['exec', '-T', 'odoo', 'x'])
    expect(res).toMatchObject({ tail: 'a', exitCode: 137 })
  })

  it("a failing sink is the caller's error, not a swallowed one", async () => {
    const f = fakes(['a'], { exit: 0 })
    const run = f.runner(target, ['exec', '-T', 'odoo', 'x'], {
      onOutput: () => Promise.reject(new Error('disk full')),
    })
    await expect(run).rejects.toThrow('disk full')
  })

  it('timeout and abort', async () => {
    const timed = await fakes(['a']).runner(target, ['exec', '-T', 'odoo', 'x'], { timeoutMs: 30 })
    expect(timed).toMatchObject({ timedOut: true, exitCode: null })
    const ctrl = new AbortController()
    setTimeout(() => ctrl.abort(), 30)
    const aborted = await fakes(['a']).runner(target, ['exec', '-T', 'odoo', 'x'], {
      signal: ctrl.signal,
    })
    expect(aborted).toMatchObject({ aborted: true, exitCode: null })
  })

  it.each([
    ['not an exec', ['down', '-v'], {}],
    ['the service is not running', ['exec', '-T', 'odoo', 'x'], { running: false }],
    ['another service', ['exec', '-T', 'db', 'x'], {}],
  ])('%s: compose runs it', async (_, args, opts) => {
    const f = fakes(['a'], { exit: 0, ...opts })
    const res = await f.runner(target, args)
    expect(res.tail).toBe('compose said so')
    expect(f.calls).toEqual([args])
    expect(f.requests).toEqual([])
  })
})
