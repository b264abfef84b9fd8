// Every verdict scenario of the Odoo stand-in, end to end through the dist
// bundles: the outputs and the JSON report must say what the log says, and a
// log that reports a failure is never `passed`, whatever the exit code.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, runActionCase, type CaseResult } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'

let current: CaseResult | undefined
afterEach(() => current && forceRemovePrefix(current.prefix))

const cases = [
  {
    module: 'demo_pass',
    result: 'passed',
    gate: 'PASS',
    exit: 0,
    tests: [3, 3, 0, 0, 0],
    failure: null,
  },
  {
    module: 'demo_skip',
    result: 'passed',
    gate: 'PASS',
    exit: 0,
    tests: [3, 2, 0, 0, 1],
    failure: null,
  },
  // The only test skipped (a browser test without websocket-client): Odoo exits 0, nothing proven.
  {
    module: 'demo_allskip',
    result: 'error',
    gate: 'FAIL',
    exit: 0,
    tests: [1, 0, 0, 0, 1],
    failure: null,
  },
  {
    module: 'demo_fail',
    result: 'failed',
    gate: 'FAIL',
    exit: 1,
    tests: [3, 2, 1, 0, 0],
    failure: 'FAIL TestDemo.test_two',
  },
  {
    module: 'demo_error',
    result: 'failed',
    gate: 'FAIL',
    exit: 1,
    tests: [3, 2, 0, 1, 0],
    failure: 'ERROR TestDemo.test_three',
  },
  {
    module: 'demo_setupclass',
    result: 'failed',
    gate: 'FAIL',
    exit: 1,
    tests: [0, 0, 0, 1, 0],
    failure: 'setUpClass TestDemo.null',
  },
  {
    module: 'demo_subtest',
    result: 'failed',
    gate: 'FAIL',
    exit: 1,
    tests: [1, 0, 2, 0, 0],
    failure: 'FAIL TestDemo.test_sub',
  },
  {
    module: 'demo_color',
    result: 'failed',
    gate: 'FAIL',
    exit: 1,
    tests: [3, 2, 1, 0, 0],
    failure: 'FAIL TestDemo.test_two',
  },
  {
    module: 'demo_lies',
    result: 'failed',
    gate: 'FAIL',
    exit: 0,
    tests: [3, 2, 1, 0, 0],
    failure: 'FAIL TestDemo.test_two',
  },
  {
    module: 'demo_zero',
    result: 'error',
    gate: 'FAIL',
    exit: 0,
    tests: [0, 0, 0, 0, 0],
    failure: null,
  },
  {
    module: 'no_such_module',
    result: 'error',
    gate: 'FAIL',
    exit: 0,
    tests: [0, 0, 0, 0, 0],
    failure: null,
  },
  {
    module: 'demo_crash',
    result: 'error',
    gate: 'FAIL',
    exit: 255,
    tests: [0, 0, 0, 0, 0],
    failure: null,
  },
  {
    module: 'demo_pass,demo_fail',
    result: 'failed',
    gate: 'FAIL',
    exit: 1,
    tests: [6, 5, 1, 0, 0],
    failure: 'FAIL TestDemo.test_two',
  },
] as const

describe.each(cases)('$module', ({ module, result, gate, exit, tests, failure }) => {
  it(`is ${result} (exit ${exit}), in the outputs and the report`, async () => {
    const c = (current = await runActionCase('v', module))
    const [total, passed, failed, errors, skipped] = tests
    expect(c.main.code, c.main.stdout).toBe(result === 'passed' ? 0 : 1)
    expect(c.outputs).toMatchObject({
      result,
      'exit-code': String(exit),
      'tests-total': String(total),
      'tests-passed': String(passed),
      'tests-failed': String(failed),
      'tests-errors': String(errors),
      'tests-skipped': String(skipped),
    })
    const report = JSON.parse(readFileSync(c.outputs['report-file'] as string, 'utf8'))
    expect(report).toMatchObject({
      gate_status: gate,
      result,
      exit_code: exit,
      tests: { total, passed, failed, errors, skipped },
    })
    expect(report.modules).toEqual(module.split(','))
    const first = report.failures[0]
    expect(first ? `${first.kind} ${first.class}.${first.method}` : null).toBe(failure)
    if (failure?.startsWith('FAIL TestDemo.test_two')) {
      expect(first).toMatchObject({
        file: `addons/${first.module}/tests/test_demo.py`,
        line: 17,
        message: 'AssertionError: 1 != 2',
      })
    }
    if (result !== 'passed') expect(report.blocking_issues.length).toBeGreaterThan(0)
    // Which test was skipped and why, next to the count.
    const why = (reason: string, test: string) => [{ module, reason, count: 1, tests: [test] }]
    if (module === 'demo_skip')
      expect(report.skip_reasons).toEqual(why('not ready', 'TestDemo.test_three'))
    else if (module === 'demo_allskip') {
      const ws = 'websocket-client module is not installed'
      expect(report.skip_reasons).toEqual(why(ws, 'TestTour.test_web_client_loads'))
      expect(report.blocking_issues[0]).toBe(
        `Module demo_allskip: every selected test was skipped, so nothing was proven (1 test skipped: ${ws}).`,
      )
    } else expect(report.skip_reasons).toEqual([])
    // The post step completes the report with the cleanup it verified.
    expect(c.post.code).toBe(0)
    const final = JSON.parse(readFileSync(c.outputs['report-file'] as string, 'utf8'))
    expect(final.cleanup).toEqual({ containers: 2, networks: 1, volumes: 2, verified: true })
    // `port allocated` repeats when a parallel run won the race for a port.
    const phases = final.timeline.map(
      (e: { phase: string; outcome: string }) => `${e.phase}:${e.outcome}`,
    )
    expect(phases).toContain('port allocated:ok')
    expect(phases.filter((p: string) => p !== 'port allocated:ok')).toEqual([
      'validated:ok',
      'up:ok',
      'healthy:ok',
      'testing:ok',
      `verdict:${gate === 'PASS' ? 'ok' : 'failed'}`,
      'teardown:ok',
      'verified:ok',
    ])
    expectNothingLeft(c.prefix, c.project)
  })
})
