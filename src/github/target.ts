// Where the proof is posted: the issue-number input, else the issue or pull
// request of the event (plus the issues a pull request closes), else the open
// issue whose title names the work order found in the branch name. Finding
// nothing is a notice, not a failure.
import type { GitHubApi } from './api.js'
import type { RunContext } from './context.js'
import { linkedIssues } from './linked-issues.js'
import { apiFailureWarning } from './permissions.js'
import type { GithubSettings } from './settings.js'
import { issuesForWorkOrder, workOrderFromBranch } from './work-order.js'

export type TargetKind = 'issue' | 'pull-request' | 'unknown'

export interface Target {
  number: number
  kind: TargetKind
  source: 'input' | 'event' | 'linked' | 'work-order'
}

export interface Resolution {
  targets: Target[]
  /** The work-order id read from the branch, when the branch was looked at. */
  workOrder: string | null
  notices: string[]
  warnings: string[]
}

export async function resolveTargets(
  s: Pick<GithubSettings, 'issueNumber' | 'workOrderPattern'>,
  c: RunContext,
  api: Pick<GitHubApi, 'listOpenIssues' | 'getPullRequest'>,
): Promise<Resolution> {
  const out: Resolution = { targets: [], workOrder: null, notices: [], warnings: [] }
  if (s.issueNumber !== null) {
    out.targets.push({ number: s.issueNumber, kind: 'unknown', source: 'input' })
    return out
  }
  if (c.issue !== null) {
    const { number, isPullRequest } = c.issue
    out.targets.push({ number, kind: isPullRequest ? 'pull-request' : 'issue', source: 'event' })
    if (isPullRequest) {
      const body = c.pullRequestBody ?? (await pullRequestBody(number, api, out))
      for (const n of linkedIssues(body, c, number))
        out.targets.push({ number: n, kind: 'issue', source: 'linked' })
    }
    return out
  }
  const id = workOrderFromBranch(c.branch, s.workOrderPattern)
  out.workOrder = id
  if (id === null) {
    out.notices.push(
      `No issue or pull request to comment on: the ${c.eventName || 'current'} event has none, ` +
        `issue-number is not set, and the branch ${c.branch === null ? '(none)' : `"${c.branch}"`} ` +
        `names no work order matching /${s.workOrderPattern.source}/.`,
    )
    return out
  }
  let issues
  try {
    issues = await api.listOpenIssues()
  } catch (err) {
    out.warnings.push(apiFailureWarning({ kind: 'list-issues' }, err))
    return out
  }
  const [first, ...others] = issuesForWorkOrder(issues, id)
  if (first === undefined) {
    out.notices.push(
      `No open issue names work order ${id} (from branch "${c.branch}") in its title: no comment posted.`,
    )
    return out
  }
  out.targets.push({ number: first.number, kind: 'issue', source: 'work-order' })
  if (others.length > 0)
    out.notices.push(
      `Several open issues name work order ${id}; commenting on the oldest, #${first.number} ` +
        `(not ${others.map((i) => `#${i.number}`).join(', ')}).`,
    )
  return out
}

async function pullRequestBody(
  number: number,
  api: Pick<GitHubApi, 'getPullRequest'>,
  out: Resolution,
): Promise<string | null> {
  try {
    return (await api.getPullRequest(number)).body
  } catch (err) {
    out.warnings.push(apiFailureWarning({ kind: 'get-pull-request', number }, err))
    return null
  }
}
