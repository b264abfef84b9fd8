// Before anything is created: the compose files must load (a syntax error is
// reported before `up`), and a generated override puts our ownership labels
// on every container, network and volume of the project (ownership.ts). The
// same steps as executeRun's, for a work order's long-lived environment.
import type { ComposeTarget } from '../compose/compose.js'
import { readComposeConfig, type ComposeModel } from '../compose/config.js'
import { EnvironmentError } from '../errors.js'
import type { EngineDeps } from './deps.js'
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
  deps: Pick<EngineDeps, 'compose' | 'tempDir'>,
): Promise<LabelledProject> {
  const { model, error } = await readComposeConfig(target, deps.compose)
  if (!model) {
    throw new EnvironmentError(
      `The compose file(s) ${target.files.join(', ')} could not be loaded: ${error.slice(-2000)}`,
    )
  }
  const override = writeLabelsOverride(
    deps.tempDir,
    target.project,
    labelsOverride(model, ownershipLabels(owner)),
  )
  return { files: [...target.files, override], model }
}
