// The Actions context (event payload and GITHUB_* variables), read the way
// `@actions/github`'s `context` reads it. That package is Octokit too (loaded
// in the background, and not at all without a github-token); a run without a
// token still renders the job summary from this context, so it must not need
// the package to get it. test/unit/action-context.test.ts compares the two.
import { existsSync, readFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { ActionsContextLike } from '../github/context.js'

export function readActionsContext(
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): ActionsContextLike {
  let payload: Record<string, unknown> = {}
  const eventPath = env.GITHUB_EVENT_PATH
  if (eventPath) {
    if (existsSync(eventPath))
      payload = JSON.parse(readFileSync(eventPath, { encoding: 'utf8' })) as typeof payload
    else write(`GITHUB_EVENT_PATH ${eventPath} does not exist${EOL}`)
  }
  // Unset variables stay undefined (and the numbers NaN), as in @actions/github:
  // runContextFrom falls back on each.
  return {
    eventName: env.GITHUB_EVENT_NAME as string,
    sha: env.GITHUB_SHA as string,
    ref: env.GITHUB_REF as string,
    job: env.GITHUB_JOB as string,
    runId: parseInt(env.GITHUB_RUN_ID as string, 10),
    runAttempt: parseInt(env.GITHUB_RUN_ATTEMPT as string, 10),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    payload,
  }
}
