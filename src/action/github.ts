// The action's side of the GitHub reporting: inputs, the Actions context, the
// job log, the token. Everything in src/github takes these as arguments.
// Nothing here loads Octokit: the API client is in github-api.ts, loaded only
// with a token and in the background (see proof.ts).
import * as core from '@actions/core'
import { Input } from '../constants.js'
import { runContextFrom, type RunContext } from '../github/context.js'
import type { PublishLog } from '../github/publish-run.js'
import { createRedactor, type Redactor } from '../github/redact.js'
import type { GithubSettings, RawGithubSettings } from '../github/settings.js'
import { readActionsContext } from './actions-context.js'

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
  return runContextFrom(readActionsContext(env), env)
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
