// Inputs of the GitHub reporting part, validated up front (with the other
// inputs, before anything runs) so a typo fails fast instead of after an hour
// of tests. Reporting problems later on are warnings; bad inputs are not.
import { InputError } from '../errors.js'

export type CommentPolicy = 'always' | 'on-failure' | 'never'
export type CommentMode = 'new' | 'update'

export const GITHUB_DEFAULTS = {
  comment: 'always',
  commentMode: 'new',
  /** `feature/SYSTEM-002-CODE-02-hub-x` -> `SYSTEM-002-CODE-02`. */
  workOrderPattern: '[A-Z][A-Z0-9]*-\\d{3}-[A-Z]+-\\d{2}',
  checkRun: true,
  /** The identity of GITHUB_TOKEN; see comments.ts for why it is not looked up. */
  commentAuthor: 'github-actions[bot]',
} as const

export interface RawGithubSettings {
  githubToken?: string
  issueNumber?: string
  comment?: string
  commentMode?: string
  workOrderPattern?: string
  checkRun?: string
  commentAuthor?: string
}

export interface GithubSettings {
  /** Empty: nothing is published (a warning says so). */
  token: string
  issueNumber: number | null
  comment: CommentPolicy
  commentMode: CommentMode
  workOrderPattern: RegExp
  checkRun: boolean
  /** Login whose comments `update` mode may reuse. */
  commentAuthor: string
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`${name} must be one of ${allowed.join(', ')} (got "${value}").`)
}

function parseBoolean(name: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(`${name} must be true or false (got "${value}").`)
}

function parseIssueNumber(value: string): number | null {
  const v = value.trim().replace(/^#/, '')
  if (v === '') return null
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
    throw new InputError(
      `issue-number must be a positive issue or pull request number (got "${value}").`,
    )
  return Number(v)
}

export function parseWorkOrderPattern(source: string): RegExp {
  let re: RegExp
  try {
    re = new RegExp(source)
  } catch (err) {
    throw new InputError(
      `work-order-pattern "${source}" is not a valid regular expression: ${(err as Error).message}`,
    )
  }
  // A pattern that matches nothing-at-all would "find" a work order in every branch.
  if (re.test('')) throw new InputError(`work-order-pattern "${source}" matches an empty string.`)
  return re
}

const orDefault = (v: string | undefined, d: string) =>
  v === undefined || v.trim() === '' ? d : v.trim()

export function parseGithubSettings(raw: RawGithubSettings): GithubSettings {
  const d = GITHUB_DEFAULTS
  return {
    token: (raw.githubToken ?? '').trim(),
    issueNumber: parseIssueNumber(raw.issueNumber ?? ''),
    comment: oneOf('comment', orDefault(raw.comment, d.comment), ['always', 'on-failure', 'never']),
    commentMode: oneOf('comment-mode', orDefault(raw.commentMode, d.commentMode), [
      'new',
      'update',
    ]),
    workOrderPattern: parseWorkOrderPattern(orDefault(raw.workOrderPattern, d.workOrderPattern)),
    checkRun: parseBoolean('check-run', orDefault(raw.checkRun, String(d.checkRun))),
    commentAuthor: orDefault(raw.commentAuthor, d.commentAuthor),
  }
}
