// Progress for people: the live count of tests, plain lines off a terminal,
// a status line redrawn in place on one.
import { describe, expect, it } from 'vitest'
import { terminalReporter } from '../../../src/cli/terminal-reporter.js'
import { TestCounter } from '../../../src/cli/test-counter.js'

const L = (logger: string, msg: string, level = 'INFO') =>
  `2026-11-21 10:00:00,000 22 ${level} db ${logger}: ${msg}\n`
const T = 'odoo.addons.demo.tests.test_demo'

describe('TestCounter', () => {
  it.each<[string, string[], number, number]>([
    [
      'three tests',
      [
        L(T, 'Starting TestDemo.test_one ...'),
        L(T, 'Starting TestDemo.test_two ...'),
        L(T, 'Starting TestDemo.test_three ...'),
      ],
      3,
      0,
    ],
    [
      'a failure',
      [L(T, 'Starting TestDemo.test_two ...'), L(T, 'FAIL: TestDemo.test_two', 'ERROR')],
      1,
      1,
    ],
    ['an error', [L(T, 'ERROR: TestDemo.test_three', 'ERROR')], 0, 1],
    [
      'setUpClass',
      [
        L(
          'odoo.tests.suite',
          'ERROR: setUpClass (odoo.addons.demo.tests.test_demo.TestDemo)',
          'ERROR',
        ),
      ],
      0,
      1,
    ],
    [
      'not tests',
      [
        L('odoo.service.server', 'Starting post tests'),
        L('odoo.modules.loading', 'loading 1 modules...'),
      ],
      0,
      0,
    ],
    ['a line split across chunks', ['2026 INFO db x: Start', 'ing TestDemo.test_one ...\n'], 1, 0],
    [
      'a line not ended yet',
      [L(T, 'Starting TestDemo.a ...'), '2026 INFO db x: Starting TestDemo.b ...'],
      1,
      0,
    ],
  ])('%s', (_what, chunks, run, failed) => {
    const c = new TestCounter()
    for (const chunk of chunks) c.feed(Buffer.from(chunk))
    expect({ run: c.run, failed: c.failed }).toEqual({ run, failed })
  })
})

function sink(isTTY = false) {
  const s = { text: '', isTTY, write: (t: string | Uint8Array) => (s.text += t.toString()) }
  return s
}

describe('terminalReporter', () => {
  const clock = () => {
    let t = 1000
    return { now: () => t, tick: (ms: number) => (t += ms) }
  }

  it('plain: phase lines with the elapsed time, raw output echoed, counts at the end', async () => {
    const out = sink()
    const err = sink()
    const c = clock()
    const r = terminalReporter({ out, err, live: false, echo: true, now: c.now })
    r.phase('creating project p ...')
    c.tick(3200)
    await r.group('Tests: demo', async () => {
      r.output(Buffer.from(L(T, 'Starting TestDemo.test_one ...')))
      r.output(Buffer.from(L(T, 'FAIL: TestDemo.test_one', 'ERROR').trimEnd())) // no newline yet
    })
    r.warning('careful')
    expect(out.text).toBe(
      [
        '[  0.0s] creating project p ...',
        '[  3.2s] Tests: demo',
        L(T, 'Starting TestDemo.test_one ...').trimEnd(),
        L(T, 'FAIL: TestDemo.test_one', 'ERROR').trimEnd(),
        '[  3.2s] Tests: demo: 1 test run, 1 failed',
        '',
      ].join('\n'),
    )
    expect(err.text).toBe('[  3.2s] warning: careful\n')
  })

  it('live: one status line redrawn in place, raw output kept out', async () => {
    const out = sink(true)
    const c = clock()
    const r = terminalReporter({ out, err: sink(), live: true, echo: false, now: c.now })
    await r.group('Tests: demo', async () => {
      c.tick(500)
      r.output(Buffer.from(L(T, 'Starting TestDemo.test_one ...')))
      c.tick(500)
      r.output(Buffer.from(L(T, 'Starting TestDemo.test_two ...')))
    })
    r.print('Result: PASSED')
    expect(out.text).not.toContain('odoo.addons')
    expect(out.text).toContain('\r\x1b[K[  1.0s] Tests: demo: 2 tests run, 0 failed')
    expect(out.text.endsWith('[  1.0s] Tests: demo: 2 tests run, 0 failed\nResult: PASSED\n')).toBe(
      true,
    )
  })
})
