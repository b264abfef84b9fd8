// Where and what the run is, read once from the Actions context and the
// environment into plain data so everything downstream is testable without
// an event file.

export interface RunContext {
  owner: string
  repo: string
  /** e.g. https://github.com or a GitHub Enterprise host. */
  serverUrl: string
  apiUrl: string
  runId: string
  runAttempt: string
  /** GITHUB_JOB: the job id, part of the comment marker. */
  job: string
  eventName: string
  /** The tested commit: the pull request head on pull request events (not the merge commit). */
  sha: string
  branch: string | null
  /** The issue or pull request of the event; null on push, schedule, workflow_dispatch... */
  issue: { number: number; isPullRequest: boolean } | null
  /** The pull request body when the event payload carries it. */
  pullRequestBody: string | null
}

/** The parts of `@actions/github`'s `context` read here. */
export interface ActionsContextLike {
  eventName: string
  sha: string
  ref: string
  job: string
  runId: number
  runAttempt: number
  serverUrl: string
  apiUrl: string
  payload: Record<string, unknown>
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

function eventIssue(payload: Obj): RunContext['issue'] {
  const pr = obj(payload.pull_request)
  if (pr && typeof pr.number === 'number') return { number: pr.number, isPullRequest: true }
  const issue = obj(payload.issue)
  // issue_comment on a pull request: the issue carries a `pull_request` link.
  if (issue && typeof issue.number === 'number')
    return { number: issue.number, isPullRequest: obj(issue.pull_request) !== null }
  return null
}

function branchOf(ctx: ActionsContextLike, env: NodeJS.ProcessEnv): string | null {
  const head = str(obj(obj(ctx.payload.pull_request)?.head)?.ref) ?? str(env.GITHUB_HEAD_REF)
  if (head) return head
  if (ctx.ref?.startsWith('refs/heads/')) return ctx.ref.slice('refs/heads/'.length)
  return str(env.GITHUB_REF_NAME)
}

export function runContextFrom(ctx: ActionsContextLike, env: NodeJS.ProcessEnv): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const pr = obj(ctx.payload.pull_request)
  return {
    owner,
    repo,
    serverUrl: (ctx.serverUrl || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || ctx.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
    runId: Number.isFinite(ctx.runId) ? String(ctx.runId) : (env.GITHUB_RUN_ID ?? ''),
    runAttempt: Number.isFinite(ctx.runAttempt) ? String(ctx.runAttempt) : '1',
    job: ctx.job || env.GITHUB_JOB || 'job',
    eventName: ctx.eventName ?? '',
    sha: str(obj(pr?.head)?.sha) ?? ctx.sha ?? '',
    branch: branchOf(ctx, env),
    issue: eventIssue(ctx.payload ?? {}),
    pullRequestBody: pr ? (typeof pr.body === 'string' ? pr.body : '') : null,
  }
}

/** Link to this workflow run (and attempt). */
export function runUrl(c: RunContext): string {
  const attempt = c.runAttempt !== '' && c.runAttempt !== '1' ? `/attempts/${c.runAttempt}` : ''
  return `${c.serverUrl}/${c.owner}/${c.repo}/actions/runs/${c.runId}${attempt}`
}

export const repoUrl = (c: RunContext) => `${c.serverUrl}/${c.owner}/${c.repo}`
