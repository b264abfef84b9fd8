// The GitHub Actions cache store against a local fake of the cache service
// (test/helpers/fake-actions-cache.ts; its header says what is faked): the
// real @actions/cache, tar and zstd, the real Azure SDK upload. Entries are
// saved in this process and restored in another, with the same environment a
// runner gives a job; what the fake received is asserted.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { GithubStore, isGithubCacheAvailable } from '../../../src/template-cache/github-store.js'
import { ENTRY_FILES, verifyEntry } from '../../../src/template-cache/store.js'
import { CACHE_SERVICE, FakeActionsCache } from '../../helpers/fake-actions-cache.js'
import { compileStore, entryBytes, runChild, writeEntry } from './github-store-harness.js'

let fake: FakeActionsCache
let compiled: string
let work: string
let env: Record<string, string>

beforeAll(() => {
  compiled = compileStore()
})
afterAll(() => rmSync(compiled, { recursive: true, force: true }))

beforeEach(async () => {
  fake = await FakeActionsCache.start()
  work = mkdtempSync(join(tmpdir(), 'rtr-gh-store-'))
  for (const d of ['workspace', 'runner-temp']) mkdirSync(join(work, d))
  env = {
    ...fake.env(),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: join(work, 'workspace'),
    RUNNER_TEMP: join(work, 'runner-temp'),
  }
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v)
  vi.stubEnv('ACTIONS_CACHE_MODE', undefined)
  vi.stubEnv('RUNNER_DEBUG', undefined)
})
afterEach(async () => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  await fake.close()
  rmSync(work, { recursive: true, force: true })
})

const KEY = `rtr-template-1-${'ab'.repeat(32)}`
const sink = () => {
  const lines = { warnings: [] as string[], info: [] as string[] }
  return {
    lines,
    warn: (m: string) => lines.warnings.push(m),
    info: (l: string) => lines.info.push(l),
  }
}
const emptyDir = (name: string) => {
  const dir = join(work, name)
  mkdirSync(dir, { recursive: true })
  return dir
}

/** Saves a fresh entry of `key` in this process; its directory. */
async function saveHere(key = KEY) {
  const dir = join(work, 'built')
  await writeEntry(dir, key)
  const s = sink()
  await new GithubStore({ info: s.info }).save(key, dir, s.warn)
  expect(s.lines.warnings).toEqual([])
  return dir
}

