// The engine's Reporter for a person at a terminal (or a plain log). Every
// line carries the time since the command started. On a live terminal the
// test phase is one status line redrawn in place with the tests run and
// failed so far, and raw output stays in the log file; in plain mode (not a
// TTY, or CI set) the raw output is echoed and the counts end the phase.
import type { Reporter } from '../engine/reporter.js'
import type { Sink } from './io.js'
import { TestCounter } from './test-counter.js'

export interface TerminalReporter extends Reporter {
  /** A phase line: `[  3.2s] tearing down ...`. */
  phase(message: string): void
  /** Ends a status line or a partial output line, before other text. */
  flush(): void
  /** Text for the person as is (results), after a flush. */
  print(text: string): void
}

export interface TerminalOptions {
  out: Sink
  err: Sink
  /** Redraw a status line in place (a TTY without CI). */
  live: boolean
  /** Echo the raw output of compose and the tests. */
  echo: boolean
  now?: () => number
}

const CLEAR_LINE = '\r\x1b[K'

export function terminalReporter(opts: TerminalOptions): TerminalReporter {
  const now = opts.now ?? Date.now
  const started = now()
  let counter: TestCounter | undefined
  let title = ''
  let statusShown = false
  let midLine = false // raw output ended without a newline
  let lastDraw = 0
  let ticker: NodeJS.Timeout | undefined

  const stamp = () => `[${((now() - started) / 1000).toFixed(1).padStart(5)}s]`
  const flush = () => {
    if (statusShown) opts.out.write(CLEAR_LINE)
    statusShown = false
    if (midLine) opts.out.write('\n')
    midLine = false
  }
  const draw = (force = false) => {
    if (!opts.live || opts.echo || !counter) return
    if (!force && now() - lastDraw < 100) return
    lastDraw = now()
    // Counts once tests run; before that (compose up, the wait for the first test) the ticking time.
    const what = counter.seen ? `: ${counter.describe()}` : ' ...'
    opts.out.write(`${CLEAR_LINE}${stamp()} ${title}${what}`)
    statusShown = true
  }
  const phase = (message: string) => {
    flush()
    opts.out.write(`${stamp()} ${message}\n`)
    draw(true)
  }

  return {
    phase,
    flush,
    info: phase,
    print: (text) => {
      flush()
      opts.out.write(text.endsWith('\n') ? text : `${text}\n`)
    },
    warning: (message) => {
      flush()
      opts.err.write(`${stamp()} warning: ${message}\n`)
      draw(true)
    },
    async group(groupTitle, fn) {
      phase(groupTitle)
      const outer = { counter, title }
      counter = new TestCounter()
      title = groupTitle
      if (opts.live && !opts.echo) ticker = setInterval(() => draw(true), 1000).unref()
      try {
        return await fn()
      } finally {
        clearInterval(ticker)
        const seen = counter
        seen.end()
        flush()
        if (seen.seen) opts.out.write(`${stamp()} ${title}: ${seen.describe()}\n`)
        counter = outer.counter
        title = outer.title
      }
    },
    output(chunk) {
      counter?.feed(chunk)
      if (opts.echo) {
        if (statusShown) flush()
        opts.out.write(chunk) // bytes as they came: a split UTF-8 character stays whole
        midLine = chunk.length > 0 && chunk[chunk.length - 1] !== 0x0a
      } else draw()
    },
  }
}
