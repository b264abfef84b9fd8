// A live count of the tests as Odoo's log streams past: one `Starting
// <Class>.<test>` record per test, one `FAIL:`/`ERROR:` record per failure
// (subtests and setUpClass errors included). Only for progress: the verdict
// comes from parsing the log file afterwards.

// `Starting TestDemo.test_one ...`, not `Starting post tests`.
const STARTING = /: Starting \S+\.\S+ \.\.\./
const FAILURE = /: (FAIL|ERROR): /

export class TestCounter {
  run = 0
  failed = 0
  private partial = ''

  feed(chunk: Buffer | string): void {
    const lines = (this.partial + chunk.toString()).split('\n')
    this.partial = lines.pop() ?? ''
    for (const line of lines) this.line(line)
  }

  /** The stream is over: a last line without a newline counts too. */
  end(): void {
    if (this.partial) this.line(this.partial)
    this.partial = ''
  }

  get seen(): boolean {
    return this.run + this.failed > 0
  }

  describe(): string {
    return `${this.run} test${this.run === 1 ? '' : 's'} run, ${this.failed} failed`
  }

  private line(line: string): void {
    if (STARTING.test(line)) this.run++
    else if (FAILURE.test(line)) this.failed++
  }
}
