// The action's bundles, run as separate processes the way the runner runs
// them, on the fixture compose project: verdicts, outputs, proof log, summary,
// and nothing left behind.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, runActionCase, type CaseResult } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'

let current: CaseResult | undefined
afterEach(() => {
  if (current) forceRemovePrefix(current.prefix) // only after the assertions ran
})

describe.each([
  {
    module: 'demo_pass',
    mainCode: 0,
    result: 'passed',
    exitCode: '0',
    logHas: '0 failed, 0 error(s) of 3 tests',
  },
  {
    module: 'demo_fail',
    mainCode: 1,
    result: 'failed',
    exitCode: '1',
    logHas: 'FAIL: TestDemo.test_two',
  },
  {
    module: 'demo_crash',
    mainCode: 1,
    result: 'error',
    exitCode: '255',
    logHas: 'Failed to initialize database',
  },
])('module $module', ({ module, mainCode, result, exitCode, logHas }) => {
  it(`main exits ${mainCode} with result ${result}, post verifies cleanup`, async () => {
    const c = (current = await runActionCase(module.replace('demo_', ''), module))
    expect(c.main.code, c.main.stdout).toBe(mainCode)
    expect(c.outputs.result).toBe(result)
    expect(c.outputs['exit-code']).toBe(exitCode)
    expect(c.project).toMatch(new RegExp(`^${c.prefix}-\\d{8}t\\d{6}z-\\d+-1-[0-9a-f]{6}$`))
    expect(c.outputs['project-name']).toBe(c.project)
    const port = Number(c.outputs.port)
    expect(port).toBeGreaterThanOrEqual(8090)
    expect(port).toBeLessThanOrEqual(8100)
    expect(readFileSync(c.outputs['log-file'] as string, 'utf8')).toContain(logHas)
    expect(c.post.code, c.post.stdout).toBe(0)
    expect(c.post.stdout).toContain('Cleanup verified: nothing of this run is left.')
    const summary = c.job.summary()
    const heading = {
      passed: 'Odoo tests passed',
      failed: 'Odoo tests failed',
      error: 'Odoo tests did not complete',
    }
    expect(summary).toContain(heading[result as keyof typeof heading])
    expect(summary).toContain('Cleanup verification: ✅ nothing of this run is left')
    expectNothingLeft(c.prefix, c.project)
  })
})

describe('a service that turns unhealthy', () => {
  it('fails fast with the container logs, long before health-timeout', async () => {
    const started = Date.now()
    const c = (current = await runActionCase(
      'unhealthy',
      'demo_pass',
      { 'health-timeout': '600' },
      { FIXTURE_HEALTH: 'never' },
    ))
    const elapsedS = (Date.now() - started) / 1000
    expect(c.main.code).toBe(1)
    expect(c.outputs.result).toBe('error')
    expect(c.main.stdout).toMatch(/::error::Container \S+odoo\S* \(service odoo\) is unhealthy/)
    expect(c.main.stdout).toContain('Last 50 log lines of')
    // 600 s was allowed; failing fast means the unhealthy state ended the wait.
    expect(elapsedS).toBeLessThan(300)
    expect(c.post.stdout).toContain('Cleanup verified')
    expectNothingLeft(c.prefix, c.project)
  })

  it('fails fast when the tested service exits at start', async () => {
    const c = (current = await runActionCase('exits', 'demo_pass', {}, { FIXTURE_HEALTH: 'exit' }))
    expect(c.main.code).toBe(1)
    expect(c.main.stdout).toMatch(/exited with code 3/)
    expectNothingLeft(c.prefix, c.project)
  })
})
