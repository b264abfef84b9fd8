// Post's half: the cleanup verification goes into main's comment(s) and check
// run. Main's comments come from the saved state, or are found by marker when
// main died before saving it. A failed teardown gets a comment of its own when
// main posted none (comment: on-failure on a passed run). Never throws.
import type { CleanupReport } from '../engine/teardown.js'
import { errorMessage } from '../errors.js'
import { addCleanupToCheckRun } from './check-run.js'
import { addCleanupToComment, findRunComments, type PostedComment } from './comments.js'
import type { RunContext } from './context.js'
import { renderMarker, type MarkerFields } from './marker.js'
import { apiFailureWarning } from './permissions.js'
import { markerOf, wantsComment, type PublishDeps } from './publish-run.js'
import { renderCleanupAlert, renderCleanupSection } from './render-cleanup.js'
import { code } from './render-parts.js'
import { LIMITS } from './render-proof.js'
import type { GithubSettings } from './settings.js'
import type { PublishState } from './state.js'
import { resolveTargets } from './target.js'

export interface PublishCleanupInput {
  settings: GithubSettings
  context: RunContext
  cleanup: CleanupReport
  /** What main saved; null when main saved nothing (it died early, or publishing was off). */
  state: PublishState | null
  /** The run, from RunState: finds main's comments by marker when `state` is null. */
  run: { project: string; modules: string[] }
}

export interface PublishCleanupResult {
  /** Comments now carrying the cleanup verification. */
  comments: PostedComment[]
  checkRunUpdated: boolean
  notices: string[]
  warnings: string[]
}

export function renderCleanupComment(marker: MarkerFields, c: CleanupReport): string {
  return [
    renderMarker(marker),
    c.verified ? '' : renderCleanupAlert(c),
    `### Teardown of ${code(c.project)}: ${c.verified ? '✅ verified' : '❌ not clean'}`,
    renderCleanupSection(c),
  ]
    .filter((s) => s !== '')
    .join('\n\n')
}

export async function publishCleanup(
  input: PublishCleanupInput,
  deps: PublishDeps,
): Promise<PublishCleanupResult> {
  const { settings, context, state } = input
  const { api, redactor } = deps
  const cleanup = redactor.redactJson(input.cleanup)
  const out: PublishCleanupResult = {
    comments: [],
    checkRunUpdated: false,
    notices: [],
    warnings: [],
  }
  const redact = (s: string) => redactor.redact(s)
  try {
    if (api === null) {
      out.warnings.push('github-token is empty: the cleanup verification was not posted.')
    } else {
      // Compared with markers as posted, i.e. redacted.
      const marker = redactor.redactJson(state?.marker ?? markerOf(context, input.run))
      let comments = state?.comments ?? []
      let targets = state?.targets ?? null
      if (state === null && settings.comment !== 'never') {
        // No state: main may still have commented; look for this run's marker.
        const resolved = await resolveTargets(settings, context, api)
        out.warnings.push(...resolved.warnings)
        targets = resolved.targets
        const found = await findRunComments(api, targets, marker, settings.commentAuthor)
        out.warnings.push(...found.warnings)
        comments = found.found
      }
      for (const posted of comments) {
        const res = await addCleanupToComment(api, posted, cleanup, redact, LIMITS.comment)
        out.warnings.push(...res.warnings)
        if (res.ok) out.comments.push(posted)
      }
      if (comments.length === 0 && !cleanup.verified && wantsComment(settings.comment, true)) {
        // Nobody would hear of the leftovers otherwise. Main skips resolving targets
        // when it does not comment (on-failure, passed run): resolve them now.
        if (targets === null || targets.length === 0) {
          const resolved = await resolveTargets(settings, context, api)
          out.notices.push(...resolved.notices)
          out.warnings.push(...resolved.warnings)
          targets = resolved.targets
        }
        const body = redact(renderCleanupComment(marker, cleanup))
        for (const t of targets) {
          try {
            const c = await api.createComment(t.number, body)
            out.comments.push({ issue: t.number, kind: t.kind, commentId: c.id, url: c.htmlUrl })
          } catch (err) {
            const op = { kind: 'comment' as const, number: t.number, target: t.kind }
            out.warnings.push(apiFailureWarning(op, err))
          }
        }
      }
      if (state?.checkRunId != null) {
        const res = await addCleanupToCheckRun(api, state.checkRunId, cleanup, redact)
        out.checkRunUpdated = res.ok
        out.warnings.push(...res.warnings)
      }
    }
  } catch (err) {
    out.warnings.push(
      `Posting the cleanup verification failed: ${errorMessage(err)}. The verdict is not affected.`,
    )
  }
  out.notices = out.notices.map(redact)
  out.warnings = out.warnings.map(redact)
  for (const n of out.notices) deps.log.notice(n)
  for (const w of out.warnings) deps.log.warning(w)
  return out
}
