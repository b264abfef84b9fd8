// Issues a pull request body closes (`Closes #12`, `fixes: #3`...): GitHub's
// closing keywords, so the work-order issue of a PR gets the proof too.

const KEYWORDS = 'close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved'

/**
 * Issue numbers linked with a closing keyword, in order of appearance,
 * deduplicated. `owner/repo#N` counts only for this repository; the pull
 * request itself (`self`) never does.
 */
export function linkedIssues(
  body: string | null,
  repo: { owner: string; repo: string },
  self: number | null = null,
): number[] {
  if (!body) return []
  const re = new RegExp(
    `(?<![\\w-])(?:${KEYWORDS}):?\\s+(?:([\\w.-]+)/([\\w.-]+))?#(\\d+)(?![\\w])`,
    'gi',
  )
  const out: number[] = []
  for (const m of body.matchAll(re)) {
    const [, owner, name, num] = m
    if (owner !== undefined && name !== undefined) {
      const same =
        owner.toLowerCase() === repo.owner.toLowerCase() &&
        name.toLowerCase() === repo.repo.toLowerCase()
      if (!same) continue
    }
    const n = Number(num)
    if (n > 0 && n !== self && !out.includes(n)) out.push(n)
  }
  return out
}
