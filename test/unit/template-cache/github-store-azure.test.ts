// The GitHub store with the blobs where a hosted runner finds them, under
// .blob.core.windows.net (reached through the fake as an HTTP proxy): then
// @actions/cache downloads with the Azure SDK (HEAD, then ranged GETs), the
// path a real runner takes, instead of the single GET it uses elsewhere.
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cacheTestSetup, entryBytes, KEY, runChild } from './github-store-harness.js'

const t = cacheTestSetup({ azureHost: true })
const AZURE = 'devstoreaccount1.blob.core.windows.net'

describe('GithubStore, blobs on the Azure host', () => {
  it('uploads and downloads through the Azure SDK; the restored entry is the saved one', async () => {
    const built = await t.saveHere()
    const target = t.emptyDir('restored')
    const child = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(child).toMatchObject({ hit: true, warnings: [] })
    expect(entryBytes(target)).toEqual(entryBytes(built))
    const blob = t.fake.requests.filter((r) => r.host === AZURE)
    expect(blob.map((r) => r.method)).toEqual(['PUT', 'HEAD', 'GET'])
    const size = t.fake.entry(KEY)?.blob.length ?? 0
    expect(blob[2]?.headers['x-ms-range']).toBe(`bytes=0-${size - 1}`)
    // The Twirp calls never went through the proxy.
    expect(t.fake.requests.filter((r) => r.path.startsWith('/twirp/')).map((r) => r.host)).toEqual(
      Array(3).fill(new URL(t.fake.url).host),
    )
  })

  it('a truncated blob is a warning and a miss', async () => {
    await t.saveHere()
    const entry = t.fake.entry(KEY)
    if (!entry) throw new Error('not saved')
    entry.blob = entry.blob.subarray(0, entry.blob.length >> 1)
    const target = t.emptyDir('restored')
    const child = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(child.hit).toBe(false)
    expect(child.warnings).toEqual([expect.stringContaining('Failed to restore')])
    expect(readdirSync(target)).toEqual([])
  })
})
