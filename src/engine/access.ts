// What a person needs to log in to an environment, read from the compose
// model (`docker compose config` resolves every file and variable the way
// `up` did): the database name and where the credentials are defined.
// Secret values are never returned, only where they live.
import type { ComposeModel } from '../compose/config.js'

export type ComposeServices = ComposeModel['services']

export interface AccessInfo {
  database: string
  /** Where the database name comes from. */
  databaseSource: string
  /** Non-secret user name, when the file sets one. */
  user: string | undefined
  /** Variables holding the credentials, e.g. `USER and PASSWORD of service odoo`. */
  credentialsSource: string | undefined
}

const PAIRS: [user: string, password: string][] = [
  ['USER', 'PASSWORD'], // the odoo image's /entrypoint.sh
  ['POSTGRES_USER', 'POSTGRES_PASSWORD'],
  ['DB_USER', 'DB_PASSWORD'],
]

/** Pure: the database and credential sources, `service`'s own variables first. */
export function describeAccess(services: ComposeServices, service: string): AccessInfo {
  const entries = Object.entries(services).sort(([a], [b]) =>
    a === service ? -1 : b === service ? 1 : 0,
  )
  let database = { name: 'postgres', source: "Postgres's default database" }
  for (const [name, s] of [...entries].reverse()) {
    const db = s?.environment?.POSTGRES_DB
    if (db) database = { name: db, source: `POSTGRES_DB of service ${name}` }
  }
  for (const [name, s] of entries) {
    const env = s?.environment ?? {}
    const pair = PAIRS.find(([u, p]) => u in env || p in env)
    if (!pair) continue
    const [u, p] = pair
    const vars = [u, p].filter((v) => v in env).join(' and ')
    return {
      database: database.name,
      databaseSource: database.source,
      user: env[u] ?? undefined,
      credentialsSource: `${vars} in the environment of service ${name}`,
    }
  }
  return {
    database: database.name,
    databaseSource: database.source,
    user: undefined,
    credentialsSource: undefined,
  }
}
