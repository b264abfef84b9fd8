// The tail of the proof-of-execution log: whatever room the rest of the body
// leaves, cut on a line boundary, with a note saying how much was cut and
// where the whole log is.
import { Buffer } from 'node:buffer'
import { code, text } from './render-parts.js'
import type { ProofInput } from './types.js'
import { countLines, fenced, plainText, tailOf } from './truncate.js'

/** Below this there is no point showing a few characters of log. */
const MIN_LOG_CHARS = 200

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

function whereFull(p: ProofInput, runLink: string | null): string {
  const parts = [`Full log: ${code(p.logFile)}`]
  if (p.artifact) parts.push(` (artifact ${code(p.artifact)})`)
  if (runLink) parts.push(`, also in the job log of [this workflow run](${runLink})`)
  return `${parts.join('')}.`
}

function cutNote(p: ProofInput, shown: string, runLink: string | null): string {
  const total = p.log?.totalBytes ?? 0
  const shownBytes = Buffer.byteLength(shown)
  const lines = countLines(shown)
  const cut = Math.max(0, total - shownBytes)
  const what =
    cut === 0
      ? `The whole log (${lines} lines) is below.`
      : `Showing the last ${lines} lines (${formatBytes(shownBytes)}) of ${formatBytes(total)}: ${formatBytes(cut)} cut.`
  return `${what} ${whereFull(p, runLink)}`
}

function wrap(note: string, tail: string): string {
  return [
    '#### Log tail',
    '',
    note,
    '',
    '<details><summary>Last lines of the log</summary>',
    '',
    fenced(tail, 'text'),
    '',
    '</details>',
  ].join('\n')
}

/** The log section in at most `maxChars` characters ('' when there is no room at all). */
export function renderLogSection(p: ProofInput, maxChars: number, runLink: string | null): string {
  if (p.log === null) {
    const md = `#### Log tail\n\n_The log could not be read._ ${whereFull(p, runLink)}`
    return md.length <= maxChars ? md : ''
  }
  const clean = plainText(p.log.text)
  const overhead = wrap(cutNote(p, '', runLink), '').length + 64
  let budget = maxChars - overhead
  // The fence and the note depend on what is kept: shrink until it fits.
  for (let i = 0; i < 6 && budget >= MIN_LOG_CHARS; i++) {
    const tail = tailOf(clean, budget)
    const md = wrap(cutNote(p, tail.text, runLink), tail.text)
    if (md.length <= maxChars) return md
    budget -= md.length - maxChars + 32
  }
  const md = `#### Log tail\n\n${text('No room left for the log in this message.')} ${whereFull(p, runLink)}`
  return md.length <= maxChars ? md : ''
}
