// The whole proof as one markdown body, fitted to a size limit: the header,
// reasons, counts and cleanup always fit; failing tests take what they need
// of the rest (tracebacks while room lasts, then one line each), skipped tests
// (one line per reason) what they need of a fifth of it, and the log tail
// gets whatever is left.
import type { CleanupReport } from '../engine/teardown.js'
import { runUrl, type RunContext } from './context.js'
import { renderCleanupAlert, renderCleanupSection, renderPendingCleanup } from './render-cleanup.js'
import { renderLogSection } from './render-log.js'
import { renderSkips } from './render-skips.js'
import {
  countsTable,
  failureDetails,
  failureLine,
  headerTable,
  headline,
  reasonsBlock,
  text,
} from './render-parts.js'
import type { ProofInput, Variant } from './types.js'
import { clampMarkdown } from './truncate.js'

export const LIMITS = {
  /** Issue comments: the API rejects bodies over 65,536 characters. */
  commentApi: 65_536,
  /** What we aim for, with a margin under the API limit. */
  comment: 60_000,
  /** Check-run output.summary and output.text: 65,535 characters each. */
  checkRunApi: 65_535,
  checkRun: 60_000,
  /** $GITHUB_STEP_SUMMARY takes 1 MiB per step; 4 bytes per character at worst. */
  summary: 250_000,
} as const

export interface RenderOptions {
  variant: Variant
  maxChars: number
  /** The hidden marker (comments only). */
  marker?: string | null
  /** Default: true. The check run carries the log in output.text instead. */
  includeLog?: boolean
  /** `pending`: a placeholder the post step fills in; `none`: no cleanup section. */
  cleanup?: 'pending' | 'none' | CleanupReport
  /** Notices and warnings about the publishing itself (summary only). */
  notes?: string[]
}

const CUT_NOTE =
  "_(Cut to fit GitHub's size limit: the full log and the JSON report have the rest.)_"
/** Room kept for the "N more" line after the listed failures. */
const MORE_LINE = 300

export function renderFailures(p: ProofInput, budget: number): string {
  const failing = p.tests === null ? p.failures.length : p.tests.failed + p.tests.errors
  if (p.failures.length === 0 && failing === 0) return ''
  const head = `#### Failing tests (${failing})`
  const lines = p.failures.map((f) => `- ${failureLine(f, p.pathPrefix)}`)
  const blocks = p.failures.map((f) => failureDetails(f, p.pathPrefix))
  const size = (xs: string[]) => xs.reduce((n, x) => n + x.length + 2, 0)
  // Tracebacks while room lasts, but keep room for one line per remaining failure:
  // seeing which tests failed matters more than every traceback.
  const linesRoom = size(blocks) + head.length <= budget ? 0 : Math.min(size(lines), budget * 0.4)
  const out: string[] = []
  let used = head.length + MORE_LINE
  let shown = 0
  for (; shown < blocks.length; shown++) {
    const block = blocks[shown] as string
    if (used + block.length + 2 > budget - linesRoom) break
    out.push(block)
    used += block.length + 2
  }
  for (; shown < lines.length; shown++) {
    const line = lines[shown] as string
    if (used + line.length + 2 > budget) break
    out.push(line)
    used += line.length + 2
  }
  const notShown = p.failures.length - shown
  const notKept = Math.max(0, failing - p.failures.length)
  const more: string[] = []
  if (notShown > 0) more.push(`${notShown} more not shown here`)
  if (notKept > 0) more.push(`${notKept} counted in the log but not kept by the parser`)
  if (more.length > 0) out.push(`_… ${text(more.join('; '))}: see the full log._`)
  if (out.length === 0) return head.length <= budget ? head : ''
  return [head, ...out].join('\n\n')
}

function notesBlock(notes: string[] | undefined): string {
  if (!notes || notes.length === 0) return ''
  return `> [!NOTE]\n${notes.map((n) => `> ${text(n, 2000)}`).join('\n>\n')}`
}

const join = (parts: string[]) => parts.filter((s) => s !== '').join('\n\n')

export function renderProof(p: ProofInput, c: RunContext, o: RenderOptions): string {
  const cleanup = o.cleanup ?? 'none'
  const report = typeof cleanup === 'object' ? cleanup : null
  const top = join([
    o.marker ?? '',
    report !== null && !report.verified ? renderCleanupAlert(report) : '',
    headline(p),
    headerTable(p, c),
    reasonsBlock(p),
    notesBlock(o.notes),
    `#### Tests\n\n${countsTable(p.tests)}`,
  ])
  const bottom =
    cleanup === 'pending' ? renderPendingCleanup() : report ? renderCleanupSection(report) : ''
  const includeLog = o.includeLog ?? true
  let room = o.maxChars - top.length - bottom.length - 8
  // The log gets up to 40% of the room, less if it is short; failures get the rest.
  const logWant = includeLog
    ? Math.min(Math.floor(room * 0.4), (p.log?.text.length ?? 0) + 1500)
    : 0
  // Skipped tests are usually a few lines: up to a fifth of the room is kept for them.
  const skipWant = Math.min(Math.floor(room * 0.2), renderSkips(p, room).length)
  const failures = renderFailures(p, room - logWant - skipWant)
  room -= failures.length + 4
  const skips = renderSkips(p, room - logWant)
  room -= skips.length + 4
  const log = includeLog ? renderLogSection(p, room, runUrl(c)) : ''
  return clampMarkdown(join([top, failures, skips, log, bottom]), o.maxChars, CUT_NOTE)
}

/** output.text of the check run: the log tail, which the summary leaves out. */
export function renderCheckRunText(p: ProofInput, c: RunContext): string {
  return clampMarkdown(renderLogSection(p, LIMITS.checkRun, runUrl(c)), LIMITS.checkRun, CUT_NOTE)
}
