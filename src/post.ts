// The action's post step: runs whatever main did (post-if: always()). Reads
// the state main saved before creating anything, tears the project down and
// proves it. Safe to run twice and after a main that died half way.
import * as core from '@actions/core'
import { actionReporter } from './action/reporter.js'
import { loadRunState } from './action/state.js'
import { cleanUpNow } from './action/cleanup.js'
import { preloadGithubApi } from './action/proof.js'
import { defaultDeps, type EngineDeps } from './engine/deps.js'

export async function run(deps: EngineDeps = defaultDeps(actionReporter())): Promise<void> {
  const state = loadRunState()
  if (!state) {
    core.info(
      'Nothing to clean up: the main step created no compose project (it stopped before that).',
    )
    return
  }
  // Octokit loads while the teardown runs; the cleanup proof awaits it afterwards.
  preloadGithubApi()
  await cleanUpNow(state, deps)
}
