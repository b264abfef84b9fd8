// The project's resolved compose model (`docker compose config --format json`):
// every file merged and every variable interpolated the way `up` sees them.
import type { ComposeRunner, ComposeTarget } from './compose.js'

/** A healthcheck as `compose config --format json` prints it (durations as Go strings). */
export interface ComposeHealthcheck {
  test?: string[]
  disable?: boolean
  interval?: string
  retries?: number
  start_period?: string
  start_interval?: string
}

export interface ComposeMount {
  type: string
  source?: string
  target: string
  read_only?: boolean
}

/**
 * A published port as `compose config --format json` prints it: the long
 * syntax, one entry per container port (a short `"8090:8069"` or a range is
 * expanded), `published` a string (absent: an ephemeral host port).
 */
export interface ComposePort {
  target: number
  published?: string
  host_ip?: string
  protocol?: string
  mode?: string
  app_protocol?: string
  name?: string
}

export interface ComposeService {
  environment?: Record<string, string | null>
  labels?: Record<string, string>
  healthcheck?: ComposeHealthcheck
  ports?: ComposePort[]
  container_name?: string
  image?: string
  /** Present when compose builds the image (its context and options). */
  build?: unknown
  /** missing | always | never | build | daily ...: whether `up` may replace the image. */
  pull_policy?: string
  /** The service's command when the files set one (compose prints it as argv). */
  command?: string[] | string | null
  /** Mounts in compose's long form (`type: bind`, absolute `source`). */
  volumes?: ComposeMount[]
}

export interface ComposeModel {
  services: Record<string, ComposeService | undefined>
  networks: Record<string, { external?: boolean; name?: string } | undefined>
  volumes: Record<string, { external?: boolean; name?: string } | undefined>
}

/** Parses compose's JSON, skipping any warning lines it printed first. */
export function parseComposeModel(text: string): ComposeModel | undefined {
  const start = text.search(/^\{/m)
  if (start < 0) return undefined
  try {
    const doc = JSON.parse(text.slice(start, text.lastIndexOf('}') + 1)) as Partial<ComposeModel>
    return {
      services: doc.services ?? {},
      networks: doc.networks ?? {},
      volumes: doc.volumes ?? {},
    }
  } catch {
    return undefined
  }
}

export interface ComposeConfigResult {
  model: ComposeModel | undefined
  /** Compose's own words when the files do not parse or validate. */
  error: string
}

export async function readComposeConfig(
  target: ComposeTarget,
  compose: ComposeRunner,
): Promise<ComposeConfigResult> {
  const chunks: Buffer[] = []
  const res = await compose(target, ['config', '--format', 'json'], {
    onOutput: (c) => void chunks.push(c),
    timeoutMs: 60_000,
    keepTail: 4000,
  })
  if (res.exitCode !== 0) return { model: undefined, error: res.tail.trim() }
  const model = parseComposeModel(Buffer.concat(chunks).toString('utf8'))
  return { model, error: model ? '' : 'docker compose config printed no JSON model' }
}
