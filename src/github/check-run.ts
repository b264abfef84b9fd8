// The check run: a status on the tested commit (the pull request head, not the
// merge commit) with the proof as its output and failing tests annotated at
// their file and line.
import type { CleanupReport } from '../engine/teardown.js'
import type { VerdictResult } from '../verdict/types.js'
import { ANNOTATIONS_PER_REQUEST, chunk } from './annotations.js'
import type { Annotation, CheckRunOutput, Conclusion, GitHubApi, NewCheckRun } from './api.js'
import { apiFailureWarning } from './permissions.js'
import { spliceCleanup } from './render-cleanup.js'
import { LIMITS } from './render-proof.js'
import type { ProofInput } from './types.js'

export const checkRunName = (modules: string[]) => `Odoo tests (${modules.join(', ')})`

/** `neutral` would let a failing run look acceptable: failed and error are both failures. */
export const conclusionOf = (r: VerdictResult): Conclusion =>
  r === 'passed' ? 'success' : 'failure'

const MAX_TITLE = 200

export function checkRunTitle(p: ProofInput): string {
  const t = p.tests
  const counts =
    t === null
      ? 'no test counts'
      : `${t.passed} passed, ${t.failed} failed, ${t.errors} errors, ${t.skipped} skipped`
  const why = p.result === 'error' && p.reasons[0] ? `error: ${p.reasons[0]}; ` : ''
  const title = `${why}${counts}`.replace(/\s+/g, ' ')
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title
}

export interface CheckRunPublished {
  id: number | null
  url: string | null
  /** Annotations GitHub accepted (all of them unless a request failed). */
  annotations: number
  requests: number
  warnings: string[]
}

export async function publishCheckRun(
  api: GitHubApi,
  run: Omit<NewCheckRun, 'output'> & {
    output: Omit<CheckRunOutput, 'annotations'>
    annotations: Annotation[]
  },
): Promise<CheckRunPublished> {
  const [first = [], ...rest] = chunk(run.annotations, ANNOTATIONS_PER_REQUEST)
  const out: CheckRunPublished = { id: null, url: null, annotations: 0, requests: 0, warnings: [] }
  try {
    const created = await api.createCheckRun({
      ...run,
      output: { ...run.output, annotations: first },
    })
    out.requests++
    out.id = created.id
    out.url = created.htmlUrl || null
    out.annotations += first.length
    // Annotations add up across updates; the output must be sent again each time.
    for (const annotations of rest) {
      await api.updateCheckRun(created.id, { output: { ...run.output, annotations } })
      out.requests++
      out.annotations += annotations.length
    }
  } catch (err) {
    out.warnings.push(apiFailureWarning({ kind: 'check-run' }, err))
    if (out.id !== null)
      out.warnings.push(
        `Only ${out.annotations} of ${run.annotations.length} annotations reached the check run.`,
      )
  }
  return out
}

/** The post step: cleanup into the check-run summary; leftovers turn the check red. */
export async function addCleanupToCheckRun(
  api: GitHubApi,
  id: number,
  cleanup: CleanupReport,
  redact: (s: string) => string,
): Promise<{ ok: boolean; warnings: string[] }> {
  try {
    const current = await api.getCheckRun(id)
    const output: CheckRunOutput = {
      title: current.output.title ?? 'Odoo tests',
      summary: redact(spliceCleanup(current.output.summary ?? '', cleanup, LIMITS.checkRun)),
      ...(current.output.text ? { text: current.output.text } : {}),
    }
    if (!cleanup.verified)
      output.title = `Teardown left resources behind; ${output.title}`.slice(0, MAX_TITLE)
    await api.updateCheckRun(id, {
      ...(cleanup.verified ? {} : { conclusion: 'failure' as const }),
      output,
    })
    return { ok: true, warnings: [] }
  } catch (err) {
    return { ok: false, warnings: [apiFailureWarning({ kind: 'check-run' }, err)] }
  }
}
