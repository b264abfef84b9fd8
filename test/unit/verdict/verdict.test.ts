import { describe, expect, it } from 'vitest'
import { emptySummary } from '../../../src/odoo-log/summary.js'
import type { LogRecordRef, OdooLogSummary, TestFailure } from '../../../src/odoo-log/types.js'
import {
  countTests,
  decideVerdict,
  type VerdictInput,
  type VerdictResult,
} from '../../../src/verdict/index.js'

/** A clean run of 3 estate tests; cases override what they need. */
function summary(over: Partial<OdooLogSummary> = {}): OdooLogSummary {
  return {
    ...emptySummary(),
    result: { failed: 0, errors: 0, total: 3 },
    modules: {
      estate: {
        tests: 3,
        failed: 0,
        errors: 0,
        skipped: 0,
        skippedClasses: 0,
        testsSource: 'starting',
      },
    },
    modulesLoaded: true,
    ...over,
  }
}

const failure: TestFailure = {
  kind: 'FAIL',
  module: 'estate',
  className: 'TestX',
  method: 'test_y',
  subtest: null,
  logger: 'odoo.addons.estate.tests.test_x',
  firstLine: 'Traceback (most recent call last):',
  lastLine: 'AssertionError: 1 != 2',
  exceptionLine: 'AssertionError: 1 != 2',
  traceback: '',
  tracebackOmittedLines: 0,
  location: { file: 'addons/estate/tests/test_x.py', line: 9 },
  logLine: 40,
}
const failing = {
  result: { failed: 1, errors: 0, total: 3 },
  failures: [failure],
  failureTotals: { failed: 1, errors: 0 },
}
const record = (level: LogRecordRef['level'], logger: string, message: string): LogRecordRef => ({
  level,
  logger,
  message,
  lastLine: null,
  logLine: 1,
})
const crash = {
  logger: 'odoo.modules.module',
  message: "Couldn't load module estate",
  module: 'estate',
  lastLine: "ModuleNotFoundError: No module named 'x'",
  location: { file: 'addons/estate/models/a.py', line: 3 },
  logLine: 20,
}
const noResult = { result: null, modules: {}, modulesLoaded: false }
const errorOutside = {
  otherErrors: [record('ERROR', 'odoo.sql_db', 'bad query')],
  recordTotals: { criticals: 0, otherErrors: 1, warnings: 0 },
}
const warning = {
  warnings: [record('WARNING', 'odoo.fields', 'unknown comodel_name')],
  recordTotals: { criticals: 0, otherErrors: 0, warnings: 1 },
}
const critical = {
  criticals: [record('CRITICAL', 'odoo.addons.estate.models.a', 'disk full')],
  recordTotals: { criticals: 1, otherErrors: 0, warnings: 0 },
}

const WS = 'websocket-client module is not installed'
type Counts = { tests: number; skipped: number; skippedClasses?: number; failed?: number }
/** A run whose modules started `tests` tests and skipped some, with the reasons grouped as the parser does. */
function skipping(
  modules: Record<string, Counts>,
  skips: OdooLogSummary['skips'],
  over: Partial<OdooLogSummary> = {},
): OdooLogSummary {
  const counts = Object.values(modules)
  const total = counts.reduce((n, m) => n + m.tests, 0)
  const failed = counts.reduce((n, m) => n + (m.failed ?? 0), 0)
  return summary({
    result: { failed, errors: 0, total },
    failureTotals: { failed, errors: 0 },
    modules: Object.fromEntries(
      Object.entries(modules).map(([m, c]) => [
        m,
        { failed: 0, errors: 0, skippedClasses: 0, testsSource: 'starting' as const, ...c },
      ]),
    ),
    skipped: counts.reduce((n, m) => n + m.skipped + (m.skippedClasses ?? 0), 0),
    skippedClasses: counts.reduce((n, m) => n + (m.skippedClasses ?? 0), 0),
    skips,
    ...over,
  })
}
const group = (module: string, reason: string, count: number) => ({
  module,
  reason,
  count,
  tests: Array.from({ length: count }, (_, i) => `TestTour.test_${i}`),
})
const ALL_SKIPPED = 'Module estate: every selected test was skipped, so nothing was proven'

