// Main's half of the proof on GitHub: the check run, the comment(s) and the
// job summary text. Never throws and never changes the verdict: every problem
// comes back as a warning, every "nothing to do" as a notice.
import { errorMessage } from '../errors.js'
import { toAnnotations } from './annotations.js'
import type { GitHubApi } from './api.js'
import { checkRunName, checkRunTitle, conclusionOf, publishCheckRun } from './check-run.js'
import { upsertComment, type PostedComment } from './comments.js'
import { runUrl, type RunContext } from './context.js'
import { renderMarker, type MarkerFields } from './marker.js'
import type { Redactor } from './redact.js'
import { CLEANUP_RESERVE } from './render-cleanup.js'
import { LIMITS, renderCheckRunText, renderProof } from './render-proof.js'
import type { GithubSettings } from './settings.js'
import type { PublishState } from './state.js'
import { resolveTargets } from './target.js'
import type { ProofInput } from './types.js'

export interface PublishLog {
  info: (message: string) => void
  notice: (message: string) => void
  warning: (message: string) => void
}

export interface PublishDeps {
  /** Null when there is no token: nothing is sent, the summary is still rendered. */
  api: GitHubApi | null
  redactor: Redactor
  log: PublishLog
  now?: () => Date
}

export interface PublishRunResult {
  /** The comment on the first target (the issue-number input, the event's PR or issue...). */
  commentUrl: string | null
  comments: PostedComment[]
  checkRunUrl: string | null
  notices: string[]
  warnings: string[]
  /** Escaped markdown for `core.summary.addRaw`, notices and warnings included. */
  summary: string
  /** For the post step: save it, hand it back to `publishCleanup`. */
  state: PublishState
}

export function wantsComment(policy: GithubSettings['comment'], failed: boolean): boolean {
  return policy === 'always' || (policy === 'on-failure' && failed)
}

export const markerOf = (
  c: RunContext,
  p: { modules: string[]; project: string },
): MarkerFields => ({
  job: c.job,
  modules: [...p.modules].sort(),
  project: p.project,
})

/** The job summary: the same proof, escaped, with what happened on GitHub. */
export function renderJobSummary(
  proof: ProofInput,
  context: RunContext,
  redactor: Redactor,
  notes: string[] = [],
): string {
  const p = redactor.redactJson(proof)
  const md = renderProof(p, context, { variant: 'summary', maxChars: LIMITS.summary, notes })
  return redactor.redact(md)
}

export async function publishRun(
  input: { settings: GithubSettings; context: RunContext; proof: ProofInput },
  deps: PublishDeps,
): Promise<PublishRunResult> {
  const { settings, context } = input
  const { redactor, api } = deps
  const now = deps.now ?? (() => new Date())
  // Redact what goes in, so escaping cannot hide a secret from the final pass.
  const proof = redactor.redactJson(input.proof)
  // Compared with markers as posted, i.e. redacted.
  const marker = redactor.redactJson(markerOf(context, proof))
  const state: PublishState = {
    version: 1,
    marker,
    result: proof.result,
    targets: [],
    comments: [],
    checkRunId: null,
  }
  const notices: string[] = []
  const warnings: string[] = []
  let checkRunUrl: string | null = null
  try {
    if (api === null) {
      warnings.push('github-token is empty: no comment and no check run were posted.')
    } else {
      if (settings.checkRun) {
        const run = await createCheckRun(api, proof, context, redactor, now())
        warnings.push(...run.warnings)
        state.checkRunId = run.id
        checkRunUrl = run.url
      }
      if (wantsComment(settings.comment, proof.result !== 'passed')) {
        const targets = await resolveTargets(settings, context, api)
        notices.push(...targets.notices)
        warnings.push(...targets.warnings)
        state.targets = targets.targets
        const body = redactor.redact(
          renderProof(proof, context, {
            variant: 'comment',
            maxChars: LIMITS.comment - CLEANUP_RESERVE,
            marker: renderMarker(marker),
            cleanup: 'pending',
          }),
        )
        for (const t of targets.targets) {
          const res = await upsertComment(api, t, body, {
            mode: settings.commentMode,
            marker,
            author: settings.commentAuthor,
          })
          warnings.push(...res.warnings)
          if (res.posted) state.comments.push(res.posted)
          if (res.posted) deps.log.info(`Proof ${res.action} on #${t.number}: ${res.posted.url}`)
        }
      } else {
        deps.log.info(`No comment: comment is "${settings.comment}" and the run ${proof.result}.`)
      }
    }
  } catch (err) {
    warnings.push(
      `Publishing the proof on GitHub failed: ${errorMessage(err)}. The test verdict is not affected.`,
    )
  }
  const safeNotices = notices.map((n) => redactor.redact(n))
  const safeWarnings = warnings.map((w) => redactor.redact(w))
  for (const n of safeNotices) deps.log.notice(n)
  for (const w of safeWarnings) deps.log.warning(w)
  return {
    commentUrl: state.comments[0]?.url ?? null,
    comments: state.comments,
    checkRunUrl,
    notices: safeNotices,
    warnings: safeWarnings,
    summary: renderJobSummary(proof, context, redactor, [...safeNotices, ...safeWarnings]),
    state,
  }
}

async function createCheckRun(
  api: GitHubApi,
  proof: ProofInput,
  context: RunContext,
  redactor: Redactor,
  completed: Date,
) {
  const summary = renderProof(proof, context, {
    variant: 'check-run',
    maxChars: LIMITS.checkRun - CLEANUP_RESERVE,
    includeLog: false,
    cleanup: 'pending',
  })
  return publishCheckRun(api, {
    name: checkRunName(proof.modules),
    headSha: context.sha,
    conclusion: conclusionOf(proof.result),
    startedAt: new Date(completed.getTime() - proof.durationMs).toISOString(),
    completedAt: completed.toISOString(),
    detailsUrl: runUrl(context),
    output: {
      title: redactor.redact(checkRunTitle(proof)),
      summary: redactor.redact(summary),
      text: redactor.redact(renderCheckRunText(proof, context)),
    },
    annotations: redactor.redactJson(toAnnotations(proof.failures, proof.pathPrefix)),
  })
}
