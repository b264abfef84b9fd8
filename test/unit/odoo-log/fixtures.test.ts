import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseOdooLogFile, type OdooLogSummary } from '../../../src/odoo-log/index.js'
import { decideVerdict, type VerdictResult } from '../../../src/verdict/index.js'

const LOGS = fileURLToPath(new URL('../../fixtures/logs/', import.meta.url))

interface ExpectedFailure {
  kind: 'FAIL' | 'ERROR' | 'setUpClass'
  module: string
  className: string
  method: string | null
  subtest?: string
  file: string
  line: number
  lastLine: string
  exceptionLine?: string
}

interface Case {
  file: string
  exitCode: number
  modules: string[]
  result: { failed: number; errors: number; total: number } | null
  perModule: Record<string, { tests: number; failed: number; errors: number; skipped: number }>
  failures: ExpectedFailure[]
  crash: { module: string | null; lastLine: string; file: string; line: number } | null
  flags: Partial<
    Pick<OdooLogSummary, 'modulesLoaded' | 'atLeastOneTestFailed' | 'invalidModules' | 'skipped'>
  >
  verdict: VerdictResult
  /** A substring of one of the verdict's reasons. */
  reason?: string
}

const PROP = 'addons/estate/tests/test_estate_property.py'
const SOLD: ExpectedFailure = {
  kind: 'FAIL',
  module: 'estate',
  className: 'TestEstateProperty',
  method: 'test_sell_property',
  file: PROP,
  line: 41,
  // assertEqual on strings appends a diff: the last line is not the exception.
  lastLine: '+ sold',
  exceptionLine: "AssertionError: 'offer_accepted' != 'sold'",
}
const ESTATE_OK = { estate: { tests: 3, failed: 0, errors: 0, skipped: 0 } }
const ESTATE_1_FAIL = { estate: { tests: 3, failed: 1, errors: 0, skipped: 0 } }
const FAILED_FLAGS = { modulesLoaded: false, atLeastOneTestFailed: true }
const DEADLINE: ExpectedFailure = {
  kind: 'ERROR',
  module: 'estate',
  className: 'TestEstateOffer',
  method: 'test_offer_deadline',
  // The innermost frame inside the addons path is in the model, not the test.
  file: 'addons/estate/models/estate_property_offer.py',
  line: 48,
  lastLine: "AttributeError: 'bool' object has no attribute 'date'",
}
const ESTATE_1_ERROR = { estate: { tests: 2, failed: 0, errors: 1, skipped: 0 } }

