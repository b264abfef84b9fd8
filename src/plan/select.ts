// Which of the repository's addons a change concerns (pure): the addons with
// a changed file, and every repository addon that depends on one of them,
// transitively (their tests can break too); a changed file outside any addon
// that matches a global glob (compose file, requirements, workflows) concerns
// them all. Only installable addons are listed; include/exclude globs on the
// names come last. Every listed module gets the reason it was selected.
import { join, relative } from 'node:path'
import {
  assertNoCycle,
  dependentsOf,
  MANIFEST_FILE,
  type Addon,
  type Addons,
} from '../addons/index.js'
import { firstMatch, matchesAny } from './glob.js'

/** What the test action accepts as a module name (config/parse.ts). */
const MODULE_NAME = /^[a-z][a-z0-9_]*$/

export interface SelectInput {
  /** The repository's addons (from its addons directories). */
  addons: Addons
  /** The repository's top level: changed paths and addon dirs are compared relative to it. */
  root: string
  /** The repository's addons directories (absolute). */
  addonsDirs: string[]
  /** Changed paths relative to `root`; undefined: every addon, for `allReason`. */
  changed?: string[]
  allReason?: string
  globalFiles: readonly string[]
  include: readonly string[]
  exclude: readonly string[]
}

export interface Plan {
  /** Selected modules, sorted. */
  modules: string[]
  /** Module -> why it was selected. */
  reasons: Record<string, string>
  /** What a person reading the log needs: what selected all, what was skipped and why. */
  log: string[]
}

export function selectModules(input: SelectInput): Plan {
  const log: string[] = []
  assertNoCycle(input.addons)
  const listable = new Map<string, Addon>()
  for (const a of [...input.addons.values()].sort((x, y) => x.name.localeCompare(y.name))) {
    if (!a.manifest.installable)
      log.push(`${a.name}: ${a.manifest.versionProblem ?? 'installable is False'}, not listed`)
    else if (!MODULE_NAME.test(a.name))
      log.push(`${a.dir}: "${a.name}" is not a module name the test action accepts, not listed`)
    else listable.set(a.name, a)
  }
  const candidates = new Map<string, string>()
  if (input.changed === undefined) {
    for (const name of listable.keys()) candidates.set(name, input.allReason ?? 'every addon')
  } else {
    const touched = touchedAddons(input, log)
    if (touched.global) {
      const why = `${touched.global.file} changed (matches ${touched.global.glob}: affects every run)`
      log.push(`${why}: every addon is selected`)
      for (const name of listable.keys()) candidates.set(name, why)
    } else {
      for (const [name, path] of dependentsOf(input.addons, touched.roots.keys())) {
        if (!listable.has(name)) continue
        const root = path[path.length - 1] as string
        const rootWhy = touched.roots.get(root) as string
        candidates.set(
          name,
          path.length === 1
            ? rootWhy
            : `depends on ${root} (${rootWhy.startsWith('deleted') ? 'deleted' : 'changed'})${path.length > 2 ? ` through ${path.slice(1, -1).join(', ')}` : ''}`,
        )
      }
    }
  }
  const reasons: Record<string, string> = {}
  for (const [name, why] of candidates) {
    if (input.include.length && !matchesAny(name, input.include))
      log.push(`${name}: not in include (${input.include.join(', ')}), not listed`)
    else if (matchesAny(name, input.exclude))
      log.push(`${name}: matches exclude (${input.exclude.join(', ')}), not listed`)
    else reasons[name] = why
  }
  const modules = Object.keys(reasons).sort()
  return {
    modules,
    reasons: Object.fromEntries(modules.map((m) => [m, reasons[m] as string])),
    log,
  }
}

interface Touched {
  /** Changed or deleted addon -> why (the first changed file). */
  roots: Map<string, string>
  global?: { file: string; glob: string }
}

function touchedAddons(input: SelectInput, log: string[]): Touched {
  const dirs = input.addonsDirs.map((d) => relative(input.root, d)).map((d) => (d ? `${d}/` : ''))
  const byAddon = new Map<string, string[]>()
  let global: Touched['global']
  const outside: string[] = []
  const changed = input.changed ?? []
  const changedSet = new Set(changed)
  for (const file of changed) {
    const name = addonOf(file, dirs, (n, d) => input.addons.get(n)?.dir === join(input.root, d, n))
    // An addon deleted (or moved) at head: its manifest is among the changed files.
    const gone = addonOf(file, dirs, (n, d) => changedSet.has(`${d}${n}/${MANIFEST_FILE}`))
    const glob = firstMatch(file, input.globalFiles)
    if (name ?? gone) {
      const key = (name ?? gone) as string
      byAddon.set(key, [...(byAddon.get(key) ?? []), file])
    } else if (glob) global ??= { file, glob }
    else outside.push(file)
  }
  if (outside.length)
    log.push(
      `${outside.length} changed file(s) outside the addons concern no addon: ${list(outside)}`,
    )
  const roots = new Map<string, string>()
  for (const [name, files] of [...byAddon].sort(([a], [b]) => a.localeCompare(b))) {
    const more = files.length > 1 ? ` and ${files.length - 1} more file(s)` : ''
    if (input.addons.has(name)) roots.set(name, `changed: ${files[0]}${more}`)
    else {
      // Gone at head (deleted or moved): not listed, but what depends on it is.
      log.push(`${name}: deleted (its manifest is gone at head), not listed`)
      roots.set(name, `deleted: ${files[0]}${more}`)
    }
  }
  return { roots, global }
}

/** The addon `file` is in (`<addons dir>/<name>/...`), when `isAddon(name, dir)`. */
function addonOf(
  file: string,
  dirs: string[],
  isAddon: (name: string, dir: string) => boolean,
): string | undefined {
  for (const d of dirs) {
    if (!file.startsWith(d)) continue
    const parts = file.slice(d.length).split('/')
    if (parts.length > 1 && isAddon(parts[0] as string, d)) return parts[0]
  }
  return undefined
}

function list(files: string[]): string {
  return files.length > 5 ? `${files.slice(0, 5).join(', ')}, ...` : files.join(', ')
}
