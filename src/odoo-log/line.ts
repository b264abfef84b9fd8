import { StringDecoder } from 'node:string_decoder'

// CSI sequences (colours, cursor moves) and the two-byte ESC sequences. Odoo
// colours the level name when stderr is a TTY: `\x1b[1;31m\x1b[1;49mERROR\x1b[0m`.
// eslint-disable-next-line no-control-regex
const ANSI_RE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g

export function stripAnsi(line: string): string {
  // The check avoids a regex pass over the (vast majority of) plain lines.
  return line.includes('\x1b') ? line.replace(ANSI_RE, '') : line
}

/**
 * Splits a stream of chunks into lines without ever holding more than one line
 * (capped at `maxLineChars`). Buffers are decoded as UTF-8 with a StringDecoder so a
 * multi-byte character cut across two chunks is not mangled. Emitted lines have
 * their CR (CRLF logs) and ANSI sequences removed.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private partial = ''
  private pending = false
  private overflow = false
  /** Raw input bytes seen. */
  bytes = 0
  /** Lines emitted. */
  lines = 0

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLineChars = 64 * 1024,
  ) {}

  push(chunk: string | Buffer | Uint8Array): void {
    let text: string
    if (typeof chunk === 'string') {
      this.bytes += Buffer.byteLength(chunk, 'utf8')
      text = chunk
    } else {
      this.bytes += chunk.byteLength
      text = this.decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
    }
    let start = 0
    for (;;) {
      const nl = text.indexOf('\n', start)
      if (nl === -1) break
      this.append(text, start, nl)
      this.emit()
      start = nl + 1
    }
    this.append(text, start, text.length)
  }

  /** Flushes the last line when the input does not end with a newline. */
  end(): void {
    const rest = this.decoder.end()
    if (rest) this.append(rest, 0, rest.length)
    if (this.pending) this.emit()
  }

  private append(text: string, from: number, to: number): void {
    if (from >= to) return
    this.pending = true
    if (this.overflow) return
    const room = this.maxLineChars - this.partial.length
    if (to - from > room) {
      // A pathological line (binary garbage, a huge JSON dump) must not grow memory.
      this.partial += text.slice(from, from + room)
      this.overflow = true
    } else {
      this.partial += text.slice(from, to)
    }
  }

  private emit(): void {
    let line = this.partial
    this.partial = ''
    this.pending = false
    this.overflow = false
    this.lines++
    if (line.endsWith('\r')) line = line.slice(0, -1)
    this.onLine(stripAnsi(line))
  }
}
