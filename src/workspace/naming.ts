// The names of a work order's environment that a person sees and types: its
// database (one per work order, derived from the id, so `down` and `up` find
// the same one again) and the modules of `--module` / `update`.
import { parseModules } from '../config/parse.js'
import { InputError } from '../errors.js'

/** Odoo's rule for a database name (odoo/service/db.py DBNAME_PATTERN). */
export const ODOO_DBNAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/** Pure: `WO-042` -> `wo_042`: lowercase, anything else than a letter or digit becomes `_`. */
export function workOrderDatabase(workOrder: string): string {
  const name = workOrder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  // A one-character work order would make a name Odoo refuses (two at least).
  const db = name.length >= 2 ? name : `wo_${name}`
  if (!ODOO_DBNAME_RE.test(db)) throw new InputError(`No database name derives from ${workOrder}.`)
  return db.slice(0, 63)
}

/** `--module a,b` (or `update`'s argument): Odoo technical names, as the action's `module` input. */
export function parseModuleArg(raw: string | undefined, what: string): string[] {
  try {
    return parseModules(raw)
  } catch (err) {
    throw new InputError(`Invalid ${what}: ${(err as Error).message}`)
  }
}
