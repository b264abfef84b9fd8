// Work-order environments a person logs into, end to end on the fixture
// images with the CLI bundle: `up --module` creates the work order's database
// with the module and its dependencies (asked of Postgres, not of our output)
// and serves it (the login page of that database, admin / admin); a second
// work order on the same dependencies comes from the template cache; `update`
// after a change of the module's data file; logs, shell, psql; `down` keeps
// the data, `down --cleanup` leaves nothing; two work orders share nothing.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { NOTHING, projectLeftovers } from '../helpers/docker.js'
import { ROOT } from '../helpers/gha-runner.js'
import { afterCase, CliCase, FIXTURE_COMPOSE, parseJson, type CliResult } from './cli-harness.js'

let current: CliCase | undefined
afterEach(() => afterCase(current))

/** The Odoo stand-in image: RTR_FIXTURE_ODOO_IMAGE to try another build of it. */
const ODOO_IMAGE = process.env.RTR_FIXTURE_ODOO_IMAGE ?? 'rtr-fixture-odoo:18'

const url = (out: string) => Number(/URL: +http:\/\/localhost:(\d+)/.exec(out)?.[1])

/** Postgres of a project, asked directly (docker exec psql), never through the CLI. */
function sql(project: string, database: string, query: string): string {
  return execFileSync(
    'docker',
    ['exec', `${project}-db-1`, 'psql', '-U', 'odoo', '-d', database, '-XAtq', '-c', query],
    { encoding: 'utf8' },
  ).trim()
}

function names(kind: 'ps' | 'volume', project: string): string[] {
  const args =
    kind === 'ps'
      ? [
          'ps',
          '-a',
          '--filter',
          `label=com.docker.compose.project=${project}`,
          '--format',
          '{{.Names}}',
        ]
      : [
          'volume',
          'ls',
          '--filter',
          `label=com.docker.compose.project=${project}`,
          '--format',
          '{{.Name}}',
        ]
  return execFileSync('docker', args, { encoding: 'utf8' }).split('\n').filter(Boolean)
}

/** A copy of the fixture addons the test may change, mounted by a compose file of its own. */
function workspace(c: CliCase): { addons: string; files: string } {
  const addons = join(c.dir, 'addons')
  mkdirSync(addons)
  cpSync(join(ROOT, 'test/fixtures/addons'), addons, { recursive: true })
  const overlay = join(c.dir, 'compose.workspace.yml')
  const service = {
    image: ODOO_IMAGE,
    volumes: [`${addons}:/mnt/extra-addons:ro`],
    // Each module install costs time, as on real Odoo: what the template cache saves.
    environment: { FIXTURE_INSTALL_COST_MS: '1000' },
  }
  writeFileSync(overlay, JSON.stringify({ services: { odoo: service } }))
  return { addons, files: `${FIXTURE_COMPOSE},${overlay}` }
}

const ok = (r: CliResult) => `${r.stdout}\n--- stderr:\n${r.stderr}`

