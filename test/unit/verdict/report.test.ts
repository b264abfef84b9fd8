import { describe, expect, it } from 'vitest'
import { emptySummary } from '../../../src/odoo-log/summary.js'
import type { TestFailure } from '../../../src/odoo-log/types.js'
import {
  buildReport,
  withCleanup,
  type ReportInput,
  type Verdict,
} from '../../../src/verdict/index.js'

const passed: Verdict = {
  result: 'passed',
  reasons: [],
  tests: { passed: 41, failed: 0, errors: 0, skipped: 2, total: 43 },
}
const failed: Verdict = {
  result: 'failed',
  reasons: ['The log reports 1 failed test and 0 test errors (of 42 tests run).'],
  tests: { passed: 41, failed: 1, errors: 0, skipped: 0, total: 42 },
}
const errored: Verdict = {
  result: 'error',
  reasons: [
    "Odoo crashed while installing or loading modules (exit code 255): Couldn't load module estate.",
  ],
  tests: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 },
}

const failure: TestFailure = {
  kind: 'FAIL',
  module: 'estate',
  className: 'TestEstateProperty',
  method: 'test_garden',
  subtest: "orientation='east'",
  logger: 'odoo.addons.estate.tests.test_estate_property',
  firstLine: 'Traceback (most recent call last):',
  lastLine: '+ 10',
  exceptionLine: 'AssertionError: 0 != 10',
  traceback: '...',
  tracebackOmittedLines: 0,
  location: { file: 'addons/estate/tests/test_estate_property.py', line: 63 },
  logLine: 12,
}

function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    verdict: passed,
    summary: null,
    taskId: 'WO-1234',
    workingDir: '/home/runner/work/estate',
    exitCode: 0,
    durationS: 83.456,
    modules: ['estate'],
    ...over,
  }
}

