// The action's side of the GitHub reporting: inputs, the Actions context, the
// job log, the token. Everything in src/github takes these as arguments.
import * as core from '@actions/core'
import { context } from '@actions/github'
import { Input } from '../constants.js'
import { octokitApi } from '../github/api.js'
import { runContextFrom, type RunContext } from '../github/context.js'
import { createOctokit } from '../github/octokit.js'
import type { PublishDeps, PublishLog } from '../github/publish-run.js'
import { createRedactor, type Redactor } from '../github/redact.js'
import type { GithubSettings, RawGithubSettings } from '../github/settings.js'

export function readGithubInputs(get: (name: string) => string = core.getInput): RawGithubSettings {
  return {
    githubToken: get(Input.GithubToken),
    issueNumber: get(Input.IssueNumber),
    comment: get(Input.Comment),
    commentMode: get(Input.CommentMode),
    workOrderPattern: get(Input.WorkOrderPattern),
    checkRun: get(Input.CheckRun),
    commentAuthor: get(Input.CommentAuthor),
  }
}

export function actionRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return runContextFrom(context, env)
}

export const coreLog: PublishLog = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
}

/** The token, masked in the job log, plus secret-looking environment variables. */
export function actionRedactor(settings: GithubSettings, env = process.env): Redactor {
  const r = createRedactor({ env })
  return settings.token === '' ? r : r.register(settings.token, core.setSecret)
}

export function actionPublishDeps(
  settings: GithubSettings,
  ctx: RunContext,
  redactor: Redactor,
): PublishDeps {
  const api =
    settings.token === ''
      ? null
      : octokitApi(
          createOctokit(settings.token, {
            apiUrl: ctx.apiUrl,
            log: { debug: (m) => core.debug(m), warning: (m) => core.warning(redactor.redact(m)) },
          }),
          ctx,
        )
  return { api, redactor, log: coreLog }
}
