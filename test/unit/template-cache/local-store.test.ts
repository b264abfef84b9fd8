// The directory store: atomic entries, verification on restore, LRU eviction,
// concurrent saves of one key.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LocalStore } from '../../../src/template-cache/local-store.js'
import {
  describeFile,
  ENTRY_FILES,
  ENTRY_FORMAT,
  verifyEntry,
  type EntryManifest,
} from '../../../src/template-cache/store.js'

let root: string
beforeEach(() => void (root = mkdtempSync(join(tmpdir(), 'rtr-store-'))))
afterEach(() => rmSync(root, { recursive: true, force: true }))

const key = (n: number) => n.toString(16).padStart(64, '0')

/** An entry directory as the engine builds it: dump, filestore, manifest. */
async function entryDir(k: string, bytes = 1000, seed = 'x'): Promise<string> {
  const dir = mkdtempSync(join(root, 'build-'))
  writeFileSync(join(dir, ENTRY_FILES.dump), seed.repeat(bytes))
  writeFileSync(join(dir, ENTRY_FILES.filestore), 'tar')
  const manifest: EntryManifest = {
    format: ENTRY_FORMAT,
    key: k,
    closure: ['base'],
    odooVersion: '18.0',
    image: 'sha256:i',
    created: new Date().toISOString(),
    dump: await describeFile(join(dir, ENTRY_FILES.dump)),
    filestore: await describeFile(join(dir, ENTRY_FILES.filestore)),
  }
  writeFileSync(join(dir, ENTRY_FILES.manifest), JSON.stringify(manifest))
  return dir
}

const empty = () => mkdtempSync(join(root, 'restore-'))
const collect = () => {
  const warnings: string[] = []
  return { warnings, warn: (m: string) => void warnings.push(m) }
}