describe('buildReport', () => {
  it('has exactly the documented keys, in snake_case, and survives JSON', () => {
    const report = buildReport(
      input({
        coverage: { percentage: 83.5, threshold: 80 },
        lint: { errors: 0, warnings: 0, exitCode: 0 },
        project: 'hub-agent-test-20261206t101010z-1-1-abc123',
        port: 8093,
      }),
    )
    expect(Object.keys(report).sort()).toEqual(
      [
        'blocking_issues',
        'coverage',
        'duration_s',
        'exit_code',
        'failures',
        'gate_status',
        'lint',
        'modules',
        'port',
        'project',
        'result',
        'skip_reasons',
        'summary',
        'task_id',
        'tests',
        'working_dir',
      ].sort(),
    )
    expect(report).toEqual({
      gate_status: 'PASS',
      task_id: 'WO-1234',
      working_dir: '/home/runner/work/estate',
      summary: '41 passed, 0 failed, 2 skipped, coverage 83.5%, lint clean',
      tests: { passed: 41, failed: 0, errors: 0, skipped: 2, total: 43 },
      failures: [],
      skip_reasons: [],
      coverage: { percentage: 83.5, threshold_met: true },
      lint: { errors: 0, warnings: 0, exit_code: 0 },
      blocking_issues: [],
      exit_code: 0,
      duration_s: 83.5,
      result: 'passed',
      modules: ['estate'],
      project: 'hub-agent-test-20261206t101010z-1-1-abc123',
      port: 8093,
    })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('has null project and port where there was no run (judge)', () => {
    const report = buildReport(input({}))
    expect([report.project, report.port]).toEqual([null, null])
  })

  it('maps failures with their location and the exception line as message', () => {
    const summary = {
      ...emptySummary(),
      failures: [failure, { ...failure, subtest: null, location: null, exceptionLine: null }],
    }
    expect(buildReport(input({ verdict: failed, summary })).failures).toEqual([
      {
        kind: 'FAIL',
        module: 'estate',
        class: 'TestEstateProperty',
        method: 'test_garden',
        file: 'addons/estate/tests/test_estate_property.py',
        line: 63,
        message: "subtest (orientation='east'): AssertionError: 0 != 10",
      },
      {
        kind: 'FAIL',
        module: 'estate',
        class: 'TestEstateProperty',
        method: 'test_garden',
        file: null,
        line: null,
        message: '+ 10',
      },
    ])
  })

  it('lists why tests were skipped, grouped by module and reason, next to the count', () => {
    const summary = {
      ...emptySummary(),
      skipped: 3,
      skips: [
        {
          module: 'estate',
          reason: 'wkhtmltopdf is not installed',
          count: 2,
          tests: ['TestPdf.test_a', 'TestPdf.test_b'],
        },
        {
          module: 'estate_tour',
          reason: 'websocket-client module is not installed',
          count: 1,
          tests: ['TestTour.test_web_client_loads'],
        },
      ],
    }
    const report = buildReport(input({ summary }))
    expect(report.tests.skipped).toBe(2) // the verdict's count stays where it was
    expect(report.skip_reasons).toEqual(summary.skips)
    expect(report.skip_reasons[0]).not.toBe(summary.skips[0]) // a copy, not the parser's object
    expect(buildReport(input()).skip_reasons).toEqual([]) // no log read: none
  })

  it('defaults missing measurements to null', () => {
    const report = buildReport(input({ taskId: undefined, exitCode: null }))
    expect(report).toMatchObject({
      task_id: null,
      exit_code: null,
      coverage: { percentage: null, threshold_met: null },
      lint: { errors: null, warnings: null, exit_code: null },
    })
  })

  // prettier-ignore
  it.each([
    ['passed, nothing else measured', input(), '41 passed, 0 failed, 2 skipped, coverage not measured, lint not run', 'PASS', []],
    ['passed, coverage without threshold', input({ coverage: { percentage: 12.345 } }), '41 passed, 0 failed, 2 skipped, coverage 12.3%, lint not run', 'PASS', []],
    ['passed, coverage below threshold', input({ coverage: { percentage: 70, threshold: 80 } }), '41 passed, 0 failed, 2 skipped, coverage 70.0%, lint not run', 'FAIL', ['Coverage 70.0% is below the 80% threshold.']],
    ['passed, lint errors', input({ lint: { errors: 3, warnings: 1, exitCode: 1 } }), '41 passed, 0 failed, 2 skipped, coverage not measured, lint 3 errors, 1 warning', 'FAIL', ['Lint failed with 3 errors (exit code 1).']],
    ['passed, lint warnings only', input({ lint: { errors: 0, warnings: 2, exitCode: 0 } }), '41 passed, 0 failed, 2 skipped, coverage not measured, lint 0 errors, 2 warnings', 'PASS', []],
    ['failed', input({ verdict: failed, coverage: { percentage: 83.5 }, lint: { errors: 0, warnings: 0, exitCode: 0 } }), '41 passed, 1 failed, 0 skipped, coverage 83.5%, lint clean', 'FAIL', failed.reasons],
    ['failed with errors', input({ verdict: { ...failed, tests: { ...failed.tests, errors: 2 } } }), '41 passed, 1 failed, 2 errors, 0 skipped, coverage not measured, lint not run', 'FAIL', failed.reasons],
    ['error', input({ verdict: errored, exitCode: 255 }), "error: Odoo crashed while installing or loading modules (exit code 255): Couldn't load module estate; 0 passed, 0 failed, 0 skipped, coverage not measured, lint not run", 'FAIL', errored.reasons],
  ])('%s', (_name, reportInput, summaryLine, gate, blocking) => {
    const report = buildReport(reportInput)
    expect(report.summary).toBe(summaryLine)
    expect(report.gate_status).toBe(gate)
    expect(report.blocking_issues).toEqual(blocking)
    expect(report.result).toBe(reportInput.verdict.result)
  })
})

describe('withCleanup', () => {
  it('adds the cleanup record without touching the original report', () => {
    const report = buildReport(input())
    const cleaned = withCleanup(report, { containers: 2, networks: 1, volumes: 1, verified: true })
    expect(cleaned.cleanup).toEqual({ containers: 2, networks: 1, volumes: 1, verified: true })
    expect(report.cleanup).toBeUndefined()
    expect({ ...cleaned, cleanup: undefined }).toEqual({ ...report, cleanup: undefined })
  })
})
