// Where the addons a template installs come from, as the service sees them:
// the image's core addons (manifests read inside the running container; the
// image ID stands for their content) and the repository's addons that the
// compose file bind-mounts into the service (read and hashed on the runner).
import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ComposeModel } from '../compose/config.js'
import {
  discoverAddons,
  MANIFEST_FILE,
  memoryFs,
  nodeFs,
  type AddonsFs,
  type Discovery,
} from '../addons/index.js'

/** Where Odoo 18's Debian package (the official image) keeps the core addons. */
export const CORE_ADDONS_DIR = '/usr/lib/python3/dist-packages/odoo/addons'
/**
 * Other addons directories of the official image's configuration, read in the
 * container too: addons an image bakes in (COPY into /mnt/extra-addons) are
 * keyed by the image ID like the core ones; a bind mount over one is read on
 * the runner first and wins.
 */
export const IMAGE_ADDONS_DIRS = ['/mnt/extra-addons', '/var/lib/odoo/addons/18.0']
/** Where the container's directories appear to the discovery, apart from the runner's paths. */
const IN_IMAGE = '/.rtr-image'

export interface Mount {
  source: string
  target: string
}

/** Pure: the bind mounts of `service` in the resolved model. */
export function bindMounts(model: ComposeModel, service: string): Mount[] {
  return (model.services[service]?.volumes ?? [])
    .filter((v) => v.type === 'bind' && typeof v.source === 'string')
    .map((v) => ({ source: v.source as string, target: v.target }))
}

/**
 * Pure: the database service of `service`: the one its HOST variable names
 * (the official image's entrypoint turns it into --db_host), else `db`.
 */
export function databaseService(model: ComposeModel, service: string): string | undefined {
  const host = model.services[service]?.environment?.HOST ?? 'db'
  return host && model.services[host] ? host : undefined
}

/** Pure: the database role Odoo connects as (the entrypoint's USER, `odoo` by default). */
export function odooRole(model: ComposeModel, service: string): string {
  return model.services[service]?.environment?.USER || 'odoo'
}

export interface CoreAddons {
  odooVersion: string
  /** Manifest path in the container -> text. */
  manifests: Record<string, string>
}

export interface RepositoryAddonsDir {
  /** The directory on the runner. */
  hostDir: string
  /** Where the service sees it. */
  target: string
  /** A mount of one addon (`./my_addon:/mnt/extra-addons/my_addon`) rather than of a directory of addons. */
  single: boolean
}

/** The mounts that bring addons: a directory holding addons, or an addon itself. */
export async function repositoryAddonsDirs(mounts: Mount[]): Promise<RepositoryAddonsDir[]> {
  const out: RepositoryAddonsDir[] = []
  for (const m of mounts) {
    if (!(await isDir(m.source))) continue
    if (await exists(join(m.source, MANIFEST_FILE))) {
      out.push({ hostDir: m.source, target: m.target, single: true })
      continue
    }
    const names = await nodeFs.listDirs(m.source)
    for (const n of names)
      if (await exists(join(m.source, n, MANIFEST_FILE))) {
        out.push({ hostDir: m.source, target: m.target, single: false })
        break
      }
  }
  return out
}

/** Files mounted under /etc (an odoo.conf): they change what an install does. */
export async function configMounts(mounts: Mount[]): Promise<Mount[]> {
  const out: Mount[] = []
  for (const m of mounts) if (m.target.startsWith('/etc/') && !(await isDir(m.source))) out.push(m)
  return out
}

/**
 * The addons the service sees, in Odoo's order (core first: the package's own
 * path comes first in odoo.addons.__path__), with each repository addon's
 * directory on the runner.
 */
export async function discoverServiceAddons(
  core: CoreAddons,
  repoDirs: RepositoryAddonsDir[],
): Promise<{ discovery: Discovery; hostDirOf: Map<string, string> }> {
  const memory = memoryFs(core.manifests)
  // A single-addon mount is seen as a directory holding just that addon.
  const virtual = new Map<string, RepositoryAddonsDir>()
  const dirs = [CORE_ADDONS_DIR]
  repoDirs.forEach((r, i) => {
    const dir = r.single ? `/.rtr-mount-${i}` : r.hostDir
    if (r.single) virtual.set(dir, r)
    dirs.push(dir)
  })
  dirs.push(...IMAGE_ADDONS_DIRS.map((d) => IN_IMAGE + d))
  const fs: AddonsFs = {
    listDirs: (dir) => {
      if (dir === CORE_ADDONS_DIR) return memory.listDirs(dir)
      if (dir.startsWith(`${IN_IMAGE}/`)) return memory.listDirs(dir.slice(IN_IMAGE.length))
      const v = virtual.get(dir)
      return v ? Promise.resolve([basename(v.target)]) : nodeFs.listDirs(dir)
    },
    readText: (path) => {
      if (path.startsWith(`${CORE_ADDONS_DIR}/`)) return memory.readText(path)
      if (path.startsWith(`${IN_IMAGE}/`)) return memory.readText(path.slice(IN_IMAGE.length))
      for (const [dir, v] of virtual)
        if (path.startsWith(`${dir}/`))
          return nodeFs.readText(
            join(
              v.hostDir,
              path
                .slice(dir.length + 1)
                .split('/')
                .slice(1)
                .join('/'),
            ),
          )
      return nodeFs.readText(path)
    },
  }
  const discovery = await discoverAddons(dirs, fs)
  const hostDirOf = new Map<string, string>()
  for (const a of discovery.addons.values()) {
    if (a.addonsDir === CORE_ADDONS_DIR || a.addonsDir.startsWith(`${IN_IMAGE}/`)) continue
    const v = virtual.get(a.addonsDir)
    hostDirOf.set(a.name, v ? v.hostDir : a.dir)
  }
  return { discovery, hostDirOf }
}

async function isDir(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  )
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  )
}
