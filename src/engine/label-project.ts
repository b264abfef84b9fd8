// Before anything is created: the compose files must load (a syntax error is
// reported before `up`), and a generated override puts our ownership labels
// on every container, network and volume of the project (ownership.ts). The
// same steps as executeRun's, for a work order's long-lived environment. The
// same override makes health probes faster while containers start
// (health-override.ts), when the engine supports it.
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeRunner } from '../compose/compose.js'
import {
  readComposeConfig,
  type ComposeConfigResult,
  type ComposeModel,
} from '../compose/config.js'
import { EnvironmentError, errorMessage } from '../errors.js'
import type { EngineDeps } from './deps.js'
import { engineKnowsStartInterval, fastStartHealth } from './health-override.js'
import {
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
}

export async function labelProject(
  target: ComposeTarget,
  owner: Ownership,
  deps: Pick<EngineDeps, 'compose' | 'tempDir' | 'docker' | 'reporter'>,
  healthStartIntervalMs = 0,
  /** Compose's config when the caller started reading it earlier (readComposeConfigSafely). */
  config?: Promise<ComposeConfigResult>,
): Promise<LabelledProject> {
  // Both questions at once: compose's config (~100 ms) is the slower one.
  const [{ model, error }, apiVersion] = await Promise.all([
    config ?? readComposeConfig(target, deps.compose),
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
  const override = writeLabelsOverride(
    deps.tempDir,
    target.project,
    withHealth(labelsOverride(model, ownershipLabels(owner)), fast),
  )
  return { files: [...target.files, override], model }
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

/** Pure: the labels override with the healthcheck additions merged into its services. */
function withHealth(
  override: ReturnType<typeof labelsOverride>,
  health: Record<string, object>,
): ReturnType<typeof labelsOverride> {
  const services = Object.fromEntries(
    Object.entries(override.services).map(([name, s]) => [name, { ...s, ...health[name] }]),
  )
  return { ...override, services }
}
