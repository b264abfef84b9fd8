// A docker context (`docker context use`) instead of DOCKER_HOST: compose
// follows the context, and so must the action's own Docker calls (labels,
// health events, the test exec, the teardown's verification), or a run could
// verify "nothing left" on an engine compose never used. The contexts are
// made by the real docker CLI in a DOCKER_CONFIG of the test's own; the steps
// run as the runner runs them (dist/ bundles as child processes).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs } from '../helpers/action-case.js'
import { forceRemovePrefix, uniquePrefix } from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

const dir = mkdtempSync(join(tmpdir(), 'rtr-ctx-'))
const config = join(dir, 'docker-config')
const proxySocket = join(dir, 'proxy.sock')
// The engine the rest of the suite uses: the context must reach the same one.
const engineHost = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock'
if (!engineHost.startsWith('unix://'))
  throw new Error(`this test forwards to a unix socket; DOCKER_HOST is ${engineHost}`)
const engineSocket = engineHost.slice('unix://'.length)

/** Request lines seen by the proxy, in order ("POST /v1.45/networks/create"). */
const requests: string[] = []
let proxy: Server
let prefix = ''

const dockerCli = (...args: string[]) =>
  execFileSync('docker', args, { env: { ...process.env, DOCKER_CONFIG: config }, stdio: 'pipe' })

/** Steps with this DOCKER_CONFIG and no DOCKER_HOST (empty counts as unset, as in the CLI). */
const contextEnv = (extra: Record<string, string> = {}) => ({
  DOCKER_CONFIG: config,
  DOCKER_HOST: '',
  ...extra,
})

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    proxy = createServer((client) => {
      const engine = connect(engineSocket)
      client.on('data', (chunk) => {
        for (const m of chunk
          .toString('latin1')
          .matchAll(/^(GET|POST|DELETE|HEAD|PUT) (\S+) HTTP/gm))
          requests.push(`${m[1]} ${m[2]}`)
        engine.write(chunk)
      })
      engine.pipe(client)
      client.on('end', () => engine.end())
      client.on('error', () => engine.destroy())
      engine.on('error', () => client.destroy())
    })
    proxy.listen(proxySocket, resolve)
  })
  dockerCli('context', 'create', 'rtr-proxied', '--docker', `host=unix://${proxySocket}`)
  dockerCli('context', 'create', 'rtr-nowhere', '--docker', `host=unix://${dir}/nothing.sock`)
  dockerCli('context', 'use', 'rtr-proxied') // currentContext in the config
})
afterAll(async () => {
  await new Promise<void>((resolve) => proxy.close(() => resolve()))
  rmSync(dir, { recursive: true, force: true })
})
afterEach(() => forceRemovePrefix(prefix))

describe('a docker context instead of DOCKER_HOST', () => {
  it("the whole run, compose's calls and the action's own, goes to the context's engine", async () => {
    prefix = uniquePrefix('ctx')
    const job = new GhaJob(fixtureInputs('demo_pass', prefix), contextEnv())
    const main = await job.run('main')
    const post = await job.run('post')
    const project = job.project()
    expect(main.code, main.stdout.slice(-2000)).toBe(0)
    expect(job.outputs().result).toBe('passed')
    expect(post.code, post.stdout.slice(-2000)).toBe(0)
    expect(post.stdout).toMatch(/Before teardown: 2 containers/)
    // compose's own work...
    expect(requests).toContainEqual(expect.stringMatching(/^POST \/v[\d.]+\/networks\/create$/))
    // ...and the action's own (compose makes neither call in a run): the
    // health watch's event stream and the test exec.
    expect(requests).toContainEqual(expect.stringMatching(/^GET (\/v[\d.]+)?\/events\?/))
    expect(requests).toContainEqual(
      expect.stringMatching(/^POST (\/v[\d.]+)?\/containers\/[0-9a-f]{64}\/exec$/),
    )
    expectNothingLeft(prefix, project)
  })

  it.each([
    {
      what: 'a context whose engine does not answer: main names the context',
      context: 'rtr-nowhere',
      says: `::error::The Docker engine does not answer at docker context "rtr-nowhere" (unix://${dir}/nothing.sock): `,
    },
    {
      what: 'a context that does not exist: main says which and what to do',
      context: 'rtr-gone',
      says: `Docker context "rtr-gone" (from DOCKER_CONTEXT) was not found in ${config}/contexts. Choose an existing one with 'docker context use <name>'`,
    },
  ])('$what, and creates nothing', async ({ context, says }) => {
    prefix = uniquePrefix('ctxbad')
    const job = new GhaJob(
      fixtureInputs('demo_pass', prefix),
      contextEnv({ DOCKER_CONTEXT: context }),
    )
    const main = await job.run('main')
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(says)
    expect(job.project()).toBeUndefined() // no state: nothing was created
    expectNothingLeft(prefix, undefined)
  })
})