interface Case {
  name: string
  summary: OdooLogSummary
  input?: Partial<Omit<VerdictInput, 'summary'>>
  result: VerdictResult
  reasons?: string[]
  notReasons?: string[]
}

// prettier-ignore
const cases: Case[] = [
  { name: 'clean run, exit 0', summary: summary(), result: 'passed' },
  { name: 'exit 0 with a failure in the log', summary: summary(failing), result: 'failed', reasons: ['1 failed test', 'FAIL in estate: TestX.test_y (addons/estate/tests/test_x.py:9): AssertionError: 1 != 2', 'exited with code 0 although'] },
  { name: 'exit 0, result line clean but a FAIL record', summary: summary({ failureTotals: { failed: 1, errors: 0 }, failures: [failure] }), result: 'failed' },
  { name: 'exit 0, only "At least one test failed"', summary: summary({ atLeastOneTestFailed: true }), result: 'failed' },
  { name: 'exit 0, only a Module line with errors', summary: summary({ modules: { estate: { tests: 3, failed: 0, errors: 1, skipped: 0, skippedClasses: 0, testsSource: 'module-line' } } }), result: 'failed' },
  { name: 'exit 1 with the failure', summary: summary(failing), input: { exitCode: 1 }, result: 'failed', notReasons: ['exited with code'] },
  { name: 'exit 1 and no failure in the log', summary: summary(), input: { exitCode: 1 }, result: 'error', reasons: ['exited with code 1 but its log shows no failing test'] },
  { name: 'exit 255 with an install crash', summary: summary({ ...noResult, crash, criticals: [record('CRITICAL', 'odoo.modules.module', crash.message)], recordTotals: { criticals: 1, otherErrors: 0, warnings: 0 } }), input: { exitCode: 255 }, result: 'error',
    reasons: ["Odoo crashed while installing or loading modules (exit code 255): Couldn't load module estate: ModuleNotFoundError: No module named 'x' (addons/estate/models/a.py:3)."], notReasons: ['CRITICAL logged', 'test summary line'] },
  { name: 'exit 255 without a recognised crash', summary: summary(noResult), input: { exitCode: 255 }, result: 'error', reasons: ['exited with code 255', 'never printed its test summary line'] },
  { name: 'exit 0 and zero tests, no module requested', summary: summary({ result: { failed: 0, errors: 0, total: 0 }, modules: {} }), input: { modules: [] }, result: 'error', reasons: ['No test ran (0 tests).'] },
  { name: 'exit 0 and zero tests for the module', summary: summary({ result: { failed: 0, errors: 0, total: 0 }, modules: {} }), result: 'error', reasons: ['Module estate ran no test.'] },
  { name: 'missing summary line', summary: summary(noResult), result: 'error', reasons: ['never printed its test summary line'] },
  { name: 'timeout', summary: summary(noResult), input: { exitCode: null, timedOut: true }, result: 'error', reasons: ['timed out'], notReasons: ['no exit code', 'summary line'] },
  { name: 'killed without exit code', summary: summary(), input: { exitCode: null }, result: 'error', reasons: ['reported no exit code'] },
  { name: 'exit 137', summary: summary(), input: { exitCode: 137 }, result: 'error', reasons: ['exited with code 137'] },
  { name: 'requested module absent from the counts', summary: summary(), input: { modules: ['estate', 'estate_sale'] }, result: 'error', reasons: ['Module estate_sale ran no test.'], notReasons: ['Module estate '] },
  { name: 'requested module unknown to Odoo', summary: summary({ invalidModules: ['estat'] }), input: { modules: ['estat'] }, result: 'error', reasons: ['Module estat is unknown to Odoo'] },
  { name: '"Modules loaded." missing', summary: summary({ modulesLoaded: false }), result: 'error', reasons: ['Modules loaded.'] },
  { name: 'environment error', summary: summary(), input: { environmentError: 'port 8069 already allocated' }, result: 'error', reasons: ['Environment error: port 8069 already allocated'] },
  { name: 'error verdict names the first ERROR outside tests', summary: summary({ ...noResult, ...errorOutside }), result: 'error', reasons: ['First ERROR logged outside tests: odoo.sql_db: bad query'] },
  { name: 'ERROR outside tests, default mode', summary: summary(errorOutside), result: 'passed' },
  { name: 'ERROR outside tests, strict', summary: summary(errorOutside), input: { strict: true }, result: 'failed', reasons: ['ERROR logged outside tests (strict mode): odoo.sql_db: bad query'] },
  { name: 'ERROR outside tests, strict, ignored', summary: summary(errorOutside), input: { strict: true, ignore: [/^odoo\.sql_db: bad/] }, result: 'passed' },
  { name: 'WARNING, strict', summary: summary(warning), input: { strict: true }, result: 'failed', reasons: ['WARNING logged (strict mode): odoo.fields: unknown comodel_name'] },
  { name: 'WARNING, strict, ignored', summary: summary(warning), input: { strict: true, ignore: [/unknown comodel/] }, result: 'passed' },
  { name: 'CRITICAL', summary: summary(critical), result: 'failed', reasons: ['CRITICAL logged: odoo.addons.estate.models.a: disk full'] },
  { name: 'CRITICAL ignored', summary: summary(critical), input: { ignore: [/disk full/] }, result: 'passed' },
  { name: 'CRITICAL records not stored cannot be ignored', summary: summary({ ...critical, recordTotals: { criticals: 3, otherErrors: 0, warnings: 0 } }), input: { ignore: [/disk full/] }, result: 'failed', reasons: ['2 more records not listed'] },
  { name: 'failures win over a timeout and a crash', summary: summary({ ...failing, result: null, crash }), input: { exitCode: null, timedOut: true }, result: 'failed', reasons: ['1 failed test', 'timed out', 'Odoo crashed'] },
  // Skipped tests: a module whose selected tests were all skipped proved nothing.
  { name: 'all skipped: the only test, a browser test without websocket-client', summary: skipping({ estate: { tests: 1, skipped: 1 } }, [group('estate', WS, 1)]), result: 'error',
    reasons: [`${ALL_SKIPPED} (1 test skipped: ${WS}).`] },
  { name: 'all skipped, strict mode: still error', summary: skipping({ estate: { tests: 1, skipped: 1 } }, [group('estate', WS, 1)]), input: { strict: true }, result: 'error', reasons: [ALL_SKIPPED] },
  { name: 'all skipped, exit code from a log that says 0 failed', summary: skipping({ estate: { tests: 2, skipped: 2 } }, [group('estate', WS, 1), group('estate', 'Chrome executable not found', 1)]), input: { exitCode: 0 }, result: 'error',
    reasons: [`${ALL_SKIPPED} (1 test skipped: ${WS}; 1 test skipped: Chrome executable not found).`] },
  { name: 'all skipped, many reasons: three quoted, the rest counted', summary: skipping({ estate: { tests: 5, skipped: 5 } }, ['a', 'b', 'c', 'd', 'e'].map((r) => group('estate', r, 1))), result: 'error',
    reasons: ['(1 test skipped: a; 1 test skipped: b; 1 test skipped: c; 2 more skipped for other reasons).'] },
  { name: 'all skipped, reasons past the parser cap', summary: skipping({ estate: { tests: 3, skipped: 3 } }, [group('estate', WS, 1)]), result: 'error',
    reasons: [`(1 test skipped: ${WS}; 2 more skipped, reasons not kept (see the log)).`] },
  { name: 'some skipped, some passed: passed', summary: skipping({ estate: { tests: 3, skipped: 1 } }, [group('estate', 'wkhtmltopdf is not installed', 1)]), result: 'passed' },
  { name: 'skipped in one of two modules', summary: skipping({ estate: { tests: 3, skipped: 1 }, estate_tour: { tests: 2, skipped: 2 } }, [group('estate', 'no pdf', 1), group('estate_tour', WS, 2)]),
    input: { modules: ['estate', 'estate_tour'] }, result: 'error',
    reasons: [`Module estate_tour: every selected test was skipped, so nothing was proven (2 tests skipped: ${WS}).`], notReasons: ['Module estate:', 'no pdf'] },
  { name: 'all skipped in one module, a failure in the other: failed, both said', summary: skipping({ estate: { tests: 2, skipped: 0, failed: 1 }, estate_tour: { tests: 1, skipped: 1 } }, [group('estate_tour', WS, 1)], { failures: [failure] }),
    input: { modules: ['estate', 'estate_tour'] }, result: 'failed', reasons: ['1 failed test', 'Module estate_tour: every selected test was skipped'] },
  { name: 'all skipped but one failed: failed, not "nothing proven"', summary: skipping({ estate: { tests: 2, skipped: 1, failed: 1 } }, [group('estate', WS, 1)], { failures: [failure] }), result: 'failed', notReasons: ['every selected test was skipped'] },
  { name: 'a class skipped by setUpClass, no test started', summary: skipping({ estate: { tests: 0, skipped: 0, skippedClasses: 1 } }, [group('estate', 'Chrome executable not found', 1)]), result: 'error',
    reasons: [`${ALL_SKIPPED} (1 test skipped: Chrome executable not found).`], notReasons: ['ran no test'] },
  { name: 'a class skipped by setUpClass, another class passed', summary: skipping({ estate: { tests: 1, skipped: 0, skippedClasses: 1 } }, [group('estate', 'Chrome executable not found', 1)]), result: 'passed' },
  { name: 'no module requested, every test skipped', summary: skipping({ estate: { tests: 2, skipped: 2 } }, [group('estate', WS, 2)]), input: { modules: [] }, result: 'error',
    reasons: [`Every test was skipped, so nothing was proven (2 tests skipped: ${WS}).`] },
  { name: 'no module requested, some skipped', summary: skipping({ estate: { tests: 2, skipped: 1 } }, [group('estate', WS, 1)]), input: { modules: [] }, result: 'passed' },
]

