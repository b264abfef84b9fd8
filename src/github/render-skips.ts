// The skipped tests in the proof: why, grouped by module and reason, and
// which tests, fitted to a budget like the failures. A skip proves nothing, so
// a reader must see what was not tested and what the environment lacked.
import { plural } from '../verdict/describe.js'
import { code, text } from './render-parts.js'
import type { ProofInput } from './types.js'
import type { SkipGroup } from '../odoo-log/types.js'

/** Test names shown per reason; the count says how many there are. */
const NAMES_PER_GROUP = 10
/** Room kept for the "N more" line. */
const MORE_LINE = 200

export function skipLine(g: SkipGroup): string {
  const names = g.tests.slice(0, NAMES_PER_GROUP).map((t) => code(t, 200))
  const unnamed = g.count - names.length
  if (unnamed > 0 && names.length > 0) names.push(`${unnamed} more`)
  const where = g.module === null ? '' : `${code(g.module)}: `
  const which = names.length === 0 ? '' : ` (${names.join(', ')})`
  return `- ${where}<b>${plural(g.count, 'test')} skipped</b>: ${text(g.reason, 500)}${which}`
}

/** `#### Skipped tests (N)` and one line per reason while `budget` lasts; '' without skips. */
export function renderSkips(p: ProofInput, budget: number): string {
  const groups = p.skips ?? []
  const grouped = groups.reduce((n, g) => n + g.count, 0)
  const total = Math.max(p.tests?.skipped ?? 0, grouped)
  if (total === 0) return ''
  const head = `#### Skipped tests (${total})`
  if (head.length + MORE_LINE > budget) return head.length <= budget ? head : ''
  const out: string[] = []
  let used = head.length + MORE_LINE
  let shown = 0
  for (; shown < groups.length; shown++) {
    const line = skipLine(groups[shown] as SkipGroup)
    if (used + line.length + 1 > budget) break
    out.push(line)
    used += line.length + 1
  }
  const more: string[] = []
  const notShown = groups.length - shown
  if (notShown > 0) more.push(`${plural(notShown, 'more reason')} not shown here`)
  if (total > grouped) more.push(`${plural(total - grouped, 'skip')} without a kept reason`)
  if (more.length > 0) out.push(`\n_… ${text(more.join('; '))}: see the full log._`)
  return [head, '', ...out].join('\n').trimEnd()
}
