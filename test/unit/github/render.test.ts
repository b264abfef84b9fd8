import { describe, expect, it } from 'vitest'
import { renderMarker } from '../../../src/github/marker.js'
import { formatDuration, text } from '../../../src/github/render-parts.js'
import { LIMITS, renderFailures, renderProof } from '../../../src/github/render-proof.js'
import { openBlocks } from '../../../src/github/truncate.js'
import { ctx, failure, passedProof, proof } from './fixtures.js'

const comment = (p = proof(), maxChars: number = LIMITS.comment) =>
  renderProof(p, ctx(), {
    variant: 'comment',
    maxChars,
    marker: renderMarker({ job: 'j', modules: p.modules, project: p.project }),
    cleanup: 'pending',
  })

const bigLog = (lines: number) =>
  Array.from(
    { length: lines },
    (_, i) => `2025-01-01 00:00:${i} INFO odoo.modules: line ${i} <b>&`,
  ).join('\n') + '\n'

describe('text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&#60;img src=x onerror=alert(1)&#62;'],
    ['a | b', 'a &#124; b'],
    ['ping @octocat', 'ping @\u200boctocat'],
    ['mail a@b.c', 'mail a@\u200bb.c'],
    ['two\nlines', 'two lines'],
  ])('%j -> %j', (s, want) => expect(text(s)).toBe(want))

  it('caps long lines', () => expect(text('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`))
})

describe('formatDuration', () => {
  it.each([
    [0, '0.0 s'],
    [12_345, '12.3 s'],
    [83_400, '1 min 23 s'],
    [3_723_000, '1 h 2 min'],
  ])('%j -> %j', (ms, want) => expect(formatDuration(ms)).toBe(want))
})

describe('renderProof', () => {
  it('header: verdict, modules, repository, short commit linked, branch, run link, duration', () => {
    const md = comment()
    expect(md.split('\n')[0]).toMatch(/^<!-- resilient-test-runner:v1 job=j modules=traction /)
    expect(md).toContain('### ❌ Odoo tests failed: <code>traction</code>')
    expect(md).toContain('[healthrt/hub](https://github.com/healthrt/hub)')
    expect(md).toContain(
      '[<code>a1b2c3d</code>](https://github.com/healthrt/hub/commit/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678)',
    )
    expect(md).toContain('<code>feature/SYSTEM-002-CODE-02-hub-resilient-test-runner</code>')
    expect(md).toContain('(https://github.com/healthrt/hub/actions/runs/987654)')
    expect(md).toContain('| Duration | 1 min 23 s |')
  })

  it.each([
    [8093, '| Host port | <code>8093</code> |'],
    [null, null],
  ])('the host port Docker published (%s) next to the project', (port, row) => {
    const md = renderProof(proof({ port }), ctx(), { variant: 'summary', maxChars: 50_000 })
    if (row === null) expect(md).not.toContain('Host port')
    else expect(md).toContain(row)
  })

  it('links the attempt of a re-run', () => {
    const md = renderProof(proof(), ctx({ runAttempt: '3' }), {
      variant: 'summary',
      maxChars: 50_000,
    })
    expect(md).toContain('https://github.com/healthrt/hub/actions/runs/987654/attempts/3')
  })

  it('counts table and failing tests with the traceback in <details>', () => {
    const md = comment()
    expect(md).toContain('| 41 | 1 | 0 | 0 | 42 |')
    expect(md).toContain(
      '<details><summary><b>FAIL</b> <code>traction</code> <code>TestTraction1.test_case_1</code> at <code>addons/traction/tests/test_traction.py:11</code>: AssertionError: 1 &#33; 2</summary>'.replace(
        '&#33;',
        '!=',
      ),
    )
    expect(md).toMatch(
      /```text\nTraceback \(most recent call last\):\n {2}File "\/mnt\/extra-addons/,
    )
    expect(md).toContain('#### Cleanup verification\n\n_Pending')
  })

  it('error runs say why in plain words', () => {
    const md = comment(
      proof({
        result: 'error',
        reasons: [
          'Odoo crashed while installing or loading modules (exit code 255): ParseError <x>.',
        ],
        tests: null,
        failures: [],
      }),
    )
    expect(md).toContain('### ⚠️ Odoo tests did not complete (error)')
    expect(md).toContain('**Why the run could not be trusted:**')
    expect(md).toContain(
      '- Odoo crashed while installing or loading modules (exit code 255): ParseError &#60;x&#62;.',
    )
    expect(md).toContain('_No test counts')
  })

  it('a passed run has no failure section', () => {
    const md = comment(passedProof())
    expect(md).toContain('### ✅ Odoo tests passed')
    expect(md).not.toContain('Failing tests')
  })

  it('the whole small log is shown, in a fence its content cannot close', () => {
    const md = comment(proof({ log: { text: 'a\n````\nb\n', totalBytes: 9 } }))
    expect(md).toContain('The whole log (3 lines) is below.')
    expect(md).toContain('`````text\na\n````\nb\n`````')
    expect(openBlocks(md)).toEqual({ fence: null, details: 0 })
  })

  it.each([
    ['comment', LIMITS.comment],
    ['summary', LIMITS.summary],
  ] as const)(
    '%s: a huge log and 300 failures stay under the limit, cut says how much',
    (variant, max) => {
      const log = bigLog(40_000)
      const p = proof({
        tests: { passed: 0, failed: 300, errors: 0, skipped: 0, total: 300 },
        failures: Array.from({ length: 300 }, (_, i) =>
          failure(i, { traceback: `Traceback\n${'  frame\n'.repeat(200)}AssertionError` }),
        ),
        log: { text: log, totalBytes: 9_000_000 },
      })
      const md = renderProof(p, ctx(), { variant, maxChars: max, marker: 'm', cleanup: 'pending' })
      expect(md.length).toBeLessThanOrEqual(max)
      expect(md.length).toBeGreaterThan(max * 0.8)
      expect(openBlocks(md)).toEqual({ fence: null, details: 0 })
      expect(md).toMatch(
        /Showing the last [\d,]+ lines \([\d.]+ KB\) of 8\.6 MB: [\d.]+ MB cut\. Full log: <code>proof_of_execution_tests\.log<\/code> \(artifact <code>proof-of-execution<\/code>\)/,
      )
      if (variant === 'comment')
        expect(md).toMatch(/_… \d+ more not shown here: see the full log\._/)
      expect(md).toContain('line 39999 <b>&') // the end of the log is what is kept, raw inside the fence
      expect(md).toContain('#### Cleanup verification')
    },
  )

  it('counts characters after escaping: a log of `|<>` still fits', () => {
    const p = proof({
      reasons: Array.from({ length: 30 }, () => '<>|&'.repeat(400)),
      log: { text: '<>|&\n'.repeat(50_000), totalBytes: 250_000 },
    })
    const md = renderProof(p, ctx(), {
      variant: 'comment',
      maxChars: LIMITS.comment,
      marker: 'm',
      cleanup: 'pending',
    })
    expect(md.length).toBeLessThanOrEqual(LIMITS.comment)
    expect(md).toContain('- … 10 more (see the job log).')
    expect(md).toMatch(/\n- (&#\d+;){100,}…\n/)
    expect(md).toContain('#### Log tail')
  })
})

describe('renderFailures', () => {
  it('falls back to one line per failure when tracebacks no longer fit, then counts the rest', () => {
    const p = proof({
      tests: { passed: 0, failed: 60, errors: 0, skipped: 0, total: 60 },
      failures: Array.from({ length: 50 }, (_, i) => failure(i)),
    })
    const md = renderFailures(p, 5_000)
    expect(md.length).toBeLessThanOrEqual(5_000)
    expect(md).toContain('<details>')
    expect(md).toMatch(/\n- <b>FAIL<\/b>/)
    expect(md).toMatch(/\d+ more not shown here; 10 counted in the log but not kept by the parser/)
  })
})
