// Questions to the environment's Postgres, asked in its own container with
// the image's psql as the superuser (POSTGRES_USER, over the local socket the
// postgres image trusts): no client tools on the host, no password in argv.
// Module and database names reach SQL only after validation (naming.ts).
import type { ComposeTarget } from '../compose/compose.js'
import { execCapture } from '../template-cache/container-io.js'
import { ODOO_DBNAME_RE } from './naming.js'

export interface DbAt {
  target: ComposeTarget
  dbService: string
  database: string
}

const PSQL =
  'exec psql -U "${POSTGRES_USER:-postgres}" -X -A -t -q -v ON_ERROR_STOP=1 -d "$1" -c "$2"'
const TIMEOUT_MS = 60_000

const MODULE_NAME_RE = /^[a-z][a-z0-9_]*$/

/** Runs one query; the rows as lines of `|`-separated fields. */
export async function query(at: DbAt, database: string, sql: string): Promise<string[]> {
  const res = await execCapture(
    at.target,
    at.dbService,
    ['sh', '-c', PSQL, 'sh', database, sql],
    TIMEOUT_MS,
  )
  if (res.exitCode !== 0)
    throw new Error(
      `psql in ${at.dbService} failed (exit ${res.exitCode ?? 'signal'}): ${res.stderr.trim().slice(-500)}`,
    )
  return res.stdout.split('\n').filter((l) => l !== '')
}

export async function databaseExists(at: DbAt): Promise<boolean> {
  if (!ODOO_DBNAME_RE.test(at.database)) return false
  const rows = await query(
    at,
    'postgres',
    `SELECT 1 FROM pg_database WHERE datname = '${at.database}'`,
  )
  return rows.length > 0
}

/** State of each module in ir_module_module (absent: Odoo does not know it). */
export async function moduleStates(at: DbAt, modules: string[]): Promise<Map<string, string>> {
  const names = modules.filter((m) => MODULE_NAME_RE.test(m))
  const list = names.map((m) => `'${m}'`).join(',')
  const rows = await query(
    at,
    at.database,
    `SELECT name, state FROM ir_module_module WHERE name IN (${list || "''"})`,
  )
  return new Map(rows.map((r) => r.split('|') as [string, string]))
}

/** How many modules are installed; null when the database or Odoo's tables are not there. */
export async function installedCount(at: DbAt): Promise<number | null> {
  try {
    const rows = await query(
      at,
      at.database,
      "SELECT count(*) FROM ir_module_module WHERE state = 'installed'",
    )
    return rows[0] === undefined ? null : Number(rows[0])
  } catch {
    return null
  }
}
