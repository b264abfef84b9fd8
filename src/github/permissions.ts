// A failed GitHub call becomes one warning a person can act on: which call,
// what GitHub said, and for permission problems which `permissions:` entry
// the job lacks. Pull requests from forks get a read-only GITHUB_TOKEN, so
// this is an expected situation, never a reason to change the test verdict.
import { errorMessage } from '../errors.js'

export type Operation =
  | { kind: 'comment'; number: number; target: 'issue' | 'pull-request' | 'unknown' }
  | { kind: 'list-comments'; number: number }
  | { kind: 'list-issues' }
  | { kind: 'get-pull-request'; number: number }
  | { kind: 'check-run' }

export function describeOperation(op: Operation): string {
  switch (op.kind) {
    case 'comment':
      return op.target === 'pull-request'
        ? `comment on pull request #${op.number}`
        : op.target === 'issue'
          ? `comment on issue #${op.number}`
          : `comment on #${op.number}`
    case 'list-comments':
      return `read the comments of #${op.number}`
    case 'list-issues':
      return 'list the open issues (to find the work order of the branch)'
    case 'get-pull-request':
      return `read pull request #${op.number}`
    case 'check-run':
      return 'create or update the check run'
  }
}

/** The `permissions:` entry the operation needs. */
export function requiredPermission(op: Operation): string {
  switch (op.kind) {
    case 'comment':
      return op.target === 'pull-request'
        ? 'pull-requests: write'
        : op.target === 'issue'
          ? 'issues: write'
          : 'issues: write (pull-requests: write for a pull request)'
    case 'list-comments':
    case 'list-issues':
      return 'issues: read'
    case 'get-pull-request':
      return 'pull-requests: read'
    case 'check-run':
      return 'checks: write'
  }
}

interface HttpErrorLike {
  status?: unknown
  response?: { data?: unknown }
}

export function statusOf(err: unknown): number | null {
  const s = (err as HttpErrorLike | null)?.status
  return typeof s === 'number' ? s : null
}

function githubMessage(err: unknown): string {
  const data = (err as HttpErrorLike | null)?.response?.data
  const m = (data as { message?: unknown } | undefined)?.message
  return typeof m === 'string' && m !== '' ? m : errorMessage(err)
}

export function isPermissionError(err: unknown): boolean {
  const status = statusOf(err)
  // GitHub answers 404 instead of 403 when the token may not even see the resource.
  return status === 403 || status === 404
}

/** The warning for a failed call; the test verdict is untouched and the text says so. */
export function apiFailureWarning(op: Operation, err: unknown): string {
  const status = statusOf(err)
  const said = `GitHub answered ${status === null ? '' : `${status} `}"${githubMessage(err).slice(0, 300)}"`
  const what = `Could not ${describeOperation(op)}: ${said}.`
  if (status === 403 && /rate limit/i.test(githubMessage(err)))
    return `${what} The rate limit was hit; the test verdict is not affected.`
  if (isPermissionError(err)) {
    const perm = requiredPermission(op)
    const fork =
      op.kind === 'list-issues' ? '' : ' Pull requests from forks always get a read-only token.'
    return (
      `${what} The token lacks the \`${perm}\` permission` +
      `${status === 404 ? ' (or the target does not exist)' : ''}: add \`permissions: { ${perm.split(' (')[0]} }\` to the job.${fork}` +
      ' The test verdict is not affected.'
    )
  }
  return `${what} The test verdict is not affected.`
}
