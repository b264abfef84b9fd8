// The GitHub Actions cache store against a local fake of the cache service
// (test/helpers/fake-actions-cache.ts; its header says what is faked): the
// real @actions/cache, tar and zstd, the real Azure SDK upload. Entries are
// saved in this process and restored in another, with the same environment a
// runner gives a job; what the fake received is asserted.
import { createHash } from 'node:crypto'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { GithubStore, isGithubCacheAvailable } from '../../../src/template-cache/github-store.js'
import { ENTRY_FILES, verifyEntry } from '../../../src/template-cache/store.js'
import {
  cacheTestSetup,
  entryBytes,
  KEY,
  runChild,
  sink,
  writeEntry,
} from './github-store-harness.js'

const t = cacheTestSetup()

describe('GithubStore on the fake cache service', () => {
  it('saves in one process and restores in another: the same files, the same version', async () => {
    const built = await t.saveHere()
    const [created] = t.fake.calls('CreateCacheEntry')
    const [finalized] = t.fake.calls('FinalizeCacheEntryUpload')
    const upload = t.fake.requests.find((r) => r.method === 'PUT')
    expect(created).toMatchObject({ key: KEY, version: expect.stringMatching(/^[0-9a-f]{64}$/) })
    // @actions/cache's version: the paths, the compression, its salt; our path is a function of the key.
    const stage = new GithubStore().stagingPath(KEY)
    expect(stage).toBe(
      join(
        t.env['RUNNER_TEMP'] ?? '',
        'rtr-template-cache',
        createHash('sha256').update(KEY).digest('hex'),
      ),
    )
    expect(created?.['version']).toBe(
      createHash('sha256').update(`${stage}|zstd-without-long|1.0`).digest('hex'),
    )
    expect(upload?.headers['x-ms-blob-type']).toBe('BlockBlob')
    expect(finalized).toEqual({
      key: KEY,
      version: created?.['version'],
      size_bytes: String(upload?.bytes),
    })
    expect(t.fake.entry(KEY)?.blob.length).toBe(upload?.bytes)

    const target = t.emptyDir('restored')
    const child = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(child).toMatchObject({ hit: true, warnings: [] })
    expect(t.fake.calls('GetCacheEntryDownloadURL')).toEqual([
      { key: KEY, version: created?.['version'] },
    ])
    expect(entryBytes(target)).toEqual(entryBytes(built))
    expect((await verifyEntry(target, KEY)).ok).toBe(true)
    // @actions/cache's lines went to `info`; only the runner's commands reached stdout: the
    // masks of the signed URL's signature, which no info line shows.
    const sig = t.fake.entry(KEY)?.sig ?? 'none'
    expect(child.info).toContain(`Cache hit for: ${KEY}`)
    expect(new Set(child.commands)).toEqual(new Set([`::add-mask::${sig}`]))
    expect(child.info.filter((l) => l.includes(sig))).toEqual([])
    // The staging path is gone.
    expect(readdirSync(join(t.work, 'runner-temp', 'rtr-template-cache'))).toEqual([])
  })

  it('a key never saved is a miss without a warning', async () => {
    const target = t.emptyDir('restored')
    const child = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(child).toMatchObject({ hit: false, warnings: [] })
    expect(t.fake.calls('GetCacheEntryDownloadURL')).toHaveLength(1)
    expect(readdirSync(target)).toEqual([])
  })

  it('another staging root is another version, hence a miss (why the path is stable)', async () => {
    await t.saveHere()
    const child = await runChild(t.compiled, 'restore', KEY, t.emptyDir('restored'), {
      ...t.env,
      RUNNER_TEMP: t.emptyDir('other-temp'),
    })
    expect(child).toMatchObject({ hit: false, warnings: [] })
    const [asked] = t.fake.calls('GetCacheEntryDownloadURL')
    expect(asked?.['version']).not.toBe(t.fake.calls('CreateCacheEntry')[0]?.['version'])
  })

  it('a corrupt blob is a warning and a miss, the directory left empty', async () => {
    await t.saveHere()
    const entry = t.fake.entry(KEY)
    if (!entry) throw new Error('not saved')
    entry.blob = Buffer.concat([
      entry.blob.subarray(0, 100),
      Buffer.alloc(entry.blob.length - 100, 7),
    ])
    const target = t.emptyDir('restored')
    const child = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(child.hit).toBe(false)
    expect(child.warnings).toEqual([
      expect.stringMatching(/restore of .*Failed to restore: .*tar/s),
    ])
    expect(readdirSync(target)).toEqual([])
  })

  it('an entry whose files disagree with its manifest is a warning and a miss', async () => {
    const dir = join(t.work, 'built')
    await writeEntry(dir, KEY)
    writeFileSync(join(dir, ENTRY_FILES.dump), 'not the dump the manifest describes')
    const s = sink()
    await new GithubStore({ info: s.info }).save(KEY, dir, s.warn)
    const target = t.emptyDir('restored')
    const child = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(child.hit).toBe(false)
    expect(child.warnings).toEqual([expect.stringContaining(`${ENTRY_FILES.dump} has 35 bytes`)])
    expect(readdirSync(target)).toEqual([])
  })

  it('a key another job saved first is an info line, not a warning', async () => {
    await t.saveHere()
    const dir = join(t.work, 'again')
    await writeEntry(dir, KEY)
    const child = await runChild(t.compiled, 'save', KEY, dir, t.env)
    expect(child.warnings).toEqual([])
    expect(child.info).toContain(
      `GitHub cache: ${KEY} is already saved (another job saved it first).`,
    )
    expect(t.fake.calls('CreateCacheEntry')).toHaveLength(2)
    expect(t.fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1)
    expect(t.fake.entries).toHaveLength(1)
  })

  it.each(['restore', 'save'] as const)(
    'an unreachable service is a warning on %s, not a throw',
    async (op) => {
      const dir = op === 'save' ? await t.builtEntry() : t.emptyDir('restored')
      const child = await runChild(t.compiled, op, KEY, dir, {
        ...t.env,
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      })
      expect(child.warnings).toEqual([expect.stringContaining('ECONNREFUSED')])
      if (op === 'restore') expect(child.hit).toBe(false)
    },
  )

  it('a key @actions/cache refuses (a comma) is a warning, not a throw', async () => {
    const s = sink()
    const dir = await t.builtEntry()
    await new GithubStore({ info: s.info }).save('a,b', dir, s.warn)
    expect(await new GithubStore({ info: s.info }).restore('a,b', t.emptyDir('r'), s.warn)).toBe(
      false,
    )
    expect(s.lines.warnings).toEqual([
      expect.stringContaining('cannot contain commas'),
      expect.stringContaining('cannot contain commas'),
    ])
    expect(t.fake.requests).toEqual([])
  })

  it('a job without the cache service is a warning at once, not seconds of retries', async () => {
    vi.stubEnv('ACTIONS_RESULTS_URL', '')
    const s = sink()
    const store = new GithubStore({ info: s.info })
    await store.save(KEY, await t.builtEntry(), s.warn)
    expect(await store.restore(KEY, t.emptyDir('r'), s.warn)).toBe(false)
    expect(s.lines.warnings).toEqual(Array(2).fill(expect.stringContaining('no cache service')))
    expect(t.fake.requests).toEqual([])
  })

  it('isGithubCacheAvailable follows the runner environment', async () => {
    expect(await isGithubCacheAvailable()).toBe(true)
    vi.stubEnv('ACTIONS_RESULTS_URL', '')
    expect(await isGithubCacheAvailable()).toBe(false)
  })
})
