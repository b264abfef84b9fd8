// The cleanup verification inside the comment and the check run. Main leaves a
// placeholder between two hidden markers; the post step swaps in the result,
// and when teardown left something it also puts an alert at the very top.
import type { CleanupReport, ResourceNames } from '../engine/teardown.js'
import { code, table, text } from './render-parts.js'
import { MARKER_TAG } from './marker.js'
import { clampMarkdown } from './truncate.js'

export const CLEANUP_START = '<!-- resilient-test-runner:cleanup:start -->'
export const CLEANUP_END = '<!-- resilient-test-runner:cleanup:end -->'
const ALERT_START = '<!-- resilient-test-runner:alert:start -->'
const ALERT_END = '<!-- resilient-test-runner:alert:end -->'

/** Room kept free in main's body for what post adds (cleanup section + alert). */
export const CLEANUP_RESERVE = 6000
const SECTION_MAX = 4000
const ALERT_MAX = 1500
const MAX_NAMES = 10

/** At most MAX_NAMES names, each as code, then how many more. */
function nameList(list: string[]): string {
  const shown = list.slice(0, MAX_NAMES).map((n) => code(n, 120))
  const more = list.length - shown.length
  return `${shown.join(', ')}${more > 0 ? `, … ${more} more` : ''}`
}

const counted = (list: string[]) => (list.length === 0 ? '0' : `${list.length} (${nameList(list)})`)

const row = (label: string, before: string[], after: string[]) => [
  label,
  counted(before),
  counted(after),
]

export function leftovers(c: CleanupReport): string[] {
  const a: ResourceNames = c.after
  return [...new Set([...a.containers, ...a.networks, ...a.volumes, ...c.nameMatches])]
}

export function renderPendingCleanup(): string {
  return [
    CLEANUP_START,
    '#### Cleanup verification',
    '',
    '_Pending: the post step tears the compose project down and records the result here._',
    CLEANUP_END,
  ].join('\n')
}

export function renderCleanupSection(c: CleanupReport): string {
  const verdict = c.verified
    ? '✅ nothing of this run is left'
    : '❌ resources of this run are still there'
  const grep = c.nameMatches.length === 0 ? '(empty)' : nameList(c.nameMatches)
  const lines = [
    `#### Cleanup verification: ${verdict}`,
    '',
    table(
      ['Resource', 'Before teardown', 'After teardown'],
      [
        row('Containers', c.before.containers, c.after.containers),
        row('Networks', c.before.networks, c.after.networks),
        row('Volumes', c.before.volumes, c.after.volumes),
      ],
    ),
    '',
    `${code(`docker ps -a | grep ${c.project}`)}: ${grep}`,
  ]
  if (c.forced.length > 0) lines.push('', `Force-removed after compose down: ${nameList(c.forced)}`)
  if (c.warnings.length > 0)
    lines.push('', ...c.warnings.slice(0, 5).map((w) => `- ⚠️ ${text(w, 300)}`))
  const body = clampMarkdown(lines.join('\n'), SECTION_MAX, '_(cleanup details cut)_')
  return [CLEANUP_START, body, CLEANUP_END].join('\n')
}

export function renderCleanupAlert(c: CleanupReport): string {
  const left = leftovers(c)
  const what = left.length === 0 ? 'state that could not be verified' : nameList(left)
  const alert = [
    '> [!CAUTION]',
    `> **Teardown left resources of this run behind:** ${what}.`,
    `> Remove them with ${code(`docker compose -p ${c.project} down -v --remove-orphans`)}.`,
  ].join('\n')
  return [ALERT_START, clampMarkdown(alert, ALERT_MAX, ''), ALERT_END].join('\n')
}

/** Two pieces of markdown separated by exactly one blank line. */
function joinBlocks(a: string, b: string): string {
  const x = a.replace(/\n+$/, '')
  const y = b.replace(/^\n+/, '')
  return x === '' ? y : y === '' ? x : `${x}\n\n${y}`
}

function between(body: string, start: string, end: string): [number, number] | null {
  const i = body.indexOf(start)
  const j = i === -1 ? -1 : body.indexOf(end, i)
  return i === -1 || j === -1 ? null : [i, j + end.length]
}

/**
 * A body (comment or check-run summary) with the cleanup result in place: the
 * section replaces the placeholder (or is appended), and a failed teardown puts
 * an alert at the top, right after the marker line.
 */
export function spliceCleanup(body: string, c: CleanupReport, maxChars = Infinity): string {
  let out = body
  const alert = between(out, ALERT_START, ALERT_END)
  if (alert) out = joinBlocks(out.slice(0, alert[0]), out.slice(alert[1]))
  const section = renderCleanupSection(c)
  const slot = between(out, CLEANUP_START, CLEANUP_END)
  out = slot
    ? out.slice(0, slot[0]) + section + out.slice(slot[1])
    : `${out.trimEnd()}\n\n${section}\n`
  if (!c.verified) {
    // After the marker line (it must stay first to be found), before everything else.
    const nl = out.indexOf('\n')
    const [head, rest] = !out.startsWith(`<!-- ${MARKER_TAG} `)
      ? ['', out]
      : nl === -1
        ? [out, '']
        : [out.slice(0, nl), out.slice(nl)]
    out = joinBlocks(joinBlocks(head, renderCleanupAlert(c)), rest)
  }
  return fit(out, maxChars)
}

/** Too long after all (an edited comment?): cut what comes before the cleanup section. */
function fit(body: string, max: number): string {
  if (body.length <= max) return body
  const i = body.indexOf(CLEANUP_START)
  if (i === -1) return clampMarkdown(body, max, CUT_NOTE)
  const rest = body.slice(i)
  return `${clampMarkdown(body.slice(0, i), Math.max(0, max - rest.length - 2), CUT_NOTE)}\n\n${rest}`
}

const CUT_NOTE = "_(Cut to fit GitHub's size limit.)_"
