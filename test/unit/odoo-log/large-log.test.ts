import { Readable } from 'node:stream'
import { expect, it } from 'vitest'
import { parseOdooLog } from '../../../src/odoo-log/index.js'

// A 200 MB log is generated on the fly (nothing is written to disk) and fed to
// the parser as a stream of 64 KB Buffers, the way fs.createReadStream would.
const TARGET_BYTES = 200 * 1024 * 1024
const CHUNK_BYTES = 64 * 1024
const FAIL_EVERY = 400_000 // lines; each failure carries a 3,000-line traceback
const WARNING_EVERY = 1_000
const ERROR_EVERY = 50_000
const MAX_HEAP_GROWTH = 64 * 1024 * 1024

const TEST_LOGGER = 'odoo.addons.bulk.tests.test_bulk'

function stamp(n: number): string {
  const s = n % 60
  const m = Math.floor(n / 60) % 60
  return `2025-03-14 10:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')},${String(n % 1000).padStart(3, '0')} 1`
}

interface Generated {
  lines: number
  bytes: number
  tests: number
  failures: number
  warnings: number
  errors: number
  peakHeapGrowth: number
}

function makeLog(stats: Generated, baseline: number): AsyncIterable<Buffer> {
  const failureTraceback = (n: number): string[] => {
    const frames: string[] = ['Traceback (most recent call last):']
    // A deep recursion: far more lines than the parser may keep.
    for (let i = 0; i < 1_500; i++) {
      frames.push(
        `  File "/usr/lib/python3/dist-packages/odoo/models.py", line ${4000 + i}, in _recurse`,
      )
      frames.push('    return self._recurse(depth - 1)')
    }
    frames.push(
      `  File "/mnt/extra-addons/bulk/tests/test_bulk.py", line ${n % 500}, in test_bulk_${n}`,
    )
    frames.push('    self.assertEqual(total, expected)')
    frames.push(`AssertionError: ${n} != ${n + 1}`)
    frames.push(' ')
    return frames
  }
  function* records(): Generator<string> {
    let n = 0
    while (stats.bytes < TARGET_BYTES) {
      n++
      if (n % FAIL_EVERY === 0) {
        stats.failures++
        yield `${stamp(n)} INFO test_db ${TEST_LOGGER}: ${'='.repeat(70)} `
        yield `${stamp(n)} ERROR test_db ${TEST_LOGGER}: FAIL: TestBulk.test_bulk_${n}`
        yield* failureTraceback(n)
      } else if (n % ERROR_EVERY === 0) {
        stats.errors++
        yield `${stamp(n)} ERROR test_db odoo.addons.bulk.models.bulk: cannot sync record ${n} `
      } else if (n % WARNING_EVERY === 0) {
        stats.warnings++
        yield `${stamp(n)} WARNING test_db odoo.models: bulk.record.read() with unknown field 'x_${n}' `
      } else if (n % 3 === 0) {
        stats.tests++
        yield `${stamp(n)} INFO test_db ${TEST_LOGGER}: Starting TestBulk.test_bulk_${n} ... `
      } else {
        yield `${stamp(n)} INFO test_db odoo.addons.bulk.models.bulk: processed batch ${n} of the import, 250 records in 0.0${n % 10}s `
      }
    }
    yield `${stamp(n)} INFO test_db odoo.modules.loading: Modules loaded. `
    yield `${stamp(n)} INFO test_db odoo.tests.result: ${stats.failures} failed, 0 error(s) of ${stats.tests} tests when loading database 'test_db' `
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    let parts: string[] = []
    let size = 0
    for (const line of records()) {
      parts.push(line, '\n')
      size += line.length + 1
      stats.lines++
      if (size >= CHUNK_BYTES) {
        const buf = Buffer.from(parts.join(''), 'utf8')
        stats.bytes += buf.length
        parts = []
        size = 0
        // Sampled while the parser is running: it consumes each chunk before the next is made.
        stats.peakHeapGrowth = Math.max(
          stats.peakHeapGrowth,
          process.memoryUsage().heapUsed - baseline,
        )
        yield buf
      }
    }
    const last = Buffer.from(parts.join(''), 'utf8')
    stats.bytes += last.length
    yield last
  }
  return chunks()
}

it('parses a 200 MB log in bounded memory', { timeout: 60_000 }, async () => {
  const stats: Generated = {
    lines: 0,
    bytes: 0,
    tests: 0,
    failures: 0,
    warnings: 0,
    errors: 0,
    peakHeapGrowth: 0,
  }
  const baseline = process.memoryUsage().heapUsed
  const started = Date.now()
  const summary = await parseOdooLog(Readable.from(makeLog(stats, baseline)))
  const seconds = (Date.now() - started) / 1000
  console.log(
    `200 MB log: ${stats.lines} lines in ${seconds.toFixed(1)} s, peak heap growth ${(stats.peakHeapGrowth / 1024 / 1024).toFixed(1)} MB`,
  )

  expect(stats.bytes).toBeGreaterThanOrEqual(TARGET_BYTES)
  expect(summary.bytes).toBe(stats.bytes)
  expect(summary.lines).toBe(stats.lines)
  expect(stats.failures).toBeGreaterThanOrEqual(3)
  expect(summary.result).toEqual({ failed: stats.failures, errors: 0, total: stats.tests })
  expect(summary.modules['bulk']).toMatchObject({ tests: stats.tests, failed: stats.failures })
  expect(summary.failureTotals.failed).toBe(stats.failures)
  expect(summary.modulesLoaded).toBe(true)

  // Lists are capped, totals are exact.
  expect(summary.warnings).toHaveLength(50)
  expect(summary.recordTotals.warnings).toBe(stats.warnings)
  expect(summary.otherErrors).toHaveLength(Math.min(50, stats.errors))
  expect(summary.recordTotals.otherErrors).toBe(stats.errors)

  // Each traceback is cut to 60 lines / 8 KB, but its end (location, exception) survives.
  expect(summary.failures).toHaveLength(stats.failures)
  for (const f of summary.failures) {
    const kept = f.traceback.split('\n')
    expect(kept.length).toBeLessThanOrEqual(61) // + the "lines omitted" marker
    expect(f.traceback.length).toBeLessThanOrEqual(8 * 1024 + 100)
    expect(f.tracebackOmittedLines).toBeGreaterThan(2_900)
    expect(f.traceback).toContain('lines omitted')
    expect(f.location).toEqual({ file: 'addons/bulk/tests/test_bulk.py', line: expect.any(Number) })
    expect(f.lastLine).toMatch(/^AssertionError: \d+ != \d+$/)
  }

  expect(stats.peakHeapGrowth).toBeLessThan(MAX_HEAP_GROWTH)
})
