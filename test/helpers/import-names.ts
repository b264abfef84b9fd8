// Which names a JavaScript file uses from a package, read from its source
// with patterns, not a parser: enough for the few compiled files that import
// a package the bundles replace with a stand-in (src/vendor/), and loud when
// unsure. Anything it cannot account for (a dynamic import, `export *`, the
// module object passed around whole) lands in `unknown`, which the guard in
// test/unit/vendor/ treats as a failure: a human then looks, and teaches this
// file or the stand-in the new case.

export interface NamesUsed {
  names: Set<string>
  unknown: string[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Comments dropped and string contents emptied: where a binding's uses are counted. */
function code(source: string): string {
  return source.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (m) => (m.startsWith('/') ? ' ' : '""'),
  )
}

/** `a, b as c, type d` -> a, b (the names on the package's side). */
const specifiers = (list: string) =>
  list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter((s) => s !== '')
    .map((s) => s.split(/\s+as\s+|\s*:\s*/)[0] as string)

export function namesUsed(source: string, pkg: string): NamesUsed {
  const names = new Set<string>()
  const unknown: string[] = []
  const q = `['"]${escape(pkg)}['"]`
  const stripped = code(source)
  // `binding.X` everywhere; any other use of the binding means "everything".
  const members = (binding: string) => {
    const b = escape(binding)
    for (const m of stripped.matchAll(new RegExp(`(?<![.\\w$])${b}\\s*\\.\\s*([\\w$]+)`, 'g')))
      names.add(m[1] as string)
    const bare = [...stripped.matchAll(new RegExp(`(?<![.\\w$])${b}(?![\\w$])(?!\\s*\\.)`, 'g'))]
    // The declaration itself is the one bare occurrence allowed.
    if (bare.length > 1) unknown.push(`${binding} (the module object) is used whole`)
  }
  let accounted = 0

  // ES modules: import/export ... from 'pkg'.
  for (const m of source.matchAll(
    new RegExp(`\\b(import|export)(?![\\w$])\\s*([^;'"]*?)\\s*from\\s*${q}`, 'g'),
  )) {
    accounted++
    const [, kind, clause = ''] = m
    if (kind === 'export' && !clause.startsWith('{')) unknown.push(`export ${clause} from '${pkg}'`)
    const named = /\{([^}]*)\}/.exec(clause)
    if (named) for (const n of specifiers(named[1] as string)) names.add(n)
    const ns = /\*\s*as\s+([\w$]+)/.exec(clause)
    if (ns && kind === 'import') members(ns[1] as string)
    if (kind === 'import' && /^[\w$]+\s*(,|$)/.test(clause)) names.add('default')
  }
  for (const _ of source.matchAll(new RegExp(`\\bimport\\s*${q}`, 'g'))) accounted++ // side effects only
  for (const _ of source.matchAll(new RegExp(`\\bimport\\(\\s*${q}\\s*\\)`, 'g'))) {
    accounted++
    unknown.push(`import('${pkg}')`)
  }

  // CommonJS: require('pkg').X, x = require('pkg'), { a, b } = require('pkg'),
  // with or without a TypeScript helper around the require.
  const requireCall = `(?:[\\w$]+\\()?require\\(\\s*${q}\\s*\\)\\)?`
  for (const m of source.matchAll(
    new RegExp(`([^;]{0,80}?)${requireCall}(\\s*\\.\\s*([\\w$]+))?`, 'g'),
  )) {
    accounted++
    const [, before = '', , member] = m
    const bound = /(?:^|[\s,;(])(?:const|let|var)?\s*([\w$]+)\s*=\s*$/.exec(before)
    const destructured = /(?:const|let|var)\s*\{([^}]*)\}\s*=\s*$/.exec(before)
    if (member) names.add(member)
    else if (destructured) for (const n of specifiers(destructured[1] as string)) names.add(n)
    else if (bound) members(bound[1] as string)
    else unknown.push(`${before.trim()} require('${pkg}')`)
  }

  const mentions = [...source.matchAll(new RegExp(q, 'g'))].length
  if (mentions !== accounted)
    unknown.push(`${mentions - accounted} mention(s) of '${pkg}' that are no import or require`)
  return { names, unknown }
}
