import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverageTestCommand, parseCoverageJson } from '../../../src/quality/coverage.js'
import { parseJunitXml, readJunit } from '../../../src/quality/junit.js'
import { classifyLintLine, LintCounter } from '../../../src/quality/lint.js'
import { applyJunit } from '../../../src/engine/judge.js'

describe('lint findings', () => {
  it.each([
    ['addons/m/models/x.py:12:80: E501 line too long', 'error'],
    ['addons/m/models/x.py:3:1: F401 unused import', 'error'],
    ['addons/m/x.py:7:1: W291 trailing whitespace', 'warning'],
    ['addons/m/x.py:1:0: C0114: Missing module docstring (missing-module-docstring)', 'warning'],
    ['addons/m/x.py:5: E1101 no member', 'error'],
    ['All done! 0 errors', null],
    ['Traceback (most recent call last):', null],
  ])('%j is %s', (line, kind) => expect(classifyLintLine(line)).toBe(kind))

  it('counts across chunk boundaries', () => {
    const c = new LintCounter()
    c.push('a.py:1:1: E1 x\na.py:2:')
    c.push('1: W2 y\nb.py:3:1: F3 z')
    expect(c.end()).toEqual({ errors: 2, warnings: 1 })
  })
})

describe('coverage', () => {
  it.each([
    ['{"totals": {"percent_covered": 83.456}}', 83.5],
    ['{"totals": {"percent_covered": 0}}', 0],
    ['{"totals": {}}', null],
    ['No data to report.', null],
  ])('%j -> %s', (text, pct) => expect(parseCoverageJson(text)).toBe(pct))

  it('passes modules and arguments as parameters, never inside the script', () => {
    const argv = coverageTestCommand(['a', 'b'], ['-d', 'db', '-i', 'a,b'])
    expect(argv.slice(0, 2)).toEqual(['sh', '-c'])
    expect(argv[2]).not.toMatch(/extra-addons\/a|a,b/)
    expect(argv.slice(3)).toEqual([
      'rtr-coverage',
      '/mnt/extra-addons/a/*,/mnt/extra-addons/b/*',
      '-d',
      'db',
      '-i',
      'a,b',
    ])
  })
})

const XML = `<?xml version="1.0"?>
<testsuites><testsuite name="s" tests="4">
  <testcase classname="TestA" name="test_ok" time="0.1"/>
  <testcase classname="TestA" name="test_bad"><failure message="1 != 2 &amp; more">trace</failure></testcase>
  <testcase classname='TestB' name='test_err'><error message="boom"/></testcase>
  <testcase classname="TestB" name="test_skip"><skipped/></testcase>
</testsuite></testsuites>`

describe('JUnit XML', () => {
  it('reads each case and its outcome', () =>
    expect(parseJunitXml(XML).map((c) => [c.className, c.name, c.kind, c.message])).toEqual([
      ['TestA', 'test_ok', 'PASS', null],
      ['TestA', 'test_bad', 'FAIL', '1 != 2 & more'],
      ['TestB', 'test_err', 'ERROR', 'boom'],
      ['TestB', 'test_skip', 'SKIP', null],
    ]))

  it('reads a directory of files and counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'junit-'))
    writeFileSync(join(dir, 'a.xml'), XML)
    writeFileSync(join(dir, 'notes.txt'), 'ignored')
    expect(readJunit(dir)).toMatchObject({ total: 4, failed: 1, errors: 1, skipped: 1 })
    expect(readJunit(join(dir, 'missing.xml'))).toBeUndefined()
  })

  it('wins on counts and can only make a verdict worse', () => {
    const junit = { files: ['j.xml'], total: 4, failed: 1, errors: 1, skipped: 1, failures: [] }
    const passed = {
      result: 'passed' as const,
      reasons: [],
      tests: { passed: 3, failed: 0, errors: 0, skipped: 0, total: 3 },
    }
    const v = applyJunit(passed, junit)
    expect(v.result).toBe('failed')
    expect(v.tests).toEqual({ total: 4, failed: 1, errors: 1, skipped: 1, passed: 1 })
    const clean = applyJunit(passed, { ...junit, failed: 0, errors: 0 })
    expect(clean.result).toBe('passed')
  })
})

describe('exit code from the log alone', () => {
  it.each([
    ['odoo18-pass.log', 0],
    ['odoo18-fail.log', 1],
    ['odoo18-setupclass.log', 1],
    ['odoo18-install-crash.log', 255],
    ['odoo18-zero-tests.log', 0],
  ])('%s -> %s', async (file, code) => {
    const { parseOdooLogFile } = await import('../../../src/odoo-log/index.js')
    const { exitCodeFromLog } = await import('../../../src/engine/judge.js')
    const summary = await parseOdooLogFile(join(import.meta.dirname, '../../fixtures/logs', file))
    expect(exitCodeFromLog(summary)).toBe(code)
  })
})
