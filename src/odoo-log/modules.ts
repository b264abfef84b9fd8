import { detach } from './limits.js'
import type { ModuleCounts, TestsSource } from './types.js'

interface ModuleAcc {
  starting: number
  stats: number | null
  lineTests: number | null
  lineFailed: number
  lineErrors: number
  failed: number
  errors: number
  skipped: number
  skippedClasses: number
}

/**
 * Per-module tallies. Odoo reports the number of tests three ways and none is
 * always right: `Starting X.y ...` lines (one per test method, the best count
 * when Odoo logs them), the legacy `Module m: f failures, e errors of n tests`
 * line, and `odoo.tests.stats`, which also counts class set-ups and so reads
 * `4 tests` for two test methods. They are kept apart and chosen at the end.
 */
export class ModuleTally {
  private readonly byModule = new Map<string, ModuleAcc>()
  private startingSeen = false
  /** Modules that did not fit under the cap. */
  overflow = 0

  constructor(private readonly maxModules: number) {}

  private get(module: string): ModuleAcc | null {
    let acc = this.byModule.get(module)
    if (acc === undefined) {
      if (this.byModule.size >= this.maxModules) {
        this.overflow++
        return null
      }
      acc = {
        starting: 0,
        stats: null,
        lineTests: null,
        lineFailed: 0,
        lineErrors: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        skippedClasses: 0,
      }
      // The key outlives the line it was cut from: give it its own copy.
      this.byModule.set(detach(module), acc)
    }
    return acc
  }

  starting(module: string): void {
    this.startingSeen = true
    const acc = this.get(module)
    if (acc) acc.starting++
  }

  stats(module: string, tests: number): void {
    const acc = this.get(module)
    // Several databases each print their own stats: add them up.
    if (acc) acc.stats = (acc.stats ?? 0) + tests
  }

  moduleLine(module: string, failed: number, errors: number, tests: number | null): void {
    const acc = this.get(module)
    if (!acc) return
    acc.lineFailed += failed
    acc.lineErrors += errors
    if (tests !== null) acc.lineTests = (acc.lineTests ?? 0) + tests
  }

  failure(module: string, isFail: boolean): void {
    const acc = this.get(module)
    if (!acc) return
    if (isFail) acc.failed++
    else acc.errors++
  }

  /** `wholeClass`: a setUpClass skip, which skips tests Odoo never starts (nor counts). */
  skipped(module: string, wholeClass: boolean): void {
    const acc = this.get(module)
    if (!acc) return
    if (wholeClass) acc.skippedClasses++
    else acc.skipped++
  }

  /** Known module (from a test logger, a stats line...), even with no count yet. */
  touch(module: string): void {
    this.get(module)
  }

  result(): Record<string, ModuleCounts> {
    const out: Record<string, ModuleCounts> = {}
    for (const [name, acc] of [...this.byModule].sort(([a], [b]) => a.localeCompare(b))) {
      let tests = 0
      let testsSource: TestsSource = 'none'
      if (this.startingSeen) {
        // When Odoo logs `Starting` lines at all, a module without any ran no test,
        // even if stats list a failed setUpClass for it.
        tests = acc.starting
        testsSource = 'starting'
      } else if (acc.lineTests !== null) {
        tests = acc.lineTests
        testsSource = 'module-line'
      } else if (acc.stats !== null) {
        tests = acc.stats
        testsSource = 'stats'
      }
      out[name] = {
        tests,
        failed: Math.max(acc.failed, acc.lineFailed),
        errors: Math.max(acc.errors, acc.lineErrors),
        skipped: acc.skipped,
        skippedClasses: acc.skippedClasses,
        testsSource,
      }
    }
    return out
  }
}
