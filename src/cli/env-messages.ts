// What `up` tells a person: how to reach a ready environment (URL, database,
// where the credentials are, the next commands), or why it refused and how to
// reach the one that is already there.
import type { AccessInfo } from '../engine/access.js'
import { servicePort, type ProjectInfo } from '../engine/environments.js'
import { EnvironmentError } from '../errors.js'
import { describeServices } from './ls-table.js'
import { BIN } from './usage.js'
import type { WorkOrderRef } from './work-orders.js'

export function alreadyThere(
  ref: WorkOrderRef,
  env: ProjectInfo,
  service: string,
): EnvironmentError {
  const port = servicePort(env, service)
  return new EnvironmentError(
    [
      `Work order ${ref.workOrder} already has an environment: project ${env.project} (${describeServices(env)}).`,
      `  URL:   ${port === null ? '(no published port: it is not running)' : `http://localhost:${port}`}`,
      `  Test:  ${ref.command('test', '<module>')}`,
      `  Stop:  ${ref.command('down')}   (add --cleanup to delete its data too)`,
    ].join('\n'),
  )
}

export interface ReadyDatabase {
  database: string
  modules: string[]
  /** Kept by an earlier `down`: the login is whatever it was. */
  reused: boolean
}

export function readyLines(
  ref: WorkOrderRef,
  port: number | null,
  access: AccessInfo,
  files: string[],
  db: ReadyDatabase,
): string[] {
  const where = files.join(', ')
  const credentials = access.credentialsSource
    ? `${access.user ? `user ${access.user}; ` : ''}${access.credentialsSource} (${where})`
    : `see the environment of the services in ${where}`
  const mods = db.modules.join(',')
  return [
    `Environment for ${ref.workOrder} is ready: project ${ref.project}.`,
    `  URL:          ${port === null ? '(none: Docker publishes no port of the service the tests run in)' : `http://localhost:${port}   (opens the login of database ${db.database})`}`,
    `  Database:     ${db.database} (${db.reused ? 'kept by the last down; ' : ''}installed: ${db.modules.join(', ')})`,
    `  Login:        admin / admin${db.reused ? ' (unless changed since it was created)' : " (Odoo's defaults for a new database with demo data)"}`,
    `  Postgres:     ${credentials}`,
    `  Update:       ${ref.command('update', mods === 'base' ? '<module>' : mods)}   (after a code change)`,
    `  Run tests:    ${ref.command('test', mods === 'base' ? '<module>' : mods)}`,
    `  Logs, shell:  ${ref.command('logs')}  |  ${ref.command('shell')}  |  ${ref.command('psql')}`,
    `  Stop:         ${ref.command('down')}   (keeps the database and filestore)`,
    `  Remove:       ${ref.command('down', '--cleanup')}   (deletes them too)`,
    `  List:         ${BIN} ls${ref.prefixArgs}`,
  ]
}
