// The typed state shared by main and post (GITHUB_STATE -> STATE_* variables).
import * as core from '@actions/core'
import { State } from '../constants.js'
import { parseRunState, type RunState } from '../engine/run-state.js'

export function saveRunState(state: RunState): void {
  core.saveState(State.Run, JSON.stringify(state))
}

export function loadRunState(): RunState | undefined {
  return parseRunState(core.getState(State.Run))
}
