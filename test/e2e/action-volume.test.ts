// A test command printing 200 MB: streamed to the log file with bounded
// memory, echoed to the job log only up to its cap.
import { statSync } from 'node:fs'
import { afterEach, expect, it } from 'vitest'
import { expectNothingLeft, runActionCase, type CaseResult } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'

let current: CaseResult | undefined
afterEach(() => current && forceRemovePrefix(current.prefix))

it('200 MB of test output: all of it in the log file, the step stays small', async () => {
  const c = (current = await runActionCase('flood', 'demo_flood_200', { 'health-timeout': '60' }))
  expect(c.main.code, c.main.stdout.slice(-2000)).toBe(0)
  expect(c.outputs.result).toBe('passed')
  const size = statSync(c.outputs['log-file'] as string).size
  expect(size).toBeGreaterThan(200 * 1000 * 1000)
  // The job log got the first 8 MiB and a note, not 200 MB.
  expect(c.main.stdout.length).toBeLessThan(12 * 1024 * 1024)
  expect(c.main.stdout).toContain('The test output passed 8 MiB')
  const rss = Number(/Peak memory \(RSS\) of this step: (\d+) MB/.exec(c.main.stdout)?.[1])
  console.log(`log ${(size / 1e6).toFixed(0)} MB, main's peak RSS ${rss} MB`)
  expect(rss).toBeGreaterThan(0)
  expect(rss).toBeLessThan(200) // far below the log's size: nothing held in memory
  expectNothingLeft(c.prefix, c.project)
})
