// What keeps two runs of one compose file apart, whatever the file says: the
// generated override (engine/label-project.ts) publishes the tested service's
// main port on the run's allocated host port (`!override` of its `ports`),
// republishes every other fixed host port on an ephemeral one, and removes
// `container_name` (`!reset`). Read from the resolved model (`compose config`:
// every file merged, every variable interpolated), written only where the
// file would otherwise collide, so a file that already follows RTR_HOST_PORT
// needs no tag at all (and runs on a compose that does not know them).
import type { ComposeModel, ComposePort } from '../compose/config.js'
import { PORT_ENV } from '../constants.js'
import { isTcp, mainPort } from './main-port.js'
import { overrideWith, resetValue, type Tagged } from './tagged-yaml.js'

/**
 * The value compose gives RTR_HOST_PORT while it reads the model before a port
 * is allocated (compose.ts composeEnv): a port published as it follows the
 * variable already. Docker never publishes on host port 0 (it picks one).
 */
export const UNALLOCATED = '0'

export interface Isolation {
  /** The tested service's container port the run's host port is for; null: none. */
  target: number | null
  /** Per service, the attributes the override sets (tagged). */
  services: Record<string, { ports?: Tagged; container_name?: Tagged }>
  /** One line per change, for the log. */
  notes: string[]
}

const hostOf = (p: ComposePort) => `${p.host_ip ? `${p.host_ip}:` : ''}${p.published}`
const spec = (p: ComposePort) => `${hostOf(p)}:${p.target}${isTcp(p) ? '' : `/${p.protocol}`}`
const fixed = (p: ComposePort) => p.published !== undefined && p.published !== UNALLOCATED
const ephemeral = (p: ComposePort): ComposePort => {
  const { published: _published, ...rest } = p
  return rest
}

/** Pure: the isolation override of `model`, for a run whose tests run in `service`. */
export function isolate(model: ComposeModel, service: string): Isolation {
  const main = mainPort(service, model.services[service])
  const out: Isolation = { target: main.target, services: {}, notes: main.note ? [main.note] : [] }
  const named: string[] = []
  for (const [name, s] of Object.entries(model.services)) {
    if (!s) continue
    if (s.container_name) {
      out.services[name] = { container_name: resetValue() }
      named.push(`${name} (${s.container_name})`)
    }
    const seen = new Set<string>()
    const moved: string[] = []
    let changed = false
    const ports = (s.ports ?? []).map((p) => {
      const key = `${p.host_ip ?? ''}/${p.protocol ?? 'tcp'}`
      if (name === service && p.target === main.target && isTcp(p) && !seen.has(key)) {
        seen.add(key)
        // Already RTR_HOST_PORT: a change only when other entries change (the
        // list is then replaced whole, and the variable must survive it).
        if (p.published !== UNALLOCATED) changed = true
        if (fixed(p))
          out.notes.push(
            `Service ${name}: container port ${p.target} is published on the run's host port instead of ${hostOf(p)} (${PORT_ENV}; the compose file's host port would be shared by every run).`,
          )
        return { ...p, published: `\${${PORT_ENV}}` }
      }
      if (!fixed(p)) return p
      changed = true
      moved.push(spec(p))
      return ephemeral(p)
    })
    if (moved.length)
      out.notes.push(
        `Service ${name}: fixed host port${moved.length > 1 ? 's' : ''} ${moved.join(', ')} published on ephemeral host ports instead: two runs would collide on them.`,
      )
    if (changed) out.services[name] = { ...out.services[name], ports: overrideWith(ports) }
  }
  if (named.length)
    out.notes.push(
      `container_name removed from ${named.join(', ')}: two runs would collide on a fixed name; compose names the containers <project>-<service>-<n>.`,
    )
  return out
}
