// The runner itself dies (SIGKILL of the worker and of main): no post step
// will ever run. The watchdog main started must notice and tear down.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { fixtureInputs } from '../helpers/action-case.js'
import {
  forceRemovePrefix,
  NOTHING,
  prefixLeftovers,
  projectLeftovers,
  uniquePrefix,
} from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

const prefix = uniquePrefix('wd')
afterEach(() => forceRemovePrefix(prefix))

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return Date.now() - start
}

it('SIGKILL of the runner and of main, no post step: the watchdog removes the project', async () => {
  const job = new GhaJob(fixtureInputs('demo_hang', prefix, { 'test-timeout': '120' }))
  let out = ''
  const worker = job.startUnderWorker((o) => (out = o))
  await until(() => out.includes('Starting TestDemo.test_forever'), 60_000).catch((e: Error) => {
    throw new Error(`${e.message}; main printed:\n${out.slice(-3000)}`)
  })
  const mainPid = Number(/MAINPID (\d+)/.exec(out)?.[1])
  const project = job.project() as string
  expect(projectLeftovers(project).containers).toHaveLength(2)
  expect(out).toMatch(/Watchdog started \(pid \d+\), watching pid \d+/)

  process.kill(mainPid, 'SIGKILL')
  worker.kill('SIGKILL')
  const tookMs = await until(
    () =>
      prefixLeftovers(prefix).containers.length === 0 &&
      projectLeftovers(project).volumes.length === 0,
    30_000,
  )
  console.log(`watchdog cleaned up ${tookMs} ms after the kill`)
  expect(projectLeftovers(project)).toEqual(NOTHING)
  expect(prefixLeftovers(prefix)).toEqual(NOTHING)

  // It recorded what it did: in its log and in the report's cleanup.
  const log = readdirSync(job.dir).find((f) => f.endsWith('.watchdog.log')) as string
  await until(() => readFileSync(join(job.dir, log), 'utf8').includes('Watchdog done'), 10_000)
  expect(readFileSync(join(job.dir, log), 'utf8')).toContain('cleaned: watched process gone')
  const report = JSON.parse(
    readFileSync(join(job.dir, 'proof_of_execution_tests.report.json'), 'utf8'),
  )
  expect(report.cleanup).toMatchObject({ verified: true })
  expect(report.blocking_issues[0]).toContain('last in phase "testing"')
})
