// What to compare with, from the workflow event: a pull request's base
// commit, a push's previous commit, a merge queue group's base. Anything else
// (schedule, workflow_dispatch, a push that created the branch) has none.
export interface EventBase {
  /** The commit to compare HEAD with, when the event has one. */
  base?: string
  /** Why there is none, for the log. */
  why?: string
}

const ZERO_SHA = /^0+$/

export function isPullRequest(eventName: string | undefined): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target'
}

export function baseFromEvent(
  eventName: string | undefined,
  payload: Record<string, unknown>,
): EventBase {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
  if (isPullRequest(eventName)) {
    const base = str(obj(obj(payload.pull_request).base).sha)
    return base ? { base } : { why: `the ${eventName} event has no pull_request.base.sha` }
  }
  if (eventName === 'push') {
    const before = str(payload.before)
    if (!before) return { why: 'the push event has no "before" commit' }
    if (ZERO_SHA.test(before)) return { why: 'the push created the branch: no previous commit' }
    return { base: before }
  }
  if (eventName === 'merge_group') {
    const base = str(obj(payload.merge_group).base_sha)
    return base ? { base } : { why: 'the merge_group event has no merge_group.base_sha' }
  }
  return { why: `a ${eventName ?? 'local'} run has no base commit to compare with` }
}
