// The work order a branch belongs to, and the open issue that tracks it.

/**
 * The work-order id in a branch name: the pattern's first capturing group if
 * it has one, else the whole match. Null when the branch names no work order.
 */
export function workOrderFromBranch(branch: string | null, pattern: RegExp): string | null {
  if (!branch) return null
  // A fresh, non-global copy: a caller's `g` or `y` flag would make test() stateful.
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
  const m = re.exec(branch)
  if (!m) return null
  const id = m[1] ?? m[0]
  return id === '' ? null : id
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Whether an issue title names the work order as a whole word:
 * `SYSTEM-002-CODE-02` is in "SYSTEM-002-CODE-02: hub runner" but not in
 * "SYSTEM-002-CODE-021". Case-insensitive: titles are typed by people.
 */
export function titleNamesWorkOrder(title: string, id: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(id)}($|[^A-Za-z0-9])`, 'i').test(title)
}

export interface IssueTitle {
  number: number
  title: string
}

/** Open issues naming the work order, oldest first (the original tracking issue wins). */
export function issuesForWorkOrder<T extends IssueTitle>(issues: readonly T[], id: string): T[] {
  return issues.filter((i) => titleNamesWorkOrder(i.title, id)).sort((a, b) => a.number - b.number)
}
