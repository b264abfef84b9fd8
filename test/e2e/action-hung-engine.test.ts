// An engine that accepts connections and never answers (a wedged dockerd):
// main and post must end on their own, say what is wrong and what to do, and
// a later post against a working engine must still clean up. The steps run
// as the runner runs them (dist/ bundles as child processes); DOCKER_HOST
// points them at a unix socket that takes every request and answers none.
import { mkdtempSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs } from '../helpers/action-case.js'
import { forceRemovePrefix, uniquePrefix } from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

const socket = join(mkdtempSync(join(tmpdir(), 'rtr-hung-')), 'docker.sock')
const hung = `unix://${socket}`
const held: Socket[] = []
let server: Server
let prefix = ''

beforeAll(
  () =>
    new Promise<void>((resolve) => {
      server = createServer((c) => void held.push(c.on('data', () => undefined)))
      server.listen(socket, resolve)
    }),
)
afterAll(
  () =>
    new Promise<void>((resolve) => {
      for (const c of held) c.destroy()
      server.close(() => resolve())
    }),
)
afterEach(() => forceRemovePrefix(prefix))

describe('an engine that never answers', () => {
  it('main: a clear error after the engine check gives up, and the step ends', async () => {
    prefix = uniquePrefix('hungmain')
    const job = new GhaJob(fixtureInputs('demo_pass', prefix), { DOCKER_HOST: hung })
    const main = await job.run('main')
    expect(main.code).toBe(1)
    expect(main.stdout).toContain(
      `::error::The Docker engine does not answer at DOCKER_HOST (${hung}): no answer within 15 s.`,
    )
    expect(job.project()).toBeUndefined() // no state: nothing was created
    expect(held.length).toBeGreaterThan(0) // it did connect, and got no answer
  })

  it('post: gives up, fails with the command to run; a post against the engine then cleans up', async () => {
    prefix = uniquePrefix('hungpost')
    const job = new GhaJob(fixtureInputs('demo_pass', prefix))
    const main = await job.run('main')
    expect(main.code, main.stdout.slice(-2000)).toBe(0)
    const project = job.project()!

    // The same post step, with the engine wedged.
    const wedged = new GhaJob(job.inputs, { DOCKER_HOST: hung })
    Object.assign(wedged.files, job.files) // main's state, outputs and summary
    const post = await wedged.run('post')
    expect(post.code).toBe(1)
    expect(post.stdout).toContain(
      `::warning::The Docker engine does not answer at DOCKER_HOST (${hung}) (no answer within 15 s): nothing more can be removed or verified until it does.`,
    )
    expect(post.stdout).toContain('docker compose down was stopped: the engine does not answer.')
    expect(post.stdout).toContain(
      `::error::Teardown left resources of ${project} behind: (unknown: Docker did not answer). Remove them with: docker compose -p ${project} down -v --remove-orphans`,
    )

    // Post again, as a rerun would, with the engine answering: everything goes.
    const again = await job.run('post')
    expect(again.code, again.stdout.slice(-2000)).toBe(0)
    expect(again.stdout).toMatch(/Before teardown: 2 containers/)
    expectNothingLeft(prefix, project)
  })
})
