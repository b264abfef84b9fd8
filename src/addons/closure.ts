// What Odoo installs, from the manifests alone. Installing modules installs
// their `depends`, transitively, and base always; then every installable
// auto_install addon whose triggers (all of `depends` for `True`, the listed
// ones for the list form, none for []) are all installed is installed too,
// with its own dependencies, until nothing changes (Odoo 18: the
// auto-install loop of odoo/modules/db.py `initialize` and
// `ir.module.module.button_install`). `installable: False` addons are never
// installed: depending on one, or on an addon found nowhere, is an error, as
// is a dependency cycle.
import { InputError } from '../errors.js'
import type { Addon, Addons } from './discover.js'

/** A dependency that cannot be installed, or a cycle: names the addons. */
export class DependencyError extends InputError {
  override name = 'DependencyError'
}

export const BASE = 'base'

const why = (a: Addon): string => `${a.manifest.versionProblem ?? 'installable: False'} in ${a.dir}`

/** `modules` + their dependencies + the auto_install addons Odoo adds, sorted. */
export function dependencyClosure(addons: Addons, modules: Iterable<string>): string[] {
  const set = new Set<string>()
  const add = (name: string, from?: string): void => {
    if (set.has(name)) return
    const addon = addons.get(name)
    if (!addon)
      throw new DependencyError(
        from
          ? `addon "${from}" depends on "${name}", which is in no addons directory`
          : `module "${name}" is in no addons directory`,
      )
    if (!addon.manifest.installable)
      throw new DependencyError(
        from
          ? `addon "${from}" depends on "${name}", which is not installable (${why(addon)})`
          : `module "${name}" is not installable (${why(addon)})`,
      )
    set.add(name)
    for (const dep of addon.manifest.depends) add(dep, name)
  }
  add(BASE)
  for (const m of modules) add(m)
  const autos = [...addons.values()]
    .filter((a) => a.manifest.installable && a.manifest.autoInstall !== false)
    .sort((a, b) => a.name.localeCompare(b.name))
  for (let changed = true; changed;) {
    changed = false
    for (const a of autos) {
      if (set.has(a.name)) continue
      const triggers = a.manifest.autoInstall as string[]
      if (triggers.every((t) => set.has(t))) {
        add(a.name)
        changed = true
      }
    }
  }
  assertNoCycle(addons, set)
  return [...set].sort()
}

export interface TemplateClosure {
  /** What a template database holds: the closure minus the tested modules and all that needs them. */
  modules: string[]
  /**
   * auto_install addons whose triggers are all in `modules` but that depend on
   * a tested module: installing `modules` alone would make Odoo install them
   * and, with them, a tested module. Non-empty means no template can be built
   * without running a tested module's install.
   */
  pulled: string[]
}

/** The closure of `tested` without `tested` and without any addon that depends on one of them. */
export function templateClosure(addons: Addons, tested: Iterable<string>): TemplateClosure {
  const testedSet = new Set(tested)
  const full = dependencyClosure(addons, testedSet)
  const needsTested = dependentsOf(addons, testedSet)
  const modules = full.filter((m) => !needsTested.has(m))
  const inTemplate = new Set(modules)
  const pulled = full.filter((m) => {
    const auto = addons.get(m)?.manifest.autoInstall
    return needsTested.has(m) && !testedSet.has(m) && auto && auto.every((t) => inTemplate.has(t))
  })
  return { modules, pulled }
}

/**
 * Every addon that depends on one of `roots`, transitively, the roots
 * included, mapped to its path to a root (`['c', 'b', 'a']`: c depends on b,
 * which depends on root a; a root maps to `[root]`). Only addons in `addons`
 * are followed.
 */
export function dependentsOf(addons: Addons, roots: Iterable<string>): Map<string, string[]> {
  const dependents = new Map<string, string[]>()
  for (const a of addons.values())
    for (const dep of a.manifest.depends) {
      const list = dependents.get(dep) ?? []
      list.push(a.name)
      dependents.set(dep, list)
    }
  const paths = new Map<string, string[]>()
  const queue: string[] = []
  for (const r of [...roots].sort()) {
    paths.set(r, [r])
    queue.push(r)
  }
  // Breadth first: each addon gets a shortest path to a root.
  while (queue.length) {
    const name = queue.shift() as string
    for (const d of (dependents.get(name) ?? []).sort()) {
      if (paths.has(d)) continue
      paths.set(d, [d, ...(paths.get(name) as string[])])
      queue.push(d)
    }
  }
  return paths
}

/** Throws DependencyError naming the addons of the first cycle among `names` (default: all). */
export function assertNoCycle(addons: Addons, names: Iterable<string> = addons.keys()): void {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'open') {
      const cycle = [...stack.slice(stack.indexOf(name)), name]
      throw new DependencyError(`dependency cycle: ${cycle.join(' -> ')}`)
    }
    const addon = addons.get(name)
    if (!addon) return
    state.set(name, 'open')
    stack.push(name)
    for (const dep of addon.manifest.depends) visit(dep)
    stack.pop()
    state.set(name, 'done')
  }
  for (const n of [...names].sort()) visit(n)
}
