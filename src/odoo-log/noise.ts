// Lines that docker / docker compose / the database container write into the
// same stream as Odoo. Without this filter a `Container x  Started` landing in
// the middle of a traceback would become that traceback's "last line".
// The patterns are anchored and specific: a false positive would hide a real
// traceback line, a false negative only adds a line of noise to a record.
const DOCKER_NOISE: readonly RegExp[] = [
  // compose v2 progress: ` Container rtr-1-db-1  Started`, ` ✔ Network x  Created`
  /^ {0,3}(?:[✔✘⠿] )?(?:Container|Network|Volume|Image)\s+\S+\s+(?:Creating|Created|Starting|Started|Stopping|Stopped|Removing|Removed|Recreate|Recreated|Running|Waiting|Healthy|Pulling|Pulled|Building|Built|Error|Killing|Killed)\b/,
  /^\[\+\] (?:Running|Building|Creating|Pulling|Stopping|Removing|Killing)\b/,
  /^Attaching to \S/,
  /^[\w.-]+ exited with code \d+$/,
  /^Aborting on container exit\.\.\.$/,
  /^Gracefully stopping\.\.\./,
  // docker CLI / compose v1 diagnostics
  /^time="[^"]*" level=\w+ msg=/,
  /^(?:WARN|ERRO|INFO)\[\d{4}\] /,
  // PostgreSQL's own log format (`2025-01-01 10:00:00.123 UTC [1] LOG:  ...`)
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \w+ \[\d+\] /,
]

export function isDockerNoise(line: string): boolean {
  for (const re of DOCKER_NOISE) if (re.test(line)) return true
  return false
}

// `docker compose up` prefixes each line with the service: `odoo-1  | `.
// (compose v1 used `odoo_1  | `).
const COMPOSE_PREFIX_RE = /^([A-Za-z0-9][\w.-]*?[-_]\d+)\s*\| ?/

/**
 * Strips `docker compose up` prefixes. The Odoo service is learnt from the first
 * prefixed line that starts a record (`isRecordStart`); from then on its prefix is
 * removed and lines of any other service (db-1, ...) are noise. Until then a
 * prefixed line is left alone: it cannot continue a record that does not exist.
 */
export class ComposePrefix {
  private service: string | null = null
  private prefix = ''

  /** Returns the line without its prefix, or null when it belongs to another service. */
  strip(line: string, isRecordStart: (rest: string) => boolean): string | null {
    if (this.service !== null && line.startsWith(this.prefix)) return line.slice(this.prefix.length)
    const m = COMPOSE_PREFIX_RE.exec(line)
    if (!m) return line
    const rest = line.slice(m[0].length)
    if (this.service === null) {
      if (!isRecordStart(rest)) return line
      this.service = m[1] as string
      this.prefix = m[0]
      return rest
    }
    // Same service with different padding (e.g. `odoo-1  |` on an empty line).
    return m[1] === this.service ? rest : null
  }
}
