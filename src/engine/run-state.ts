// What the teardown of a run needs, persisted by the front end (GITHUB_STATE
// for the action, memory for the CLI) before anything is created, so a post
// step can clean up whatever main managed to create before it died.
import type { ComposeTarget } from '../compose/compose.js'
import type { ResourceNames } from './teardown.js'

export interface RunState {
  version: 1
  project: string
  files: string[]
  workingDirectory: string
  /** Null until a port is allocated. */
  port: number | null
  /** The `down-timeout` setting; absent: the teardown's default (none). */
  downTimeoutS?: number
  logFile: string
  /** The JSON report main writes and post completes with the cleanup. */
  reportFile: string
  modules: string[]
  startedAt: string
  /**
   * The project's containers, networks and volumes once all were ready (listed
   * while they turn healthy): the teardown starts `down` without listing first.
   */
  resources?: ResourceNames
}

export function targetOf(state: RunState): ComposeTarget {
  return {
    project: state.project,
    files: state.files,
    workingDirectory: state.workingDirectory,
    port: state.port,
  }
}

/** Parses saved state; undefined when there is none or it is not ours. */
export function parseRunState(text: string | undefined): RunState | undefined {
  if (!text) return undefined
  try {
    const s = JSON.parse(text) as Partial<RunState>
    if (s.version !== 1 || typeof s.project !== 'string' || !Array.isArray(s.files))
      return undefined
    return s as RunState
  } catch {
    return undefined
  }
}
