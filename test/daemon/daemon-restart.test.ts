// The Docker daemon restarted in the middle of a run: main fails with a clear
// error, and once the engine is back the post step completes the cleanup.
// Its own vitest project, run last and alone: a daemon restart stops every
// container on the engine. Needs root (it stops and starts dockerd).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs } from '../helpers/action-case.js'
import {
  dockerAnswers,
  forceRemovePrefix,
  projectLeftovers,
  uniquePrefix,
} from '../helpers/docker.js'
import { GhaJob, ROOT } from '../helpers/gha-runner.js'

const prefix = uniquePrefix('daemon')
const systemd = () => {
  try {
    execFileSync('systemctl', ['is-active', '--quiet', 'docker'])
    return true
  } catch {
    return false
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function stopDockerd(): Promise<void> {
  if (systemd()) return void execFileSync('systemctl', ['stop', 'docker.socket', 'docker'])
  const pids = execFileSync('pidof', ['dockerd'], { encoding: 'utf8' })
    .trim()
    .split(/\s+/)
    .map(Number)
  for (const pid of pids) process.kill(pid, 'SIGTERM')
  for (let i = 0; i < 120 && dockerAnswers(); i++) await sleep(500)
  for (let i = 0; i < 60 && pids.some((p) => alive(p)); i++) await sleep(500)
  expect(dockerAnswers()).toBe(false)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function startDockerd(): void {
  if (systemd()) execFileSync('systemctl', ['start', 'docker'])
  // Starts dockerd in its own session when nothing answers; a no-op otherwise.
  else execFileSync('bash', [join(ROOT, 'scripts/install-docker.sh')], { stdio: 'inherit' })
}

afterAll(() => {
  if (!dockerAnswers()) startDockerd() // never leave the machine without its engine
  forceRemovePrefix(prefix)
})

it('dockerd restarted while the tests run: a clear error, then post cleans up', async () => {
  const job = new GhaJob(fixtureInputs('demo_hang', prefix, { 'test-timeout': '120' }))
  let stopping: Promise<void> | undefined
  const main = job.start('main', (out) => {
    if (!stopping && out.includes('Starting TestDemo.test_forever')) stopping = stopDockerd()
  })
  const res = await main.done
  await stopping
  expect(res.code).toBe(1)
  expect(res.stdout).toContain('The Docker engine stopped answering while the tests ran')

  startDockerd()
  expect(dockerAnswers()).toBe(true)
  const project = job.project() as string
  expect(projectLeftovers(project).containers.length).toBeGreaterThan(0) // stopped, still there
  const post = await job.run('post')
  expect(post.code, post.stdout).toBe(0)
  expect(post.stdout).toContain('Cleanup verified')
  expectNothingLeft(prefix, project)
}, 240_000)
