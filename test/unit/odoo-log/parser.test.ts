import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseOdooLog, parseOdooLogFile, type ParseOptions } from '../../../src/odoo-log/index.js'

let clock = 0
function rec(level: string, logger: string, message: string): string {
  clock++
  return `2025-01-01 10:00:${String(clock % 60).padStart(2, '0')},${String(clock % 1000).padStart(3, '0')} 7 ${level} test_db ${logger}: ${message} `
}

const T = 'odoo.addons.estate.tests.test_x'
const RESULT = (f: number, e: number, n: number, db = 'test_db') =>
  rec(
    f + e > 0 ? 'ERROR' : 'INFO',
    'odoo.tests.result',
    `${f} failed, ${e} error(s) of ${n} tests when loading database '${db}'`,
  )

function fail(n: number, level = 'ERROR'): string[] {
  return [
    rec('INFO', T, '='.repeat(70)),
    `${rec(level, T, `FAIL: TestX.test_${n}`).trimEnd()}`,
    'Traceback (most recent call last):',
    `  File "/mnt/extra-addons/estate/tests/test_x.py", line ${n}, in test_${n}`,
    '    self.assertTrue(False)',
    'AssertionError: False is not true',
    ' ',
  ]
}

async function parse(lines: string[], options?: ParseOptions) {
  return parseOdooLog(Readable.from([lines.join('\n') + '\n']), options)
}

describe('parseOdooLog inputs', () => {
  const log = [rec('INFO', T, 'Starting TestX.test_1 ...'), ...fail(1), RESULT(1, 0, 1)].join('\n')

  it.each([
    ['one string', [log]],
    ['one-byte Buffers', [...Buffer.from(log)].map((b) => Buffer.from([b]))],
    ['string chunks of 7 characters', log.match(/[\s\S]{1,7}/g) ?? []],
  ])('gives the same summary from %s', async (_name, chunks) => {
    async function* gen() {
      yield* chunks
    }
    const s = await parseOdooLog(gen())
    expect(s.result).toEqual({ failed: 1, errors: 0, total: 1 })
    expect(s.failures).toHaveLength(1)
    expect(s.failures[0]).toMatchObject({
      lastLine: 'AssertionError: False is not true',
      location: { line: 1 },
    })
    expect(s.bytes).toBe(Buffer.byteLength(log))
  })
})

it('rejects when the log file cannot be read', async () => {
  await expect(parseOdooLogFile('/nonexistent/odoo.log')).rejects.toThrow(/ENOENT/)
})

