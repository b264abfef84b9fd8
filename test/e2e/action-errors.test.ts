// Errors that must be clear and leave nothing behind: bad inputs and missing
// files (refused before Docker is touched), no Docker engine, no free port.
import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, runActionCase } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'

let prefix = ''
afterEach(() => forceRemovePrefix(prefix))

describe('refused before anything is created', () => {
  it.each<{ what: string; extra: Record<string, string>; says: string }>([
    {
      what: 'a module with a shell substitution',
      extra: { module: 'x$(touch /tmp/pwned)' },
      says: "Invalid input 'module'",
    },
    { what: 'an uppercase module', extra: { module: 'Traction' }, says: '^[a-z][a-z0-9_]*$' },
    {
      what: 'a reversed port range',
      extra: { 'port-range': '8100-8090' },
      says: "Invalid input 'port-range'",
    },
    {
      what: 'a missing compose file',
      extra: { 'compose-file': 'nope.yml' },
      says: 'Input \'compose-file\': "nope.yml" not found',
    },
  ])('$what', async ({ extra, says }) => {
    const c = await runActionCase('bad', 'demo_pass', extra)
    prefix = c.prefix
    expect(c.main.code).toBe(1)
    expect(c.main.stdout).toContain(says)
    expect(c.project).toBeUndefined() // no state: nothing was created
    expect(c.outputs.result).toBe('error')
    expect(c.post.code).toBe(0)
    expect(c.post.stdout).toContain('Nothing to clean up')
    expectNothingLeft(c.prefix, undefined)
  })

  it('an engine that does not answer gives a clear error', async () => {
    const c = await runActionCase(
      'nodocker',
      'demo_pass',
      {},
      { DOCKER_HOST: 'unix:///tmp/rtr-no-such-docker.sock' },
    )
    prefix = c.prefix
    expect(c.main.code).toBe(1)
    expect(c.main.stdout).toContain(
      'The Docker engine does not answer at DOCKER_HOST (unix:///tmp/rtr-no-such-docker.sock)',
    )
    expect(c.project).toBeUndefined()
    expect(c.post.code).toBe(0)
  })
})

describe('a port range with every port taken', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((res) => (server ? server.close(() => res()) : res())))

  it('fails clearly and leaves nothing', async () => {
    server = createServer()
    const port = await new Promise<number>((res) =>
      server?.listen(0, '0.0.0.0', () => res((server?.address() as { port: number }).port)),
    )
    const c = await runActionCase('ports', 'demo_pass', {
      'port-range': `${port}-${port}`,
      'port-wait-timeout': '2',
    })
    prefix = c.prefix
    expect(c.main.code).toBe(1)
    expect(c.main.stdout).toContain(`No free host port in port-range ${port}`)
    expect(c.main.stdout).toContain('waiting up to 2 s for one to free up')
    expect(c.main.stdout).toContain(`${port}: not a compose project (another program`)
    expect(c.post.code).toBe(0)
    expectNothingLeft(c.prefix, c.project)
  })
})
