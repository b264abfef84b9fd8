import { describe, expect, it, vi } from 'vitest'
import type { IssueSummary } from '../../../src/github/api.js'
import { resolveTargets } from '../../../src/github/target.js'
import { ctx, prCtx, settings } from './fixtures.js'

const issues: IssueSummary[] = [
  { number: 11, title: 'SYSTEM-002-CODE-02: hub resilient test runner', isPullRequest: false },
  { number: 12, title: 'SYSTEM-002-CODE-03: something else', isPullRequest: false },
]

function api(over: { issues?: IssueSummary[]; prBody?: string | null; fail?: Error } = {}) {
  return {
    listOpenIssues: vi.fn(async () => {
      if (over.fail) throw over.fail
      return over.issues ?? issues
    }),
    getPullRequest: vi.fn(async (number: number) => ({
      number,
      body: over.prBody ?? null,
      headSha: 'h',
    })),
  }
}

describe('resolveTargets', () => {
  it.each([
    [
      'issue-number input wins over everything',
      settings({ issueNumber: 99 }),
      prCtx(7, 'Closes #3'),
      [[99, 'unknown', 'input']],
    ],
    ['the pull request of the event', settings(), prCtx(7, ''), [[7, 'pull-request', 'event']]],
    [
      'the pull request and the issues it closes',
      settings(),
      prCtx(7, 'Closes #3\nfixes #4, see #5'),
      [
        [7, 'pull-request', 'event'],
        [3, 'issue', 'linked'],
        [4, 'issue', 'linked'],
      ],
    ],
    [
      'the issue of an issue event',
      settings(),
      ctx({ eventName: 'issues', issue: { number: 4, isPullRequest: false } }),
      [[4, 'issue', 'event']],
    ],
    [
      'push: the issue named by the branch work order',
      settings(),
      ctx(),
      [[11, 'issue', 'work-order']],
    ],
  ])('%s', async (_name, s, c, want) => {
    const r = await resolveTargets(s, c, api())
    expect(r.targets.map((t) => [t.number, t.kind, t.source])).toEqual(want)
    expect(r.warnings).toEqual([])
  })

  it('reads the body of a pull request when the payload has none (issue_comment)', async () => {
    const a = api({ prBody: 'Resolves #21' })
    const r = await resolveTargets(settings(), prCtx(7, null), a)
    expect(a.getPullRequest).toHaveBeenCalledWith(7)
    expect(r.targets.map((t) => t.number)).toEqual([7, 21])
  })

  it('does not list issues when the event has a target', async () => {
    const a = api()
    await resolveTargets(settings(), prCtx(7), a)
    expect(a.listOpenIssues).not.toHaveBeenCalled()
  })

  it('no work order in the branch: a notice, no listing', async () => {
    const a = api()
    const r = await resolveTargets(settings(), ctx({ branch: 'main', eventName: 'schedule' }), a)
    expect(r.targets).toEqual([])
    expect(r.notices[0]).toMatch(
      /^No issue or pull request to comment on: the schedule event has none, issue-number is not set, and the branch "main" names no work order matching/,
    )
    expect(a.listOpenIssues).not.toHaveBeenCalled()
  })

  it('work order without an open issue: a notice', async () => {
    const r = await resolveTargets(settings(), ctx(), api({ issues: [issues[1] as IssueSummary] }))
    expect(r.targets).toEqual([])
    expect(r.workOrder).toBe('SYSTEM-002-CODE-02')
    expect(r.notices).toEqual([
      'No open issue names work order SYSTEM-002-CODE-02 (from branch "feature/SYSTEM-002-CODE-02-hub-resilient-test-runner") in its title: no comment posted.',
    ])
  })

  it('several issues: the oldest, with a notice', async () => {
    const more = [...issues, { number: 5, title: 're: SYSTEM-002-CODE-02', isPullRequest: false }]
    const r = await resolveTargets(settings(), ctx(), api({ issues: more }))
    expect(r.targets.map((t) => t.number)).toEqual([5])
    expect(r.notices[0]).toContain('commenting on the oldest, #5 (not #11)')
  })

  it('listing fails: a warning naming the permission, no throw', async () => {
    const err = Object.assign(new Error('x'), {
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    })
    const r = await resolveTargets(settings(), ctx(), api({ fail: err }))
    expect(r.targets).toEqual([])
    expect(r.warnings[0]).toContain('`issues: read`')
  })
})
