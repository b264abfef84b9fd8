// An Odoo addon's `__manifest__.py`, read as a Python literal (never executed)
// and normalised the way Odoo 18 loads it (odoo/modules/module.py,
// `_load_manifest`): `depends` defaults to [] and an empty one means
// ['base'] for every addon but base itself; `auto_install` is False, True
// (meaning: all of `depends`) or a list of triggers that must be dependencies
// ([] meaning: always); `installable` defaults to True, and a version that is
// not of the series (`x.y`, `x.y.z`, `18.0.x.y`, `18.0.x.y.z`) makes Odoo
// treat the addon as not installable (with a warning), so it does here too.
import { InputError } from '../errors.js'
import { parsePyLiteral, PyLiteralError, type PyValue } from './python-literal.js'

export const MANIFEST_FILE = '__manifest__.py'
/** The Odoo series this project runs (release.major_version of Odoo 18). */
export const ODOO_SERIES = '18.0'

export interface Manifest {
  /** The manifest's `name` (a human title; the technical name is the directory's). */
  title: string
  /** Technical names this addon depends on (never empty, except for base). */
  depends: string[]
  /**
   * The dependencies whose installation installs this addon automatically
   * (`auto_install: True` is all of `depends`; a list names them), or false.
   */
  autoInstall: false | string[]
  /** False when the manifest says so, or when its version is not of the series. */
  installable: boolean
  /** The version as Odoo completes it (`1.0` -> `18.0.1.0`), or as written when invalid. */
  version: string
  /** Why Odoo would refuse the version (then installable is false). */
  versionProblem?: string
  data: string[]
  demo: string[]
  /** The manifest as read, for keys not normalised here. */
  raw: Record<string, PyValue>
}

/** A manifest that cannot be read: names the file and says what is wrong. */
export class ManifestError extends InputError {
  override name = 'ManifestError'
}

/** Parses a manifest's text; `path` names it in errors; `addon` is its technical name. */
export function parseManifest(
  text: string,
  path: string,
  addon = addonOf(path),
  series: string = ODOO_SERIES,
): Manifest {
  let raw: PyValue
  try {
    raw = parsePyLiteral(text)
  } catch (err) {
    if (!(err instanceof PyLiteralError)) throw err
    throw new ManifestError(
      `${path}: not a Python literal: ${err.message}. A manifest must be one dict of literals; it is never executed.`,
    )
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new ManifestError(`${path}: a manifest must be a dict ({...}), found ${typeName(raw)}`)
  const bad = (key: string, want: string): never => {
    throw new ManifestError(`${path}: "${key}" must be ${want}, found ${typeName(raw[key])}`)
  }
  const strings = (key: string): string[] => {
    const v = raw[key]
    if (v === undefined) return []
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      return bad(key, 'a list of strings')
    return v as string[]
  }
  const bool = (key: string, fallback: boolean): boolean => {
    const v = raw[key]
    if (v === undefined || v === null) return fallback
    if (typeof v !== 'boolean') return bad(key, 'True or False')
    return v
  }
  let depends = [...new Set(strings('depends'))]
  if (depends.length === 0 && addon !== 'base') depends = ['base']
  const auto = raw.auto_install
  let autoInstall: false | string[]
  if (Array.isArray(auto)) {
    const triggers = [...new Set(strings('auto_install'))]
    const strangers = triggers.filter((t) => !depends.includes(t))
    if (strangers.length)
      throw new ManifestError(
        `${path}: auto_install triggers must be dependencies; not in "depends": ${strangers.join(', ')}`,
      )
    autoInstall = triggers
  } else {
    autoInstall = bool('auto_install', false) ? depends : false
  }
  const title = raw.name ?? addon
  const version = raw.version ?? '1.0'
  if (typeof title !== 'string') bad('name', 'a string')
  if (typeof version !== 'string') bad('version', 'a string')
  const adapted = adaptVersion(version as string, series)
  return {
    title: title as string,
    depends,
    autoInstall,
    installable: bool('installable', true) && adapted.ok,
    version: adapted.version,
    ...(adapted.ok ? {} : { versionProblem: adapted.problem }),
    data: strings('data'),
    demo: strings('demo'),
    raw,
  }
}

/**
 * Odoo's adapt_version: `x.y` / `x.y.z` get the series in front; `<series>.x.y`
 * and `<series>.x.y.z` stay; anything else (another series' version) is refused.
 */
export function adaptVersion(
  version: string,
  series: string = ODOO_SERIES,
): { ok: true; version: string } | { ok: false; version: string; problem: string } {
  const own = version !== series && version.startsWith(`${series}.`)
  const rest = own ? version.slice(series.length + 1) : version
  if (/^[0-9]+\.[0-9]+(?:\.[0-9]+)?$/.test(rest))
    return { ok: true, version: own ? version : `${series}.${version}` }
  return {
    ok: false,
    version,
    problem: `version ${JSON.stringify(version)} is not x.y, x.y.z, ${series}.x.y or ${series}.x.y.z: Odoo ${series} does not install it`,
  }
}

/** The addon directory's name from a manifest path (`.../sale/__manifest__.py` -> sale). */
function addonOf(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean)
  return parts[parts.length - 2] ?? ''
}

function typeName(v: PyValue | undefined): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'None'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a dict'
  if (typeof v === 'string') return 'a string'
  if (typeof v === 'number') return `the number ${v}`
  return v ? 'True' : 'False'
}
