import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Smoke test of the fixture images every other docker test builds on: the
// compose file comes up healthy, the odoo stand-in answers like Odoo, and a
// `down -v` leaves nothing behind.
const buildScript = fileURLToPath(new URL('../fixtures/build-images.sh', import.meta.url))
const composeFile = fileURLToPath(new URL('../fixtures/compose.test.yml', import.meta.url))
const project = `rtr-fixture-smoke-${randomBytes(4).toString('hex')}`
// `down` must interpolate the file too, even if beforeAll failed early.
const env: NodeJS.ProcessEnv = { ...process.env, RTR_HOST_PORT: '0' }

function compose(...args: string[]) {
  return spawnSync('docker', ['compose', '-p', project, '-f', composeFile, ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  })
}

function odooTest(module: string, viaEntrypoint = true) {
  const odoo = ['odoo', '-d', 't1', '-i', module, '--test-enable', '--test-tags', `/${module}`]
  const cmd = [...odoo, '--stop-after-init', '--http-port', '8071']
  return compose('exec', '-T', 'odoo', ...(viaEntrypoint ? ['/entrypoint.sh', ...cmd] : cmd))
}

describe('fixture images', () => {
  beforeAll(async () => {
    execFileSync('bash', [buildScript], { stdio: 'inherit' })
    env.RTR_HOST_PORT = String(await getPort())
    const up = compose('up', '-d', '--wait')
    expect(up.status, up.stderr).toBe(0)
  })

  afterAll(() => {
    const down = compose('down', '-v', '--remove-orphans', '-t', '1')
    expect(down.status, down.stderr).toBe(0)
    const label = `label=com.docker.compose.project=${project}`
    for (const list of [
      ['ps', '-a'],
      ['network', 'ls'],
      ['volume', 'ls'],
    ]) {
      const left = execFileSync('docker', [...list, '--filter', label, '-q'], { encoding: 'utf8' })
      expect(left.trim(), `docker ${list.join(' ')}`).toBe('')
    }
  })

  it('serves /web/health on the host port', async () => {
    const res = await fetch(`http://127.0.0.1:${env.RTR_HOST_PORT}/web/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'pass' })
  })

  it('passes demo_pass with Odoo 18 result line', () => {
    const run = odooTest('demo_pass')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(
      /^\S+ \S+ \d+ INFO t1 odoo\.tests\.result: 0 failed, 0 error\(s\) of 3 tests when loading database 't1'$/m,
    )
  })

  it('fails demo_fail with a FAIL record', () => {
    const run = odooTest('demo_fail')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      / ERROR t1 odoo\.addons\.demo_fail\.tests\.test_demo: FAIL: TestDemo\.test_two\n/,
    )
    expect(run.stderr).toContain(
      "odoo.tests.result: 1 failed, 0 error(s) of 3 tests when loading database 't1'",
    )
  })

  it('exits 255 without a result line when demo_crash cannot load', () => {
    const run = odooTest('demo_crash')
    expect(run.status).toBe(255)
    expect(run.stderr).toContain("CRITICAL t1 odoo.modules.module: Couldn't load module demo_crash")
    expect(run.stderr).not.toContain('odoo.tests.result')
  })

  it('exits 0 with its skip counted in `of 1 tests` when demo_allskip skips its only test', () => {
    const run = odooTest('demo_allskip')
    expect(run.status, run.stderr).toBe(0)
    const tour = 'odoo.addons.demo_allskip.tests.test_tour'
    expect(run.stderr).toMatch(
      new RegExp(
        ` INFO t1 ${tour}: skipped TestTour\\.test_web_client_loads : websocket-client module is not installed\n`,
      ),
    )
    expect(run.stderr).toContain(
      "INFO t1 odoo.tests.result: 0 failed, 0 error(s) of 1 tests when loading database 't1'",
    )
  })

  it('cannot reach the database when /entrypoint.sh is bypassed', () => {
    const run = odooTest('demo_pass', false)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('/var/run/postgresql/.s.PGSQL.5432')
  })
})
