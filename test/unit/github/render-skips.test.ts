// Skipped tests in the comment, the job summary and the check run: why,
// grouped by module and reason, which tests, escaped, and fitted to the room.
import { describe, expect, it } from 'vitest'
import { checkRunTitle } from '../../../src/github/check-run.js'
import { LIMITS, renderProof } from '../../../src/github/render-proof.js'
import { renderSkips } from '../../../src/github/render-skips.js'
import { openBlocks } from '../../../src/github/truncate.js'
import type { SkipGroup } from '../../../src/odoo-log/types.js'
import { ctx, failure, passedProof, proof } from './fixtures.js'

const WS = 'websocket-client module is not installed'
const group = (module: string | null, reason: string, count: number, named = count): SkipGroup => ({
  module,
  reason,
  count,
  tests: Array.from({ length: named }, (_, i) => `TestTour.test_${i}`),
})
const ALL_SKIPPED = proof({
  result: 'error',
  reasons: [
    `Module traction: every selected test was skipped, so nothing was proven (1 test skipped: ${WS}).`,
  ],
  tests: { passed: 0, failed: 0, errors: 0, skipped: 1, total: 1 },
  failures: [],
  exitCode: 0,
  skips: [group('traction', WS, 1)],
})

describe('renderSkips', () => {
  // prettier-ignore
  it.each([
    ['one test, one reason', [group('traction', WS, 1)], 1,
      ['#### Skipped tests (1)', `- <code>traction</code>: <b>1 test skipped</b>: ${WS} (<code>TestTour.test_0</code>)`]],
    ['several tests for one reason, names capped at ten', [group('traction', 'no Chrome', 14)], 14,
      ['<b>14 tests skipped</b>: no Chrome (<code>TestTour.test_0</code>', '<code>TestTour.test_9</code>, 4 more)']],
    ['two modules, two reasons', [group('a', 'no pdf', 1), group('b', WS, 2)], 3,
      ['#### Skipped tests (3)', '- <code>a</code>: <b>1 test skipped</b>: no pdf', '- <code>b</code>: <b>2 tests skipped</b>: ' + WS]],
    ['a module the log does not name', [group(null, 'later', 1)], 1, ['- <b>1 test skipped</b>: later']],
    ['skips counted without a kept reason', [group('a', 'x', 1)], 4, ['#### Skipped tests (4)', '3 skips without a kept reason: see the full log']],
    ['a reason is escaped and mentions defused', [group('a', '<img src=x> for @octocat | later', 1)], 1,
      ['&#60;img src=x&#62; for @\u200boctocat &#124; later']],
  ])('%s', (_name, skips, skipped, want) => {
    const md = renderSkips(proof({ skips, tests: { passed: 0, failed: 0, errors: 0, skipped, total: skipped } }), 10_000)
    for (const w of want) expect(md).toContain(w)
    expect(md).not.toContain('<img')
  })

  it('nothing when nothing was skipped', () => {
    expect(renderSkips(proof(), 10_000)).toBe('')
    expect(renderSkips(proof({ skips: [] }), 10_000)).toBe('')
  })

  it('fits its budget and says how many reasons it left out', () => {
    const skips = Array.from({ length: 100 }, (_, i) =>
      group(`m${i}`, `reason ${i} ${'x'.repeat(300)}`, 20),
    )
    const md = renderSkips(proof({ skips, tests: null }), 5_000)
    expect(md.length).toBeLessThanOrEqual(5_000)
    expect(md).toContain('#### Skipped tests (2000)')
    expect(md).toMatch(/_… \d+ more reasons not shown here: see the full log\._$/)
  })
})

describe('skipped tests in the proof', () => {
  it.each(['comment', 'summary', 'check-run'] as const)(
    '%s: the reason in "why", the skipped test in its own section',
    (variant) => {
      const md = renderProof(ALL_SKIPPED, ctx(), {
        variant,
        maxChars: LIMITS.comment,
        includeLog: variant !== 'check-run',
      })
      expect(md).toContain('### ⚠️ Odoo tests did not complete (error)')
      expect(md).toContain(
        `- Module traction: every selected test was skipped, so nothing was proven (1 test skipped: ${WS}).`,
      )
      expect(md).toContain('| 0 | 0 | 0 | 1 | 1 |')
      expect(md).toContain(
        `#### Skipped tests (1)\n\n- <code>traction</code>: <b>1 test skipped</b>: ${WS}`,
      )
      expect(md).not.toContain('Failing tests')
    },
  )

  it('a passed run with some skipped tests still lists them', () => {
    const md = renderProof(
      passedProof({
        tests: { passed: 41, failed: 0, errors: 0, skipped: 1, total: 42 },
        skips: [group('traction', 'no pdf', 1)],
      }),
      ctx(),
      { variant: 'summary', maxChars: LIMITS.summary },
    )
    expect(md).toContain('### ✅ Odoo tests passed')
    expect(md).toContain('#### Skipped tests (1)')
  })

  it('failures come first, then skips, then the log', () => {
    const md = renderProof(proof({ skips: [group('traction', 'no pdf', 1)] }), ctx(), {
      variant: 'comment',
      maxChars: LIMITS.comment,
    })
    const at = (s: string) => md.indexOf(s)
    expect(at('#### Failing tests')).toBeGreaterThan(0)
    expect(at('#### Skipped tests')).toBeGreaterThan(at('#### Failing tests'))
    expect(at('#### Log tail')).toBeGreaterThan(at('#### Skipped tests'))
  })

  it('300 failures, 100 skip reasons and a huge log: under the limit, with room for some of each', () => {
    const p = proof({
      tests: { passed: 0, failed: 300, errors: 0, skipped: 2000, total: 2300 },
      failures: Array.from({ length: 300 }, (_, i) =>
        failure(i, { traceback: `Traceback\n${'  frame\n'.repeat(200)}AssertionError` }),
      ),
      skips: Array.from({ length: 100 }, (_, i) =>
        group(`m${i}`, `reason ${i} ${'x'.repeat(300)}`, 20),
      ),
      log: { text: 'x\n'.repeat(200_000), totalBytes: 400_000 },
    })
    const md = renderProof(p, ctx(), {
      variant: 'comment',
      maxChars: LIMITS.comment,
      marker: 'm',
      cleanup: 'pending',
    })
    expect(md.length).toBeLessThanOrEqual(LIMITS.comment)
    expect(openBlocks(md)).toEqual({ fence: null, details: 0 })
    expect(md).toContain('#### Failing tests (300)')
    expect(md).toContain('#### Skipped tests (2000)')
    expect(md).toContain('<b>20 tests skipped</b>: reason 0')
    expect(md).toMatch(/more reasons not shown here/)
    expect(md).toContain('#### Log tail')
  })

  it('the check run title leads with the reason and counts the skip', () => {
    expect(checkRunTitle(ALL_SKIPPED)).toBe(
      `error: Module traction: every selected test was skipped, so nothing was proven (1 test skipped: ${WS}).; 0 passed, 0 failed, 0 errors, 1 skipped`,
    )
  })
})
