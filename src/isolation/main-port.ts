// Which container port of the tested service is "the run's port": the one
// whose host port the run allocates, reports (the `port` output, the URL of an
// environment) and reads back from Docker. Decided from the resolved compose
// model, whatever host port the file gives it.
import type { ComposePort, ComposeService } from '../compose/config.js'

/** Odoo's HTTP port: the answer when the file publishes several and nothing else says. */
export const ODOO_HTTP_PORT = 8069

export interface MainPort {
  /** The container port; null when the service publishes none that can be chosen. */
  target: number | null
  /** Why, for the log, when it is not the obvious single port; undefined otherwise. */
  note?: string
}

export const isTcp = (p: ComposePort) => (p.protocol ?? 'tcp') === 'tcp'

const list = (ports: number[]) =>
  ports.length <= 1
    ? ports.join('')
    : `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`

/** Pure: the container ports a healthcheck names (`http://localhost:8069/...`, `-p 5432`). */
function namedByHealthcheck(service: ComposeService, candidates: number[]): number[] {
  const words = (service.healthcheck?.test ?? []).slice(1).join(' ')
  const numbers = new Set(
    [...words.matchAll(/(?<![\d.])\d{1,5}(?![\d.])/g)].map((m) => Number(m[0])),
  )
  return candidates.filter((c) => numbers.has(c))
}

/**
 * Pure: the tested service's main container port. One published TCP port:
 * that one. Several: the one its healthcheck names, else Odoo's 8069, else
 * none (the run then reports no port rather than a guess). None: none.
 */
export function mainPort(name: string, service: ComposeService | undefined): MainPort {
  const targets = [...new Set((service?.ports ?? []).filter(isTcp).map((p) => p.target))].sort(
    (a, b) => a - b,
  )
  if (!service || targets.length === 0)
    return {
      target: null,
      note: `Service ${name} publishes no TCP port: the run has no host port (the port output stays empty).`,
    }
  if (targets.length === 1) return { target: targets[0] as number }
  const several = `Service ${name} publishes container ports ${list(targets)}`
  const named = namedByHealthcheck(service, targets)
  if (named.length === 1)
    return {
      target: named[0] as number,
      note: `${several}: the run's host port is the one of ${named[0]}, which its healthcheck names.`,
    }
  if (targets.includes(ODOO_HTTP_PORT))
    return {
      target: ODOO_HTTP_PORT,
      note: `${several}: the run's host port is the one of ${ODOO_HTTP_PORT} (Odoo's HTTP port).`,
    }
  return {
    target: null,
    note: `${several}, and neither its healthcheck nor Odoo's ${ODOO_HTTP_PORT} says which one is the run's: the run reports no host port (the port output stays empty).`,
  }
}
