// Skipped tests as Odoo 18 logs them (odoo/tests/result.py addSkip:
// `skipped %s : %s` at INFO from the test's logger; odoo/tests/suite.py for a
// class whose setUpClass raises SkipTest), counted per module and grouped by reason.
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseOdooLog, type ParseOptions } from '../../../src/odoo-log/index.js'
import { matchSkip } from '../../../src/odoo-log/skips.js'

let clock = 0
function rec(level: string, logger: string, message: string): string {
  clock++
  return `2026-01-01 10:00:${String(clock % 60).padStart(2, '0')},${String(clock % 1000).padStart(3, '0')} 1 ${level} db ${logger}: ${message} `
}
const TOUR = 'odoo.addons.mod.tests.test_tour'
const WS = 'websocket-client module is not installed'
const start = (logger: string, test: string) => rec('INFO', logger, `Starting ${test} ...`)
const skip = (logger: string, test: string, reason: string) =>
  rec('INFO', logger, `skipped ${test} : ${reason}`)
/** `0 failed, 0 error(s) of N tests`: Odoo's N counts started tests, skipped ones included. */
const result = (n: number, f = 0) =>
  rec(
    f > 0 ? 'ERROR' : 'INFO',
    'odoo.tests.result',
    `${f} failed, 0 error(s) of ${n} tests when loading database 'db'`,
  )

const parse = (lines: string[], options?: ParseOptions) =>
  parseOdooLog(Readable.from([lines.join('\n') + '\n']), options)

describe('matchSkip', () => {
  // prettier-ignore
  it.each([
    ['Odoo 18', `skipped TestTour.test_web_client_loads : ${WS}`, { test: 'TestTour.test_web_client_loads', module: null, reason: WS, wholeClass: false }],
    ['nested class', 'skipped Outer.Inner.test_x : no Chrome', { test: 'Outer.Inner.test_x', module: null, reason: 'no Chrome', wholeClass: false }],
    ['a reason with " : " in it', 'skipped T.test_x : needs a : b', { test: 'T.test_x', reason: 'needs a : b' }],
    ['a class skipped by setUpClass', 'skipped setUpClass (odoo.addons.mod.tests.test_tour.TestTour) : Chrome executable not found', { test: 'TestTour.setUpClass', module: 'mod', reason: 'Chrome executable not found', wholeClass: true }],
    ['unittest naming (older series)', 'skipped test_ceo_tour (odoo.addons.x.tests.test_d.TestD) : Chrome executable not found', { test: 'TestD.test_ceo_tour', module: 'x', wholeClass: false }],
    ['unittest naming, Python 3.11+', 'skipped test_a (odoo.addons.x.tests.test_d.TestD.test_a) : no', { test: 'TestD.test_a', module: 'x' }],
    ['a subtest', 'skipped Subtest TestX.test_y (i=1) : later', { test: 'Subtest TestX.test_y (i=1)', reason: 'later' }],
  ])('%s', (_name, message, want) => expect(matchSkip(message)).toMatchObject(want))

  it.each([['skipped because'], ['skipped TestX.test_y'], ['Starting TestX.test_y ...']])(
    'not a skip: %j',
    (message) => expect(matchSkip(message)).toBeNull(),
  )

  it('caps a very long reason', () => {
    const m = matchSkip(`skipped T.test_x : ${'x'.repeat(5000)}`)
    expect(m?.reason.length).toBeLessThanOrEqual(301)
    expect(m?.reason.endsWith('…')).toBe(true)
  })
})

