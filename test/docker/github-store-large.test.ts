// The GitHub store with an entry above 128 MiB: the Azure SDK then uploads
// in blocks (Put Block, 64 MiB each as @actions/cache asks, then Put Block
// List) instead of one Put Blob, and the download is over 128 MiB too. No
// Docker here; it lives in this project for its size and time (seconds, and
// a few hundred MB of memory in the fake), not to slow the unit project.
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { verifyEntry } from '../../src/template-cache/store.js'
import {
  cacheTestSetup,
  KEY,
  runChild,
  writeEntry,
} from '../unit/template-cache/github-store-harness.js'

const t = cacheTestSetup({ azureHost: true })
const MiB = 1024 * 1024

describe('GithubStore, an entry over 128 MiB', () => {
  it('is uploaded in blocks and restored whole in another process', async () => {
    const built = t.emptyDir('built')
    await writeEntry(built, KEY, 140 * MiB)
    const saved = await runChild(t.compiled, 'save', KEY, built, t.env)
    expect(saved.warnings).toEqual([])
    const puts = t.fake.requests.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.query.get('comp'))).toEqual(['block', 'block', 'block', 'blocklist'])
    const blocks = puts.filter((r) => r.query.get('comp') === 'block')
    // Staged concurrently: any order, two full blocks and the rest.
    expect(
      blocks
        .map((r) => r.bytes)
        .sort((a, b) => b - a)
        .slice(0, 2),
    ).toEqual([64 * MiB, 64 * MiB])
    const size = blocks.reduce((n, r) => n + r.bytes, 0)
    expect(t.fake.calls('FinalizeCacheEntryUpload')[0]?.['size_bytes']).toBe(String(size))
    expect(t.fake.entry(KEY)?.blob.length).toBe(size)

    const target = t.emptyDir('restored')
    const restored = await runChild(t.compiled, 'restore', KEY, target, t.env)
    expect(restored).toMatchObject({ hit: true, warnings: [] })
    expect((await verifyEntry(target, KEY)).ok).toBe(true)
    expect(readdirSync(target).sort()).toEqual(readdirSync(built).sort())
  })
})
