import { detach } from './limits.js'
import type { PathMapper } from './paths.js'
import type { SourceLocation } from './types.js'

// `  File "/mnt/extra-addons/m/tests/test_x.py", line 12, in test_y`
const FRAME_RE = /^\s*File "([^"]+)", line (\d+)/
// `ParseError: while parsing /mnt/extra-addons/m/views/v.xml:12, somewhere inside`
const PATH_IN_TEXT_RE = /(\/[^\s:,'"()]+):(\d+)/g
const MAX_KEPT_LINE_CHARS = 1024
// The innermost frames and the exception sit at the end of a traceback: keep
// a third of the budget for the head and the rest for the tail.
const HEAD_SHARE = 1 / 3

function clip(line: string): string {
  return line.length > MAX_KEPT_LINE_CHARS ? line.slice(0, MAX_KEPT_LINE_CHARS) + '…' : line
}

/**
 * Consumes the continuation lines of one record (a traceback, usually) in a
 * single pass and in bounded memory: first/last lines, the final exception line,
 * the innermost frame inside an addons path, and a head+tail excerpt.
 */
export class TracebackCollector {
  firstLine: string | null = null
  lastLine: string | null = null
  exceptionLine: string | null = null
  location: SourceLocation | null = null
  omitted = 0
  private readonly head: string[] = []
  private readonly tail: string[] = []
  private headChars = 0
  private tailChars = 0
  private afterFrame = false
  private readonly maxHeadLines: number
  private readonly maxTailLines: number
  private readonly maxHeadChars: number
  private readonly maxTailChars: number

  constructor(
    private readonly mapPath: PathMapper,
    maxLines: number,
    maxChars: number,
  ) {
    this.maxHeadLines = Math.floor(maxLines * HEAD_SHARE)
    this.maxTailLines = maxLines - this.maxHeadLines
    this.maxHeadChars = Math.floor(maxChars * HEAD_SHARE)
    this.maxTailChars = maxChars - this.maxHeadChars
  }

  add(line: string): void {
    const trimmed = line.trim()
    if (trimmed !== '') {
      if (this.firstLine === null) this.firstLine = detach(clip(trimmed))
      this.lastLine = trimmed
    }
    this.track(line)
    this.keep(clip(line))
  }

  private track(line: string): void {
    const first = line.charCodeAt(0)
    if (first === 32 /* space */ || first === 9 /* tab */) {
      const m = line.includes('File "') ? FRAME_RE.exec(line) : null
      if (m) {
        this.afterFrame = true
        const file = this.mapPath(m[1] as string)
        // Later frames are deeper: the last one inside an addons path wins.
        if (file !== null) this.location = { file: detach(file), line: Number(m[2]) }
      }
      return
    }
    // The first unindented line after the frames is the exception
    // (`AssertionError: ...`); a chained traceback restarts the search.
    if (this.afterFrame && line !== '') {
      this.exceptionLine = detach(clip(line.trimEnd()))
      this.afterFrame = false
    }
  }

  private keep(line: string): void {
    if (this.tail.length === 0 && this.omitted === 0) {
      if (
        this.head.length < this.maxHeadLines &&
        this.headChars + line.length <= this.maxHeadChars
      ) {
        this.head.push(line)
        this.headChars += line.length + 1
        return
      }
    }
    this.tail.push(line)
    this.tailChars += line.length + 1
    while (this.tail.length > this.maxTailLines || this.tailChars > this.maxTailChars) {
      const dropped = this.tail.shift() as string
      this.tailChars -= dropped.length + 1
      this.omitted++
    }
  }

  /** The kept excerpt, with a marker where lines were left out. */
  text(): string {
    const parts =
      this.omitted > 0
        ? [...this.head, `… ${this.omitted} lines omitted …`, ...this.tail]
        : [...this.head, ...this.tail]
    // Odoo's `%(perf_info)s` leaves a lone space as the record's last line.
    while (parts.length > 0 && (parts[parts.length - 1] as string).trim() === '') parts.pop()
    // join() builds a new string, but detach() makes the ownership explicit.
    return detach(parts.join('\n'))
  }

  /**
   * The innermost addons frame; failing that, an addons path quoted in the exception
   * (a data file's ParseError has only Odoo frames but names the file and line).
   */
  finalLocation(): SourceLocation | null {
    if (this.location !== null || this.exceptionLine === null) return this.location
    for (const m of this.exceptionLine.matchAll(PATH_IN_TEXT_RE)) {
      const file = this.mapPath(m[1] as string)
      if (file !== null) return { file: detach(file), line: Number(m[2]) }
    }
    return null
  }

  /** Last non-empty line, detached from the chunk it was read from. */
  finalLastLine(): string | null {
    return this.lastLine === null ? null : detach(clip(this.lastLine))
  }
}