describe('skips in the summary', () => {
  it('all skipped: the only test of a browser module (Odoo 18 logs a WARNING, then the skip)', async () => {
    const s = await parse([
      start(TOUR, 'TestTour.test_web_client_loads'),
      rec('WARNING', `${TOUR}.TestTour.test_web_client_loads`, WS),
      skip(TOUR, 'TestTour.test_web_client_loads', WS),
      result(1),
    ])
    expect(s.result).toEqual({ failed: 0, errors: 0, total: 1 })
    expect(s.skipped).toBe(1)
    expect(s.modules['mod']).toMatchObject({ tests: 1, skipped: 1, skippedClasses: 0 })
    expect(s.skips).toEqual([
      { module: 'mod', reason: WS, count: 1, tests: ['TestTour.test_web_client_loads'] },
    ])
    expect(s.warnings.map((w) => w.message)).toEqual([WS]) // still a warning (strict mode sees it)
  })

  it('some skipped: counted, grouped, the other tests untouched', async () => {
    const T = 'odoo.addons.estate.tests.test_x'
    const s = await parse([
      start(T, 'TestX.test_a'),
      start(T, 'TestX.test_pdf'),
      skip(T, 'TestX.test_pdf', 'wkhtmltopdf is not installed'),
      start(T, 'TestX.test_b'),
      result(3),
    ])
    expect(s.modules['estate']).toMatchObject({ tests: 3, skipped: 1 })
    expect(s.skips).toEqual([
      {
        module: 'estate',
        reason: 'wkhtmltopdf is not installed',
        count: 1,
        tests: ['TestX.test_pdf'],
      },
    ])
  })

  it('skipped in one of two modules: per-module counts, one group per module and reason', async () => {
    const A = 'odoo.addons.a.tests.test_a'
    const s = await parse([
      start(A, 'TestA.test_1'),
      start(A, 'TestA.test_2'),
      start(TOUR, 'TestTour.test_1'),
      skip(TOUR, 'TestTour.test_1', WS),
      start(TOUR, 'TestTour.test_2'),
      skip(TOUR, 'TestTour.test_2', WS),
      start(TOUR, 'TestTour.test_3'),
      skip(TOUR, 'TestTour.test_3', 'not ready'),
      result(5),
    ])
    expect(s.modules['a']).toMatchObject({ tests: 2, skipped: 0 })
    expect(s.modules['mod']).toMatchObject({ tests: 3, skipped: 3 })
    expect(s.skips).toEqual([
      { module: 'mod', reason: WS, count: 2, tests: ['TestTour.test_1', 'TestTour.test_2'] },
      { module: 'mod', reason: 'not ready', count: 1, tests: ['TestTour.test_3'] },
    ])
  })

  it('a class skipped by its setUpClass: logged by odoo.tests.suite, its tests never started', async () => {
    const s = await parse([
      skip(
        'odoo.tests.suite',
        'setUpClass (odoo.addons.mod.tests.test_tour.TestTour)',
        'Chrome executable not found',
      ),
      start('odoo.addons.mod.tests.test_other', 'TestOther.test_1'),
      result(1),
    ])
    expect(s.skipped).toBe(1)
    expect(s.skippedClasses).toBe(1)
    expect(s.modules['mod']).toMatchObject({ tests: 1, skipped: 0, skippedClasses: 1 })
    expect(s.skips[0]).toMatchObject({ module: 'mod', tests: ['TestTour.setUpClass'] })
  })

  it('an infrastructure skip logged at WARNING is a skip too', async () => {
    const s = await parse([
      start(TOUR, 'TestTour.test_1'),
      rec(
        'WARNING',
        TOUR,
        'skipped TestTour.test_1 : no browser (environment cannot run it; ODOO_REQUIRE_INFRA=0 explicitly permits this incomplete run)',
      ),
      result(1),
    ])
    expect(s.modules['mod']).toMatchObject({ tests: 1, skipped: 1 })
    expect(s.skips[0]?.reason).toMatch(/^no browser \(environment cannot run it/)
  })

  it('past the caps, skips are counted but not grouped, and few names are kept per group', async () => {
    const lines = [start(TOUR, 'TestTour.test_x')]
    for (let i = 0; i < 30; i++) lines.push(skip(TOUR, `TestTour.test_${i}`, WS))
    for (let i = 0; i < 5; i++) lines.push(skip(TOUR, `TestTour.test_r${i}`, `reason ${i}`))
    const s = await parse(lines, { limits: { maxSkipGroups: 3 } })
    expect(s.skipped).toBe(35)
    expect(s.skips.map((g) => [g.reason, g.count, g.tests.length])).toEqual([
      [WS, 30, 20],
      ['reason 0', 1, 1],
      ['reason 1', 1, 1],
    ])
    expect(s.skipsNotGrouped).toBe(3)
    expect(s.modules['mod']?.skipped).toBe(35)
  })
})
