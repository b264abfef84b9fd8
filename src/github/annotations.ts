// One check-run annotation per failing test, at its file and line. GitHub
// takes at most 50 annotations per request, so they go out in chunks.
import type { TestFailure } from '../odoo-log/types.js'
import { failureMessage, testName } from '../verdict/describe.js'
import type { Annotation } from './api.js'
import { joinPath } from './render-parts.js'
import { headAndTail, plainText } from './truncate.js'

export const ANNOTATIONS_PER_REQUEST = 50
const MAX_MESSAGE = 4000
const MAX_TITLE = 255
const MAX_DETAILS = 8000

const cap = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** Failures without a location cannot be annotated; they are in the summary. */
export function toAnnotations(failures: readonly TestFailure[], pathPrefix = ''): Annotation[] {
  const out: Annotation[] = []
  for (const f of failures) {
    if (f.location === null || f.location.line < 1) continue
    const title = testName(f) || f.module || 'test failure'
    const message = failureMessage(f) ?? `${f.kind}: ${title}`
    const details = plainText(f.traceback).trim()
    out.push({
      path: joinPath(pathPrefix, f.location.file),
      start_line: f.location.line,
      end_line: f.location.line,
      annotation_level: 'failure',
      message: cap(message, MAX_MESSAGE),
      title: cap(title, MAX_TITLE),
      ...(details === '' ? {} : { raw_details: headAndTail(details, MAX_DETAILS) }),
    })
  }
  return out
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