describe('LocalStore', () => {
  it('saves an entry and restores it byte for byte; a missing key is a quiet miss', async () => {
    const store = new LocalStore(join(root, 'cache'), 1024 ** 3)
    const w = collect()
    await store.save(key(1), await entryDir(key(1)), w.warn)
    const dir = empty()
    expect(await store.restore(key(1), dir, w.warn)).toBe(true)
    expect((await verifyEntry(dir, key(1))).ok).toBe(true)
    expect(readFileSync(join(dir, ENTRY_FILES.dump), 'utf8')).toBe('x'.repeat(1000))
    expect(await store.restore(key(2), empty(), w.warn)).toBe(false)
    expect(w.warnings).toEqual([])
    expect(readdirSync(store.root)).toEqual([key(1)])
  })

  it.each<[string, (entry: string) => void, RegExp]>([
    [
      'a truncated dump',
      (e) => truncateSync(join(e, ENTRY_FILES.dump), 10),
      /db\.dump has 10 bytes/,
    ],
    [
      'a changed dump',
      (e) => writeFileSync(join(e, ENTRY_FILES.dump), 'y'.repeat(1000)),
      /sha256 differs/,
    ],
    [
      'a missing filestore',
      (e) => rmSync(join(e, ENTRY_FILES.filestore)),
      /unreadable filestore\.tar/,
    ],
    [
      'a manifest that is not JSON',
      (e) => writeFileSync(join(e, ENTRY_FILES.manifest), '{'),
      /unreadable manifest\.json/,
    ],
    [
      'a manifest of another key',
      (e) => {
        const m = JSON.parse(readFileSync(join(e, ENTRY_FILES.manifest), 'utf8'))
        writeFileSync(join(e, ENTRY_FILES.manifest), JSON.stringify({ ...m, key: key(9) }))
      },
      /manifest key/,
    ],
    [
      'another format',
      (e) => {
        const m = JSON.parse(readFileSync(join(e, ENTRY_FILES.manifest), 'utf8'))
        writeFileSync(join(e, ENTRY_FILES.manifest), JSON.stringify({ ...m, format: 0 }))
      },
      /format 0/,
    ],
  ])('%s is a warning, a miss, and the entry goes', async (_what, damage, why) => {
    const store = new LocalStore(join(root, 'cache'), 1024 ** 3)
    const w = collect()
    await store.save(key(1), await entryDir(key(1)), w.warn)
    damage(join(store.root, key(1)))
    expect(await store.restore(key(1), empty(), w.warn)).toBe(false)
    expect(w.warnings).toHaveLength(1)
    expect(w.warnings[0]).toMatch(why)
    expect(existsSync(join(store.root, key(1)))).toBe(false)
    // and the next save puts a good one back
    await store.save(key(1), await entryDir(key(1)), w.warn)
    expect(await store.restore(key(1), empty(), w.warn)).toBe(true)
  })

  it('evicts the least recently used entries beyond max size; a hit counts as a use', async () => {
    // Each entry is 1000 + 3 payload bytes plus its manifest: three fit in 5000 bytes, four do not.
    const store = new LocalStore(join(root, 'cache'), 5000)
    const w = collect()
    for (const n of [1, 2, 3]) {
      await store.save(key(n), await entryDir(key(n)), w.warn)
      const t = new Date(Date.now() - (10 - n) * 60_000)
      utimesSync(join(store.root, key(n)), t, t)
    }
    expect(await store.restore(key(1), empty(), w.warn)).toBe(true) // 1 is now the newest use
    await store.save(key(4), await entryDir(key(4)), w.warn)
    expect((await store.list()).map((e) => e.key).sort()).toEqual([key(1), key(3), key(4)])
    expect(w.warnings).toEqual([])
  })

  it('keeps the entry just saved even when it alone is over the limit, and says so', async () => {
    const store = new LocalStore(join(root, 'cache'), 2000)
    const w = collect()
    await store.save(key(1), await entryDir(key(1), 500), w.warn)
    await store.save(key(2), await entryDir(key(2), 5000), w.warn)
    expect((await store.list()).map((e) => e.key)).toEqual([key(2)])
    expect(w.warnings.join()).toMatch(/over cache-max-size.*Raise cache-max-size/)
  })

  it('of many saves of one key at once, leaves one valid entry and no temporary directory', async () => {
    const stores = Array.from({ length: 8 }, () => new LocalStore(join(root, 'cache'), 1024 ** 3))
    const w = collect()
    const dirs = await Promise.all(stores.map(() => entryDir(key(7))))
    await Promise.all(stores.map((s, i) => s.save(key(7), dirs[i]!, w.warn)))
    expect(w.warnings).toEqual([])
    const store = stores[0]!
    expect(readdirSync(store.root)).toEqual([key(7)])
    expect((await verifyEntry(join(store.root, key(7)), key(7))).ok).toBe(true)
  })

  it("removes a killed run's stale temporary directory at the next save, not a fresh one", async () => {
    const store = new LocalStore(join(root, 'cache'), 1024 ** 3)
    mkdirSync(join(store.root, '.tmp-old'), { recursive: true })
    mkdirSync(join(store.root, '.tmp-new'))
    const old = new Date(Date.now() - 2 * 3600_000)
    utimesSync(join(store.root, '.tmp-old'), old, old)
    await store.save(key(1), await entryDir(key(1)), collect().warn)
    expect(readdirSync(store.root).sort()).toEqual(['.tmp-new', key(1)])
  })

  it('clears all entries, or those unused for a while', async () => {
    const store = new LocalStore(join(root, 'cache'), 1024 ** 3)
    for (const n of [1, 2]) await store.save(key(n), await entryDir(key(n)), collect().warn)
    const old = new Date(Date.now() - 8 * 86400_000)
    utimesSync(join(store.root, key(1)), old, old)
    expect((await store.clear(new Date(Date.now() - 7 * 86400_000))).map((e) => e.key)).toEqual([
      key(1),
    ])
    expect((await store.list()).map((e) => e.key)).toEqual([key(2)])
    await store.clear()
    expect(await store.list()).toEqual([])
  })

  it('says why a directory is not writable', async () => {
    writeFileSync(join(root, 'file'), '')
    const store = new LocalStore(join(root, 'file', 'cache'), 1024 ** 3)
    expect(await store.checkWritable()).toMatch(/ENOTDIR|EEXIST/)
    const w = collect()
    await store.save(key(1), await entryDir(key(1)), w.warn)
    expect(w.warnings.join()).toMatch(/Could not save the template/)
  })
})
