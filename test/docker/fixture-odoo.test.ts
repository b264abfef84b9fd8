import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixtureProject } from '../helpers/fixture-project.js'

// The Odoo 18 stand-in installs modules into the real Postgres the way Odoo
// does, and a database that lost data or holds stale data makes a test fail.
// Everything is asked of Postgres and of the filestore, not of the log.
const p = new FixtureProject('fxodoo', { addons: true })
const TESTED = ['-i', 'rtr_tested', '--test-enable', '--test-tags', '/rtr_tested']
const TEST_PORT = ['--http-port', '8071']
const installed = (db: string) =>
  p.sql(db, "SELECT name FROM ir_module_module WHERE state = 'installed' ORDER BY name")
const state = (db: string, m: string) =>
  p.sql(db, `SELECT state FROM ir_module_module WHERE name = '${m}'`)[0]

// rtr_tested's closure, the auto_install modules Odoo adds with it (web, bus,
// web_tour, base_import with base; mail_bot with mail; rtr_auto_bridge with
// rtr_base_dep + mail), and rtr_tested itself.
const WITH_TESTED = [
  ...['base', 'base_import', 'base_setup', 'bus', 'mail', 'mail_bot', 'rtr_auto_bridge'],
  ...['rtr_base_dep', 'rtr_dep_mail', 'rtr_tested', 'web', 'web_tour'],
]

/** A copy of template TPL as DB: pg_dump/pg_restore, and its filestore unless told. */
function restore(tpl: string, db: string, filestore = true) {
  const fs = `cp -a /var/lib/odoo/filestore/${tpl} /var/lib/odoo/filestore/${db}`
  const r = p.sh(
    'odoo',
    [
      'set -e',
      'export PGHOST=db PGUSER=odoo PGPASSWORD=odoo',
      `pg_dump -Fc -f /tmp/${db}.dump ${tpl}`,
      `createdb ${db}`,
      `pg_restore --no-owner -d ${db} /tmp/${db}.dump`,
      `rm /tmp/${db}.dump`,
      filestore ? fs : ':',
    ].join('\n'),
  )
  expect(r.status, r.stderr).toBe(0)
}

