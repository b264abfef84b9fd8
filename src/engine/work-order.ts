// A work order's long-lived environment is the compose project
// `<prefix>-<work order>`: the name alone says which environment belongs to
// which work order, so Docker (by compose's labels) is the only registry.
import { normaliseProjectPart } from '../config/naming.js'
import { InputError } from '../errors.js'

const WORK_ORDER_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/
/** A per-run project's stamp (see buildProjectName): a work order must not look like one. */
export const RUN_STAMP_RE = /^\d{8}t\d{6}z(-|$)/

export function parseWorkOrder(raw: string | undefined): string {
  const text = (raw ?? '').trim()
  if (!WORK_ORDER_RE.test(text)) {
    throw new InputError(
      `Invalid work order ${JSON.stringify(text.slice(0, 80))}. Expected letters, digits, - and _, starting with a letter or digit, at most 40 characters (e.g. WO-042).`,
    )
  }
  // Otherwise `reap` would take the environment for a stale per-run project.
  if (RUN_STAMP_RE.test(normaliseProjectPart(text))) {
    throw new InputError(
      `Invalid work order ${JSON.stringify(text)}: it looks like the timestamp of a per-run project (yyyymmddThhmmssZ).`,
    )
  }
  return text
}

/** `hub-agent-test` + `WO-042` -> `hub-agent-test-wo-042`. */
export function workOrderProject(prefix: string, workOrder: string): string {
  return `${prefix}-${normaliseProjectPart(workOrder)}`
}
