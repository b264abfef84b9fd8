// The run's database is invisible to the Odoo server while the template
// cache builds or restores it (src/template-cache/database.ts), asked of real
// Postgres with the query Odoo 18 lists databases by (odoo/service/db.py
// list_dbs): a server that lists exactly one database loads its registry on
// every request, /web/health included, which broke half-built databases on
// real Odoo. Then: revealed once complete, and dropped even while hidden.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as db from '../../src/template-cache/database.js'
import { FixtureProject } from '../helpers/fixture-project.js'

const LIST_DBS = `select datname from pg_database where datdba=(select usesysid from pg_user where usename=current_user) and not datistemplate and datallowconn and datname not in ('postgres', 'template0') order by datname`

describe('template database: hidden from Odoo until complete', () => {
  const p = new FixtureProject('rtr-tpldb', { addons: true })
  const tmp = mkdtempSync(join(tmpdir(), 'rtr-tpldb-'))
  const place = (database: string): db.DbPlace => ({
    target: p.target(),
    dbService: 'db',
    service: 'odoo',
    role: 'odoo',
    database,
    timeoutMs: 120_000,
  })
  const listed = () => p.sql('postgres', LIST_DBS)
  const installed = (d: string) =>
    p.sql(d, `select state from ir_module_module where name = 'rtr_base_dep'`)

  beforeAll(() => p.up())
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true })
    p.down()
  })

  it('built while hidden, listed once revealed', async () => {
    await db.createHiddenDatabase(place('rtr_build'))
    expect(
      p.sql('postgres', `select datname from pg_database where datname = 'rtr_build'`),
    ).toEqual(['rtr_build'])
    expect(listed()).not.toContain('rtr_build')
    const install = p.odoo(['-d', 'rtr_build', '-i', 'rtr_base_dep'])
    expect(install.status, install.stdout + install.stderr).toBe(0)
    expect(installed('rtr_build')).toEqual(['installed'])
    expect(listed()).not.toContain('rtr_build')
    await db.revealDatabase(place('rtr_build'))
    expect(listed()).toContain('rtr_build')
  })

  it('restored while hidden, then revealed; a hidden database is dropped, sessions and all', async () => {
    const dump = join(tmp, 'db.dump')
    const dumping = db.dumpDatabaseAtSnapshot(place('rtr_build'), dump)
    await dumping.taken
    await dumping.done
    expect(statSync(dump).size).toBeGreaterThan(0)
    await db.restoreDatabase(place('rtr_copy'), dump)
    expect(installed('rtr_copy')).toEqual(['installed'])
    expect(listed()).not.toContain('rtr_copy')
    // A session left open on it (a stray Odoo cursor) does not stop the drop.
    p.compose(
      'exec',
      '-d',
      'db',
      'psql',
      '-U',
      'odoo',
      '-d',
      'rtr_copy',
      '-c',
      'select pg_sleep(60)',
    )
    await db.dropDatabase(place('rtr_copy'))
    expect(
      p.sql('postgres', `select count(*) from pg_database where datname = 'rtr_copy'`),
    ).toEqual(['0'])
    await db.revealDatabase(place('rtr_copy')).then(
      () => expect.unreachable('revealing a dropped database must fail'),
      (e: Error) => expect(e.message).toMatch(/Revealing database rtr_copy failed/),
    )
  })

  it('a dump at a snapshot holds the database as it was when the tests could start, whatever they write during it', async () => {
    // A filler the dump reads before rtr_probe (tables are dumped by name), so
    // that the writes below land while the dump runs: the test says so.
    p.sql(
      'rtr_build',
      'create table rtr_fill as select g as n, md5(g::text) as t from generate_series(1, 200000) g',
    )
    p.sql('rtr_build', 'create table rtr_probe (n int, at timestamptz default clock_timestamp())')
    const dump = join(tmp, 'snap.dump')
    const dumping = db.dumpDatabaseAtSnapshot(place('rtr_build'), dump)
    await dumping.taken
    const writer = p.composeAsync(
      'exec',
      '-T',
      'db',
      'sh',
      '-c',
      'for i in $(seq 1 60); do psql -U odoo -d rtr_build -qc "insert into rtr_probe (n) values ($i)"; done',
    )
    await dumping.done
    const dumpEnded = new Date()
    expect(await writer).toBe(0)
    const [count, first] = p
      .sql('rtr_build', `select count(*) || ' ' || extract(epoch from min(at)) from rtr_probe`)[0]!
      .split(' ')
    expect(Number(count)).toBe(60)
    expect(Number(first) * 1000, 'the first write landed while the dump ran').toBeLessThan(
      dumpEnded.getTime(),
    )
    await db.restoreDatabase(place('rtr_snap'), dump)
    expect(p.sql('rtr_snap', 'select count(*) from rtr_probe')).toEqual(['0'])
    expect(p.sql('rtr_snap', 'select count(*) from rtr_fill')).toEqual(['200000'])
    await db.dropDatabase(place('rtr_snap'))
    p.sql('rtr_build', 'drop table rtr_fill; drop table rtr_probe')
  })
})
