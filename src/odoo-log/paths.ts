import { posix } from 'node:path'
import type { AddonsPathMapping } from './types.js'

export const DEFAULT_ADDONS_PATHS: readonly AddonsPathMapping[] = [
  { container: '/mnt/extra-addons', repo: 'addons' },
]

/** Maps a container path to a repository path; null when it is in no addons path. */
export type PathMapper = (containerPath: string) => string | null

function trimSlashes(p: string): string {
  return p.replace(/\/+$/, '')
}

export function makePathMapper(
  mappings: readonly AddonsPathMapping[] = DEFAULT_ADDONS_PATHS,
): PathMapper {
  // Longest container prefix first, so `/mnt/extra-addons/oca` wins over `/mnt/extra-addons`.
  const sorted = mappings
    .map((m) => ({ container: trimSlashes(m.container), repo: m.repo }))
    .filter((m) => m.container !== '')
    .sort((a, b) => b.container.length - a.container.length)
  return (containerPath) => {
    for (const m of sorted) {
      if (!containerPath.startsWith(m.container + '/')) continue
      const rest = containerPath.slice(m.container.length + 1)
      // posix.join also drops a leading `./` from the repository side.
      return m.repo === '' || m.repo === '.' ? posix.normalize(rest) : posix.join(m.repo, rest)
    }
    return null
  }
}