// A table reads best as a table.
// prettier-ignore
const cases: Case[] = [
  { file: 'odoo16-crlf-pass.log', exitCode: 0, modules: ['estate'], result: { failed: 0, errors: 0, total: 3 }, perModule: ESTATE_OK, failures: [], crash: null, flags: { modulesLoaded: true }, verdict: 'passed' },
  { file: 'odoo16-fail.log', exitCode: 1, modules: ['estate'], result: { failed: 1, errors: 0, total: 3 }, perModule: ESTATE_1_FAIL, failures: [SOLD], crash: null, flags: FAILED_FLAGS, verdict: 'failed', reason: 'TestEstateProperty.test_sell_property' },
  { file: 'odoo17-error.log', exitCode: 1, modules: ['estate'], result: { failed: 0, errors: 1, total: 2 }, perModule: ESTATE_1_ERROR, failures: [DEADLINE], crash: null, flags: FAILED_FLAGS, verdict: 'failed', reason: '1 test error' },
  { file: 'odoo17-subtests.log', exitCode: 1, modules: ['estate'], result: { failed: 2, errors: 0, total: 1 }, perModule: { estate: { tests: 1, failed: 2, errors: 0, skipped: 0 } },
    failures: ['east', 'west'].map((side) => ({ kind: 'FAIL' as const, module: 'estate', className: 'TestEstateProperty', method: 'test_garden_orientation', subtest: `orientation='${side}'`, file: PROP, line: 63, lastLine: 'AssertionError: 0 != 10' })),
    crash: null, flags: FAILED_FLAGS, verdict: 'failed', reason: '2 failed tests' },
  { file: 'odoo17-skipped.log', exitCode: 0, modules: ['estate'], result: { failed: 0, errors: 0, total: 3 }, perModule: { estate: { tests: 3, failed: 0, errors: 0, skipped: 1 } }, failures: [], crash: null, flags: { skipped: 1, modulesLoaded: true }, verdict: 'passed' },
  { file: 'odoo17-ansi-fail.log', exitCode: 1, modules: ['estate'], result: { failed: 1, errors: 0, total: 3 }, perModule: ESTATE_1_FAIL, failures: [SOLD], crash: null, flags: FAILED_FLAGS, verdict: 'failed' },
  { file: 'odoo17-compose-prefixed.log', exitCode: 1, modules: ['estate'], result: { failed: 0, errors: 1, total: 2 }, perModule: ESTATE_1_ERROR, failures: [DEADLINE], crash: null, flags: FAILED_FLAGS, verdict: 'failed' },
  { file: 'odoo17-data-crash.log', exitCode: 255, modules: ['estate'], result: null, perModule: {}, failures: [],
    // Only Odoo frames in the traceback: the location comes from the ParseError's own text.
    crash: { module: null, lastLine: 'odoo.tools.convert.ParseError: while parsing /mnt/extra-addons/estate/views/estate_property_views.xml:3, somewhere inside', file: 'addons/estate/views/estate_property_views.xml', line: 3 },
    flags: { modulesLoaded: false }, verdict: 'error', reason: 'exit code 255' },
  { file: 'odoo18-pass.log', exitCode: 0, modules: ['estate'], result: { failed: 0, errors: 0, total: 3 }, perModule: ESTATE_OK, failures: [], crash: null, flags: { modulesLoaded: true, atLeastOneTestFailed: false }, verdict: 'passed' },
  { file: 'odoo18-fail.log', exitCode: 1, modules: ['estate'], result: { failed: 1, errors: 0, total: 3 }, perModule: ESTATE_1_FAIL, failures: [SOLD], crash: null, flags: FAILED_FLAGS, verdict: 'failed' },
  { file: 'odoo18-fail.log', exitCode: 0, modules: ['estate'], result: { failed: 1, errors: 0, total: 3 }, perModule: ESTATE_1_FAIL, failures: [SOLD], crash: null, flags: FAILED_FLAGS, verdict: 'failed', reason: 'exited with code 0 although' },
  { file: 'odoo18-setupclass.log', exitCode: 1, modules: ['estate'], result: { failed: 0, errors: 1, total: 0 }, perModule: { estate: { tests: 0, failed: 0, errors: 1, skipped: 0 } },
    // Odoo's own frames under /usr/lib/.../odoo/addons are not in the addons path mapping.
    failures: [{ kind: 'setUpClass', module: 'estate', className: 'TestEstateProperty', method: null, file: PROP, line: 14, lastLine: 'ValueError: External ID not found in the system: estate.property_type_house' }],
    crash: null, flags: FAILED_FLAGS, verdict: 'failed', reason: 'setUpClass error in estate' },
  { file: 'odoo18-zero-tests.log', exitCode: 0, modules: ['estate'], result: { failed: 0, errors: 0, total: 0 }, perModule: {}, failures: [], crash: null, flags: { modulesLoaded: true }, verdict: 'error', reason: 'Module estate ran no test' },
  { file: 'odoo18-unknown-module.log', exitCode: 0, modules: ['estat'], result: { failed: 0, errors: 0, total: 0 }, perModule: {}, failures: [], crash: null, flags: { invalidModules: ['estat'] }, verdict: 'error', reason: 'Module estat is unknown to Odoo' },
  { file: 'odoo18-install-crash.log', exitCode: 255, modules: ['estate'], result: null, perModule: {}, failures: [],
    crash: { module: 'estate', lastLine: "ModuleNotFoundError: No module named 'dateutil.relativedeltas'", file: 'addons/estate/models/estate_property.py', line: 3 },
    flags: { modulesLoaded: false }, verdict: 'error', reason: "Couldn't load module estate" },
  { file: 'odoo18-two-modules.log', exitCode: 1, modules: ['estate', 'estate_account'], result: { failed: 1, errors: 0, total: 5 },
    perModule: { estate: { tests: 3, failed: 0, errors: 0, skipped: 0 }, estate_account: { tests: 2, failed: 1, errors: 0, skipped: 0 } },
    failures: [{ kind: 'FAIL', module: 'estate_account', className: 'TestInvoicing', method: 'test_invoice_created_on_sold', file: 'addons/estate_account/tests/test_invoicing.py', line: 33, lastLine: 'AssertionError: account.move() is not true : Selling a property must create an invoice' }],
    // Post-install failure: loading itself succeeded.
    crash: null, flags: { modulesLoaded: true, atLeastOneTestFailed: false }, verdict: 'failed' },
  // A browser test in an image without websocket-client: Odoo skips it and says `0 failed ... of 1 tests`.
  { file: 'odoo18-browser-skipped.log', exitCode: 0, modules: ['estate_tour'], result: { failed: 0, errors: 0, total: 1 }, perModule: { estate_tour: { tests: 1, failed: 0, errors: 0, skipped: 1 } }, failures: [], crash: null, flags: { skipped: 1, modulesLoaded: true }, verdict: 'error',
    reason: 'Module estate_tour: every selected test was skipped, so nothing was proven (1 test skipped: websocket-client module is not installed).' },
  { file: 'odoo18-skipped-one-of-two.log', exitCode: 0, modules: ['estate', 'estate_tour'], result: { failed: 0, errors: 0, total: 5 },
    perModule: { estate: { tests: 3, failed: 0, errors: 0, skipped: 1 }, estate_tour: { tests: 2, failed: 0, errors: 0, skipped: 2 } }, failures: [], crash: null, flags: { skipped: 3, modulesLoaded: true }, verdict: 'error',
    reason: 'Module estate_tour: every selected test was skipped, so nothing was proven (2 tests skipped: websocket-client module is not installed).' },
  { file: 'odoo18-docker-noise.log', exitCode: 1, modules: ['estate'], result: { failed: 1, errors: 0, total: 3 }, perModule: ESTATE_1_FAIL, failures: [SOLD], crash: null, flags: FAILED_FLAGS, verdict: 'failed' },
]

