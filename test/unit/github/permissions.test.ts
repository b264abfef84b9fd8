import { describe, expect, it } from 'vitest'
import { apiFailureWarning, type Operation } from '../../../src/github/permissions.js'

const httpError = (status: number, message: string) =>
  Object.assign(new Error(message), { status, response: { data: { message } } })
const forbidden = httpError(403, 'Resource not accessible by integration')

describe('apiFailureWarning', () => {
  it.each<[Operation, string]>([
    [{ kind: 'comment', number: 7, target: 'pull-request' }, 'pull-requests: write'],
    [{ kind: 'comment', number: 7, target: 'issue' }, 'issues: write'],
    [
      { kind: 'comment', number: 7, target: 'unknown' },
      'issues: write (pull-requests: write for a pull request)',
    ],
    [{ kind: 'check-run' }, 'checks: write'],
    [{ kind: 'list-issues' }, 'issues: read'],
    [{ kind: 'list-comments', number: 3 }, 'issues: read'],
    [{ kind: 'get-pull-request', number: 3 }, 'pull-requests: read'],
  ])('403 on %j names %j', (op, perm) => {
    const w = apiFailureWarning(op, forbidden)
    expect(w).toContain('GitHub answered 403 "Resource not accessible by integration"')
    expect(w).toContain(`The token lacks the \`${perm}\` permission`)
    expect(w).toContain('The test verdict is not affected.')
  })

  it('says which comment failed and why forks are special', () => {
    expect(
      apiFailureWarning({ kind: 'comment', number: 7, target: 'pull-request' }, forbidden),
    ).toMatch(
      /^Could not comment on pull request #7: .* add `permissions: \{ pull-requests: write \}` to the job\. Pull requests from forks always get a read-only token\./,
    )
  })

  it('404 may also be a missing target', () => {
    expect(
      apiFailureWarning(
        { kind: 'comment', number: 9, target: 'issue' },
        httpError(404, 'Not Found'),
      ),
    ).toContain('lacks the `issues: write` permission (or the target does not exist)')
  })

  it.each([
    [
      httpError(500, 'Server Error'),
      /^Could not create or update the check run: GitHub answered 500 "Server Error"\. The test verdict is not affected\.$/,
    ],
    [httpError(403, 'API rate limit exceeded'), /rate limit was hit/],
    [new Error('socket hang up'), /GitHub answered "socket hang up"/],
  ])('other failures: %s', (err, want) =>
    expect(apiFailureWarning({ kind: 'check-run' }, err)).toMatch(want),
  )
})
