import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FixtureProject } from '../helpers/fixture-project.js'

// What the Odoo 18 stand-in does for work-order environments (up, shell):
// admin / admin on a new database, `odoo shell -d DB` with a piped script and
// Odoo's rollback at the end, and a server that serves the login page of its
// --database (else the database selector). Asked of Postgres and of HTTP.
const p = new FixtureProject('fxenv')
const DB = 'envdb'

beforeAll(async () => {
  await p.up()
  const r = p.odoo(['-d', DB, '-i', 'base'])
  expect(r.status, r.stderr).toBe(0)
}, 180_000)
afterAll(() => p.down())

/** `odoo shell -d DB` with the script on stdin (base64 through the command line). */
const shell = (script: string) =>
  p.sh(
    'odoo',
    `echo ${Buffer.from(script).toString('base64')} | base64 -d | /entrypoint.sh odoo shell -d ${DB}`,
  )

describe('Odoo stand-in for work-order environments', () => {
  it('a new database has admin (id 2) with a pbkdf2-sha512 hash of the password admin', () => {
    const [row] = p.sql(DB, 'SELECT login, active, password FROM res_users WHERE id = 2')
    const [login, active, hash] = (row as string).split('|')
    expect([login, active]).toEqual(['admin', 't'])
    expect(hash).toMatch(/^\$pbkdf2-sha512\$\d+\$/)
    const check = (pw: string) =>
      p.sh(
        'odoo',
        `python3 -c 'import sys; sys.path.insert(0, "/usr/lib/rtr"); from rtr_users import check_password; sys.exit(0 if check_password(sys.argv[1], sys.argv[2]) else 1)' ${pw} '${hash}'`,
      ).status
    expect(check('admin')).toBe(0)
    expect(check('wrong')).toBe(1)
  })

  it('odoo shell runs the piped script on the database and rolls back what it did not commit', () => {
    const r = shell(
      'env.cr.execute("SELECT current_database(), count(*) FROM res_users"); print("db", env.cr.fetchall())',
    )
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain(`db [('${DB}', 2)]`)
    expect(
      shell(`env.cr.execute("UPDATE res_users SET name = 'rolled back' WHERE id = 2")`).status,
    ).toBe(0)
    expect(
      shell(`env.cr.execute("UPDATE res_users SET name = 'kept' WHERE id = 2"); env.cr.commit()`)
        .status,
    ).toBe(0)
    expect(p.sql(DB, 'SELECT name FROM res_users WHERE id = 2')).toEqual(['kept'])
    const failing = shell('raise ValueError("from the script")')
    expect(failing.status).not.toBe(0)
    expect(failing.stderr).toContain('ValueError: from the script')
  })

  it('the server shows the database selector without --database, the login of DB with it', async () => {
    const selector = await (await fetch(`http://localhost:${p.port}/web/login`)).text()
    expect(selector).toContain('Select a database')
    // A second server in the container, as compose would start it with the override's command.
    const serve = p.sh(
      'odoo',
      `(/entrypoint.sh odoo --database ${DB} --db-filter '^${DB}$' --http-port 8072 >/dev/null 2>&1 &)
       for i in $(seq 1 50); do wget -q -O- http://127.0.0.1:8072/web/login && exit 0; sleep 0.1; done; exit 1`,
    )
    expect(serve.status, serve.stderr).toBe(0)
    expect(serve.stdout).toContain(`name="db" value="${DB}"`)
    expect(serve.stdout).not.toContain('Select a database')
    const filtered = p.sh(
      'odoo',
      `(/entrypoint.sh odoo --database ${DB} --db-filter '^other$' --http-port 8073 >/dev/null 2>&1 &)
       for i in $(seq 1 50); do wget -q -O- http://127.0.0.1:8073/web/login && exit 0; sleep 0.1; done; exit 1`,
    )
    expect(filtered.stdout).toContain('Select a database')
  })
})
