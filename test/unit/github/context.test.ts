import { describe, expect, it } from 'vitest'
import { runContextFrom, runUrl, type ActionsContextLike } from '../../../src/github/context.js'

const base: ActionsContextLike = {
  eventName: 'push',
  sha: 'mergesha',
  ref: 'refs/heads/feature/SYSTEM-002-CODE-02-x',
  job: 'odoo-tests',
  runId: 42,
  runAttempt: 2,
  serverUrl: 'https://ghe.example.com/',
  apiUrl: 'https://api.github.com',
  payload: {},
}
const env = { GITHUB_REPOSITORY: 'healthrt/hub', GITHUB_API_URL: 'https://ghe.example.com/api/v3' }

describe('runContextFrom', () => {
  it('push: no issue, branch from the ref, GitHub Enterprise URLs', () => {
    const c = runContextFrom(base, env)
    expect(c).toMatchObject({
      owner: 'healthrt',
      repo: 'hub',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      runId: '42',
      runAttempt: '2',
      sha: 'mergesha',
      branch: 'feature/SYSTEM-002-CODE-02-x',
      issue: null,
      pullRequestBody: null,
    })
    expect(runUrl(c)).toBe('https://ghe.example.com/healthrt/hub/actions/runs/42/attempts/2')
  })

  it('pull_request: the head sha (not the merge commit), head branch, body', () => {
    const c = runContextFrom(
      {
        ...base,
        eventName: 'pull_request',
        ref: 'refs/pull/7/merge',
        payload: {
          pull_request: {
            number: 7,
            body: 'Closes #3',
            head: { sha: 'headsha', ref: 'feature/WO-001-A-01' },
          },
        },
      },
      env,
    )
    expect(c).toMatchObject({
      sha: 'headsha',
      branch: 'feature/WO-001-A-01',
      issue: { number: 7, isPullRequest: true },
      pullRequestBody: 'Closes #3',
    })
  })

  it.each([
    [{ issue: { number: 5 } }, { number: 5, isPullRequest: false }],
    [{ issue: { number: 6, pull_request: { url: 'x' } } }, { number: 6, isPullRequest: true }],
    [{ pull_request: { number: 8, body: null } }, { number: 8, isPullRequest: true }],
    [{}, null],
    [{ inputs: { x: 1 } }, null],
  ])('issue of payload %j', (payload, issue) => {
    expect(runContextFrom({ ...base, payload }, env).issue).toEqual(issue)
  })

  it('workflow_dispatch on a tag falls back to GITHUB_REF_NAME', () => {
    const c = runContextFrom(
      { ...base, eventName: 'workflow_dispatch', ref: 'refs/tags/v1' },
      { ...env, GITHUB_REF_NAME: 'v1' },
    )
    expect(c.branch).toBe('v1')
  })
})
