import { execFileSync, spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forceRemovePrefix, NOTHING, prefixLeftovers, uniquePrefix } from '../helpers/docker.js'
import { FixtureProject } from '../helpers/fixture-project.js'

// rtr-fixture-postgres:15 is real PostgreSQL 15 (Debian's postgresql-15) and
// must keep the contract of the official postgres:15 image the engine and
// the compose files rely on: POSTGRES_* on first start, password over TCP,
// pg_isready, the client tools, postgres as PID 1 and a clean stop.
const IMAGE = 'rtr-fixture-postgres:15'
const p = new FixtureProject('fxpg')
const prefix = uniquePrefix('fxpg-run')
const docker = (...args: string[]) => spawnSync('docker', args, { encoding: 'utf8' })

/** Until pg_isready over TCP answers (initdb first), a bounded number of tries. */
function waitReady(container: string): boolean {
  for (let i = 0; i < 120; i++) {
    if (docker('exec', container, 'pg_isready', '-h', '127.0.0.1', '-q').status === 0) return true
    if (docker('inspect', '-f', '{{.State.Running}}', container).stdout.trim() !== 'true')
      return false
    execFileSync('sleep', ['0.5'])
  }
  return false
}

describe('rtr-fixture-postgres:15', () => {
  beforeAll(() => p.up())
  afterAll(() => {
    const left = prefixLeftovers(prefix)
    forceRemovePrefix(prefix)
    expect(left).toEqual(NOTHING)
    p.down()
  })

  it('answers pg_isready over TCP and runs postgres as PID 1, as the postgres user', () => {
    const ready = p.compose('exec', '-T', 'db', 'pg_isready', '-h', '127.0.0.1', '-U', 'odoo')
    expect(ready.status).toBe(0)
    expect(ready.stdout).toContain('127.0.0.1:5432 - accepting connections')
    const pid1 = p.sh('db', 'cat /proc/1/comm; stat -c %U /proc/1')
    expect(pid1.stdout.split('\n').slice(0, 2)).toEqual(['postgres', 'postgres'])
  })

  it('made POSTGRES_USER a superuser with POSTGRES_PASSWORD, required over TCP', () => {
    const q = 'SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user'
    const ok = p.sh('odoo', `PGPASSWORD=odoo psql -h db -U odoo -d postgres -Atc "${q}"`)
    expect(ok.stdout.trim(), ok.stderr).toBe('odoo|t')
    const wrong = p.sh('odoo', 'PGPASSWORD=nope psql -h db -U odoo -d postgres -Atc "SELECT 1"')
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('password authentication failed for user "odoo"')
  })

  it('round-trips a database through createdb -T, pg_dump -Fc and pg_restore', () => {
    const run = p.sh(
      'odoo',
      [
        'set -e',
        'export PGHOST=db PGUSER=odoo PGPASSWORD=odoo',
        'createdb src',
        "psql -q -d src -c \"CREATE TABLE t (k text PRIMARY KEY, v int); INSERT INTO t VALUES ('a', 1), ('b', 2)\"",
        'createdb -T src copied',
        'pg_dump -Fc -f /tmp/src.dump src',
        'createdb restored',
        'pg_restore --no-owner -d restored /tmp/src.dump',
        'rm /tmp/src.dump',
      ].join('\n'),
    )
    expect(run.status, run.stderr).toBe(0)
    for (const db of ['copied', 'restored']) {
      expect(p.sql(db, 'SELECT k, v FROM t ORDER BY k')).toEqual(['a|1', 'b|2'])
    }
  })

  it('initialises another POSTGRES_USER / POSTGRES_DB and stops cleanly on docker stop', () => {
    const name = `${prefix}-alice`
    const run = docker(
      ...[
        'run',
        '-d',
        '--name',
        name,
        '-e',
        'POSTGRES_USER=alice',
        '-e',
        'POSTGRES_PASSWORD=s3cret',
      ],
      ...['-e', 'POSTGRES_DB=shop', IMAGE],
    )
    expect(run.status, run.stderr).toBe(0)
    expect(waitReady(name), docker('logs', name).stderr).toBe(true)
    const who = docker(
      ...['exec', '-e', 'PGPASSWORD=s3cret', name, 'psql', '-h', '127.0.0.1', '-U', 'alice'],
      ...['-d', 'shop', '-Atc', 'SELECT current_user, current_database()'],
    )
    expect(who.stdout.trim(), who.stderr).toBe('alice|shop')
    expect(docker('stop', '-t', '30', name).status).toBe(0)
    // The server itself got the stop signal (PID 1) and shut down, not a kill.
    expect(docker('inspect', '-f', '{{.State.ExitCode}}', name).stdout.trim()).toBe('0')
    expect(docker('logs', name).stderr).toContain('database system is shut down')
    expect(docker('rm', '-v', name).status).toBe(0)
  })

  it('refuses to initialise without POSTGRES_PASSWORD, as postgres:15 does', () => {
    const name = `${prefix}-nopw`
    const run = docker('run', '--rm', '--name', name, IMAGE)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('POSTGRES_PASSWORD is not set')
  })
})
