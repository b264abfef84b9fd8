// Counting a linter's findings from its output, as it streams. The formats of
// flake8, ruff and pylint share `path:line[:col]: CODE message`; the code's
// letter says how bad it is (E/F: errors; W/C/R/I/N/D: warnings; pylint's
// E/F likewise). Anything else is not a finding.
const FINDING = /^[^\s:][^:]*:\d+(?::\d+)?:\s*([A-Z]+)\d+\b/

export interface LintCounts {
  errors: number
  warnings: number
}

export function classifyLintLine(line: string): 'error' | 'warning' | null {
  const m = FINDING.exec(line.trim())
  if (!m) return null
  const letter = (m[1] as string)[0]
  return letter === 'E' || letter === 'F' ? 'error' : 'warning'
}

/** Feeds chunks of output; counts complete lines (a partial line waits for its end). */
export class LintCounter {
  private pending = ''
  readonly counts: LintCounts = { errors: 0, warnings: 0 }

  push(chunk: Buffer | string): void {
    const lines = (this.pending + chunk.toString()).split(/\r?\n/)
    this.pending = (lines.pop() ?? '').slice(-4096)
    for (const line of lines) this.count(line)
  }

  end(): LintCounts {
    if (this.pending) this.count(this.pending)
    this.pending = ''
    return this.counts
  }

  private count(line: string): void {
    const kind = classifyLintLine(line)
    if (kind === 'error') this.counts.errors++
    else if (kind === 'warning') this.counts.warnings++
  }
}
