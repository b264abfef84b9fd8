// Cutting text to fit GitHub's limits without breaking the markdown around it.

/** A code fence no line of `content` can close: longer than its longest backtick run. */
export function fenceFor(content: string): string {
  let longest = 0
  for (const m of content.matchAll(/`+/g)) longest = Math.max(longest, m[0].length)
  return '`'.repeat(Math.max(3, longest + 1))
}

/** Content of a fenced block: terminal escapes and control characters removed, lines kept. */
export function plainText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?/g, '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
  )
}

export function fenced(content: string, lang = ''): string {
  const body = content.endsWith('\n') ? content.slice(0, -1) : content
  const fence = fenceFor(body)
  return `${fence}${lang}\n${body}\n${fence}`
}

export interface Tail {
  text: string
  /** Characters dropped from the start. */
  cutChars: number
  cutLines: number
}

/**
 * The end of `text` in at most `max` characters, starting on a line boundary
 * (a lone line longer than `max` is cut inside).
 */
export function tailOf(text: string, max: number): Tail {
  if (text.length <= max) return { text, cutChars: 0, cutLines: 0 }
  if (max <= 0) return { text: '', cutChars: text.length, cutLines: countLines(text) }
  let start = text.length - max
  const nl = text.indexOf('\n', start - 1)
  if (nl !== -1 && nl < text.length - 1 && nl >= start - 1) start = nl + 1
  const cut = text.slice(0, start)
  return { text: text.slice(start), cutChars: start, cutLines: countLines(cut) }
}

/** Head and tail of a long block (tracebacks: where it starts and how it ends both matter). */
export function headAndTail(text: string, max: number): string {
  if (text.length <= max) return text
  const note = (n: number) => `\n[... ${n} characters cut ...]\n`
  const keep = Math.max(0, max - note(text.length).length)
  const head = Math.floor(keep / 3)
  const tail = keep - head
  return `${text.slice(0, head)}${note(text.length - keep)}${text.slice(text.length - tail)}`
}

export function countLines(text: string): number {
  if (text === '') return 0
  const n = text.split('\n').length
  return text.endsWith('\n') ? n - 1 : n
}

/**
 * Last resort when a rendered body is still too long: cut it, then close
 * what the cut left open (a code fence, `<details>` blocks) and say so.
 */
export function clampMarkdown(md: string, max: number, note: string): string {
  if (md.length <= max) return md
  const closing = (s: string) => {
    const { fence, details } = openBlocks(s)
    const parts = fence === null ? [] : [fence]
    for (let i = 0; i < details; i++) parts.push('</details>')
    return `\n${parts.join('\n')}\n\n${note}\n`
  }
  // What must be closed depends on where the cut falls; a margin covers the difference.
  let keep = Math.max(0, max - closing(md).length - 64)
  for (;;) {
    let cut = md.slice(0, keep)
    const nl = cut.lastIndexOf('\n')
    if (nl > 0) cut = cut.slice(0, nl)
    const out = `${cut}${closing(cut)}`
    if (out.length <= max || keep === 0) return out.length <= max ? out : out.slice(0, max)
    keep = Math.max(0, keep - (out.length - max) - 64)
  }
}

/** What is left open at the end of `md`: a code fence (its opening run) and `<details>` blocks. */
export function openBlocks(md: string): { fence: string | null; details: number } {
  let fence: string | null = null
  let details = 0
  for (const line of md.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence !== null) {
      if (
        m &&
        m[1]?.[0] === fence[0] &&
        (m[1]?.length ?? 0) >= fence.length &&
        line.trim() === m[1]
      )
        fence = null
      continue
    }
    if (m) {
      fence = m[1] as string
      continue
    }
    details += (line.match(/<details[\s>]/g) ?? []).length
    details -= (line.match(/<\/details>/g) ?? []).length
  }
  return { fence, details: Math.max(0, details) }
}
