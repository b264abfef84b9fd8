import type { LogLevel } from './types.js'

// Odoo's format: `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s %(perf_info)s`.
// dbname is `?` before a database is selected; the trailing perf_info is usually
// empty, which leaves a trailing space that we trim off the message.
const HEADER_RE =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\d+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) (\S+?):(?: (.*))?$/

export interface RecordHeader {
  time: string
  pid: number
  level: LogLevel
  db: string
  logger: string
  /** First line of the message, trailing whitespace removed. */
  message: string
}

/** Parses the first line of a log record; null when the line does not start one. */
export function parseHeader(line: string): RecordHeader | null {
  // Cheap shape test first: most lines of a big log are either records (this
  // passes) or traceback lines (which start with a space or a letter).
  if (line.length < 30 || line.charCodeAt(4) !== 45 /* - */ || line.charCodeAt(10) !== 32) {
    return null
  }
  const m = HEADER_RE.exec(line)
  if (!m) return null
  return {
    time: m[1] as string,
    pid: Number(m[2]),
    level: m[3] as LogLevel,
    db: m[4] as string,
    logger: m[5] as string,
    message: (m[6] ?? '').trimEnd(),
  }
}

export const LEVEL_RANK: Record<LogLevel, number> = {
  DEBUG: 10,
  INFO: 20,
  WARNING: 30,
  ERROR: 40,
  CRITICAL: 50,
}
