// Creating, reusing and editing the proof comment.
//
// Whose comments may be reused: the token's own. GITHUB_TOKEN comments as
// `github-actions[bot]` (user.type `Bot`), and an installation token cannot
// ask who it is (GET /user answers 403), so the identity is configured rather
// than looked up: default `github-actions[bot]` and type Bot; a PAT or app
// token sets its own login. The marker alone is not enough: anyone can paste
// it into a comment, and editing someone else's comment would be a surprise.
import type { Comment, GitHubApi } from './api.js'
import { sameJobAndModules, sameRun, type MarkerFields } from './marker.js'
import { apiFailureWarning } from './permissions.js'
import { spliceCleanup } from './render-cleanup.js'
import type { CleanupReport } from '../engine/teardown.js'
import { GITHUB_DEFAULTS, type CommentMode } from './settings.js'
import type { Target } from './target.js'

export interface PostedComment {
  issue: number
  kind: Target['kind']
  commentId: number
  url: string
}

export interface CommentOutcome {
  posted: PostedComment | null
  action: 'created' | 'updated' | 'failed'
  warnings: string[]
}

export function isOwnComment(c: Comment, author: string): boolean {
  if (c.user === null || c.user.login.toLowerCase() !== author.toLowerCase()) return false
  return author !== GITHUB_DEFAULTS.commentAuthor || c.user.type === 'Bot'
}

/** The latest comment of this author matching the marker. */
export function latestMatching(
  comments: Comment[],
  author: string,
  match: (body: string) => boolean,
): Comment | null {
  const mine = comments.filter((c) => isOwnComment(c, author) && match(c.body))
  return mine.reduce<Comment | null>((a, c) => (a === null || c.id > a.id ? c : a), null)
}

const commentOp = (t: Target) => ({ kind: 'comment' as const, number: t.number, target: t.kind })

export async function upsertComment(
  api: GitHubApi,
  target: Target,
  body: string,
  opts: { mode: CommentMode; marker: MarkerFields; author: string },
): Promise<CommentOutcome> {
  const warnings: string[] = []
  let existing: Comment | null = null
  if (opts.mode === 'update') {
    try {
      const all = await api.listComments(target.number)
      existing = latestMatching(all, opts.author, (b) => sameJobAndModules(b, opts.marker))
    } catch (err) {
      // Posting a new comment is still better than no proof at all.
      warnings.push(apiFailureWarning({ kind: 'list-comments', number: target.number }, err))
    }
  }
  try {
    const c = existing
      ? await api.updateComment(existing.id, body)
      : await api.createComment(target.number, body)
    return {
      posted: { issue: target.number, kind: target.kind, commentId: c.id, url: c.htmlUrl },
      action: existing ? 'updated' : 'created',
      warnings,
    }
  } catch (err) {
    warnings.push(apiFailureWarning(commentOp(target), err))
    return { posted: null, action: 'failed', warnings }
  }
}

/** The post step without saved state: this run's comments, found by marker. */
export async function findRunComments(
  api: GitHubApi,
  targets: Target[],
  marker: MarkerFields,
  author: string,
): Promise<{ found: PostedComment[]; warnings: string[] }> {
  const found: PostedComment[] = []
  const warnings: string[] = []
  for (const t of targets) {
    try {
      const c = latestMatching(await api.listComments(t.number), author, (b) => sameRun(b, marker))
      if (c) found.push({ issue: t.number, kind: t.kind, commentId: c.id, url: c.htmlUrl })
    } catch (err) {
      warnings.push(apiFailureWarning({ kind: 'list-comments', number: t.number }, err))
    }
  }
  return { found, warnings }
}

/** Adds the cleanup verification to a comment main posted (read, splice, write back). */
export async function addCleanupToComment(
  api: GitHubApi,
  posted: PostedComment,
  cleanup: CleanupReport,
  redact: (s: string) => string,
  maxChars: number,
): Promise<{ ok: boolean; warnings: string[] }> {
  const op = { kind: 'comment' as const, number: posted.issue, target: posted.kind }
  try {
    const current = await api.getComment(posted.commentId)
    const body = spliceCleanup(current.body, cleanup, maxChars)
    await api.updateComment(posted.commentId, redact(body))
    return { ok: true, warnings: [] }
  } catch (err) {
    return { ok: false, warnings: [apiFailureWarning(op, err)] }
  }
}
