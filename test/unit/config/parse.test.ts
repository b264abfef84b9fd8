import { describe, expect, it } from 'vitest'
import {
  defaultPrefix,
  parseComposeFiles,
  parseModules,
  parseOptionalSeconds,
  parsePortRange,
  parseSeconds,
  parseSettings,
  parseTestCommand,
} from '../../../src/config/parse.js'
import { InputError } from '../../../src/errors.js'
import { parseStartInterval } from '../../../src/config/values.js'

describe('parseModules', () => {
  it.each([
    ['traction', ['traction']],
    ['traction,hub_compliance', ['traction', 'hub_compliance']],
    [' a1 , b_2 ', ['a1', 'b_2']],
    ['dup,dup', ['dup']],
  ])('accepts %j', (raw, expected) => expect(parseModules(raw)).toEqual(expected))

  it.each([
    'Traction',
    'has space',
    'a;b',
    'x$(id)',
    '../etc',
    '1abc',
    '_x',
    'a,,b',
    'a,',
    'é',
    'a-b',
    'x'.repeat(65),
  ])('refuses %j naming the input and the form', (raw) =>
    expect(() => parseModules(raw)).toThrowError(
      /Invalid input 'module'.*\^\[a-z\]\[a-z0-9_\]\*\$/,
    ),
  )

  it('requires a value', () =>
    expect(() => parseModules('  ')).toThrowError(/Input 'module' is required/))
})

describe('parsePortRange', () => {
  it.each([
    ['', { from: 8090, to: 8100 }],
    ['8090-8100', { from: 8090, to: 8100 }],
    ['9000', { from: 9000, to: 9000 }],
    [' 1024-65535 ', { from: 1024, to: 65535 }],
  ])('accepts %j', (raw, expected) => expect(parsePortRange(raw)).toEqual(expected))

  it.each(['8100-8090', '80-90', '8090-70000', 'abc', '-1-5', '8090:8100', '8090-', '0'])(
    'refuses %j',
    (raw) => expect(() => parsePortRange(raw)).toThrowError(/Invalid input 'port-range'.*FROM-TO/),
  )
})

describe('parseStartInterval', () => {
  it.each([
    ['', 500],
    ['0', 0],
    ['10ms', 10],
    ['250ms', 250],
    ['1s', 1000],
    [' 60s ', 60_000],
  ])('%j -> %d ms', (raw, ms) => expect(parseStartInterval(raw)).toBe(ms))

  it.each(['250', '5ms', '61s', '1m', '0.5s', '-1s', 'fast', '1s 2s'])('refuses %j', (raw) =>
    expect(() => parseStartInterval(raw)).toThrowError(
      /Invalid input 'health-start-interval': .*Expected '0' \(off\) or a duration from 10ms to 60s/,
    ),
  )
})

describe('parseSeconds', () => {
  it.each([
    ['', 300],
    ['45', 45],
    ['5m', 300],
    ['1h', 3600],
    ['7s', 7],
  ])('%j -> %d', (raw, s) => expect(parseSeconds('health-timeout', raw, 300)).toBe(s))

  it.each(['-5', '0', '1.5', '5d', '99999999999', 'abc'])('refuses %j', (raw) =>
    expect(() => parseSeconds('health-timeout', raw, 300)).toThrowError(
      /Invalid input 'health-timeout'/,
    ),
  )

  it('allows 0 where the minimum says so', () =>
    expect(parseSeconds('down-timeout', '0', 2, 0)).toBe(0))
})

describe('parseOptionalSeconds (down-timeout: not set is not 0)', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['0', 0],
    ['2', 2],
    ['1m', 60],
  ])('%j -> %j', (raw, s) => expect(parseOptionalSeconds('down-timeout', raw, 0)).toBe(s))

  it.each(['-1', 'soon', '2.5'])('refuses %j naming the input', (raw) =>
    expect(() => parseOptionalSeconds('down-timeout', raw, 0)).toThrowError(
      /Invalid input 'down-timeout'/,
    ),
  )
})

describe('defaultPrefix', () => {
  it.each([
    ['HealthRT/hub', 'hub-agent-test'],
    ['HealthRT/evv', 'evv-agent-test'],
    ['Org/My.Repo', 'my-repo-agent-test'],
    [undefined, 'agent-test'],
  ])('%j -> %s', (repo, prefix) => expect(defaultPrefix(repo)).toBe(prefix))
})

