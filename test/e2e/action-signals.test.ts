// Cancellation as the runner does it: SIGINT to main (a cancelled job), and
// SIGKILL to main followed by the post step. Either way nothing is left.
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs } from '../helpers/action-case.js'
import { forceRemovePrefix, NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

let prefix = ''
afterEach(() => forceRemovePrefix(prefix))

/** Starts main and sends `signal` once the tests are running inside the service. */
async function mainInterrupted(tag: string, signal: NodeJS.Signals) {
  prefix = uniquePrefix(tag)
  const job = new GhaJob(fixtureInputs('demo_hang', prefix, { 'test-timeout': '90' }))
  let sent = false
  const { done } = job.start('main', (out, child) => {
    if (!sent && out.includes('Starting TestDemo.test_forever')) {
      sent = true
      child.kill(signal)
    }
  })
  const main = await done
  expect(sent, main.stdout).toBe(true)
  return { job, main, project: job.project() }
}

describe('signals to main while the tests run', () => {
  it('SIGINT: main stops the tests and tears down at once; post then verifies', async () => {
    const { job, main, project } = await mainInterrupted('sigint', 'SIGINT')
    expect(project).toBeDefined()
    expect(main.code).toBe(1)
    expect(main.stdout).toContain('Received SIGINT')
    // Torn down by main itself, before any post step.
    expect(projectLeftovers(project as string)).toEqual(NOTHING)
    expect(main.stdout).toContain('Cleanup verified')
    const post = await job.run('post')
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('Cleanup verified')
    expectNothingLeft(prefix, project)
  })

  it('SIGKILL: main dies with the project up; the post step removes everything', async () => {
    const { job, main, project } = await mainInterrupted('sigkill', 'SIGKILL')
    expect(main.signal).toBe('SIGKILL')
    const before = projectLeftovers(project as string)
    expect(before.containers.length).toBe(2) // still there: nobody cleaned yet
    const post = await job.run('post')
    expect(post.code, post.stdout).toBe(0)
    expect(post.stdout).toContain('Before teardown: 2 containers')
    expect(post.stdout).toContain('Cleanup verified')
    expectNothingLeft(prefix, project)
    // Safe to run twice.
    const again = await job.run('post')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Before teardown: 0 containers, 0 networks, 0 volumes')
  })
})
