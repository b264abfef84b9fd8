// Faster health probes while the containers start. Docker probes a healthcheck
// every `interval` (30 s by default; 1-10 s in typical compose files), so a
// service that is ready just after a probe is reported healthy only one
// interval later, and compose starts the services that depend on it only
// then. Docker >= 25 can probe every `start_interval` during `start_period`
// instead, and a throw-away test project has no reason not to: once a
// container is healthy the file's own interval applies again. Services with a
// start_interval of their own, or without a healthcheck in the compose file
// (one from the image), are left as they are.
import type { ComposeModel } from '../compose/config.js'

/** Engine API version that knows `start_interval` (Docker 25); compose refuses it before. */
export const START_INTERVAL_API = '1.44'

const GO_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
}

/** Pure: a Go duration as compose prints it (`1m30s`, `500ms`, `1.5s`) in ms, or undefined. */
export function goDurationMs(text: string | undefined): number | undefined {
  if (!text) return undefined
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined
  return parts.reduce((ms, [, n, unit]) => ms + Number(n) * GO_UNITS[unit!]!, 0)
}

/** `1500` -> `1500ms`: compose reads Go durations. */
const goDuration = (ms: number) => `${Math.round(ms)}ms`

/**
 * Pure: the healthcheck additions for each service, for the generated
 * override. Where the file sets no start_period, one of interval x retries is
 * added (Docker's defaults: 30 s x 3), since start_interval applies only
 * during it: a service that never turns healthy is then declared unhealthy
 * at most that much later than with the file as written.
 */
export function fastStartHealth(
  model: ComposeModel,
  startIntervalMs: number,
): Record<string, { healthcheck: Record<string, string> }> {
  if (startIntervalMs <= 0) return {}
  const out: Record<string, { healthcheck: Record<string, string> }> = {}
  for (const [name, service] of Object.entries(model.services)) {
    const hc = service?.healthcheck
    if (!hc || hc.disable || hc.test?.[0] === 'NONE' || !hc.test?.length) continue
    if (hc.start_interval) continue // the file's choice
    const interval = goDurationMs(hc.interval) ?? 30_000
    if (interval <= startIntervalMs) continue // already probed that often
    const healthcheck: Record<string, string> = { start_interval: goDuration(startIntervalMs) }
    if (!(goDurationMs(hc.start_period) ?? 0)) {
      healthcheck.start_period = goDuration(interval * (hc.retries ?? 3))
    }
    out[name] = { healthcheck }
  }
  return out
}

/** Pure: whether an engine's API version (`1.45`) knows start_interval. */
export function engineKnowsStartInterval(apiVersion: string | undefined): boolean {
  const [major = 0, minor = 0] = (apiVersion ?? '').split('.').map(Number)
  return major > 1 || (major === 1 && minor >= 44)
}