describe('parseComposeFiles', () => {
  const exists = (p: string) => p.endsWith('.yml') && !p.includes('missing')
  it('defaults to docker-compose.agent.yml and accepts lists', () => {
    expect(parseComposeFiles('', '/w', exists)).toEqual(['docker-compose.agent.yml'])
    expect(parseComposeFiles('a.yml,\nb.yml', '/w', exists)).toEqual(['a.yml', 'b.yml'])
  })
  it('names a missing file and where it looked', () =>
    expect(() => parseComposeFiles('missing.yml', '/w', exists)).toThrowError(
      /'compose-file': "missing.yml" not found \(looked at "\/w\/missing.yml"\)/,
    ))
})

describe('parseTestCommand', () => {
  it('splits on whitespace without a shell', () =>
    expect(parseTestCommand(' odoo  -d x ')).toEqual(['odoo', '-d', 'x']))
  it('refuses several lines', () => expect(() => parseTestCommand('a\nb')).toThrowError(InputError))
})

describe('parseSettings', () => {
  const ctx = { repository: 'HealthRT/hub', baseDirectory: '/ws', fileExists: () => true }
  it('derives every default', () => {
    expect(parseSettings({ module: 'traction' }, ctx)).toEqual({
      modules: ['traction'],
      projectPrefix: 'hub-agent-test',
      composeFiles: ['docker-compose.agent.yml'],
      workingDirectory: '/ws',
      service: 'odoo',
      portRange: { from: 8090, to: 8100 },
      portWaitTimeoutMs: 300_000,
      reapAfterMs: 21_600_000,
      healthStartIntervalMs: 500,
      healthTimeoutMs: 300_000,
      testTimeoutMs: 3_600_000,
      testCommand: [],
      logFile: '/ws/proof_of_execution_tests.log',
      downTimeoutS: undefined, // each teardown's own default (none, or 2 s when data is kept)
      logIgnore: [],
      strictLog: false,
      lintCommand: [],
      lintIn: 'service',
      coverage: false,
      coverageThreshold: null,
      junitPath: null,
      cache: 'auto',
      cacheDir: null,
      cacheMaxBytes: 2 * 1024 ** 3,
    })
  })
  it.each([
    [{ projectPrefix: 'Bad Prefix' }, /'project-prefix'/],
    [{ service: 'odoo;rm' }, /'service'/],
    [{ logFile: 'dir/' }, /'log-file'/],
    [{ logIgnore: 'ok\n(unclosed' }, /Invalid input 'log-ignore': "\(unclosed"/],
    [{ strictLog: 'maybe' }, /Invalid input 'strict-log'.*'true' or 'false'/],
    [{ coverageThreshold: '101' }, /Invalid input 'coverage-threshold'.*0 to 100/],
    [{ coverageThreshold: '-1' }, /Invalid input 'coverage-threshold'/],
    [{ lintIn: 'host' }, /Invalid input 'lint-in'.*'service' or 'runner'/],
    [{ coverage: 'sometimes' }, /Invalid input 'coverage'/],
    [
      { cache: 'yes' },
      /Invalid input 'cache': "yes"\. Expected 'auto', 'local', 'github' or 'off'/,
    ],
    [
      { cacheMaxSize: 'huge' },
      /Invalid input 'cache-max-size': "huge"\. Expected a size from 1MB to 1TB/,
    ],
    [{ cacheMaxSize: '10KB' }, /Invalid input 'cache-max-size'/],
    [{ cacheMaxSize: '-1GB' }, /Invalid input 'cache-max-size'/],
  ])('refuses %j', (raw, re) =>
    expect(() => parseSettings({ module: 'm', ...raw }, ctx)).toThrowError(re),
  )
})

describe('quality settings', () => {
  const ctx = { repository: 'o/hub', baseDirectory: '/ws', fileExists: () => true }
  it.each([
    [{ lintCommand: 'skip' }, { lintCommand: [] }],
    [{ lintCommand: 'flake8 addons' }, { lintCommand: ['flake8', 'addons'] }],
    [{ coverageThreshold: '80%' }, { coverage: true, coverageThreshold: 80 }],
    [{ coverage: 'true' }, { coverage: true, coverageThreshold: null }],
    [{ junitPath: 'out/junit' }, { junitPath: '/ws/out/junit' }],
  ])('%j', (raw, expected) =>
    expect(parseSettings({ module: 'm', ...raw }, ctx)).toMatchObject(expected),
  )
})
