// Chaos: the runner's processes killed at every phase, and many runs at once
// on one engine. Each case ends with zero containers, networks and volumes of
// its projects (by label, and by name).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs, runActionCase } from '../helpers/action-case.js'
import { forceRemovePrefix, NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

let prefixes: string[] = []
afterEach(() => {
  prefixes.forEach(forceRemovePrefix)
  prefixes = []
})

/** Runs a step and SIGKILLs it the moment its output contains `trigger`. */
async function killedAt(job: GhaJob, step: 'main' | 'post', trigger: string) {
  let sent = false
  const { done } = job.start(step, (out, child) => {
    if (!sent && out.includes(trigger)) {
      sent = true
      child.kill('SIGKILL')
    }
  })
  const res = await done
  expect(sent, `never saw ${JSON.stringify(trigger)} in:\n${res.stdout.slice(-1500)}`).toBe(true)
  expect(res.signal).toBe('SIGKILL')
  return res
}

describe('SIGKILL of main at every phase, then the post step', () => {
  it.each<{ phase: string; trigger: string; env: Record<string, string> }>([
    { phase: 'after state saved, before up', trigger: 'Compose project:', env: {} },
    { phase: 'during up', trigger: '::group::docker compose up', env: {} },
    {
      phase: 'during the health wait',
      trigger: 'waiting for every container to be healthy',
      env: { FIXTURE_HEALTH: 'slow' },
    },
  ])('$phase', async ({ trigger, env }) => {
    const prefix = uniquePrefix('kill')
    prefixes.push(prefix)
    const job = new GhaJob(fixtureInputs('demo_pass', prefix), env)
    await killedAt(job, 'main', trigger)
    const post = await job.run('post')
    expect(post.code, post.stdout).toBe(0)
    expect(post.stdout).toContain('Cleanup verified')
    const report = JSON.parse(
      readFileSync(join(job.dir, 'proof_of_execution_tests.report.json'), 'utf8'),
    )
    expect(report.blocking_issues[0]).toMatch(/did not reach a verdict/)
    expect(report.cleanup.verified).toBe(true)
    expectNothingLeft(prefix, job.project())
  })
})

it('SIGKILL of the post step in the middle of teardown; a second post run finishes it', async () => {
  const prefix = uniquePrefix('postkill')
  prefixes.push(prefix)
  const job = new GhaJob(fixtureInputs('demo_pass', prefix, { 'down-timeout': '5' }))
  expect((await job.run('main')).code).toBe(0)
  await killedAt(job, 'post', ' Container ')
  const again = await job.run('post')
  expect(again.code, again.stdout).toBe(0)
  expect(again.stdout).toContain('Cleanup verified')
  expectNothingLeft(prefix, job.project())
})

describe('many runs at once on one engine, an eleven-port range', () => {
  const inputs = (tag: string, module: string) => {
    const prefix = uniquePrefix(tag)
    prefixes.push(prefix)
    return fixtureInputs(module, prefix, { 'port-range': '8200-8210' })
  }

  it('10 runs at once: all pass, each on its own port while they all hold one', async () => {
    const jobs = Array.from({ length: 10 }, (_, i) => new GhaJob(inputs(`ten${i}`, 'demo_pass')))
    // Every main first (their projects all up at once), then every post.
    const mains = await Promise.all(jobs.map((j) => j.run('main')))
    for (const m of mains) expect(m.code, m.stdout.slice(-1500)).toBe(0)
    const ports = jobs.map((j) => Number(j.outputs().port))
    expect(new Set(ports).size).toBe(10)
    for (const p of ports) expect(p >= 8200 && p <= 8210).toBe(true)
    const posts = await Promise.all(jobs.map((j) => j.run('post')))
    for (const p of posts) expect(p.code).toBe(0)
    for (const j of jobs) expectNothingLeft(j.inputs['project-prefix'] as string, j.project())
  }, 300_000)

  it('12 runs for 11 ports: the extra one waits for a port, then passes', async () => {
    // Eleven runs hold every port (their tests hang until they get SIGINT).
    const holders = Array.from(
      { length: 11 },
      (_, i) => new GhaJob(inputs(`hold${i}`, 'demo_hang')),
    )
    const holding = holders.map((j) => {
      let resolveUp: () => void = () => undefined
      const up = new Promise<void>((r) => (resolveUp = r))
      const step = j.start(
        'main',
        (out) => out.includes('Starting TestDemo.test_forever') && resolveUp(),
      )
      return { up, step }
    })
    await Promise.all(holding.map((h) => h.up))
    const extra = new GhaJob(inputs('extra', 'demo_pass'))
    let released = false
    const extraMain = extra.start('main', (out) => {
      if (!released && out.includes('waiting up to')) {
        released = true // one holder ends: its port frees up
        holding[0]?.step.child.kill('SIGINT')
      }
    }).done
    const m = await extraMain
    expect(released, m.stdout.slice(-1500)).toBe(true)
    expect(m.stdout).toContain('Every port of 8200-8210 is taken; waiting up to 300 s')
    expect(m.code, m.stdout.slice(-1500)).toBe(0)
    expect((await extra.run('post')).code).toBe(0)
    for (const h of holding) h.step.child.kill('SIGINT')
    for (const h of holding) expect((await h.step.done).stdout).toContain('Cleanup verified')
    for (const j of holders) expect((await j.run('post')).code).toBe(0)
    for (const j of [...holders, extra])
      expectNothingLeft(j.inputs['project-prefix'] as string, j.project())
  }, 300_000)
})

it('a new run removes the run of a dead job (owner gone), never one whose job goes on', async () => {
  const prefix = uniquePrefix('reaper')
  prefixes.push(prefix)
  // A job that died whole (worker, main and its watchdog killed: a reboot-like end).
  const dead = new GhaJob(fixtureInputs('demo_hang', prefix, { 'test-timeout': '120' }))
  const testing = new Promise<string>((resolve) => {
    dead.startUnderWorker((out) => out.includes('Starting TestDemo.test_forever') && resolve(out))
  })
  const out = await testing
  for (const re of [/MAINPID (\d+)/, /Watchdog started \(pid (\d+)\)/])
    process.kill(Number(re.exec(out)?.[1]), 'SIGKILL')
  // A job whose main finished but whose later steps and post have not run yet.
  // It starts after the dead job: its own start-of-run reaper removes the dead run.
  const ongoing = new GhaJob(fixtureInputs('demo_pass', prefix))
  const ongoingMain = await ongoing.run('main')
  expect(ongoingMain.code).toBe(0)
  expect(ongoingMain.stdout).toContain(`Removing stale run ${dead.project()}: its owner process`)
  // Another new run of the same prefix on this host, while that job goes on.
  const c = await runActionCase('reaper-new', 'demo_pass', { 'project-prefix': prefix })
  expect(c.main.code, c.main.stdout.slice(-1500)).toBe(0)
  expect(c.main.stdout).not.toContain('Removing stale run') // the ongoing job's run is not stale
  expect(projectLeftovers(dead.project() as string)).toEqual(NOTHING)
  expect(projectLeftovers(ongoing.project() as string).containers).toHaveLength(2) // untouched
  // The reaper completed the dead run's record: where it stopped, then the cleanup.
  const record = JSON.parse(
    readFileSync(join(dead.dir, 'proof_of_execution_tests.report.json'), 'utf8'),
  )
  expect(record.blocking_issues[0]).toContain('last in phase "testing"')
  expect(record.cleanup).toEqual({ containers: 2, networks: 1, volumes: 2, verified: true })
  expect(record.timeline.slice(-2).map((e: { phase: string }) => e.phase)).toEqual([
    'teardown',
    'verified',
  ])
  expect((await ongoing.run('post')).code).toBe(0)
  expectNothingLeft(prefix, c.project)
})
