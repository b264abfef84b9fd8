// The key of a template: sha256 over everything that decides what the
// template database holds, and nothing else. The image ID stands for the
// image's core addons and Odoo itself (they are not hashed one by one); the
// repository's addons of the closure are hashed by content (paths sorted,
// mtimes ignored), so a changed file of a dependency is a miss, while the
// tested modules (never in a template) do not count at all.
import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { describeFile, ENTRY_FORMAT } from './store.js'

export interface KeyInputs {
  /** The service image's ID (`sha256:...`). */
  imageId: string
  /** The modules the template holds. */
  closure: string[]
  /** Each closure addon that comes from the repository: its files as [relative path, sha256]. */
  repoAddons: Record<string, Array<[string, string]>>
  /** Files mounted into the service's configuration (an odoo.conf): path in the container -> sha256. */
  configFiles: Record<string, string>
  /** 'with' / 'without': the demo setting the install runs with; 'config' when the command leaves it to Odoo's configuration (keyed by image and config files). */
  demo: 'with' | 'without' | 'config'
  /** Options of the test command that change the database (all but -d, -i, the test and HTTP ones). */
  dbOptions: string[]
  /** ENTRY_FORMAT unless a test says otherwise. */
  format?: number
}

const byName = <T>(rec: Record<string, T>): Array<[string, T]> =>
  Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** Pure: the key, 64 hex digits. Order of closure, addons, files or config files does not matter. */
export function templateKey(i: KeyInputs): string {
  const canonical = {
    format: i.format ?? ENTRY_FORMAT,
    image: i.imageId,
    closure: [...new Set(i.closure)].sort(),
    addons: byName(i.repoAddons).map(([name, files]) => [
      name,
      [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]),
    config: byName(i.configFiles),
    demo: i.demo,
    options: i.dbOptions,
  }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

/** Bytecode Python writes next to the sources (a writable mount) is not content. */
const GENERATED = (name: string, isDir: boolean) =>
  isDir ? name === '__pycache__' : name.endsWith('.pyc') || name.endsWith('.pyo')

/** Every file under `dir` (symbolic links followed) as [relative path with '/', sha256], sorted. */
export async function hashTree(dir: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = []
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true })
    for (const e of entries) {
      const path = join(d, e.name)
      let isDir = e.isDirectory()
      if (e.isSymbolicLink()) {
        isDir = (await stat(path)).isDirectory()
      }
      if (GENERATED(e.name, isDir)) continue
      if (isDir) await walk(path)
      else out.push([relative(dir, path).split(sep).join('/'), (await describeFile(path)).sha256])
    }
  }
  await walk(dir)
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Options of Odoo's command line that only say which run this is; all others may change the database. */
const RUN_ONLY = new Set(['-d', '--database', '-i', '--init', '--test-tags', '--http-port', '-p'])
const RUN_SWITCHES = new Set(['--test-enable', '--stop-after-init'])

/** Pure: the options of Odoo's argv that change what an install writes (e.g. --without-demo=all, --load-language). */
export function databaseOptions(odooArgs: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < odooArgs.length; i++) {
    const a = odooArgs[i]!
    const name = a.split('=')[0]!
    if (RUN_SWITCHES.has(name)) continue
    if (RUN_ONLY.has(name)) {
      if (!a.includes('=')) i++ // its value
      continue
    }
    out.push(a)
  }
  return out
}

/** Pure: the demo setting an argv asks for. */
export function demoSetting(odooArgs: string[]): KeyInputs['demo'] {
  if (odooArgs.some((a) => a.startsWith('--without-demo'))) return 'without'
  if (odooArgs.includes('--with-demo')) return 'with'
  return 'config'
}
