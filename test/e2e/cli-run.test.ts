// `run` end to end on the fixture project: verdicts and exit codes, the proof
// log, `--json`, the cleanup proof, and `judge` agreeing with the run on its
// own log. Each case leaves nothing behind.
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { afterCase, CliCase, parseJson } from './cli-harness.js'

let current: CliCase | undefined
afterEach(() => afterCase(current))

interface RunJson {
  project: string
  port: number
  result: string
  exit_code: number | null
  log_file: string
  reasons: string[]
  skip_reasons: { module: string; reason: string; count: number; tests: string[] }[]
  cleanup: { containers: number; networks: number; volumes: number; verified: boolean }
}

describe.each([
  { module: 'demo_pass', code: 0, result: 'passed', exitCode: 0, logHas: 'of 3 tests' },
  {
    module: 'demo_fail',
    code: 1,
    result: 'failed',
    exitCode: 1,
    logHas: 'FAIL: TestDemo.test_two',
  },
  { module: 'demo_crash', code: 1, result: 'error', exitCode: 255, logHas: 'Failed to initialize' },
  // Odoo exits 0 and says `0 failed`: the only test was skipped, so nothing was proven.
  {
    module: 'demo_allskip',
    code: 1,
    result: 'error',
    exitCode: 0,
    logHas: 'skipped TestTour.test_web_client_loads : websocket-client module is not installed',
    reason:
      'Module demo_allskip: every selected test was skipped, so nothing was proven (1 test skipped: websocket-client module is not installed).',
  },
])('run $module', ({ module, code, result, exitCode, logHas, reason }) => {
  it(`exits ${code} with result ${result}, a proof log and verified cleanup; judge agrees`, async () => {
    const c = (current = new CliCase(module.replace('demo_', 'run-')))
    const r = await c.run(['run', module, ...c.create, '--json'])
    expect(r.code, r.stderr).toBe(code)
    const json = parseJson<RunJson>(r)
    expect(json.project).toMatch(new RegExp(`^${c.prefix}-\\d{8}t\\d{6}z-local-1-[0-9a-f]{6}$`))
    expect(json.port).toBeGreaterThanOrEqual(8300)
    expect(json.port).toBeLessThanOrEqual(8349)
    expect(json).toMatchObject({ result, exit_code: exitCode })
    if (reason) {
      expect(json.reasons[0]).toBe(reason)
      expect(json.skip_reasons).toEqual([
        {
          module,
          reason: 'websocket-client module is not installed',
          count: 1,
          tests: ['TestTour.test_web_client_loads'],
        },
      ])
      expect(r.stderr).toContain(`  - ${reason}`)
      expect(r.stderr).toContain(
        'Skipped:\n  - demo_allskip: 1 test skipped: websocket-client module is not installed (TestTour.test_web_client_loads)',
      )
    }
    expect(json.cleanup).toEqual({ containers: 2, networks: 1, volumes: 2, verified: true })
    expect(json.log_file).toBe(`${c.dir}/proof_of_execution_tests.log`)
    expect(readFileSync(json.log_file, 'utf8')).toContain(logHas)
    // The same report file the action writes, completed with the cleanup.
    const report = JSON.parse(readFileSync(`${c.dir}/proof_of_execution_tests.report.json`, 'utf8'))
    expect(report).toMatchObject({ result, exit_code: exitCode, cleanup: json.cleanup })
    // Everything for people went to stderr: progress, verdict, cleanup proof.
    expect(r.stderr).toContain('Cleanup verified: nothing of this run is left.')
    expect(r.stderr).toMatch(/\[\s+\d+\.\ds\] tearing down /)
    c.expectNothingLeft(json.project)

    const j = await c.run([
      'judge',
      json.log_file,
      '--module',
      module,
      '--exit-code',
      String(exitCode),
      '--json',
    ])
    expect(j.code).toBe(code)
    expect(parseJson(j)).toMatchObject({ result, reasons: json.reasons, exit_code: exitCode })
    // A saved log alone (nobody kept the exit code): the same verdict.
    const k = await c.run(['judge', json.log_file, '--module', module, '--json'])
    expect(k.code).toBe(code)
    expect(parseJson(k)).toMatchObject({ result, exit_code: exitCode })
    if (reason) expect(parseJson<RunJson>(k).reasons).toContain(reason)
  })
})

describe('run refusals and environment errors (exit 2)', () => {
  it('no module: usage on stderr, nothing created', async () => {
    const c = (current = new CliCase('nomod'))
    const r = await c.run(['run', ...c.create])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Usage: resilient-test-runner run <module>')
    c.expectNothingLeft()
  })

  it('no Docker engine: a clear message, nothing created', async () => {
    const c = (current = new CliCase('nodocker'))
    const r = await c.run(['run', 'demo_pass', ...c.create], {
      DOCKER_HOST: 'unix:///tmp/rtr-no-such.sock',
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('The Docker engine does not answer')
  })

  it('the tested service exits at start: health failure, torn down', async () => {
    const c = (current = new CliCase('exits'))
    const r = await c.run(['run', 'demo_pass', ...c.create], { FIXTURE_HEALTH: 'exit' })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/exited with code 3/)
    expect(r.stdout).toContain('Cleanup verified')
    const project = /Compose project: (\S+)/.exec(r.stdout)?.[1]
    expect(project).toBeDefined()
    c.expectNothingLeft(project)
    expect(existsSync(`${c.dir}/proof_of_execution_tests.report.json`)).toBe(true)
  })
})
