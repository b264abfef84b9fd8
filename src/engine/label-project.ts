// Before anything is created: the compose files must load (a syntax error is
// reported before `up`), and a generated override puts our ownership labels
// on every container, network and volume of the project (ownership.ts). The
// same steps as executeRun's, for a work order's long-lived environment. The
// same override makes health probes faster while containers start
// (health-override.ts), when the engine supports it, and keeps parallel runs
// of one file apart (src/isolation: the run's port, no fixed host ports or
// container names).
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeRunner } from '../compose/compose.js'
import {
  readComposeConfig,
  type ComposeConfigResult,
  type ComposeModel,
} from '../compose/config.js'
import { EnvironmentError, errorMessage } from '../errors.js'
import { tooOldFor } from '../isolation/compose-version.js'
import { isolate } from '../isolation/override.js'
import type { EngineDeps } from './deps.js'
import { engineKnowsStartInterval, fastStartHealth } from './health-override.js'
import {
  LABEL,
  labelsOverride,
  ownershipLabels,
  writeLabelsOverride,
  type Ownership,
} from './ownership.js'

export interface LabelledProject {
  /** The caller's files plus the labels override. */
  files: string[]
  /** The resolved model (database name, credential variables, ...). */
  model: ComposeModel
  /** The tested service's container port the run's host port is published for; null: none. */
  portTarget: number | null
}

export interface LabelOptions {
  /** The service the tests run in: its main port is the run's. */
  service: string
  /** Docker's start_interval while containers start; 0: the file's own interval. */
  healthStartIntervalMs?: number
  /** Compose's config when the caller started reading it earlier (readComposeConfigSafely). */
  config?: Promise<ComposeConfigResult>
}

export async function labelProject(
  target: ComposeTarget,
  owner: Ownership,
  deps: Pick<EngineDeps, 'compose' | 'tempDir' | 'docker' | 'reporter' | 'checkCompose'>,
  opts: LabelOptions,
): Promise<LabelledProject> {
  const healthStartIntervalMs = opts.healthStartIntervalMs ?? 0
  // Both questions at once: compose's config (~100 ms) is the slower one.
  const [{ model, error }, apiVersion] = await Promise.all([
    opts.config ?? readComposeConfig(target, deps.compose),
    healthStartIntervalMs > 0 ? deps.docker.apiVersion().catch(() => undefined) : undefined,
  ])
  if (!model) {
    throw new EnvironmentError(
      `The compose file(s) ${target.files.join(', ')} could not be loaded: ${error.slice(-2000)}`,
    )
  }
  let fast = {}
  if (healthStartIntervalMs > 0 && engineKnowsStartInterval(apiVersion))
    fast = fastStartHealth(model, healthStartIntervalMs)
  else if (healthStartIntervalMs > 0)
    deps.reporter.info(
      `Health probes keep the compose file's interval: the engine (API ${apiVersion ?? 'unknown'}) predates start_interval (Docker 25, API 1.44).`,
    )
  const iso = isolate(model, opts.service)
  if (Object.keys(iso.services).length > 0) {
    // Asked only here: a file that follows RTR_HOST_PORT needs no tag, and no version.
    const tooOld = tooOldFor(iso, opts.service, await deps.checkCompose(), target.files)
    if (tooOld) throw tooOld
  }
  for (const note of iso.notes) deps.reporter.info(note)
  const labels = ownershipLabels(owner)
  // The tested service says which of its container ports is the run's (`ls`, `test`).
  const portLabel =
    iso.target === null
      ? {}
      : { [opts.service]: { labels: { ...labels, [LABEL.port]: String(iso.target) } } }
  const override = writeLabelsOverride(
    deps.tempDir,
    target.project,
    withParts(labelsOverride(model, labels), fast, iso.services, portLabel),
  )
  return { files: [...target.files, override], model, portTarget: iso.target }
}

/**
 * readComposeConfig started ahead of time: a failure to run compose at all
 * becomes a result (reported by labelProject) instead of a rejection that
 * nobody awaits when a check fails first.
 */
export function readComposeConfigSafely(
  target: ComposeTarget,
  compose: ComposeRunner,
): Promise<ComposeConfigResult> {
  return readComposeConfig(target, compose).catch((err) => ({
    model: undefined,
    error: errorMessage(err),
  }))
}

/** Pure: the labels override with more attributes (healthcheck, ports, ...) merged into its services. */
function withParts(
  override: ReturnType<typeof labelsOverride>,
  ...parts: Record<string, object>[]
): ReturnType<typeof labelsOverride> {
  const services = Object.fromEntries(
    Object.entries(override.services).map(([name, s]) => [
      name,
      Object.assign({}, s, ...parts.map((p) => p[name])) as object,
    ]),
  )
  return { ...override, services }
}
