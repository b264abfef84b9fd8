// Before anything is created: the compose files must load (a syntax error is
// reported before `up`), and a generated override puts our ownership labels
// on every container, network and volume of the project (ownership.ts). The
// same steps as executeRun's, for a work order's long-lived environment. The
// same override makes health probes faster while containers start
// (health-override.ts), when the engine supports it.
import type { ComposeTarget } from '../compose/compose.js'
import { readComposeConfig, type ComposeModel } from '../compose/config.js'
import { EnvironmentError } from '../errors.js'
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
): Promise<LabelledProject> {
  // Both questions at once: compose's config (~100 ms) is the slower one.
  const [{ model, error }, apiVersion] = await Promise.all([
    readComposeConfig(target, deps.compose),
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
