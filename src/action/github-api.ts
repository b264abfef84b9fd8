// The GitHub API client of the action: Octokit (with @actions/github, its
// plugins and undici) behind src/github's narrow interface. Only ever loaded
// through a dynamic import() (proof.ts), so a bundle pays for it in the
// background and a run without a token not at all, and only once undici is
// loaded (src/vendor/undici.ts): @actions/github builds its fetch, and behind
// a proxy a `new ProxyAgent`, as it is imported.
import * as core from '@actions/core'
import { octokitApi, type GitHubApi } from '../github/api.js'
import type { RunContext } from '../github/context.js'
import { createOctokit } from '../github/octokit.js'
import type { Redactor } from '../github/redact.js'

export function actionGithubApi(token: string, ctx: RunContext, redactor: Redactor): GitHubApi {
  return octokitApi(
    createOctokit(token, {
      apiUrl: ctx.apiUrl,
      log: { debug: (m) => core.debug(m), warning: (m) => core.warning(redactor.redact(m)) },
    }),
    ctx,
  )
}
