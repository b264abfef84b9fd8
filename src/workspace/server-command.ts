// The Odoo server of a work order's environment serves that environment's
// database: its command gets `--database <db> --db-filter ^<db>$`, so the
// URL opens that database's login page (no database manager, no selector).
// Through a generated override file next to the labels override: the user's
// compose files are never edited. Labels on the service say which database
// and database service `ls`, `shell`, `psql` and `update` work on.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ComposeModel } from '../compose/config.js'

export const ENV_LABEL = {
  database: 'io.healthrt.rtr.database',
  dbService: 'io.healthrt.rtr.db-service',
} as const

/** The official image's CMD: what runs when the files set no command. */
const IMAGE_COMMAND = ['odoo']

/** Pure: the service's command as argv (compose prints a list; a string is split on blanks). */
export function serviceCommand(model: ComposeModel, service: string): string[] {
  const cmd = model.services[service]?.command
  if (Array.isArray(cmd) && cmd.length > 0) return cmd
  if (typeof cmd === 'string' && cmd.trim() !== '') return cmd.trim().split(/\s+/)
  return IMAGE_COMMAND
}

/** Pure: the escaped anchored filter that lets exactly `database` through. */
export function databaseFilter(database: string): string {
  return `^${database.replace(/[.]/g, '\\.')}$`
}

/**
 * Pure: the override of the Odoo service: its own command (or the image's)
 * with the database options appended, and the labels naming the database.
 * Options already there for the database are replaced, not repeated.
 */
export function serverOverride(
  model: ComposeModel,
  service: string,
  database: string,
  dbService: string,
): { services: Record<string, object> } {
  const base = withoutOptions(serviceCommand(model, service), ['-d', '--database', '--db-filter'])
  return {
    services: {
      [service]: {
        command: [...base, '--database', database, '--db-filter', databaseFilter(database)],
        labels: { [ENV_LABEL.database]: database, [ENV_LABEL.dbService]: dbService },
      },
    },
  }
}

/** Pure: argv without the given value options (`--opt v` and `--opt=v`). */
export function withoutOptions(argv: string[], options: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (options.includes(a)) i++
    else if (!options.some((o) => a.startsWith(`${o}=`))) out.push(a)
  }
  return out
}

export function writeServerOverride(dir: string, project: string, override: object): string {
  const path = join(dir, `${project}.rtr-server.yml`)
  writeFileSync(path, JSON.stringify(override, null, 2))
  return path
}
