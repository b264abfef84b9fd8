// Cancellation as the runner does it: SIGINT to main (a cancelled job), and
// SIGKILL to main followed by the post step. Either way nothing is left.
import { execFileSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, FIXTURE_COMPOSE, fixtureInputs } from '../helpers/action-case.js'
import { forceRemovePrefix, NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

let prefix = ''
afterEach(() => forceRemovePrefix(prefix))

const labelled = (id: string) => {
  const f = ['--filter', `label=io.healthrt.rtr.id=${id}`, '-q']
  const n = (args: string[]) =>
    execFileSync('docker', [...args, ...f], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length
  return {
    containers: n(['ps', '-a']),
    networks: n(['network', 'ls']),
    volumes: n(['volume', 'ls']),
  }
}

/** Starts main and sends `signal` once the tests are running inside the service. */
async function mainInterrupted(
  tag: string,
  signal: NodeJS.Signals,
  extra: Record<string, string> = {},
  copyCompose = false,
) {
  prefix = uniquePrefix(tag)
  const job = new GhaJob(fixtureInputs('demo_hang', prefix, { 'test-timeout': '90', ...extra }))
  if (copyCompose) copyFileSync(FIXTURE_COMPOSE, join(job.dir, 'compose.yml'))
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
    // Our ownership labels are on every container, network and volume it made.
    expect(labelled(project as string)).toEqual({ containers: 2, networks: 1, volumes: 2 })
    // The report on disk says how far main got before it died.
    const reportFile = join(job.dir, 'proof_of_execution_tests.report.json')
    const killed = JSON.parse(readFileSync(reportFile, 'utf8'))
    expect(killed.blocking_issues[0]).toBe(
      'The run did not reach a verdict: it was last in phase "testing".',
    )
    expect(killed.timeline.at(-1)).toMatchObject({
      phase: 'testing',
      ended_at: null,
      outcome: null,
    })
    const post = await job.run('post')
    expect(post.code, post.stdout).toBe(0)
    expect(post.stdout).toContain('Before teardown: 2 containers')
    // Post completed the record: teardown and verification, and the cleanup.
    const done = JSON.parse(readFileSync(reportFile, 'utf8'))
    const phases = done.timeline.map((e: { phase: string }) => e.phase)
    expect(phases.filter((p: string) => p !== 'port allocated')).toEqual([
      'validated',
      'up',
      'healthy',
      'testing',
      'teardown',
      'verified',
    ])
    expect(done.timeline.at(-1).outcome).toBe('ok')
    expect(done.cleanup).toEqual({ containers: 2, networks: 1, volumes: 2, verified: true })
    expect(post.stdout).toContain('Cleanup verified')
    expectNothingLeft(prefix, project)
    // Safe to run twice.
    const again = await job.run('post')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Before teardown: 0 containers, 0 networks, 0 volumes')
  })

  it('post tears down by project name when the compose files are gone', async () => {
    const { job, project } = await mainInterrupted(
      'gone',
      'SIGKILL',
      { 'compose-file': 'compose.yml' },
      true,
    )
    for (const f of readdirSync(job.dir).filter((f) => f.endsWith('.yml'))) rmSync(join(job.dir, f))
    const post = await job.run('post')
    expect(post.code, post.stdout).toBe(0)
    // Down goes by project name anyway: nothing to warn about.
    expect(post.stdout).not.toMatch(/::warning::.*(compose|left|force)/i)
    expect(post.stdout).toContain('Cleanup verified')
    expectNothingLeft(prefix, project)
  })
})