describe('record classification', () => {
  it('sums several result lines and keeps each', async () => {
    const s = await parse([RESULT(1, 0, 3, 'db1'), RESULT(0, 2, 4, 'db2')])
    expect(s.result).toEqual({ failed: 1, errors: 2, total: 7 })
    expect(s.results.map((r) => [r.db, r.level])).toEqual([
      ['db1', 'ERROR'],
      ['db2', 'ERROR'],
    ])
  })

  it('files ERROR/CRITICAL/WARNING records outside tests, with the exception line of a logged traceback', async () => {
    const s = await parse([
      rec('ERROR', 'odoo.tests.loader', 'Can not `import odoo.addons.estate.tests`.'),
      'Traceback (most recent call last):',
      '  File "/mnt/extra-addons/estate/tests/__init__.py", line 1, in <module>',
      '    from . import test_x',
      "ImportError: cannot import name 'Foo'",
      rec('CRITICAL', 'odoo.addons.estate.models.x', 'disk full'),
      rec('WARNING', 'odoo.fields', "Field x.y with unknown comodel_name 'z'"),
      rec('INFO', 'odoo.modules.loading', 'Modules loaded.'),
    ])
    expect(s.otherErrors).toEqual([
      expect.objectContaining({
        logger: 'odoo.tests.loader',
        lastLine: "ImportError: cannot import name 'Foo'",
      }),
    ])
    expect(s.criticals.map((r) => r.message)).toEqual(['disk full'])
    expect(s.warnings.map((r) => r.logger)).toEqual(['odoo.fields'])
    expect(s.crash).toBeNull()
    expect(s.modulesLoaded).toBe(true)
  })

  it('does not count test-report records (result, Module, At least one test failed, failures) as other errors', async () => {
    const s = await parse([
      ...fail(3),
      rec('ERROR', 'odoo.modules.loading', 'Module estate: 1 failures, 0 errors of 2 tests'),
      rec('ERROR', 'odoo.modules.loading', 'At least one test failed when loading the modules.'),
      RESULT(1, 0, 2),
    ])
    expect(s.otherErrors).toEqual([])
    expect(s.recordTotals).toEqual({ criticals: 0, otherErrors: 0, warnings: 0 })
    expect(s.atLeastOneTestFailed).toBe(true)
    // Without Starting lines, the Module line gives the test count.
    expect(s.modules['estate']).toEqual({
      tests: 2,
      failed: 1,
      errors: 0,
      skipped: 0,
      skippedClasses: 0,
      testsSource: 'module-line',
    })
  })

  it('does not take a FAIL: message outside a test logger for a test failure', async () => {
    const s = await parse([rec('ERROR', 'odoo.addons.estate.models.x', 'FAIL: Sync.run')])
    expect(s.failures).toEqual([])
    expect(s.otherErrors).toHaveLength(1)
  })

  it('ends a record at the next record, so a traceback does not swallow what follows', async () => {
    const s = await parse([...fail(1), rec('ERROR', 'odoo.sql_db', 'bad query'), ...fail(2)])
    expect(s.failures.map((f) => f.location?.line)).toEqual([1, 2])
    expect(s.otherErrors.map((r) => [r.message, r.lastLine])).toEqual([['bad query', null]])
  })
})

describe('bounds and ignore patterns', () => {
  it('counts records beyond the caps without storing them', async () => {
    const lines: string[] = []
    for (let i = 0; i < 7; i++) lines.push(rec('WARNING', 'odoo.models', `w${i}`), ...fail(i))
    const s = await parse(lines, { limits: { maxRecords: 3, maxFailures: 2 } })
    expect(s.warnings.map((w) => w.message)).toEqual(['w0', 'w1', 'w2'])
    expect(s.recordTotals.warnings).toBe(7)
    expect(s.failures).toHaveLength(2)
    expect(s.failureTotals.failed).toBe(7)
    expect(s.modules['estate']?.failed).toBe(7)
  })

  it('drops records matching ignore patterns before the caps apply', async () => {
    const noisy = Array.from({ length: 5 }, () => rec('WARNING', 'odoo.models', 'noise'))
    const s = await parse([...noisy, rec('WARNING', 'odoo.fields', 'real')], {
      ignore: [/^odoo\.models: noise$/g],
      limits: { maxRecords: 1 },
    })
    expect(s.ignoredRecords).toBe(5)
    expect(s.warnings.map((w) => w.message)).toEqual(['real'])
  })
})

describe('noise', () => {
  it('treats lines before the first record as noise, and docker lines inside a traceback too', async () => {
    const [head, ...rest] = fail(9)
    const s = await parse([
      'Attaching to odoo-1',
      'random banner',
      head as string,
      rest[0] as string,
      ' Container p-db-1  Stopping',
      ...rest.slice(1),
    ])
    expect(s.noiseLines).toBe(3)
    expect(s.failures[0]?.traceback).not.toContain('Container')
  })

  it('learns the Odoo service prefix of `docker compose up` and drops other services', async () => {
    const lines = fail(4).map((l) => `odoo-1  | ${l}`)
    lines.splice(3, 0, 'db-1    | 2025-01-01 10:00:00.000 UTC [9] LOG:  checkpoint starting: time')
    const s = await parse(['db-1    | starting', ...lines, 'odoo-1  |'])
    expect(s.failures).toHaveLength(1)
    expect(s.failures[0]).toMatchObject({
      className: 'TestX',
      method: 'test_4',
      location: { line: 4 },
    })
    expect(s.failures[0]?.traceback).not.toContain('db-1')
    expect(s.noiseLines).toBe(2)
  })
})
