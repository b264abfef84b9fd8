// Globs for paths and module names, the common subset of minimatch and
// GitHub's path filters: `*` and `?` stay within one path segment, `**`
// crosses them (`**/x` matches x at any depth, the top included).

/** The glob as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?'
      i += 2
    } else if (glob.startsWith('**', i)) {
      re += '.*'
      i += 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** True when `text` matches one of `globs`. */
export function matchesAny(text: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(text))
}

/** The first of `globs` that `text` matches. */
export function firstMatch(text: string, globs: readonly string[]): string | undefined {
  return globs.find((g) => globToRegExp(g).test(text))
}