describe.each(cases)('$name', (c) => {
  it(`is ${c.result}`, () => {
    const verdict = decideVerdict({
      exitCode: 0,
      timedOut: false,
      modules: ['estate'],
      ...c.input,
      summary: c.summary,
    })
    expect(verdict.result).toBe(c.result)
    const text = verdict.reasons.join('\n')
    if (c.result === 'passed') expect(verdict.reasons).toEqual([])
    else expect(verdict.reasons.length).toBeGreaterThan(0)
    for (const r of c.reasons ?? []) expect(text).toContain(r)
    for (const r of c.notReasons ?? []) expect(text).not.toContain(r)
  })
})

describe('countTests', () => {
  it.each([
    ['clean', summary(), { passed: 3, failed: 0, errors: 0, skipped: 0, total: 3 }],
    [
      'skips are not passes',
      summary({ skipped: 1 }),
      { passed: 2, failed: 0, errors: 0, skipped: 1, total: 3 },
    ],
    // Two failing subtests of one test: never a negative pass count.
    [
      'a class skipped by its setUpClass is not subtracted from tests Odoo never counted',
      summary({ result: { failed: 0, errors: 0, total: 2 }, skipped: 2, skippedClasses: 1 }),
      { passed: 1, failed: 0, errors: 0, skipped: 2, total: 2 },
    ],
    [
      'subtests',
      summary({ result: { failed: 2, errors: 0, total: 1 } }),
      { passed: 0, failed: 2, errors: 0, skipped: 0, total: 1 },
    ],
    [
      'setUpClass error',
      summary({ result: { failed: 0, errors: 1, total: 0 } }),
      { passed: 0, failed: 0, errors: 1, skipped: 0, total: 0 },
    ],
    [
      'failure records beyond the result line',
      summary({ failureTotals: { failed: 2, errors: 1 } }),
      { passed: 0, failed: 2, errors: 1, skipped: 0, total: 3 },
    ],
    [
      'no result line: module counts',
      summary({ result: null }),
      { passed: 3, failed: 0, errors: 0, skipped: 0, total: 3 },
    ],
  ])('%s', (_name, s, expected) => {
    expect(countTests(s)).toEqual(expected)
    expect(decideVerdict({ summary: s, exitCode: 0, timedOut: false, modules: [] }).tests).toEqual(
      expected,
    )
  })
})
