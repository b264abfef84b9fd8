// The directory store: one directory per key under `<cache-dir>/templates/`.
// An entry appears only whole: it is written in a temporary directory next to
// its final place and renamed there (rename is atomic on one file system), so
// a killed run leaves at most a `.tmp-*` directory that a later save removes,
// and of two runs saving the same key at once the first rename wins and the
// second finds the entry there. Last use is the entry directory's mtime,
// touched on every hit; `cache-max-size` evicts the least recently used.
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { join } from 'node:path'
import { ENTRY_FILES, verifyEntry, type EntryManifest, type TemplateStore } from './store.js'
import { formatSize } from './size.js'

/** Temporary directories older than this are a killed run's leftovers. */
const STALE_TEMP_MS = 3600_000

export interface LocalEntry {
  key: string
  dir: string
  bytes: number
  lastUsed: Date
  manifest: EntryManifest | undefined
}

export class LocalStore implements TemplateStore {
  readonly kind = 'local' as const
  /** Where the entries live: `<cacheDir>/templates`. */
  readonly root: string

  constructor(
    cacheDir: string,
    private readonly maxBytes: number,
  ) {
    this.root = join(cacheDir, 'templates')
  }

  /** Creates the store's directory and proves it writable; the error message otherwise. */
  async checkWritable(): Promise<string | undefined> {
    try {
      await mkdir(this.root, { recursive: true })
      const probe = join(this.root, `.probe-${process.pid}-${randomBytes(3).toString('hex')}`)
      await writeFile(probe, '')
      await rm(probe, { force: true })
      return undefined
    } catch (e) {
      return (e as Error).message
    }
  }

  async restore(key: string, dir: string, warn: (m: string) => void): Promise<boolean> {
    const entry = join(this.root, key)
    try {
      await stat(entry)
    } catch {
      return false
    }
    const checked = await verifyEntry(entry, key)
    if (!checked.ok) {
      warn(`Template cache entry ${entry} is unusable (${checked.reason}); removed, building anew.`)
      await this.remove(key)
      return false
    }
    try {
      for (const file of Object.values(ENTRY_FILES))
        await copyFile(join(entry, file), join(dir, file), constants.COPYFILE_FICLONE)
      const now = new Date()
      await utimes(entry, now, now)
      return true
    } catch (e) {
      // Removed by another run's eviction while we copied, or a disk error.
      warn(
        `Template cache entry ${entry} could not be read (${(e as Error).message}); building anew.`,
      )
      return false
    }
  }

  async save(key: string, dir: string, warn: (m: string) => void): Promise<void> {
    const final = join(this.root, key)
    const temp = join(
      this.root,
      `.tmp-${key.slice(0, 16)}-${process.pid}-${randomBytes(4).toString('hex')}`,
    )
    try {
      await mkdir(this.root, { recursive: true })
      await this.removeStaleTemps()
      if ((await verifyEntry(final, key)).ok) return // another run saved it first
      await mkdir(temp)
      for (const file of Object.values(ENTRY_FILES))
        await copyFile(join(dir, file), join(temp, file), constants.COPYFILE_FICLONE)
      try {
        await rename(temp, final)
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e
        // Taken since the check: a valid entry stays; a broken one is replaced.
        if ((await verifyEntry(final, key)).ok) return
        await this.remove(key)
        await rename(temp, final)
      }
      await this.evict(key, warn)
    } catch (e) {
      warn(
        `Could not save the template to the cache directory ${this.root}: ${(e as Error).message}`,
      )
    } finally {
      await rm(temp, { recursive: true, force: true }).catch(() => undefined)
    }
  }

  /** Every complete entry, most recently used first. */
  async list(): Promise<LocalEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.root)
    } catch {
      return []
    }
    const entries: LocalEntry[] = []
    for (const key of names.filter((n) => !n.startsWith('.'))) {
      const dir = join(this.root, key)
      try {
        const st = await stat(dir)
        if (!st.isDirectory()) continue
        let bytes = 0
        for (const f of await readdir(dir)) bytes += (await stat(join(dir, f))).size
        const manifest = await readFile(join(dir, ENTRY_FILES.manifest), 'utf8')
          .then((t) => JSON.parse(t) as EntryManifest)
          .catch(() => undefined)
        entries.push({ key, dir, bytes, lastUsed: st.mtime, manifest })
      } catch {
        // Removed meanwhile by another run.
      }
    }
    return entries.sort((a, b) => b.lastUsed.getTime() - a.lastUsed.getTime())
  }

  /** Removes an entry: renamed away first, so no reader sees it half removed. */
  async remove(key: string): Promise<void> {
    const trash = join(this.root, `.tmp-rm-${process.pid}-${randomBytes(4).toString('hex')}`)
    try {
      await rename(join(this.root, key), trash)
    } catch {
      return
    }
    await rm(trash, { recursive: true, force: true })
  }

  /** Removes the entries not used since `before` (all without it); the removed entries. */
  async clear(before?: Date): Promise<LocalEntry[]> {
    const gone = (await this.list()).filter((e) => !before || e.lastUsed < before)
    for (const e of gone) await this.remove(e.key)
    await this.removeStaleTemps()
    return gone
  }

  /** Least recently used out until the total fits; `keep` (just saved) stays. */
  async evict(keep: string, warn: (m: string) => void): Promise<string[]> {
    const entries = await this.list()
    let total = entries.reduce((n, e) => n + e.bytes, 0)
    const evicted: string[] = []
    for (const e of [...entries].reverse()) {
      if (total <= this.maxBytes) break
      if (e.key === keep) continue
      await this.remove(e.key)
      total -= e.bytes
      evicted.push(e.key)
    }
    if (total > this.maxBytes)
      warn(
        `The template cache holds ${formatSize(total)}, over cache-max-size ${formatSize(this.maxBytes)}: the newest entry alone is that large. Raise cache-max-size.`,
      )
    return evicted
  }

  private async removeStaleTemps(olderThanMs = STALE_TEMP_MS): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[])
    for (const name of names.filter((n) => n.startsWith('.tmp-'))) {
      const path = join(this.root, name)
      const st = await stat(path).catch(() => undefined)
      if (st && Date.now() - st.mtimeMs > olderThanMs)
        await rm(path, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}
