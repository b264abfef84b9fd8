// The pieces of the proof: header, reasons, counts, one failure. Every value
// from outside is escaped (the comment and the summary both render HTML);
// code goes in fences, which need no escaping.
import type { TestFailure } from '../odoo-log/types.js'
import { escapeHtml } from '../report/markdown.js'
import { failureMessage, testName } from '../verdict/describe.js'
import type { TestCounts, VerdictResult } from '../verdict/types.js'
import { repoUrl, runUrl, type RunContext } from './context.js'
import type { ProofInput } from './types.js'
import type { ReportCache } from '../verdict/report.js'
import { formatSize } from '../template-cache/size.js'
import { fenced, headAndTail, plainText } from './truncate.js'

/** Longest single line (a reason, a message) shown in plain text. */
const MAX_LINE = 1000
const MAX_REASONS = 20
export const MAX_TRACEBACK = 6000

/**
 * One line of plain text: escaped, mentions defused (`@user` would notify
 * people), at most `max` characters after escaping (an entity is never split).
 */
export function text(s: string, max = MAX_LINE): string {
  const line = s.replace(/\s*\n\s*/g, ' ')
  const out: string[] = []
  let length = 0
  for (const ch of line) {
    const piece = escapeHtml(ch)
    if (length + piece.length > max - 1) {
      out.push('…')
      break
    }
    out.push(piece)
    length += piece.length
  }
  return out.join('').replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}

export const code = (s: string, max = MAX_LINE) => `<code>${text(s, max)}</code>`

export function table(head: string[], rows: string[][], align?: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(align ?? head.map(() => '---')), ...rows.map(line)].join('\n')
}

const TITLE: Record<VerdictResult, string> = {
  passed: '✅ Odoo tests passed',
  failed: '❌ Odoo tests failed',
  error: '⚠️ Odoo tests did not complete (error)',
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000
  if (s < 60) return `${s.toFixed(1)} s`
  const total = Math.round(s)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const rest = total % 60
  return h > 0 ? `${h} h ${m} min` : `${m} min ${rest} s`
}

export function headline(p: ProofInput): string {
  return `### ${TITLE[p.result]}: ${p.modules.map((m) => code(m)).join(', ')}`
}

export function headerTable(p: ProofInput, c: RunContext): string {
  const repo = repoUrl(c)
  const sha =
    c.sha === ''
      ? '-'
      : `[<code>${text(c.sha.slice(0, 7))}</code>](${repo}/commit/${encodeURIComponent(c.sha)})`
  const rows = [
    ['Repository', `[${text(`${c.owner}/${c.repo}`)}](${repo})`],
    ['Commit', sha],
    ['Branch', c.branch === null ? '-' : code(c.branch)],
    [
      'Workflow run',
      `[${text(`${c.runId} (attempt ${c.runAttempt})`)}](${runUrl(c)}) job ${code(c.job)}`,
    ],
    ['Duration', formatDuration(p.durationMs)],
    ['Exit code', p.exitCode === null ? '-' : String(p.exitCode)],
    ['Compose project', code(p.project)],
  ]
  if (p.port != null) rows.push(['Host port', code(String(p.port))])
  if (p.cache) rows.push(['Template cache', text(cacheLine(p.cache))])
  return table(['', ''], rows)
}

export function reasonsBlock(p: ProofInput): string {
  if (p.reasons.length === 0) return ''
  const shown = p.reasons.slice(0, MAX_REASONS).map((r) => `- ${text(r)}`)
  const more = p.reasons.length - shown.length
  if (more > 0) shown.push(`- … ${more} more (see the job log).`)
  const label = p.result === 'error' ? 'Why the run could not be trusted' : 'Why'
  return [`**${label}:**`, '', ...shown].join('\n')
}

export function countsTable(t: TestCounts | null): string {
  if (t === null) return '_No test counts: the log does not say how many tests ran._'
  return table(
    ['Passed', 'Failed', 'Errors', 'Skipped', 'Total'],
    [[t.passed, t.failed, t.errors, t.skipped, t.total].map(String)],
    ['---:', '---:', '---:', '---:', '---:'],
  )
}

/** `file:line`, made repository-relative with the proof's path prefix. */
export function locationOf(f: TestFailure, prefix = ''): string | null {
  if (f.location === null) return null
  return `${joinPath(prefix, f.location.file)}:${f.location.line}`
}

export function joinPath(prefix: string, file: string): string {
  const clean = (s: string) => s.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  const p = clean(prefix).replace(/^\/+|\/+$/g, '')
  const f = clean(file).replace(/^\/+/, '')
  return p === '' || p === '.' ? f : `${p}/${f}`
}

/** The one-line description of a failure (no traceback). */
export function failureLine(f: TestFailure, prefix = ''): string {
  const where = locationOf(f, prefix)
  const message = failureMessage(f)
  return [
    `<b>${text(f.kind)}</b>`,
    f.module === null ? '' : ` ${code(f.module)}`,
    ` ${code(testName(f) || '(unnamed)')}`,
    where === null ? '' : ` at ${code(where)}`,
    message === null ? '' : `: ${text(message, 500)}`,
  ].join('')
}

/** A failure with its traceback in a collapsible block. */
export function failureDetails(f: TestFailure, prefix = ''): string {
  const tb = plainText(f.traceback).trim()
  const omitted =
    f.tracebackOmittedLines > 0 ? `\n[${f.tracebackOmittedLines} traceback lines not kept]` : ''
  const body =
    tb === ''
      ? '_No traceback was logged._'
      : fenced(headAndTail(tb, MAX_TRACEBACK) + omitted, 'text')
  return [`<details><summary>${failureLine(f, prefix)}</summary>`, '', body, '', '</details>'].join(
    '\n',
  )
}

/** One line on the template cache: `hit (local), restored 1.1 MB in 1.9 s, key 3f2a9c1b0d4e`. */
export function cacheLine(c: ReportCache): string {
  const key = c.key ? `, key ${c.key.slice(0, 12)}` : ''
  const size = c.size === null ? '' : ` ${formatSize(c.size)}`
  if (c.hit) return `hit (${c.store}), restored${size} in ${secs(c.restore_ms)}${key}`
  if (c.build_ms !== null)
    return `miss (${c.store}), built${size} in ${secs(c.build_ms)} and saved${key}`
  return c.note ?? 'not used'
}

const secs = (ms: number | null) => `${((ms ?? 0) / 1000).toFixed(1)} s`
