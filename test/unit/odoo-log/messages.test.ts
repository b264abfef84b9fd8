import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../src/odoo-log/header.js'
import * as msg from '../../../src/odoo-log/messages.js'

describe('parseHeader', () => {
  it('splits a record line into its fields and trims the perf_info space', () => {
    const line =
      "2025-01-01 10:00:00,123 42 INFO test_db odoo.tests.result: 0 failed, 0 error(s) of 3 tests when loading database 'test_db' "
    expect(parseHeader(line)).toEqual({
      time: '2025-01-01 10:00:00,123',
      pid: 42,
      level: 'INFO',
      db: 'test_db',
      logger: 'odoo.tests.result',
      message: "0 failed, 0 error(s) of 3 tests when loading database 'test_db'",
    })
  })

  it.each([
    ['2025-01-01 10:00:00,123 1 WARNING ? odoo.modules.loading: x', 'WARNING', '?'],
    ['2025-01-01 10:00:00,123 1 CRITICAL db odoo.service.server: Failed', 'CRITICAL', 'db'],
  ])('reads %s', (line, level, db) => {
    expect(parseHeader(line)).toMatchObject({ level, db })
  })

  it.each([
    ['a traceback line', '  File "/mnt/extra-addons/m/x.py", line 1, in f'],
    ['a postgres line', '2025-01-01 10:00:00.123 UTC [1] LOG:  database system is ready'],
    ['an unknown level', '2025-01-01 10:00:00,123 1 NOTICE db odoo: x'],
    ['no logger colon', '2025-01-01 10:00:00,123 1 INFO db odoo x'],
  ])('rejects %s', (_name, line) => {
    expect(parseHeader(line)).toBeNull()
  })
})

describe('matchResult', () => {
  it.each([
    [
      "1 failed, 2 error(s) of 30 tests when loading database 'test_db'",
      { failed: 1, errors: 2, total: 30, db: 'test_db' },
    ],
    [
      "0 failed, 0 error(s) of 0 tests when loading database 'x'",
      { failed: 0, errors: 0, total: 0, db: 'x' },
    ],
    [
      '0 failed, 0 error(s) of 1 tests when loading database "it\'s"',
      { failed: 0, errors: 0, total: 1, db: "it's" },
    ],
    [
      "0 failed, 1 error(s) of 4 tests (1 skipped because the environment could not run them) when loading database 'db'",
      { failed: 0, errors: 1, total: 4, db: 'db' },
    ],
  ])('%s', (message, expected) => {
    expect(msg.matchResult(message)).toEqual(expected)
  })

  it('ignores a per-module line', () => {
    expect(msg.matchResult('Module estate: 1 failures, 0 errors of 3 tests')).toBeNull()
  })
})

describe('matchFailureHeading', () => {
  it.each([
    [
      'FAIL: TestX.test_y',
      { kind: 'FAIL', className: 'TestX', method: 'test_y', subtest: null, module: null },
    ],
    [
      'ERROR: TestX.test_y',
      { kind: 'ERROR', className: 'TestX', method: 'test_y', subtest: null, module: null },
    ],
    [
      'FAIL: Outer.Inner.test_y',
      { kind: 'FAIL', className: 'Outer.Inner', method: 'test_y', subtest: null, module: null },
    ],
    [
      'FAIL: Subtest TestX.test_y (i=1, j=2)',
      { kind: 'FAIL', className: 'TestX', method: 'test_y', subtest: 'i=1, j=2', module: null },
    ],
    [
      'ERROR: Subtest TestX.test_y [label] (i=1)',
      {
        kind: 'ERROR',
        className: 'TestX',
        method: 'test_y',
        subtest: '[label] (i=1)',
        module: null,
      },
    ],
    [
      'ERROR: setUpClass (odoo.addons.estate.tests.test_x.TestX)',
      { kind: 'setUpClass', className: 'TestX', method: null, subtest: null, module: 'estate' },
    ],
    [
      'ERROR: tearDownClass (odoo.addons.estate.tests.test_x.TestX)',
      {
        kind: 'ERROR',
        className: 'TestX',
        method: 'tearDownClass',
        subtest: null,
        module: 'estate',
      },
    ],
    [
      'ERROR: setUpModule (odoo.addons.estate.tests.test_x)',
      { kind: 'ERROR', className: null, method: 'setUpModule', subtest: null, module: 'estate' },
    ],
  ])('%s', (message, expected) => {
    expect(msg.matchFailureHeading(message)).toEqual(expected)
  })

  it('ignores other messages', () => {
    expect(msg.matchFailureHeading('Failed to load registry')).toBeNull()
  })
})

describe('other recognisers', () => {
  it.each([
    ['estate: 4 tests 0.16s 151 queries', { module: 'estate', tests: 4 }],
    ['estate_account: 1 test 0.02s 1 query', { module: 'estate_account', tests: 1 }],
  ])('stats %s', (message, expected) => {
    expect(msg.matchStats('odoo.tests.stats', message)).toEqual(expected)
    expect(msg.matchStats('odoo.addons.x', message)).toBeNull()
  })

  it.each([
    [
      'Module estate: 1 failures, 2 errors of 7 tests',
      { module: 'estate', failed: 1, errors: 2, tests: 7 },
    ],
    [
      'Module estate: 1 failures, 0 errors',
      { module: 'estate', failed: 1, errors: 0, tests: null },
    ],
  ])('module line %s', (message, expected) => {
    expect(msg.matchModuleLine(message)).toEqual(expected)
  })

  it.each([
    ["Couldn't load module estate", { module: 'estate' }],
    ['Failed to initialize database `test_db`.', { module: null }],
    ['Something else', null],
  ])('crash %s', (message, expected) => {
    expect(msg.matchCrash(message)).toEqual(expected)
  })

  it.each([
    ['odoo.addons.estate.tests.test_x', 'estate', true],
    ['odoo.addons.estate.models.x', 'estate', false],
    ['odoo.tests.suite', null, true],
    ['odoo.modules.loading', null, false],
  ])('logger %s: module %s, test logger %s', (logger, module, isTest) => {
    expect(msg.moduleFromLogger(logger)).toBe(module)
    expect(msg.isTestLogger(logger)).toBe(isTest)
  })

  it('splits invalid module names', () => {
    expect(msg.matchInvalidModules('invalid module names, ignored: estat, sale_x')).toEqual([
      'estat',
      'sale_x',
    ])
  })

  it('recognises starting lines (skipped lines: skips.test.ts)', () => {
    expect(msg.matchStarting('Starting TestX.test_y ...')).toBe(true)
    expect(msg.matchStarting('Starting post tests')).toBe(false)
  })
})
