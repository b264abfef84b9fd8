// The quality gate end to end: coverage measured inside the service against a
// threshold, a lint command's findings, JUnit XML counts winning over the log.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import {
  expectNothingLeft,
  fixtureInputs,
  runActionCase,
  type CaseResult,
} from '../helpers/action-case.js'
import { forceRemovePrefix, uniquePrefix } from '../helpers/docker.js'
import { GhaJob } from '../helpers/gha-runner.js'

let current: CaseResult | undefined
afterEach(() => current && forceRemovePrefix(current.prefix))
const reportOf = (c: CaseResult) =>
  JSON.parse(readFileSync(c.outputs['report-file'] as string, 'utf8'))

it.each([
  { threshold: '80', gate: 'PASS', met: true, code: 0 },
  { threshold: '90', gate: 'FAIL', met: false, code: 1 },
])(
  'coverage 83.5% against threshold $threshold: gate $gate',
  async ({ threshold, gate, met, code }) => {
    const c = (current = await runActionCase('cov', 'demo_pass', {
      'coverage-threshold': threshold,
    }))
    expect(c.main.code, c.main.stdout).toBe(code)
    expect(c.outputs).toMatchObject({ result: 'passed', 'gate-status': gate, coverage: '83.5' })
    const report = reportOf(c)
    expect(report.coverage).toEqual({ percentage: 83.5, threshold_met: met })
    expect(report.summary).toBe('3 passed, 0 failed, 0 skipped, coverage 83.5%, lint not run')
    if (!met) expect(report.blocking_issues).toContain('Coverage 83.5% is below the 90% threshold.')
    expectNothingLeft(c.prefix, c.project)
  },
)

it('lint findings are counted and fail the gate; the tests still run', async () => {
  const c = (current = await runActionCase('lint', 'demo_pass', {
    'lint-command': 'flake8 /mnt/extra-addons/demo_fail',
  }))
  expect(c.main.code).toBe(1)
  expect(c.outputs).toMatchObject({ result: 'passed', 'gate-status': 'FAIL', 'tests-total': '3' })
  expect(reportOf(c).lint).toEqual({ errors: 2, warnings: 1, exit_code: 1 })
  expect(reportOf(c).summary).toContain('lint 2 errors, 1 warning')
  expectNothingLeft(c.prefix, c.project)
})

it('JUnit XML counts win over the log, and its failures fail the run', async () => {
  const prefix = uniquePrefix('junit')
  const job = new GhaJob(fixtureInputs('demo_pass', prefix, { 'junit-path': 'junit' }))
  mkdirSync(join(job.dir, 'junit'))
  writeFileSync(
    join(job.dir, 'junit', 'results.xml'),
    '<testsuite><testcase classname="TestDemo" name="test_one"/><testcase classname="TestDemo" name="test_x"><failure message="nope"/></testcase></testsuite>',
  )
  const main = await job.run('main')
  const post = await job.run('post')
  current = { job, prefix, main, post, outputs: job.outputs(), project: job.project() }
  expect(main.code).toBe(1)
  expect(current.outputs).toMatchObject({
    result: 'failed',
    'tests-total': '2',
    'tests-failed': '1',
  })
  expect(reportOf(current).blocking_issues[0]).toMatch(/JUnit XML reports 1 failed/)
  expectNothingLeft(prefix, current.project)
})