describe('GithubStore on the fake cache service', () => {
  it('saves in one process and restores in another: the same files, the same version', async () => {
    const built = await saveHere()
    const [created] = fake.calls('CreateCacheEntry')
    const [finalized] = fake.calls('FinalizeCacheEntryUpload')
    const upload = fake.requests.find((r) => r.method === 'PUT')
    expect(created).toMatchObject({ key: KEY, version: expect.stringMatching(/^[0-9a-f]{64}$/) })
    // @actions/cache's version: the paths, the compression, its salt; our path is a function of the key.
    const stage = new GithubStore().stagingPath(KEY)
    expect(stage).toBe(
      join(
        env['RUNNER_TEMP'] ?? '',
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
    expect(fake.entry(KEY)?.blob.length).toBe(upload?.bytes)

    const target = emptyDir('restored')
    const child = await runChild(compiled, 'restore', KEY, target, env)
    expect(child).toMatchObject({ hit: true, warnings: [] })
    expect(fake.calls('GetCacheEntryDownloadURL')).toEqual([
      { key: KEY, version: created?.['version'] },
    ])
    expect(entryBytes(target)).toEqual(entryBytes(built))
    expect((await verifyEntry(target, KEY)).ok).toBe(true)
    // @actions/cache's lines went to `info`, none to the caller's stdout, and the staging path is gone.
    expect(child.info).toContain(`Cache hit for: ${KEY}`)
    expect(readdirSync(join(work, 'runner-temp', 'rtr-template-cache'))).toEqual([])
  })

  it('a key never saved is a miss without a warning', async () => {
    const target = emptyDir('restored')
    const child = await runChild(compiled, 'restore', KEY, target, env)
    expect(child).toMatchObject({ hit: false, warnings: [] })
    expect(fake.calls('GetCacheEntryDownloadURL')).toHaveLength(1)
    expect(readdirSync(target)).toEqual([])
  })

  it('another staging root is another version, hence a miss (why the path is stable)', async () => {
    await saveHere()
    const child = await runChild(compiled, 'restore', KEY, emptyDir('restored'), {
      ...env,
      RUNNER_TEMP: emptyDir('other-temp'),
    })
    expect(child).toMatchObject({ hit: false, warnings: [] })
    const [asked] = fake.calls('GetCacheEntryDownloadURL')
    expect(asked?.['version']).not.toBe(fake.calls('CreateCacheEntry')[0]?.['version'])
  })

  it('a corrupt blob is a warning and a miss, the directory left empty', async () => {
    await saveHere()
    const entry = fake.entry(KEY)
    if (!entry) throw new Error('not saved')
    entry.blob = Buffer.concat([
      entry.blob.subarray(0, 100),
      Buffer.alloc(entry.blob.length - 100, 7),
    ])
    const target = emptyDir('restored')
    const child = await runChild(compiled, 'restore', KEY, target, env)
    expect(child.hit).toBe(false)
    expect(child.warnings).toEqual([
      expect.stringMatching(/restore of .*Failed to restore: .*tar/s),
    ])
    expect(readdirSync(target)).toEqual([])
  })

  it('an entry whose files disagree with its manifest is a warning and a miss', async () => {
    const dir = join(work, 'built')
    await writeEntry(dir, KEY)
    writeFileSync(join(dir, ENTRY_FILES.dump), 'not the dump the manifest describes')
    const s = sink()
    await new GithubStore({ info: s.info }).save(KEY, dir, s.warn)
    const target = emptyDir('restored')
    const child = await runChild(compiled, 'restore', KEY, target, env)
    expect(child.hit).toBe(false)
    expect(child.warnings).toEqual([expect.stringContaining(`${ENTRY_FILES.dump} has 35 bytes`)])
    expect(readdirSync(target)).toEqual([])
  })

  it('a key another job saved first is an info line, not a warning', async () => {
    await saveHere()
    const dir = join(work, 'again')
    await writeEntry(dir, KEY)
    const child = await runChild(compiled, 'save', KEY, dir, env)
    expect(child.warnings).toEqual([])
    expect(child.info).toContain(
      `GitHub cache: ${KEY} is already saved (another job saved it first).`,
    )
    expect(fake.calls('CreateCacheEntry')).toHaveLength(2)
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1)
    expect(fake.entries).toHaveLength(1)
  })

  it.each(['restore', 'save'] as const)(
    'an unreachable service is a warning on %s, not a throw',
    async (op) => {
      const dir = op === 'save' ? await saveHereless() : emptyDir('restored')
      const child = await runChild(compiled, op, KEY, dir, {
        ...env,
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      })
      expect(child.warnings).toEqual([expect.stringContaining('ECONNREFUSED')])
      if (op === 'restore') expect(child.hit).toBe(false)
    },
  )

  it('a key @actions/cache refuses (a comma) is a warning, not a throw', async () => {
    const s = sink()
    const dir = await saveHereless()
    await new GithubStore({ info: s.info }).save('a,b', dir, s.warn)
    expect(await new GithubStore({ info: s.info }).restore('a,b', emptyDir('r'), s.warn)).toBe(
      false,
    )
    expect(s.lines.warnings).toEqual([
      expect.stringContaining('cannot contain commas'),
      expect.stringContaining('cannot contain commas'),
    ])
    expect(fake.requests).toEqual([])
  })

  it('isGithubCacheAvailable follows the runner environment', async () => {
    expect(await isGithubCacheAvailable()).toBe(true)
    vi.stubEnv('ACTIONS_RESULTS_URL', '')
    expect(await isGithubCacheAvailable()).toBe(false)
  })
})

describe('GithubStore when the service fails with 5xx (retries run on fake timers)', () => {
  /** Runs `op` with @actions/cache's retry sleeps skipped: fake setTimeout, real I/O. */
  async function fastRetries<T>(op: () => Promise<T>): Promise<T> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let settled = false
    const p = op().finally(() => (settled = true))
    while (!settled) {
      await new Promise((r) => setImmediate(r))
      await vi.advanceTimersByTimeAsync(1000)
    }
    return p
  }

  it('on GetCacheEntryDownloadURL: a warning and a miss after the retries', async () => {
    fake.fail({ path: /GetCacheEntryDownloadURL/, status: 500 })
    const s = sink()
    const hit = await fastRetries(() =>
      new GithubStore({ info: s.info }).restore(KEY, emptyDir('r'), s.warn),
    )
    expect(hit).toBe(false)
    expect(s.lines.warnings).toEqual([expect.stringContaining('(500)')])
    expect(fake.requests.map((r) => r.path)).toEqual(
      Array(5).fill(`/twirp/${CACHE_SERVICE}/GetCacheEntryDownloadURL`),
    )
  })

  it('on CreateCacheEntry: a warning (not the "already saved" info), nothing uploaded', async () => {
    fake.fail({ path: /CreateCacheEntry/, status: 500 })
    const s = sink()
    const dir = await saveHereless()
    await fastRetries(() => new GithubStore({ info: s.info }).save(KEY, dir, s.warn))
    expect(s.lines.warnings).toEqual([expect.stringContaining('(500)')])
    expect(s.lines.info.join('\n')).not.toContain('already saved')
    expect(fake.calls('CreateCacheEntry')).toHaveLength(5)
    expect(fake.requests.filter((r) => r.method === 'PUT')).toEqual([])
  })

  it('on the blob download (503, which @actions/cache retries once): a warning and a miss', async () => {
    await saveHere()
    fake.fail({ method: 'GET', path: /actions-cache/, status: 503 })
    const s = sink()
    const target = emptyDir('r')
    const hit = await fastRetries(() =>
      new GithubStore({ info: s.info }).restore(KEY, target, s.warn),
    )
    expect(hit).toBe(false)
    expect(s.lines.warnings).toEqual([expect.stringContaining('responded with 503')])
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
    expect(readdirSync(target)).toEqual([])
  })
})

/** An entry in a directory, not saved anywhere. */
async function saveHereless() {
  const dir = join(work, 'built')
  await writeEntry(dir, KEY)
  return dir
}
