// Skipped tests: which test, of which module, and why. Odoo logs a skip at
// INFO from the test's own logger (odoo/tests/result.py, addSkip):
//   `skipped TestTour.test_web_client_loads : websocket-client module is not installed`
// A setUpClass that raises SkipTest skips the whole class once, from
// odoo.tests.suite, named after the class: `skipped setUpClass (odoo.addons.m.tests.t.C) : why`;
// that class's tests are never started, so Odoo's `of N tests` does not count them.
// Older series (and plain unittest) name a test `test_x (odoo.addons.m.tests.t.C)`.
// Skips are grouped by module and reason; the groups are capped, the counts are not.

import { detach } from './limits.js'
import { moduleFromLogger } from './messages.js'
import type { SkipGroup } from './types.js'

const SKIPPED_RE = /^skipped (.+?) : (.*)$/
// `setUpClass (odoo.addons.m.tests.t.Class)`
const CLASS_FIXTURE_RE = /^setUpClass \(([\w.]+)\)$/
// `test_x (odoo.addons.m.tests.t.Class)` or, Python 3.11+, `test_x (odoo.addons.m.tests.t.Class.test_x)`
const UNITTEST_RE = /^(\w+) \(([\w.]+)\)$/
/** Test names kept per group; the count goes on. */
export const MAX_TESTS_PER_GROUP = 20
const MAX_REASON_CHARS = 300

export interface SkipMatch {
  /** `Class.method` as Odoo 18 writes it (`Class.setUpClass` for a skipped class). */
  test: string
  /** Module named inside the description, when it names one. */
  module: string | null
  reason: string
  /** The class was skipped by its setUpClass: its tests are not in Odoo's count. */
  wholeClass: boolean
}

const lastPart = (dotted: string) => dotted.slice(dotted.lastIndexOf('.') + 1)

export function matchSkip(message: string): SkipMatch | null {
  const m = SKIPPED_RE.exec(message)
  if (!m) return null
  const description = (m[1] as string).trim()
  const raw = (m[2] as string).trim()
  const reason = raw.length > MAX_REASON_CHARS ? `${raw.slice(0, MAX_REASON_CHARS)}…` : raw
  const fixture = CLASS_FIXTURE_RE.exec(description)
  if (fixture) {
    const dotted = fixture[1] as string
    const module = moduleFromLogger(dotted)
    return { test: `${lastPart(dotted)}.setUpClass`, module, reason, wholeClass: true }
  }
  const old = UNITTEST_RE.exec(description)
  if (old) {
    const method = old[1] as string
    let dotted = old[2] as string
    if (dotted.endsWith(`.${method}`)) dotted = dotted.slice(0, -method.length - 1)
    const test = `${lastPart(dotted)}.${method}`
    return { test, module: moduleFromLogger(dotted), reason, wholeClass: false }
  }
  return { test: description, module: null, reason, wholeClass: false }
}

/** Groups skips by module and reason, in the order first seen. */
export class SkipGroups {
  readonly groups: SkipGroup[] = []
  /** Skips of a group that did not fit under the cap: counted, not grouped. */
  notGrouped = 0
  private readonly byKey = new Map<string, SkipGroup>()

  constructor(private readonly maxGroups: number) {}

  add(module: string | null, test: string, reason: string): void {
    const key = `${module ?? ''}\u0000${reason}`
    let group = this.byKey.get(key)
    if (group === undefined) {
      if (this.groups.length >= this.maxGroups) {
        this.notGrouped++
        return
      }
      const owned = module === null ? null : detach(module)
      group = { module: owned, reason: detach(reason), count: 0, tests: [] }
      // The key is rebuilt from the owned copies so it pins no chunk of the log.
      this.byKey.set(`${owned ?? ''}\u0000${group.reason}`, group)
      this.groups.push(group)
    }
    group.count++
    if (group.tests.length < MAX_TESTS_PER_GROUP) group.tests.push(detach(test))
  }
}
