// Skipped tests in the verdict. A skip is not a pass: a module whose selected
// tests were all skipped (a browser test without Chrome or websocket-client,
// `skipTest` on a missing setting) ran and proved nothing, so the run is an
// `error` that says why, in Odoo's own words. Some skipped next to some that
// passed is fine.
import type { OdooLogSummary, SkipGroup } from '../odoo-log/types.js'
import { plural } from './describe.js'

/** Reasons quoted in one sentence; the proof and the report list them all. */
const MAX_QUOTED = 3

/** `1 test skipped: websocket-client module is not installed; 2 tests skipped: no Chrome`. */
export function describeSkipGroups(groups: readonly SkipGroup[], unlisted = 0): string {
  const parts = groups
    .slice(0, MAX_QUOTED)
    .map((g) => `${plural(g.count, 'test')} skipped: ${g.reason}`)
  const more = groups.slice(MAX_QUOTED).reduce((n, g) => n + g.count, 0)
  if (more > 0) parts.push(`${more} more skipped for other reasons`)
  if (unlisted > 0) parts.push(`${unlisted} more skipped, reasons not kept (see the log)`)
  return parts.join('; ')
}

export const skipGroupsOf = (summary: OdooLogSummary, module: string): SkipGroup[] =>
  summary.skips.filter((g) => g.module === module)

/**
 * Why a requested module proved nothing, or null: every test it started was
 * skipped (or it started none and a class of it was skipped by its setUpClass),
 * and none failed.
 */
export function allSkippedReason(summary: OdooLogSummary, module: string): string | null {
  const counts = summary.modules[module]
  if (counts === undefined) return null
  const skips = counts.skipped + counts.skippedClasses
  if (skips === 0 || counts.failed + counts.errors > 0) return null
  if (counts.tests > counts.skipped) return null
  const groups = skipGroupsOf(summary, module)
  const grouped = groups.reduce((n, g) => n + g.count, 0)
  const why = describeSkipGroups(groups, Math.max(0, skips - grouped))
  return `Module ${module}: every selected test was skipped, so nothing was proven (${why}).`
}

/** Without requested modules (a custom test command): every test of the run skipped. */
export function allTestsSkippedReason(summary: OdooLogSummary): string | null {
  const total = summary.result?.total ?? 0
  const testSkips = summary.skipped - summary.skippedClasses
  if (total === 0 || testSkips < total) return null
  const grouped = summary.skips.reduce((n, g) => n + g.count, 0)
  const why = describeSkipGroups(summary.skips, Math.max(0, summary.skipped - grouped))
  return `Every test was skipped, so nothing was proven (${why}).`
}
