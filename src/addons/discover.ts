// Which addons a list of addons directories holds, as Odoo sees them: an
// addon is a directory with a `__manifest__.py`; when two directories hold the
// same name, the first in the list wins (Odoo's `get_module_path` walks
// `odoo.addons.__path__` in order). Files are read through AddonsFs so tests
// (and the template cache, reading from a container) can hand in other trees.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE, parseManifest, type Manifest } from './manifest.js'

export interface AddonsFs {
  /** Names of the subdirectories of `dir`; [] when `dir` does not exist. */
  listDirs(dir: string): Promise<string[]>
  /** The file's text, or undefined when there is no such file. */
  readText(path: string): Promise<string | undefined>
}

export interface Addon {
  /** Technical name: the directory's name. */
  name: string
  /** The addon's directory (`<addons dir>/<name>`). */
  dir: string
  /** The addons directory it was found in. */
  addonsDir: string
  manifest: Manifest
}

/** Technical name -> addon; first addons directory wins. */
export type Addons = Map<string, Addon>

export interface Discovery {
  addons: Addons
  /** Addons hidden by one of the same name in an earlier directory. */
  shadowed: Addon[]
}

/** Lists and parses the addons of `dirs` (in order); a bad manifest throws ManifestError. */
export async function discoverAddons(dirs: string[], fs: AddonsFs = nodeFs): Promise<Discovery> {
  const addons: Addons = new Map()
  const shadowed: Addon[] = []
  for (const addonsDir of dirs) {
    for (const name of [...(await fs.listDirs(addonsDir))].sort()) {
      const dir = join(addonsDir, name)
      const path = join(dir, MANIFEST_FILE)
      const text = await fs.readText(path)
      if (text === undefined) continue
      const addon = { name, dir, addonsDir, manifest: parseManifest(text, path, name) }
      if (addons.has(name)) shadowed.push(addon)
      else addons.set(name, addon)
    }
  }
  return { addons, shadowed }
}

/** The real file system. */
export const nodeFs: AddonsFs = {
  async listDirs(dir) {
    try {
      const entries = await readdir(dir, { withFileTypes: true })
      return entries.filter((e) => e.isDirectory()).map((e) => e.name)
    } catch (err) {
      if (isMissing(err)) return []
      throw err
    }
  },
  async readText(path) {
    try {
      return await readFile(path, 'utf8')
    } catch (err) {
      if (isMissing(err)) return undefined
      throw err
    }
  },
}

/** An in-memory tree: `{ 'addons/a/__manifest__.py': "{...}" }` (tests, other sources). */
export function memoryFs(files: Record<string, string>): AddonsFs {
  const norm = (p: string): string => join(p).replace(/\/+$/, '')
  const tree = new Map(Object.entries(files).map(([p, text]) => [norm(p), text]))
  return {
    listDirs(dir) {
      const prefix = norm(dir) === '.' ? '' : `${norm(dir)}/`
      const names = new Set<string>()
      for (const p of tree.keys()) {
        if (!p.startsWith(prefix)) continue
        const rest = p.slice(prefix.length).split('/')
        if (rest.length > 1 && rest[0]) names.add(rest[0])
      }
      return Promise.resolve([...names])
    },
    readText(path) {
      return Promise.resolve(tree.get(norm(path)))
    },
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}