describe('work-order environments to log into', () => {
  it('up --module, a second work order from the template, update, logs, shell, psql, down/up, cleanup', async () => {
    const c = (current = new CliCase('ws'))
    const { addons, files } = workspace(c)
    const flags = [
      '--compose-file',
      files,
      '--down-timeout',
      '1',
      '--cache',
      'local',
      '--cache-dir',
      join(c.dir, 'cache'),
      ...c.own,
    ]
    const [a, b] = [`${c.prefix}-wo-042`, `${c.prefix}-wo-043`]

    let t0 = Date.now()
    const upA = await c.run(['up', 'WO-042', '--module', 'rtr_tested', ...flags])
    const firstMs = Date.now() - t0
    expect(upA.code, ok(upA)).toBe(0)
    expect(upA.stdout).toContain('Database:     wo_042')
    expect(upA.stdout).toContain('Login:        admin / admin')
    const portA = url(upA.stdout)
    expect(portA).toBeGreaterThan(0)

    // Postgres holds the module, its dependencies, their demo data, and admin.
    expect(sql(a, 'wo_042', "SELECT state FROM ir_module_module WHERE name = 'rtr_tested'")).toBe(
      'installed',
    )
    expect(
      sql(
        a,
        'wo_042',
        "SELECT name || ' ' || state FROM ir_module_module WHERE name IN ('rtr_base_dep', 'rtr_dep_mail') ORDER BY name",
      ),
    ).toBe('rtr_base_dep installed\nrtr_dep_mail installed')
    expect(
      Number(
        sql(
          a,
          'wo_042',
          "SELECT count(*) FROM rtr_module_data WHERE module = 'rtr_base_dep' AND demo",
        ),
      ),
    ).toBeGreaterThan(0)
    expect(sql(a, 'wo_042', 'SELECT login FROM res_users WHERE id = 2 AND active')).toBe('admin')

    // The URL opens that database's login page, no database selector.
    const login = await (await fetch(`http://localhost:${portA}/web/login`)).text()
    expect(login).toContain('name="db" value="wo_042"')
    expect(login).not.toContain('Select a database')

    // A second work order on the same dependencies: from the template cache.
    t0 = Date.now()
    const upB = await c.run(['up', 'WO-043', '--module', 'rtr_tested', ...flags])
    const secondMs = Date.now() - t0
    expect(upB.code, ok(upB)).toBe(0)
    expect(upB.stdout).toContain('template cache: hit')
    console.log(
      `up WO-042 (template built): ${(firstMs / 1000).toFixed(1)} s; up WO-043 (template restored): ${(secondMs / 1000).toFixed(1)} s`,
    )
    expect(sql(b, 'wo_043', "SELECT state FROM ir_module_module WHERE name = 'rtr_tested'")).toBe(
      'installed',
    )

    // Side by side, nothing shared: database, port, containers, volumes.
    expect(url(upB.stdout)).not.toBe(portA)
    expect(sql(a, 'postgres', "SELECT count(*) FROM pg_database WHERE datname = 'wo_043'")).toBe(
      '0',
    )
    expect(sql(b, 'postgres', "SELECT count(*) FROM pg_database WHERE datname = 'wo_042'")).toBe(
      '0',
    )
    for (const kind of ['ps', 'volume'] as const) {
      const [na, nb] = [names(kind, a), names(kind, b)]
      expect(na.length).toBeGreaterThan(0)
      expect(na.filter((n) => nb.includes(n))).toEqual([])
    }

    // update after a change of the module's data file: visible in the database.
    const csv = join(addons, 'rtr_tested/data/rtr.module.data.csv')
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('rtr_tested v1', 'rtr_tested v2'))
    const upd = await c.run(['update', 'WO-042', 'rtr_tested', ...flags])
    expect(upd.code, ok(upd)).toBe(0)
    expect(
      sql(a, 'wo_042', "SELECT value FROM rtr_module_data WHERE xmlid = 'rtr_tested_marker'"),
    ).toBe('rtr_tested v2')
    // A broken upgrade: Odoo's traceback, exit 1, the server healthy again.
    const manifest = join(addons, 'rtr_tested/__manifest__.py')
    const good = readFileSync(manifest, 'utf8')
    writeFileSync(manifest, good.replace("'data': [", "'data': ['data/missing.xml', "))
    const broken = await c.run(['update', 'WO-042', 'rtr_tested', ...flags])
    writeFileSync(manifest, good)
    expect(broken.code, ok(broken)).toBe(1)
    expect(broken.stderr).toContain('Traceback (most recent call last):')
    expect(broken.stderr).toContain('missing.xml')
    const lsAfter = parseJson<{ project: string; services: { health: string }[] }[]>(
      await c.run(['ls', '--json', ...flags]),
    )
    expect(lsAfter.find((e) => e.project === a)?.services.map((s) => s.health)).toEqual([
      'healthy',
      'healthy',
    ])

    // logs, shell with a piped script, psql -c: each names what it opens.
    const logs = await c.run(['logs', 'WO-042', 'odoo', '--tail', '20', ...flags])
    expect(logs.code, ok(logs)).toBe(0)
    expect(logs.stderr).toContain(`Logs of service odoo of ${a}`)
    expect(logs.stdout).toContain('HTTP service (werkzeug) running')
    // --follow until Ctrl+C: exit 0, and compose's logs process ends with it.
    let sent = false
    const follow = c.start(['logs', 'WO-042', 'odoo', '--follow', ...flags], {
      onOutput: (all, child) => {
        if (!sent && all.includes('HTTP service (werkzeug) running')) {
          sent = true
          child.kill('SIGINT')
        }
      },
    })
    const followed = await follow.done
    expect(followed.code, ok(followed)).toBe(0)
    expect(followed.stderr).toContain('following, Ctrl+C ends')
    const shell = c.start(['shell', 'WO-042', ...flags])
    shell.child.stdin?.end(
      'env.cr.execute("SELECT login FROM res_users WHERE id = 2")\nprint(\'users\', env.cr.fetchall())\n',
    )
    const sh = await shell.done
    expect(sh.code, ok(sh)).toBe(0)
    expect(sh.stderr).toContain('Odoo shell on database wo_042')
    expect(sh.stdout).toContain("users [('admin',)]")
    const psql = await c.run([
      'psql',
      'WO-042',
      ...flags,
      '-At',
      '-c',
      "SELECT count(*) FROM ir_module_module WHERE state = 'installed'",
    ])
    expect(psql.code, ok(psql)).toBe(0)
    expect(psql.stderr).toContain('psql on database wo_042')
    const installed = Number(psql.stdout.trim())
    expect(String(installed)).toBe(
      sql(a, 'wo_042', "SELECT count(*) FROM ir_module_module WHERE state = 'installed'"),
    )

    // ls: each environment's database and installed modules, asked of Postgres.
    const ls = parseJson<{ project: string; database: string; modules_installed: number }[]>(
      await c.run(['ls', '--json', ...flags]),
    )
    expect(ls.map((e) => [e.project, e.database, e.modules_installed])).toEqual([
      [a, 'wo_042', installed],
      [b, 'wo_043', installed],
    ])

    // down keeps the data; up again comes back on it, with the same login.
    const down = await c.run(['down', 'WO-042', ...flags])
    expect(down.code, ok(down)).toBe(0)
    const noEnv = await c.run(['shell', 'WO-042', ...flags])
    expect(noEnv.code).toBe(2)
    expect(noEnv.stderr).toContain('Work order WO-042 has no running environment')
    expect(noEnv.stderr).toContain('WO-043 (port')
    const again = await c.run(['up', 'WO-042', ...flags])
    expect(again.code, ok(again)).toBe(0)
    expect(again.stdout).toContain('Reused database wo_042')
    expect(
      sql(a, 'wo_042', "SELECT value FROM rtr_module_data WHERE xmlid = 'rtr_tested_marker'"),
    ).toBe('rtr_tested v2')
    expect(sql(a, 'wo_042', 'SELECT login FROM res_users WHERE id = 2 AND active')).toBe('admin')
    const login2 = await (await fetch(`http://localhost:${url(again.stdout)}/web/login`)).text()
    expect(login2).toContain('name="db" value="wo_042"')

    // down --cleanup removes everything and says so; Docker agrees.
    for (const [wo, project] of [
      ['WO-042', a],
      ['WO-043', b],
    ] as const) {
      const gone = await c.run(['down', wo, '--cleanup', ...flags])
      expect(gone.code, ok(gone)).toBe(0)
      expect(gone.stdout).toContain('Cleanup verified')
      expect(projectLeftovers(project)).toEqual(NOTHING)
    }
    c.expectNothingLeft()
  })

  it('refuses bad input naming the accepted form; a module Odoo cannot install fails up with its reason and leaves nothing', async () => {
    const c = (current = new CliCase('wsbad'))
    const { files } = workspace(c)
    const flags = ['--compose-file', files, '--down-timeout', '1', '--cache', 'off', ...c.own]

    const badName = await c.run(['up', 'WO-050', '--module', 'Bad-Name', ...flags])
    expect(badName.code).toBe(2)
    expect(badName.stderr).toContain('Invalid --module')
    expect(badName.stderr).toContain('^[a-z][a-z0-9_]*$')
    const badWo = await c.run(['logs', 'WO 050!', ...flags])
    expect(badWo.code).toBe(2)
    expect(badWo.stderr).toContain('Invalid work order')
    expect(badWo.stderr).toContain('e.g. WO-042')

    // Unknown to Odoo: it only warns ("invalid module names"); up asks Postgres and fails.
    const unknown = await c.run(['up', 'WO-051', '--module', 'rtr_no_such_addon', ...flags])
    expect(unknown.code, ok(unknown)).toBe(2)
    expect(unknown.stderr).toContain('Odoo did not install rtr_no_such_addon')
    expect(unknown.stderr).toContain('invalid module names, ignored: rtr_no_such_addon')
    expect(projectLeftovers(`${c.prefix}-wo-051`)).toEqual(NOTHING)

    // A dependency found nowhere: Odoo's UserError names it.
    const dep = await c.run(['up', 'WO-052', '--module', 'rtr_broken_missing_dep', ...flags])
    expect(dep.code, ok(dep)).toBe(2)
    expect(dep.stderr).toContain('rtr_no_such_module')
    expect(projectLeftovers(`${c.prefix}-wo-052`)).toEqual(NOTHING)
    c.expectNothingLeft()
  })
})