describe.each(cases)('$file (exit $exitCode)', (c) => {
  it('parses counts, failures and crash, and decides the verdict', async () => {
    const summary = await parseOdooLogFile(LOGS + c.file)
    expect(summary.result).toEqual(c.result)
    const perModule = Object.fromEntries(
      Object.entries(summary.modules).map(([m, { tests, failed, errors, skipped }]) => [
        m,
        { tests, failed, errors, skipped },
      ]),
    )
    expect(perModule).toEqual(c.perModule)
    const failures = summary.failures.map((f) => ({
      kind: f.kind,
      module: f.module,
      className: f.className,
      method: f.method,
      subtest: f.subtest,
      file: f.location?.file,
      line: f.location?.line,
      lastLine: f.lastLine,
      exceptionLine: f.exceptionLine,
    }))
    // exceptionLine is only checked where the case names it.
    expect(failures).toMatchObject(c.failures.map((e) => ({ subtest: null, ...e })))
    for (const f of summary.failures) expect(f.firstLine).toBe('Traceback (most recent call last):')
    if (c.crash === null) expect(summary.crash).toBeNull()
    else {
      expect(summary.crash).toMatchObject({
        module: c.crash.module,
        lastLine: c.crash.lastLine,
        location: { file: c.crash.file, line: c.crash.line },
      })
    }
    expect(summary).toMatchObject(c.flags)

    const verdict = decideVerdict({
      summary,
      exitCode: c.exitCode,
      timedOut: false,
      modules: c.modules,
    })
    expect(verdict.result).toBe(c.verdict)
    if (c.reason !== undefined) expect(verdict.reasons.join('\n')).toContain(c.reason)
    if (c.verdict === 'passed') expect(verdict.reasons).toEqual([])
  })
})

it('covers every fixture file in the table', () => {
  const files = readdirSync(LOGS).filter((f) => f.endsWith('.log'))
  expect(new Set(cases.map((c) => c.file))).toEqual(new Set(files))
})

describe('fixture variants parse the same as their plain form', () => {
  it.each([
    ['odoo17-ansi-fail.log', 'odoo18-fail.log'],
    ['odoo18-docker-noise.log', 'odoo18-fail.log'],
  ])('%s matches %s apart from noise', async (variant, plain) => {
    const [a, b] = await Promise.all([
      parseOdooLogFile(LOGS + variant),
      parseOdooLogFile(LOGS + plain),
    ])
    expect(a.failures.map((f) => f.traceback)).toEqual(b.failures.map((f) => f.traceback))
    expect(a.records).toBe(b.records)
  })

  it('counts the docker lines as noise', async () => {
    const s = await parseOdooLogFile(LOGS + 'odoo18-docker-noise.log')
    // 9 lines of compose progress before Odoo starts, 2 in the middle of the run
    expect(s.noiseLines).toBe(11)
  })

  it('reads a CRLF log without carriage returns in the values', async () => {
    const s = await parseOdooLogFile(LOGS + 'odoo16-crlf-pass.log')
    expect(s.results[0]).toEqual({ failed: 0, errors: 0, total: 3, db: 'test_db', level: 'INFO' })
  })
})
