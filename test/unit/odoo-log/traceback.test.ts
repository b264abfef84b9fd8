import { describe, expect, it } from 'vitest'
import { makePathMapper } from '../../../src/odoo-log/paths.js'
import { TracebackCollector } from '../../../src/odoo-log/traceback.js'

function collect(
  lines: string[],
  maxLines = 60,
  maxChars = 8192,
  mapper = makePathMapper(),
): TracebackCollector {
  const tb = new TracebackCollector(mapper, maxLines, maxChars)
  for (const l of lines) tb.add(l)
  return tb
}

describe('makePathMapper', () => {
  it.each([
    [undefined, '/mnt/extra-addons/estate/tests/test_x.py', 'addons/estate/tests/test_x.py'],
    [undefined, '/usr/lib/python3/dist-packages/odoo/addons/base/models/ir_model.py', null],
    [undefined, '/mnt/extra-addons-other/x.py', null],
    [
      [{ container: '/mnt/extra-addons/', repo: '.' }],
      '/mnt/extra-addons/estate/x.py',
      'estate/x.py',
    ],
    [
      [{ container: '/opt/src', repo: './src/addons' }],
      '/opt/src/estate/x.py',
      'src/addons/estate/x.py',
    ],
    [
      [
        { container: '/mnt/extra-addons', repo: 'addons' },
        { container: '/mnt/extra-addons/oca', repo: 'vendor/oca' },
      ],
      '/mnt/extra-addons/oca/web_x/x.py',
      'vendor/oca/web_x/x.py',
    ],
  ])('%j maps %s to %s', (mappings, path, expected) => {
    expect(makePathMapper(mappings)(path)).toBe(expected)
  })
})

describe('TracebackCollector', () => {
  const chained = [
    'Traceback (most recent call last):',
    '  File "/mnt/extra-addons/estate/models/a.py", line 10, in f',
    '    raise KeyError(x)',
    "KeyError: 'x'",
    '',
    'During handling of the above exception, another exception occurred:',
    '',
    'Traceback (most recent call last):',
    '  File "/mnt/extra-addons/estate/tests/test_a.py", line 20, in test_f',
    '    self.env["estate.a"].f()',
    '  File "/mnt/extra-addons/estate/models/a.py", line 12, in f',
    '    raise UserError("no")',
    '  File "/usr/lib/python3/dist-packages/odoo/exceptions.py", line 3, in __init__',
    '    super().__init__(message)',
    'odoo.exceptions.UserError: no',
    ' ',
  ]

  it('takes the exception, the last line and the innermost addons frame of the last chained traceback', () => {
    const tb = collect(chained)
    expect(tb.firstLine).toBe('Traceback (most recent call last):')
    expect(tb.exceptionLine).toBe('odoo.exceptions.UserError: no')
    expect(tb.finalLastLine()).toBe('odoo.exceptions.UserError: no')
    expect(tb.finalLocation()).toEqual({ file: 'addons/estate/models/a.py', line: 12 })
    // The lone perf_info space at the end is not part of the text.
    expect(tb.text().endsWith('odoo.exceptions.UserError: no')).toBe(true)
  })

  it('keeps the first line of a multi-line exception message apart from the last line', () => {
    const tb = collect([
      'Traceback (most recent call last):',
      '  File "/mnt/extra-addons/estate/tests/test_a.py", line 5, in test_a',
      '    self.assertEqual(a, b)',
      'AssertionError: Lists differ: [1, 2] != [1, 3]',
      '',
      '- [1, 2]',
      '+ [1, 3]',
    ])
    expect(tb.exceptionLine).toBe('AssertionError: Lists differ: [1, 2] != [1, 3]')
    expect(tb.finalLastLine()).toBe('+ [1, 3]')
  })

  it('reads a SyntaxError frame (no function name)', () => {
    const tb = collect([
      '  File "/mnt/extra-addons/estate/models/b.py", line 7',
      '    def f(',
      '         ^',
      "SyntaxError: '(' was never closed",
    ])
    expect(tb.finalLocation()).toEqual({ file: 'addons/estate/models/b.py', line: 7 })
    expect(tb.exceptionLine).toBe("SyntaxError: '(' was never closed")
  })

  it('falls back to a path quoted in the exception when no frame is in an addons path', () => {
    const tb = collect([
      '  File "/usr/lib/python3/dist-packages/odoo/tools/convert.py", line 705, in _tag_root',
      '    raise ParseError(msg) from e',
      'odoo.tools.convert.ParseError: while parsing /mnt/extra-addons/estate/data/d.xml:12, somewhere inside',
    ])
    expect(tb.finalLocation()).toEqual({ file: 'addons/estate/data/d.xml', line: 12 })
  })

  it('returns null without frames, location or text', () => {
    const tb = collect([])
    expect([
      tb.firstLine,
      tb.finalLastLine(),
      tb.exceptionLine,
      tb.finalLocation(),
      tb.text(),
    ]).toEqual([null, null, null, null, ''])
  })

  it.each([
    [60, 8192, 1000, 60],
    [60, 2048, 1000, 60],
    [12, 8192, 20, 12],
  ])('caps %i lines / %i chars of a %i-line traceback', (maxLines, maxChars, total, _) => {
    const lines = ['Traceback (most recent call last):']
    for (let i = 0; i < total; i++)
      lines.push(`  File "/usr/lib/python3/x.py", line ${i}, in f${'x'.repeat(40)}`)
    lines.push('RecursionError: maximum recursion depth exceeded')
    const tb = collect(lines, maxLines, maxChars)
    const text = tb.text()
    const kept = text.split('\n')
    expect(kept.length).toBeLessThanOrEqual(maxLines + 1)
    expect(text.length).toBeLessThanOrEqual(maxChars + 40)
    expect(kept[0]).toBe('Traceback (most recent call last):')
    expect(kept.at(-1)).toBe('RecursionError: maximum recursion depth exceeded')
    expect(text).toContain(`… ${tb.omitted} lines omitted …`)
    expect(kept.length - 1 + tb.omitted).toBe(lines.length)
  })
})