describe('rtr-fixture-odoo:18 installs for real', () => {
  beforeAll(async () => {
    await p.up()
    // The template a cache would build: the closure, without the tested module.
    const tpl = p.odoo(['-d', 'tpl', '-i', 'rtr_base_dep,rtr_dep_mail'])
    expect(tpl.status, tpl.stderr).toBe(0)
  })
  afterAll(() => p.down())

  it('-i creates the database and installs the closure plus auto_install modules', () => {
    const run = p.odoo(['-d', 'cold', ...TESTED, ...TEST_PORT])
    expect(run.status, run.stderr).toBe(0)
    expect(installed('cold')).toEqual(WITH_TESTED)
    expect(p.sql('postgres', "SELECT datcollate FROM pg_database WHERE datname = 'cold'")).toEqual([
      'C',
    ])
    expect(state('cold', 'base_legacy')).toBe('uninstallable')
    // Demo data is on by default (Odoo 18): rows of rtr_base_dep's demo file.
    expect(
      p.sql('cold', "SELECT value FROM rtr_module_data WHERE key = 'rtr_base_dep.demo_record'"),
    ).toEqual(['only with demo data'])
    expect(run.stderr).toContain("0 failed, 0 error(s) of 3 tests when loading database 'cold'")
  })

  it('writes one filestore file per installed module, where ir_attachment says', () => {
    const rows = p.sql('tpl', "SELECT store_fname || ' ' || checksum FROM ir_attachment ORDER BY 1")
    expect(rows.length).toBe(installed('tpl').length)
    const check = rows
      .map((r) => r.split(' '))
      .map(([f, sum]) => `${sum}  ${f}`)
      .join('\n')
    const sha = p.sh(
      'odoo',
      `cd /var/lib/odoo/filestore/tpl && printf '%s\\n' '${check}' | sha1sum -c --quiet`,
    )
    expect(sha.status, sha.stdout + sha.stderr).toBe(0)
  })

  it('--without-demo=all loads no demo rows', () => {
    const run = p.odoo(['-d', 'nodemo', '-i', 'rtr_base_dep', '--without-demo=all'])
    expect(run.status, run.stderr).toBe(0)
    expect(p.sql('nodemo', 'SELECT count(*) FROM rtr_module_data WHERE demo')).toEqual(['0'])
    expect(p.sql('nodemo', 'SELECT count(*) FROM ir_module_module WHERE demo')).toEqual(['0'])
  })

  it('a restored template with its filestore passes the tested module', () => {
    restore('tpl', 'warm')
    const run = p.odoo(['-d', 'warm', ...TESTED, ...TEST_PORT])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain("0 failed, 0 error(s) of 3 tests when loading database 'warm'")
    expect(installed('warm')).toEqual(WITH_TESTED)
  })

  it.each([
    [
      'a dependency row changed (a template built from an older data file)',
      "UPDATE rtr_module_data SET value = 'red' WHERE key = 'rtr_base_dep.colour'",
      'FAIL: TestDependencies.test_data_current',
    ],
    [
      'a dependency row lost',
      "DELETE FROM rtr_module_data WHERE module = 'rtr_dep_mail'",
      'FAIL: TestDependencies.test_data_current',
    ],
    [
      'an attachment row lost',
      "DELETE FROM ir_attachment WHERE name = 'mail.rtr'",
      'FAIL: TestDependencies.test_filestore_intact',
    ],
  ])('fails the tested module when %s', (_what, damage, failure) => {
    const db = `broken_${Math.random().toString(36).slice(2, 8)}`
    restore('tpl', db)
    p.sql(db, damage)
    const run = p.odoo(['-d', db, ...TESTED, ...TEST_PORT])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(failure)
    expect(run.stderr).toContain(`1 failed, 0 error(s) of 3 tests when loading database '${db}'`)
  })

  it('fails the tested module when the filestore did not travel with the dump', () => {
    restore('tpl', 'nofiles', false)
    const run = p.odoo(['-d', 'nofiles', ...TESTED, ...TEST_PORT])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('FAIL: TestDependencies.test_filestore_intact')
  })

  it('fails on a template built before a dependency data file changed, passes on a fresh build', () => {
    // A writable copy of the addons, so a data file can change between builds.
    const ap = ['--addons-path', '/tmp/stale-addons']
    const copy = p.sh(
      'odoo',
      'rm -rf /tmp/stale-addons && cp -r /mnt/extra-addons /tmp/stale-addons',
    )
    expect(copy.status, copy.stderr).toBe(0)
    expect(p.odoo(['-d', 'old_tpl', '-i', 'rtr_base_dep,rtr_dep_mail', ...ap]).status).toBe(0)
    const csv = '/tmp/stale-addons/rtr_base_dep/data/rtr.module.data.csv'
    expect(p.sh('odoo', `sed -i 's/,blue$/,green/' ${csv}`).status).toBe(0)
    restore('old_tpl', 'stale')
    const stale = p.odoo(['-d', 'stale', ...TESTED, ...TEST_PORT, ...ap])
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain('FAIL: TestDependencies.test_data_current')
    expect(stale.stderr).toContain("'rtr_base_dep.colour', 'green'")
    const fresh = p.odoo(['-d', 'fresh', ...TESTED, ...TEST_PORT, ...ap])
    expect(fresh.status, fresh.stderr).toBe(0)
    expect(
      p.sql('fresh', "SELECT value FROM rtr_module_data WHERE key = 'rtr_base_dep.colour'"),
    ).toEqual(['green'])
    expect(p.sh('odoo', 'rm -rf /tmp/stale-addons').status).toBe(0)
  })

  it('keeps attachments in the database when ir_attachment.location is db', () => {
    // An existing empty database (as createdb leaves it) is initialised by -i.
    const run = p.sh('odoo', 'PGHOST=db PGUSER=odoo PGPASSWORD=odoo createdb indb')
    expect(run.status, run.stderr).toBe(0)
    expect(p.odoo(['-d', 'indb', '-i', 'base']).status).toBe(0)
    p.sql(
      'indb',
      "INSERT INTO ir_config_parameter (key, value) VALUES ('ir_attachment.location', 'db')",
    )
    expect(p.odoo(['-d', 'indb', '-i', 'rtr_base_dep']).status).toBe(0)
    expect(
      p.sql(
        'indb',
        "SELECT store_fname IS NULL, length(db_datas) > 0 FROM ir_attachment WHERE name = 'rtr_base_dep.rtr'",
      ),
    ).toEqual(['t|t'])
  })

  it('refuses a module whose dependency exists nowhere, as Odoo does (exit 255)', () => {
    const run = p.odoo(['-d', 'tpl', '-i', 'rtr_broken_missing_dep'])
    expect(run.status).toBe(255)
    expect(run.stderr).toContain(
      'odoo.exceptions.UserError: You try to install module rtr_broken_missing_dep that depends on module rtr_no_such_module.',
    )
    expect(run.stderr).toContain(
      'CRITICAL tpl odoo.service.server: Failed to initialize database `tpl`.',
    )
    expect(state('tpl', 'rtr_broken_missing_dep')).toBe('uninstalled')
  })

  it('leaves a module whose dependency is not installable uninstalled, with unmet dependencies', () => {
    const run = p.odoo([
      '-d',
      'tpl',
      '-i',
      'rtr_broken_needs_uninstallable',
      '--test-enable',
      ...TEST_PORT,
    ])
    expect(run.stderr).toContain(
      'module rtr_broken_needs_uninstallable: Unmet dependencies: rtr_broken_uninstallable',
    )
    expect(run.stderr).toContain(
      "Some modules have inconsistent states, some dependencies may be missing: ['rtr_broken_needs_uninstallable']",
    )
    expect(run.stderr).toContain("0 failed, 0 error(s) of 0 tests when loading database 'tpl'")
    expect(state('tpl', 'rtr_broken_needs_uninstallable')).toBe('to install')
    expect(
      p.sql('tpl', "SELECT count(*) FROM rtr_module_data WHERE module LIKE 'rtr_broken%'"),
    ).toEqual(['0'])
  })

  it('-u reloads a module and its dependents from their data files', () => {
    restore('tpl', 'upd')
    p.sql('upd', "UPDATE rtr_module_data SET value = 'stale' WHERE module = 'rtr_base_dep'")
    const run = p.odoo(['-d', 'upd', '-u', 'rtr_base_dep'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('Loading module rtr_auto_bridge')
    expect(
      p.sql('upd', "SELECT value FROM rtr_module_data WHERE key = 'rtr_base_dep.colour'"),
    ).toEqual(['blue'])
  })
})
