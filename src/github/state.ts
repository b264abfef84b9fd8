// What main hands to post (through GITHUB_STATE): which comments and check run
// to complete with the cleanup verification.
import type { VerdictResult } from '../verdict/types.js'
import type { PostedComment } from './comments.js'
import type { MarkerFields } from './marker.js'
import type { Target } from './target.js'

export interface PublishState {
  version: 1
  marker: MarkerFields
  result: VerdictResult
  targets: Target[]
  comments: PostedComment[]
  checkRunId: number | null
}

export function serializePublishState(s: PublishState): string {
  return JSON.stringify(s)
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)

/** Undefined when there is no state or it is not ours (post then searches by marker). */
export function parsePublishState(text: string | undefined): PublishState | undefined {
  if (!text) return undefined
  try {
    const s = JSON.parse(text) as Partial<PublishState>
    const ok =
      s.version === 1 &&
      typeof s.marker?.project === 'string' &&
      Array.isArray(s.marker.modules) &&
      Array.isArray(s.targets) &&
      s.targets.every((t) => isNum(t?.number)) &&
      Array.isArray(s.comments) &&
      s.comments.every((c) => isNum(c?.commentId) && isNum(c?.issue)) &&
      (s.checkRunId === null || isNum(s.checkRunId))
    return ok ? (s as PublishState) : undefined
  } catch {
    return undefined
  }
}
