// The GitHub store when the cache service fails with 5xx: @actions/cache
// retries (sleeping seconds between attempts, skipped here on fake timers,
// while the HTTP to the fake stays real), then the store warns and carries on.
import { readdirSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { GithubStore } from '../../../src/template-cache/github-store.js'
import { CACHE_SERVICE } from '../../helpers/fake-actions-cache.js'
import { cacheTestSetup, KEY, sink } from './github-store-harness.js'

const t = cacheTestSetup()

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
    t.fake.fail({ path: /GetCacheEntryDownloadURL/, status: 500 })
    const s = sink()
    const hit = await fastRetries(() =>
      new GithubStore({ info: s.info }).restore(KEY, t.emptyDir('r'), s.warn),
    )
    expect(hit).toBe(false)
    expect(s.lines.warnings).toEqual([expect.stringContaining('(500)')])
    expect(t.fake.requests.map((r) => r.path)).toEqual(
      Array(5).fill(`/twirp/${CACHE_SERVICE}/GetCacheEntryDownloadURL`),
    )
  })

  it('on CreateCacheEntry: a warning (not the "already saved" info), nothing uploaded', async () => {
    t.fake.fail({ path: /CreateCacheEntry/, status: 500 })
    const s = sink()
    const dir = await t.builtEntry()
    await fastRetries(() => new GithubStore({ info: s.info }).save(KEY, dir, s.warn))
    expect(s.lines.warnings).toEqual([expect.stringContaining('(500)')])
    expect(s.lines.info.join('\n')).not.toContain('already saved')
    expect(t.fake.calls('CreateCacheEntry')).toHaveLength(5)
    expect(t.fake.requests.filter((r) => r.method === 'PUT')).toEqual([])
  })

  it('on the blob download (503, which @actions/cache retries once): a warning and a miss', async () => {
    await t.saveHere()
    t.fake.fail({ method: 'GET', path: /actions-cache/, status: 503 })
    const s = sink()
    const target = t.emptyDir('r')
    const hit = await fastRetries(() =>
      new GithubStore({ info: s.info }).restore(KEY, target, s.warn),
    )
    expect(hit).toBe(false)
    expect(s.lines.warnings).toEqual([expect.stringContaining('responded with 503')])
    expect(t.fake.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
    expect(readdirSync(target)).toEqual([])
  })
})
